import Foundation
import HuiyinDomain
import HuiyinServer
import HuiyinStore
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Registration pages")
struct RegistrationPageTests {
    static let earlierID = "11010519491231002X"

    /// A valid resident ID from its first 17 digits.
    static func residentID(_ first17: String) -> String {
        first17 + String(ResidentID.checkCharacter(forFirst17: first17)!)
    }

    /// The fields of a filled-in form, as the browser posts them.
    static func form(_ f: APIFixture, people: [[String: String]], peopleCount: Int, title: String = "新塘村通组公路损毁无人维修",
                     extra: [(String, String)] = []) -> [(String, String)] {
        var fields: [(String, String)] = [
            ("count", String(people.count)), ("channel", "visit"), ("source", "ownLevel"), ("purpose", "demand"),
            ("receivedDate", "2026-09-20"), ("receivedTime", "09:30"), ("peopleCount", String(peopleCount)),
            ("categoryCode", "010101"), ("localityUnitId", String(f.unit("柳塘镇").id)), ("localityAddress", "新塘村三组"),
            ("title", title), ("content", "新塘村通组公路去年汛期被冲毁，至今无人维修，村民出行困难。"), ("demands", "请求尽快修复道路"),
        ]
        for (i, p) in people.enumerated() {
            for key in ["name", "idType", "idNumber", "phone", "sex", "address", "workplace", "role"] {
                fields.append(("petitioners[\(i)].\(key)", p[key] ?? (key == "idType" ? "residentID" : key == "sex" ? "unknown" : key == "role" ? "self" : "")))
            }
        }
        return fields + extra
    }

    /// An earlier petition of the person with ``earlierID``, registered by the bureau's registrar.
    static func registerEarlier(_ f: APIFixture) async throws -> PetitionCase {
        let registration = Registration(
            channel: .letter, petitioners: [Petitioner(name: "张三", idNumber: earlierID, phone: "13800138000")], purpose: .demand,
            categoryCode: "010101", localityUnitID: f.unit("柳塘镇").id, title: "新塘村道路损毁首次来信",
            content: "新塘村通组公路被冲毁。", demands: "修复道路")
        return try await f.services.petitions.register(registration, by: f.org.users["dengji"]!)
    }

    static func stored(_ f: APIFixture) async throws -> Int { try await f.store.list(PetitionQuery()).total }

    /// What a registration test stands on: the demo county, the app, and a browser signed in as a registrar
    /// with the blank registration form open.
    struct Desk {
        let f: APIFixture
        let client: any TestClientProtocol
        let browser: Browser
        /// The blank form (its CSRF token signs the first post).
        let blank: Browser.Page
        /// The earlier petition of the person with ``earlierID``, when asked for.
        let earlier: PetitionCase?
    }

    /// Runs `test` at a ``Desk`` for `username`, with ``registerEarlier(_:)`` done first when `withEarlier`.
    static func atDesk(_ username: String = "dengji", withEarlier: Bool = false,
                       _ test: @Sendable (Desk) async throws -> Void) async throws {
        try await APIFixture.withApp { f, client in
            let earlier: PetitionCase? = if withEarlier { try await registerEarlier(f) } else { nil }
            let browser = try await Browser.signedIn(client, as: username)
            let blank = try await browser.get("/petitions/new")
            try await test(Desk(f: f, client: client, browser: browser, blank: blank, earlier: earlier))
        }
    }

    @Test("a collective petition: errors shown beside their fields with input kept, then fixed, registered, receipt with number and query code")
    func collectiveWithErrorFixed() async throws {
        try await Self.atDesk { desk in
            let (f, browser, blank) = (desk.f, desk.browser, desk.blank)
            #expect(blank.status == .ok)
            #expect(blank.body.contains("<optgroup"))
            #expect(blank.body.contains("新塘村"))
            #expect(blank.field("receivedDate") == "2026-09-20")

            let second = Self.residentID("33010219800101001")
            var people = [
                ["name": "张三", "idNumber": "110105194912310021", "phone": "13800138000"],  // wrong check digit (X)
                ["name": "李四", "idNumber": second],
            ]
            let bad = try await browser.post("/petitions/new", Self.form(f, people: people, peopleCount: 6), csrf: blank.csrf)
            #expect(bad.status == .unprocessableContent)
            // The ID message beside its field, tied to it for screen readers.
            #expect(bad.body.contains("name=\"petitioners[0].idNumber\" value=\"110105194912310021\" aria-invalid=\"true\" aria-describedby=\"f-petitioners-0-idNumber-error\""))
            #expect(bad.body.contains("<p class=\"field-error\" id=\"f-petitioners-0-idNumber-error\">身份证号码校验位错误"))
            // Six people without a representative: the collective rule, beside the petitioners.
            #expect(bad.body.contains("id=\"f-petitioners-error\""))
            #expect(bad.body.contains("须推选 1–5 名代表"))
            // Every input kept.
            #expect(bad.field("petitioners[0].idNumber") == "110105194912310021")
            #expect(bad.field("petitioners[1].name") == "李四")
            #expect(bad.field("title") == "新塘村通组公路损毁无人维修")
            #expect(bad.field("peopleCount") == "6")
            #expect(bad.body.contains("新塘村通组公路去年汛期被冲毁"))
            #expect(try await Self.stored(f) == 0)

            people[0]["idNumber"] = Self.earlierID
            people[0]["role"] = "representative"
            people[1]["role"] = "representative"
            let done = try await browser.post("/petitions/new", Self.form(f, people: people, peopleCount: 6), csrf: bad.csrf)
            #expect(done.status == .seeOther)
            let location = try #require(done.location)
            #expect(location.hasPrefix("/petitions/") && location.hasSuffix("/receipt?registered=1"))
            let stored = try await f.store.list(PetitionQuery()).items
            let petition = try #require(stored.first)
            #expect(stored.count == 1)
            #expect(petition.record.registration.peopleCount == 6)
            #expect(petition.record.registration.petitioners.map(\.role) == [.representative, .representative])

            let receipt = try await browser.get(location)
            #expect(receipt.status == .ok)
            #expect(receipt.body.contains(petition.record.number))
            #expect(receipt.body.contains("id=\"receipt-code\">\(petition.record.queryCode)<"))
            #expect(receipt.body.contains("2026年9月20日"))
            #expect(receipt.body.contains("值班领导"))
            let audit = try await f.store.auditEntries(petitionID: petition.record.id, limit: 10)
            #expect(audit.contains { $0.action == "view-query-code" && $0.username == "dengji" })
        }
    }

    @Test("the receipt: 404 outside one's jurisdiction; the query code only for the registering unit")
    func receiptAccess() async throws {
        try await APIFixture.withApp { f, client in
            let earlier = try await Self.registerEarlier(f)
            let township = try await Browser.signedIn(client, as: "xz04.cb")
            #expect(try await township.get("/petitions/\(earlier.record.id)/receipt").status == .notFound)
            let leader = try await Browser.signedIn(client, as: "xianzhang")
            let page = try await leader.get("/petitions/\(earlier.record.id)/receipt")
            #expect(page.status == .ok)
            #expect(page.body.contains(earlier.record.number))
            #expect(!page.body.contains(earlier.record.queryCode))
        }
    }

    @Test("添加信访人 adds a fieldset and keeps every input; nothing is stored")
    func addPetitioner() async throws {
        try await Self.atDesk { desk in
            let (f, browser, blank) = (desk.f, desk.browser, desk.blank)
            #expect(!blank.body.contains("name=\"petitioners[1].name\""))
            let people = [["name": "王五", "idNumber": "3301", "phone": "1390000"]]
            let page = try await browser.post("/petitions/new", Self.form(f, people: people, peopleCount: 2, extra: [("add", "1")]),
                                              csrf: blank.csrf)
            #expect(page.status == .ok)
            #expect(page.body.contains("name=\"petitioners[1].name\""))
            #expect(!page.body.contains("name=\"petitioners[2].name\""))
            #expect(page.field("count") == "2")
            #expect(page.field("petitioners[0].name") == "王五")
            #expect(page.field("petitioners[0].idNumber") == "3301")
            #expect(page.field("title") == "新塘村通组公路损毁无人维修")
            // Incomplete input is not judged while adding people.
            #expect(!page.body.contains("aria-invalid"))
            #expect(try await Self.stored(f) == 0)
        }
    }

    @Test("查重 finds an earlier petition by the same ID number; the live lookup too, filtered by jurisdiction")
    func lookupFindsEarlier() async throws {
        try await Self.atDesk(withEarlier: true) { desk in
            let (f, client, browser, blank) = (desk.f, desk.client, desk.browser, desk.blank)
            let earlier = try #require(desk.earlier)
            let people = [["name": "张三", "idNumber": " 11010519491231002x "]]
            let page = try await browser.post("/petitions/new", Self.form(f, people: people, peopleCount: 1, extra: [("lookup", "1")]),
                                              csrf: blank.csrf)
            #expect(page.status == .ok)
            #expect(page.body.contains(earlier.record.number))
            #expect(page.body.contains("新塘村道路损毁首次来信"))
            #expect(page.body.contains("name=\"linkMatter\" id=\"link-\(earlier.record.id)\" value=\"\(earlier.record.matterID)\""))
            #expect(page.body.contains("<input type=\"radio\" name=\"linkMatter\" value=\"\" checked> 不关联（不是同一事项）"), "not linking is the default")
            #expect(try await Self.stored(f) == 1)

            let fragment = try await browser.get("/petitions/lookup?phone=138-0013-8000")
            #expect(fragment.status == .ok)
            #expect(fragment.body.contains(earlier.record.number))
            #expect(!fragment.body.contains("<html"))
            let other = try await browser.get("/petitions/lookup?id=" + Self.residentID("33010219800101001"))
            #expect(other.body.contains("未查到"))

            // A township handler may register, but the bureau's case is outside its jurisdiction.
            let township = try await Browser.signedIn(client, as: "xz04.cb")
            let hidden = try await township.get("/petitions/lookup?id=\(Self.earlierID)")
            #expect(hidden.status == .ok)
            #expect(!hidden.body.contains(earlier.record.number))
        }
    }

    @Test("choosing an earlier petition links the new one to its matter as a repeat")
    func linkAsRepeat() async throws {
        try await Self.atDesk(withEarlier: true) { desk in
            let (f, browser, blank) = (desk.f, desk.browser, desk.blank)
            let earlier = try #require(desk.earlier)
            let people = [["name": "张三", "idNumber": Self.earlierID]]
            let done = try await browser.post(
                "/petitions/new",
                Self.form(f, people: people, peopleCount: 1, title: "新塘村道路仍未修复（再次来访）",
                          extra: [("linkMatter", String(earlier.record.matterID))]),
                csrf: blank.csrf)
            #expect(done.status == .seeOther)
            let location = try #require(done.location)
            #expect(!location.contains("link="))
            let all = try await f.store.list(PetitionQuery()).items
            let repeatCase = try #require(all.first { $0.record.id != earlier.record.id })
            #expect(repeatCase.record.matterID == earlier.record.matterID)
            #expect(repeatCase.record.isRepeat)
            let receipt = try await browser.get(location)
            #expect(receipt.body.contains("已作为重复信访关联"))
            #expect(receipt.body.contains(earlier.record.number))
        }
    }

    @Test("when linking fails the petition stays registered and the receipt says why")
    func linkFailureKeepsRegistration() async throws {
        // A township handler registers what it receives, but may not link to a bureau case it cannot see.
        try await Self.atDesk("xz04.cb", withEarlier: true) { desk in
            let (f, browser, blank) = (desk.f, desk.browser, desk.blank)
            let earlier = try #require(desk.earlier)
            let done = try await browser.post(
                "/petitions/new",
                Self.form(f, people: [["name": "张三", "idNumber": Self.earlierID]], peopleCount: 1,
                          extra: [("linkMatter", String(earlier.record.matterID))]),
                csrf: blank.csrf)
            #expect(done.status == .seeOther)
            let location = try #require(done.location)
            #expect(location.contains("link="))
            let all = try await f.store.list(PetitionQuery()).items
            #expect(all.count == 2)
            let created = try #require(all.first { $0.record.id != earlier.record.id })
            #expect(!created.record.isRepeat)
            #expect(created.record.matterID != earlier.record.matterID)
            let receipt = try await browser.get(location)
            #expect(receipt.status == .ok)
            #expect(receipt.body.contains("未能关联为重复信访"))
            #expect(receipt.body.contains(created.record.queryCode))
        }
    }

    @Test("a leader may not register: 403 for the form, the post and the lookup")
    func leaderForbidden() async throws {
        try await APIFixture.withApp { f, client in
            let browser = try await Browser.signedIn(client, as: "xianzhang")
            let form = try await browser.get("/petitions/new")
            #expect(form.status == .forbidden)
            #expect(!form.body.contains("name=\"title\""))
            let any = try await browser.get("/account/password")
            let post = try await browser.post("/petitions/new", Self.form(f, people: [["name": "张三"]], peopleCount: 1), csrf: any.csrf)
            #expect(post.status == .forbidden)
            #expect(try await browser.get("/petitions/lookup?id=\(Self.earlierID)").status == .forbidden)
            #expect(try await Self.stored(f) == 0)
        }
    }

    @Test("a post without the CSRF token, or with another one, is refused and stores nothing")
    func csrfEnforced() async throws {
        try await APIFixture.withApp { f, client in
            let browser = try await Browser.signedIn(client, as: "dengji")
            let fields = Self.form(f, people: [["name": "张三", "idNumber": Self.earlierID]], peopleCount: 1)
            #expect(try await browser.post("/petitions/new", fields, csrf: nil).status == .forbidden)
            #expect(try await browser.post("/petitions/new", fields, csrf: "forged-token").status == .forbidden)
            #expect(try await Self.stored(f) == 0)
            let page = try await browser.get("/petitions/new")
            #expect(try await browser.post("/petitions/new", fields, csrf: page.csrf).status == .seeOther)
            #expect(try await Self.stored(f) == 1)
        }
    }
}
