import Foundation
import HuiyinDomain
@testable import HuiyinServer
import HuiyinStore
import Hummingbird
import HummingbirdTesting
import Testing

/// A file to upload in a portal test.
struct Upload {
    var fileName: String
    var bytes: [UInt8]

    static let pdf = Array("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".utf8)
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
    static let exe: [UInt8] = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00]
}

/// What the portal tests do through the pages, as a petitioner would.
struct PortalFlow {
    let f: APIFixture
    let client: any TestClientProtocol

    /// A complete, valid online petition about 新塘村 (under 柳塘镇).
    func validFields(idNumber: String = "11010519491231002X", title: String = "新塘村道路损毁无人维修") -> [(String, String)] {
        [("kind", "person"), ("petitioners[0].name", "张三"), ("petitioners[0].idNumber", idNumber),
         ("petitioners[0].phone", "13800138000"), ("petitioners[0].address", "柳塘镇新塘村3组"),
         ("localityUnitId", String(f.unit("新塘村").id)), ("localityAddress", "3组通组公路"), ("purpose", "demand"),
         ("categoryCode", ""), ("title", title), ("content", "通组公路去年汛期被冲毁，至今无人维修。"), ("demands", "请求尽快修复"),
         ("website", "")]
    }

    /// Opens the form (for its token) and posts it as `multipart/form-data`.
    func submit(_ b: Browser, _ fields: [(String, String)], files: [Upload] = []) async throws -> Browser.Page {
        let form = try await b.get("/public/submit")
        #expect(form.status == .ok)
        return try await b.postMultipart("/public/submit", fields + [("_csrf", form.csrf ?? "")], files: files)
    }

    /// Submits a valid petition and reads number and code from the receipt.
    func submitValid(_ b: Browser, files: [Upload] = []) async throws -> (number: String, code: String, receipt: Browser.Page) {
        let done = try await submit(b, validFields(), files: files)
        #expect(done.status == .seeOther)
        #expect(done.location == "/public/receipt")
        let receipt = try await b.get("/public/receipt")
        return (receipt.between("id=\"receipt-number\">", "<"), receipt.between("id=\"receipt-code\">", "<"), receipt)
    }

    /// The tracking page for number + code.
    func track(_ b: Browser, _ number: String, _ code: String) async throws -> Browser.Page {
        let form = try await b.get("/public/track")
        return try await b.post("/public/track", [("number", number), ("code", code)], csrf: form.csrf)
    }

    func staff(_ username: String) async throws -> StaffUser {
        try #require(try await f.store.credentials(username: username)?.user)
    }

    /// A staff action straight through the service.
    @discardableResult
    func act(_ username: String, _ number: String, _ action: PetitionAction) async throws -> PetitionCase {
        let c = try #require(try await f.store.petition(number: number))
        return try await f.services.petitions.act(action, on: c.record.id, expectedVersion: nil, actor: .staff(try await staff(username)))
    }

    /// Forward to 柳塘镇, accept there, reply.
    func toReplied(_ number: String) async throws {
        try await act("fenban", number, .forward(unitID: f.unit("柳塘镇").id, note: "内部：请镇里尽快处理"))
        try await act("xz04.cb", number, .accept(note: ""))
        try await act("xz04.cb", number, .reply(outcome: .partlySupport, factsFound: "经现场勘查，路基约300米被冲毁。",
                                               basis: "《农村公路条例》第十二条", opinion: "由镇政府于年内安排资金修复。"))
    }
}

extension Browser {
    /// Posts `multipart/form-data` as a browser does for a form with file inputs.
    func postMultipart(_ uri: String, _ fields: [(String, String)], files: [Upload]) async throws -> Page {
        let boundary = "----HuiyinTest" + UUID().uuidString.replacingOccurrences(of: "-", with: "")
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for file in files {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"\(file.fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += file.bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        var headers: HTTPFields = [:]
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: body)) { r in
            for value in r.headers[values: .setCookie] {
                let pair = value.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
                if pair.count == 2 { self.cookies[String(pair[0])] = String(pair[1]) }
                if value.contains("Max-Age=0") { self.cookies[String(pair[0])] = nil }
            }
            return Page(status: r.status, location: r.headers[.location], body: String(buffer: r.body))
        }
    }
}

extension Browser.Page {
    /// The text between two markers, or "".
    func between(_ start: String, _ end: String) -> String {
        guard let r = body.range(of: start) else { return "" }
        return String(body[r.upperBound...].prefix { !end.contains($0) })
    }
}

@Suite("Portal: multipart parsing and attachments")
struct PortalMultipartTests {
    private func body(_ parts: [String], boundary: String = "XyZ") -> [UInt8] {
        Array((parts.map { "--\(boundary)\r\n\($0)\r\n" }.joined() + "--\(boundary)--\r\n").utf8)
    }

    @Test("fields and files are read; empty file inputs are skipped; the file name loses its path")
    func parses() throws {
        let raw = body([
            "Content-Disposition: form-data; name=\"title\"\r\n\r\n路灯 & 道路",
            "Content-Disposition: form-data; name=\"attachments\"; filename=\"C:\\\\Users\\\\me\\\\a.pdf\"\r\nContent-Type: image/png\r\n\r\n%PDF-1",
            "Content-Disposition: form-data; name=\"attachments\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n",
        ])
        let form = try MultipartForm(body: raw, boundary: "XyZ")
        #expect(form.fields.string("title") == "路灯 & 道路")
        #expect(form.files.count == 1)
        #expect(form.files.first?.fileName == "a.pdf")
        #expect(form.files.first?.bytes == Array("%PDF-1".utf8))
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\"XyZ\"") == "XyZ")
        #expect(MultipartForm.boundary(contentType: "application/x-www-form-urlencoded") == nil)
    }

    @Test("limits: a fourth file, a file over the limit, a body without its closing delimiter")
    func limits() throws {
        let file = "Content-Disposition: form-data; name=\"attachments\"; filename=\"x.png\"\r\n\r\n0123456789"
        #expect(throws: MultipartForm.Failure.tooManyFiles) { try MultipartForm(body: body([file, file, file, file]), boundary: "XyZ") }
        var small = MultipartForm.Limits()
        small.maxFileBytes = 5
        #expect(throws: MultipartForm.Failure.fileTooLarge("x.png")) { try MultipartForm(body: body([file]), boundary: "XyZ", limits: small) }
        let cut = Array("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end".utf8)
        #expect(throws: MultipartForm.Failure.malformed) { try MultipartForm(body: cut, boundary: "XyZ") }
    }

    @Test("the type comes from the bytes: a .jpg holding a PDF is a PDF; an .exe renamed .png is refused")
    func sniffing() async throws {
        let f = try await APIFixture(today: "2026-09-21")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let flow = PortalFlow(f: f, client: client)
            let b = Browser(client)
            let refused = try await flow.submit(b, flow.validFields(), files: [Upload(fileName: "photo.png", bytes: Upload.exe)])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("“photo.png”不是图片"))
            #expect(refused.body.contains("请重新选择"))
            #expect(try await f.store.petition(number: "XF-2026-000001") == nil)

            let (number, _, receipt) = try await flow.submitValid(b, files: [Upload(fileName: "scan.jpg", bytes: Upload.pdf),
                                                                             Upload(fileName: "site.png", bytes: Upload.png)])
            #expect(receipt.body.contains("2 个"))
            let c = try #require(try await f.store.petition(number: number))
            let stored = try await f.store.attachments(petitionID: c.record.id)
            #expect(stored.map(\.type) == [.pdf, .png])
            #expect(stored.first?.fileName == "scan.jpg")
            // Stored outside the web root, beside the database.
            let files = try FileManager.default.contentsOfDirectory(atPath: f.path + ".attachments")
            #expect(files.count == 2)
            #expect(!files.contains { $0.hasSuffix(".jpg") || $0.hasSuffix(".png") || $0.hasSuffix(".pdf") })
            for file in files { try? FileManager.default.removeItem(atPath: f.path + ".attachments/" + file) }
        }
    }

    @Test("staff download: attachment disposition, checked type, nosniff, audited; 404 outside jurisdiction")
    func staffDownload() async throws {
        let f = try await APIFixture(today: "2026-09-21")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let flow = PortalFlow(f: f, client: client)
            let (number, _, _) = try await flow.submitValid(Browser(client), files: [Upload(fileName: "<x>&.jpg", bytes: Upload.pdf)])
            let id = try #require(try await f.store.petition(number: number)).record.id

            let anonymous = try await Browser(client).get("/petitions/\(id)/attachments/1")
            #expect(anonymous.status == .seeOther)

            let bureau = Browser(client)
            try await bureau.signIn("fenban")
            let page = try await bureau.get("/petitions/\(id)")
            #expect(page.body.contains("/petitions/\(id)/attachments/1"))
            #expect(page.body.contains("&lt;x&gt;&amp;.jpg"))
            try await client.execute(uri: "/petitions/\(id)/attachments/1", method: .get,
                                     headers: [.cookie: bureau.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/pdf")
                #expect(r.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
                #expect(r.headers[.contentDisposition]?.contains(".pdf") == true)
                #expect(r.headers[.init("X-Content-Type-Options")!] == "nosniff")
                #expect(Array(r.body.readableBytesView) == Upload.pdf)
            }
            let audit = try await f.store.auditEntries(petitionID: id, limit: 10)
            #expect(audit.contains { $0.action == "download-attachment" && $0.username == "fenban" })

            // A township that has nothing to do with the case sees no such file.
            let other = Browser(client)
            try await other.signIn("xz01.cb")
            #expect(try await other.get("/petitions/\(id)/attachments/1").status == .notFound)
            #expect(try await bureau.get("/petitions/\(id)/attachments/9").status == .notFound)
        }
    }
}
