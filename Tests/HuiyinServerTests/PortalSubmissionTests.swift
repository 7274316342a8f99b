import Foundation
import HuiyinDomain
@testable import HuiyinServer
import HuiyinStore
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Portal: guidance and online submission")
struct PortalSubmissionTests {
    @Test("the start page explains what belongs elsewhere and shows the time limits from the rule table with their source")
    func guide() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        var rules = f.services.configuration.current.rules
        rules.limits[.decision] = .calendarDays(45)
        try await f.store.saveRuleTable(rules)
        let services = try await HuiyinServices.load(store: f.store, clock: f.clock)
        try await Application(router: buildRouter(services)).test(.router) { client in
            let page = try await Browser(client).get("/public")
            #expect(page.status == .ok)
            #expect(page.body.contains("劳动人事争议仲裁"))
            #expect(page.body.contains("行政复议"))
            #expect(page.body.contains("<strong>45日</strong>"))
            #expect(page.body.contains("《信访工作条例》第三十四条"))
            #expect(page.body.contains("个人信息"))
            // Public chrome: no staff navigation.
            #expect(!page.body.contains("工作台"))
            let english = try await Browser(client).get("/public?lang=en")
            #expect(english.body.contains("<html lang=\"en\""))
            #expect(english.body.contains("Online petition service"))
        }
    }

    @Test("a wrong ID check digit is shown beside the field with the input kept; fixed, it is registered online at the bureau")
    func submitWithErrorFixed() async throws {
        let f = try await APIFixture(today: "2026-09-21")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let flow = PortalFlow(f: f, client: client)
            let b = Browser(client)
            let wrong = try await flow.submit(b, flow.validFields(idNumber: "110105194912310021"))
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.body.contains("id=\"f-petitioners-0-idNumber-error\""))
            #expect(wrong.body.contains("aria-invalid=\"true\" aria-describedby=\"f-petitioners-0-idNumber-error\""))
            #expect(wrong.field("petitioners[0].idNumber") == "110105194912310021")
            #expect(wrong.field("title") == "新塘村道路损毁无人维修")
            #expect(try await f.store.petition(number: "XF-2026-000001") == nil)

            let (number, code, receipt) = try await flow.submitValid(b)
            #expect(number == "XF-2026-000001")
            #expect(code.count == QueryCode.length)
            #expect(receipt.body.contains("查询码只显示这一次"))
            let c = try #require(try await f.store.petition(number: number))
            #expect(c.record.registration.channel == .online)
            #expect(c.record.registeredByUserID == nil)
            #expect(c.record.registeredUnitID == f.services.configuration.current.units.petitionBureau?.id)
            #expect(c.record.registration.petitioners.first?.idNumber == "11010519491231002X")
            // Shown once: the receipt cannot be opened again.
            let again = try await b.get("/public/receipt")
            #expect(again.status == .seeOther)
            #expect(!again.body.contains(code))
        }
    }

    @Test("a group of five or more names its people as representatives; a missing count is refused")
    func group() async throws {
        let f = try await APIFixture(today: "2026-09-21")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let flow = PortalFlow(f: f, client: client)
            var fields = flow.validFields().filter { $0.0 != "kind" }
            fields.append(("kind", "group"))
            let noCount = try await flow.submit(Browser(client), fields)
            #expect(noCount.status == .unprocessableContent)
            #expect(noCount.body.contains("多人联名请填写人数"))
            fields += [("peopleCount", "12"), ("petitioners[1].name", "李四"), ("petitioners[1].phone", "13900139000")]
            let done = try await flow.submit(Browser(client), fields)
            #expect(done.status == .seeOther)
            let c = try #require(try await f.store.petition(number: "XF-2026-000001"))
            #expect(c.record.registration.peopleCount == 12)
            #expect(c.record.registration.petitioners.map(\.role) == [.representative, .representative])
        }
    }

    @Test("content over 2,000 characters is refused with a message; markup typed in is escaped")
    func contentLimitAndEscaping() async throws {
        let f = try await APIFixture(today: "2026-09-21")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let flow = PortalFlow(f: f, client: client)
            var fields = flow.validFields(title: "<script>alert(1)</script>").filter { $0.0 != "content" }
            fields.append(("content", String(repeating: "路", count: 2_001)))
            let page = try await flow.submit(Browser(client), fields)
            #expect(page.status == .unprocessableContent)
            #expect(page.body.contains("内容不能超过2000字"))
            #expect(!page.body.contains("<script>alert(1)</script>"))
            #expect(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
    }

    @Test("the honeypot: a filled hidden field stores nothing")
    func honeypot() async throws {
        let f = try await APIFixture(today: "2026-09-21")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let flow = PortalFlow(f: f, client: client)
            let fields = flow.validFields().filter { $0.0 != "website" } + [("website", "http://spam.example")]
            let page = try await flow.submit(Browser(client), fields)
            #expect(page.status == .unprocessableContent)
            #expect(try await f.store.petition(number: "XF-2026-000001") == nil)
        }
    }

    @Test("no CSRF cookie or a wrong token: refused, nothing stored")
    func csrf() async throws {
        let f = try await APIFixture(today: "2026-09-21")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let flow = PortalFlow(f: f, client: client)
            let stranger = Browser(client)
            let forged = try await stranger.postMultipart("/public/submit", flow.validFields() + [("_csrf", "abcdefghijklmnopqrstuv")], files: [])
            #expect(forged.status == .forbidden)
            #expect(forged.body.contains("/public"))
            let b = Browser(client)
            _ = try await b.get("/public/submit")
            let wrong = try await b.postMultipart("/public/submit", flow.validFields() + [("_csrf", "abcdefghijklmnopqrstuv")], files: [])
            #expect(wrong.status == .forbidden)
            #expect(try await f.store.petition(number: "XF-2026-000001") == nil)
        }
    }

    @Test("per-address limit: the sixth submission within the hour is refused")
    func submissionLimit() async throws {
        let f = try await APIFixture(today: "2026-09-21")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let flow = PortalFlow(f: f, client: client)
            let b = Browser(client)
            for _ in 0..<5 { #expect(try await flow.submit(b, flow.validFields()).status == .seeOther) }
            let sixth = try await flow.submit(b, flow.validFields())
            #expect(sixth.status == .tooManyRequests)
            #expect(try await f.store.petition(number: "XF-2026-000006") == nil)
        }
    }

    @Test("a body over 32 MiB is refused with a page in the portal's chrome")
    func tooLarge() async throws {
        let f = try await APIFixture(today: "2026-09-21")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let flow = PortalFlow(f: f, client: client)
            let big = Upload(fileName: "big.pdf", bytes: Upload.pdf + [UInt8](repeating: 0x20, count: 33 << 20))
            let page = try await flow.submit(Browser(client), flow.validFields(), files: [big])
            #expect(page.status == .contentTooLarge)
            #expect(page.body.contains("10MB"))
        }
    }
}
