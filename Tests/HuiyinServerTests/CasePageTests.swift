import Foundation
import HuiyinDomain
import HuiyinServer
import HuiyinStore
import Hummingbird
import HummingbirdTesting
import Testing

/// Steps through the case page forms, shared by the case page and document tests.
struct CaseFlow {
    let f: APIFixture
    let client: any TestClientProtocol

    /// Runs `body` with a flow over a fresh demo fixture on `today` and its router client; the fixture's
    /// database is removed afterwards.
    static func run(today: String = "2026-09-21", _ body: @Sendable (CaseFlow) async throws -> Void) async throws {
        let f = try await APIFixture(today: today)
        defer { f.cleanup() }
        try await f.app.test(.router) { client in try await body(CaseFlow(f: f, client: client)) }
    }

    /// Registers a township petition through the API (as the registrar) and returns its id.
    func register(purpose: String = "demand", accused: [Int64] = [], by username: String = "dengji") async throws -> Int64 {
        let token = try await client.token(username)
        var json = registrationJSON(localityUnitID: f.unit("柳塘镇").id, purpose: purpose)
        if !accused.isEmpty {
            json = "{\"accusedUnitIds\":[\(accused.map(String.init).joined(separator: ","))]," + json.drop { $0 != "{" }.dropFirst()
        }
        let (status, body) = try await client.call(.post, "/api/v1/petitions", token: token, json: json)
        #expect(status == .created)
        return Int64(body["id"]?.int ?? 0)
    }

    /// Signs `username` in, opens the case page and submits one action form with the page's version.
    @discardableResult
    func act(_ username: String, _ id: Int64, _ action: String, _ fields: [(String, String)]) async throws -> Browser.Page {
        let browser = Browser(client)
        try await browser.signIn(username)
        let page = try await browser.get("/petitions/\(id)")
        #expect(page.body.contains("id=\"act-\(action)\""), "\(username) is offered \(action)")
        return try await browser.post("/petitions/\(id)/actions/\(action)", fields + [("version", page.field("version") ?? "")], csrf: page.csrf)
    }

    /// Forward to 柳塘镇, accept there, extend (head) and reply with a decision letter.
    func toReplied(_ id: Int64) async throws {
        try await act("fenban", id, "forward", [("unitId", String(f.unit("柳塘镇").id)), ("note", "请依法办理")])
        try await act("xz04.cb", id, "accept", [("note", "")])
        try await act("xz04.fz", id, "extend", [("days", "10"), ("reason", "需要会同县交通运输局现场勘查")])
        try await act("xz04.cb", id, "reply", [
            ("outcome", "partlySupport"), ("factsFound", "经现场勘查，新塘村通组公路约300米路基被冲毁。"),
            ("basis", "《农村公路条例》第十二条"), ("opinion", "由镇政府于年内安排资金修复。"),
        ])
    }
}

@Suite("Case page")
struct CasePageTests {
    @Test("forward, accept, extend and reply through the page forms; the history shows each step")
    func fullFlow() async throws {
        try await CaseFlow.run { flow in
            let (f, client) = (flow.f, flow.client)
            let id = try await flow.register()
            let forwarded = try await flow.act("fenban", id, "forward", [("unitId", String(f.unit("柳塘镇").id)), ("note", "请依法办理")])
            #expect(forwarded.status == .seeOther)
            #expect(forwarded.location == "/petitions/\(id)?done=forward")
            let accepted = try await flow.act("xz04.cb", id, "accept", [("note", "")])
            #expect(accepted.status == .seeOther)
            let extended = try await flow.act("xz04.fz", id, "extend", [("days", "10"), ("reason", "需要会同县交通运输局现场勘查")])
            #expect(extended.status == .seeOther)
            let replied = try await flow.act("xz04.cb", id, "reply", [
                ("outcome", "support"), ("factsFound", "路基被冲毁约300米"), ("basis", "《农村公路条例》"), ("opinion", "年内修复"),
            ])
            #expect(replied.status == .seeOther)

            let browser = Browser(client)
            try await browser.signIn("fenban")
            let page = try await browser.get("/petitions/\(id)?done=reply")
            #expect(page.status == .ok)
            #expect(page.body.contains("已完成：出具处理意见"))
            for step in ["转送", "受理", "延期", "出具处理意见", "需要会同县交通运输局现场勘查", "路基被冲毁约300米", "柳塘镇承办人"] {
                #expect(page.body.contains(step), "history shows \(step)")
            }
            #expect(page.body.contains("已答复"))
            let stored = try await f.store.petition(id: id)
            #expect(stored?.status.state == .replied)
            #expect(stored?.status.extensionDays == 10)
        }
    }

    @Test("only allowed actions are offered: the handling township sees accept and object, not forward")
    func offeredActions() async throws {
        try await CaseFlow.run { flow in
            let (f, client) = (flow.f, flow.client)
            let id = try await flow.register()
            let triage = Browser(client)
            try await triage.signIn("fenban")
            let before = try await triage.get("/petitions/\(id)")
            #expect(before.body.contains("id=\"act-forward\""))
            #expect(!before.body.contains("id=\"act-accept\""))
            try await flow.act("fenban", id, "forward", [("unitId", String(f.unit("柳塘镇").id))])
            let handler = Browser(client)
            try await handler.signIn("xz04.cb")
            let page = try await handler.get("/petitions/\(id)")
            #expect(page.body.contains("id=\"act-accept\""))
            #expect(page.body.contains("id=\"act-object\""))
            #expect(!page.body.contains("id=\"act-forward\""))
            #expect(!page.body.contains("id=\"act-extend\""), "only the unit head extends")
            // Posting an action not offered is refused by the rules and changes nothing.
            let refused = try await handler.post("/petitions/\(id)/actions/forward",
                                                 [("unitId", String(f.unit("柳塘镇").id)), ("version", page.field("version") ?? "")], csrf: page.csrf)
            #expect(refused.status == .forbidden)
            #expect(try await f.store.petition(id: id)?.status.state == .awaitingAcceptance)
        }
    }

    @Test("a field error shows beside the field with the input kept, and nothing changes")
    func fieldError() async throws {
        try await CaseFlow.run { flow in
            let f = flow.f
            let id = try await flow.register()
            let page = try await flow.act("fenban", id, "decline", [("reason", "属于劳动争议<仲裁>事项"), ("properRoute", "")])
            #expect(page.status == .unprocessableContent)
            #expect(page.body.contains("id=\"decline-properRoute-error\""))
            #expect(page.body.contains("aria-describedby=\"decline-properRoute-error\""))
            #expect(page.body.contains("属于劳动争议&lt;仲裁&gt;事项"), "input kept and escaped")
            #expect(page.body.contains("<details class=\"action\" id=\"act-decline\" open>"))
            #expect(try await f.store.petition(id: id)?.status.version == 1)
        }
    }

    @Test("on the English interface a refused action says why in English: beside the field, and for a rule")
    func refusalInEnglish() async throws {
        let f = try await APIFixture(today: "2026-09-21")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let id = try await CaseFlow(f: f, client: client).register()
            let browser = Browser(client)
            try await browser.signIn("fenban")
            let page = try await browser.get("/petitions/\(id)?lang=en")
            #expect(page.body.contains("<html lang=\"en\">"))
            let version = page.field("version") ?? ""
            let missing = try await browser.post("/petitions/\(id)/actions/decline",
                                                 [("reason", "属于劳动争议仲裁事项"), ("properRoute", ""), ("version", version)], csrf: page.csrf)
            #expect(missing.status == .unprocessableContent)
            #expect(missing.body.contains("Tell the petitioner which route to take instead"))
            #expect(!missing.body.contains("请告知信访人应当通过的途径"))
            // 受理 belongs to the receiving unit after a forward: the triage officer is refused by a rule.
            let refused = try await browser.post("/petitions/\(id)/actions/accept", [("version", version)], csrf: page.csrf)
            #expect(refused.status == .forbidden || refused.status == .conflict)
            #expect(refused.body.contains("“Accept”"), "the action named in English")
            #expect(!refused.body.contains("无权执行") && !refused.body.contains("不能执行") && !refused.body.contains("须由"))
            #expect(try await f.store.petition(id: id)?.status.version == 1)
        }
    }

    @Test("a field message with a value inside reads in English too: the extension's limit")
    func extensionLimitInEnglish() async throws {
        try await CaseFlow.run { flow in
            let id = try await flow.register()
            try await flow.act("fenban", id, "forward", [("unitId", String(flow.f.unit("柳塘镇").id))])
            try await flow.act("xz04.cb", id, "accept", [("note", "")])
            let browser = Browser(flow.client)
            try await browser.signIn("xz04.fz")
            let page = try await browser.get("/petitions/\(id)?lang=en")
            let posted = try await browser.post("/petitions/\(id)/actions/extend",
                                                [("days", "999"), ("reason", "需要现场勘查"), ("version", page.field("version") ?? "")],
                                                csrf: page.csrf)
            #expect(posted.status == .unprocessableContent)
            #expect(posted.body.contains("The extension must be 1–"))
            #expect(!posted.body.contains("延期天数须在"))
        }
    }

    @Test("a township user gets 404 for another township's case, for the page and for actions")
    func jurisdiction() async throws {
        try await CaseFlow.run { flow in
            let (f, client) = (flow.f, flow.client)
            let id = try await flow.register()
            try await flow.act("fenban", id, "forward", [("unitId", String(f.unit("柳塘镇").id))])
            let other = Browser(client)
            let home = try await other.signIn("xz01.cb")
            #expect(home.status == .seeOther)
            let page = try await other.get("/petitions/\(id)")
            #expect(page.status == .notFound)
            #expect(!page.body.contains("柳塘镇新塘村道路"))
            let workbench = try await other.get("/account/password")
            let action = try await other.post("/petitions/\(id)/actions/accept", [("version", "2")], csrf: workbench.csrf)
            #expect(action.status == .notFound)
            #expect(try await f.store.petition(id: id)?.status.state == .awaitingAcceptance)
        }
    }

    @Test("identity is masked; revealing it is audited; an accused unit's user sees 信息保密 and cannot reveal")
    func revealAndWithhold() async throws {
        try await CaseFlow.run { flow in
            let (f, client) = (flow.f, flow.client)
            let id = try await flow.register()
            let browser = Browser(client)
            try await browser.signIn("fenban")
            let masked = try await browser.get("/petitions/\(id)")
            #expect(masked.body.contains("张三"))
            #expect(!masked.body.contains("11010519491231002X"))
            #expect(!masked.body.contains("13800138000"))
            #expect(try await f.store.auditEntries(petitionID: id, limit: 10).isEmpty)
            let revealed = try await browser.post("/petitions/\(id)/reveal", [], csrf: masked.csrf)
            #expect(revealed.status == .ok)
            #expect(revealed.body.contains("11010519491231002X"))
            let audit = try await f.store.auditEntries(petitionID: id, limit: 10)
            #expect(audit.count == 1)
            #expect(audit.first?.action == "reveal-identity")
            #expect(audit.first?.username == "fenban")

            // An accusation naming the county government: its staff, not involved, do not see the case at all;
            // the bureau, which is not the accused, sees the informant to handle the matter.
            let county = f.services.configuration.current.units.units.first { $0.kind == .countyGovernment }!
            let accusation = try await flow.register(purpose: "accusation", accused: [county.id])
            let accused = Browser(client)
            try await accused.signIn("xianfu")
            let page = try await accused.get("/petitions/\(accusation)")
            #expect(page.status == .notFound)
            #expect(!page.body.contains("张三"))
            let refused = try await accused.post("/petitions/\(accusation)/reveal", [], csrf: masked.csrf)
            #expect(refused.status == .notFound || refused.status == .forbidden)
            #expect(!refused.body.contains("11010519491231002X"))
            let bureau = try await browser.get("/petitions/\(accusation)")
            #expect(bureau.body.contains("张三"))
            #expect(try await f.store.auditEntries(petitionID: accusation, limit: 10).isEmpty)
        }
    }

    @Test("a stale version shows the reload message and changes nothing")
    func staleVersion() async throws {
        try await CaseFlow.run { flow in
            let (f, client) = (flow.f, flow.client)
            let id = try await flow.register()
            let first = Browser(client)
            try await first.signIn("fenban")
            let page = try await first.get("/petitions/\(id)")
            let version = page.field("version") ?? ""
            // Someone else acts in between.
            try await flow.act("duban", id, "comment", [("text", "请尽快分办")])
            let stale = try await first.post("/petitions/\(id)/actions/forward",
                                             [("unitId", String(f.unit("柳塘镇").id)), ("note", "我的附言"), ("version", version)], csrf: page.csrf)
            #expect(stale.status == .conflict)
            #expect(stale.body.contains("该信访件已被他人修改，请刷新后重试"))
            #expect(stale.body.contains("我的附言"), "what was typed is kept")
            #expect(stale.body.contains("请尽快分办"), "the page shows the newer state")
            let stored = try await f.store.petition(id: id)
            #expect(stored?.status.state == .registered)
            #expect(stored?.status.version == 2)
        }
    }
}
