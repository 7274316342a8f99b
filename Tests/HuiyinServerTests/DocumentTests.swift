import Foundation
import HuiyinDomain
@testable import HuiyinServer
import HuiyinStore
import Hummingbird
import HummingbirdTesting
import Testing
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Documents")
struct DocumentTests {
    private func sequence(_ f: APIFixture, _ id: Int64, _ action: String) async throws -> Int {
        try #require(try await f.store.history(petitionID: id).last { $0.event.kind == action }).sequence
    }

    /// Runs `test` on 2026-09-21 with a township petition carried through to its decision letter (答复):
    /// the fixture, the app's client, the petition's id and the sequence of the step that holds the letter.
    private func withDecisionLetter(_ test: @Sendable (APIFixture, any TestClientProtocol, _ id: Int64, _ seq: Int) async throws -> Void)
    async throws {
        try await APIFixture.withApp(today: "2026-09-21") { f, client in
            let flow = CaseFlow(f: f, client: client)
            let id = try await flow.register()
            try await flow.toReplied(id)
            try await test(f, client, id, try await sequence(f, id, "reply"))
        }
    }

    @Test("the decision letter's print view is an A4 document with facts, basis, appeal rights, number, addressee, issuer")
    func decisionLetterPrintView() async throws {
        try await withDecisionLetter { _, client, id, seq in
            let browser = try await Browser.signedIn(client, as: "xz04.cb")
            let page = try await browser.get("/petitions/\(id)/documents/\(seq)")
            #expect(page.status == .ok)
            #expect(page.body.contains("<article class=\"document\""))
            #expect(page.body.contains("信访事项处理意见书"))
            #expect(page.body.contains("青溪信访处字〔2026〕"))
            #expect(page.body.contains("<p class=\"addressee\">张三：</p>"))
            #expect(page.body.contains("经现场勘查，新塘村通组公路约300米路基被冲毁。"))
            #expect(page.body.contains("《农村公路条例》第十二条"))
            #expect(page.body.contains("处理结果：部分支持。"))
            #expect(page.body.contains("请求复查"), "appeal rights")
            #expect(page.body.contains("30日"), "appeal window")
            #expect(page.body.contains("柳塘镇<br>"), "issuing unit")
            #expect(page.body.contains("2026年9月21日"))
            // Another township cannot open it.
            let other = try await Browser.signedIn(client, as: "xz01.cb")
            #expect(try await other.get("/petitions/\(id)/documents/\(seq)").status == .notFound)
            // A step without a document has no print view.
            #expect(try await browser.get("/petitions/\(id)/documents/1").status == .notFound)
        }
    }

    @Test("the .docx download is a valid package with well-formed XML containing the letter")
    func docx() async throws {
        try await withDecisionLetter { _, client, id, seq in
            let cookie = try await signedInCookie(client, "xz04.cb")
            let (status, type, data) = try await client.execute(uri: "/petitions/\(id)/documents/\(seq).docx", method: .get,
                                                                headers: [.cookie: cookie]) { r in
                (r.status, r.headers[.contentType], Data(r.body.readableBytesView))
            }
            #expect(status == .ok)
            #expect(type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            #expect(data.prefix(2) == Data("PK".utf8))
            let archive = try Archive(data: data, accessMode: .read)
            var parts: [String: Data] = [:]
            for entry in archive {
                var bytes = Data()
                _ = try archive.extract(entry) { bytes.append($0) }
                parts[entry.path] = bytes
            }
            for name in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"] {
                let part = try #require(parts[name], "\(name) present")
                #expect(XMLParser(data: part).parse(), "\(name) is well-formed XML")
            }
            let document = String(decoding: parts["word/document.xml"] ?? Data(), as: UTF8.self)
            #expect(document.contains("信访事项处理意见书"))
            #expect(document.contains("经现场勘查，新塘村通组公路约300米路基被冲毁。"))
            #expect(document.contains("《农村公路条例》第十二条"))
            #expect(String(decoding: parts["word/styles.xml"] ?? Data(), as: UTF8.self).contains("w:eastAsia=\"宋体\""))
            #expect(document.contains("w:pgSz w:w=\"11906\" w:h=\"16838\""), "A4")
        }
    }

    @Test("the decline notice tells the proper route; an accused unit sees no addressee name")
    func declineNotice() async throws {
        try await APIFixture.withApp(today: "2026-09-21") { f, client in
            let flow = CaseFlow(f: f, client: client)
            // Registered by the accused department itself (it received the letter), so its staff can open the case.
            let department = try #require(f.org.users["bm01.cb"]).unitID
            let id = try await flow.register(purpose: "accusation", accused: [department], by: "bm01.cb")
            let declined = try await flow.act("fenban", id, "decline", [("reason", "反映的事项属于纪检监察机关处理的范围。"), ("properRoute", "向纪检监察机关反映")])
            #expect(declined.status == .seeOther)
            let seq = try await sequence(f, id, "decline")
            let bureau = try await Browser.signedIn(client, as: "fenban")
            let page = try await bureau.get("/petitions/\(id)/documents/\(seq)")
            #expect(page.body.contains("不予受理告知书"))
            #expect(page.body.contains("请通过以下途径依法解决：向纪检监察机关反映。"))
            #expect(page.body.contains("经审查，反映的事项属于纪检监察机关处理的范围。根据"))
            #expect(!page.body.contains("。。"), "no doubled full stop")
            #expect(page.body.contains("张三："))
            let accused = try await Browser.signedIn(client, as: "bm01.fz")
            let hidden = try await accused.get("/petitions/\(id)/documents/\(seq)")
            #expect(hidden.status == .ok)
            #expect(hidden.body.contains("（信息保密）："))
            #expect(!hidden.body.contains("张三"))
        }
    }

    @Test("an administrator's template edit changes the rendered text and is audited")
    func templateEdit() async throws {
        try await withDecisionLetter { f, client, id, seq in
            let admin = try await Browser.signedIn(client, as: "admin")
            let list = try await admin.get("/admin/templates")
            #expect(list.status == .ok)
            #expect(list.body.contains("/admin/templates/decisionLetter"))
            let editor = try await admin.get("/admin/templates/decisionLetter")
            #expect(editor.body.contains("{{factsFound}}"))
            let body = "经本机关调查：{{factsFound}}\n本机关决定：{{outcome}}。{{opinion}}\n依据：{{basis}}\n{{appealRights}}"
            let saved = try await admin.post("/admin/templates/decisionLetter", [("body", body)], csrf: editor.csrf)
            #expect(saved.status == .seeOther)
            let page = try await admin.get("/petitions/\(id)/documents/\(seq)")
            #expect(page.body.contains("经本机关调查：经现场勘查"))
            #expect(page.body.contains("本机关决定：部分支持。"))
            #expect(!page.body.contains("一、查明的事实"))
            let audit = try await f.store.auditEntries(petitionID: nil, limit: 20)
            #expect(audit.contains { $0.action == "admin-template-save" && $0.username == "admin" && $0.detail.contains("处理意见书") })
        }
    }

    @Test("an invalid template is refused with a message and changes nothing; only administrators may edit")
    func invalidTemplate() async throws {
        try await APIFixture.withApp(today: "2026-09-21") { f, client in
            let admin = try await Browser.signedIn(client, as: "admin")
            let editor = try await admin.get("/admin/templates/acceptanceNotice")
            let unclosed = try await admin.post("/admin/templates/acceptanceNotice", [("body", "{{#note}}未结束的区段")], csrf: editor.csrf)
            #expect(unclosed.status == .unprocessableContent)
            #expect(unclosed.body.contains("模板格式错误"))
            #expect(unclosed.body.contains("aria-invalid=\"true\""))
            #expect(unclosed.body.contains("{{#note}}未结束的区段"), "input kept")
            let unknown = try await admin.post("/admin/templates/acceptanceNotice", [("body", "你好{{petitoner}}，{{factsFound}}")], csrf: editor.csrf)
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.body.contains("未知变量"))
            #expect(unknown.body.contains("{{petitoner}}"))
            #expect(unknown.body.contains("{{factsFound}}"), "a variable of another kind is unknown here")
            let stored = try await f.store.documentTemplate(kind: .acceptanceNotice)
            #expect(stored?.body == DocumentTemplate.defaultBody(for: .acceptanceNotice))
            #expect(stored?.updatedAt == nil)

            let clerk = try await Browser.signedIn(client, as: "fenban")
            #expect(try await clerk.get("/admin/templates").status == .forbidden)
            let home = try await clerk.get("/account/password")
            #expect(try await clerk.post("/admin/templates/acceptanceNotice", [("body", "x")], csrf: home.csrf).status == .forbidden)
        }
    }

    @Test("every default template compiles and uses only its kind's variables")
    func defaultsCompile() throws {
        for kind in DocumentKind.allCases {
            #expect(throws: Never.self) { try DocumentTemplateText(kind: kind, body: DocumentTemplate.defaultBody(for: kind)) }
        }
    }

    private func signedInCookie(_ client: some TestClientProtocol, _ username: String) async throws -> String {
        let browser = try await Browser.signedIn(client, as: username)
        return browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }
}
