import Foundation
import HuiyinDomain
import HuiyinServer
import HuiyinStore
import Hummingbird
import HummingbirdTesting
import Testing

/// What a user may learn through text intelligence and linking: the reason's similarity, the informant's
/// identity towards an accused unit, and matters outside the user's jurisdiction.
@Suite("Text visibility and linking")
struct TextVisibilityTests {
    /// The petition numbers an API list (`items[].petition.number`) names.
    static func numbers(_ list: JSON) -> [String] {
        list["items"]?.array.compactMap { $0["petition"]?["number"]?.string } ?? []
    }

    @Test("identical texts read 相似度1.00 in the API's reason")
    func reasonOfIdenticalTexts() async throws {
        try await CaseFlow.run { flow in
            let client = flow.client
            _ = try await flow.register()
            let second = try await flow.register()
            let (s, similar) = try await client.call(.get, "/api/v1/petitions/\(second)/similar", token: try await client.token("fenban"))
            #expect(s == .ok)
            let reason = try #require(similar["items"]?[0]?["reason"]?.string)
            #expect(reason.contains("相似度1.00，身份证号相同"), "\(reason)")
            #expect(!reason.contains("0.100"))
        }
    }

    @Test("an accused unit gets no finding made through the person: similar API and page, person lookup, hints")
    func accusedUnitSeesNoPersonMatch() async throws {
        try await CaseFlow.run { flow in
            let (f, client) = (flow.f, flow.client)
            let department = try #require(f.org.users["bm01.cb"]).unitID
            // The same person (same ID number, same text): first an ordinary demand the department may see,
            // then an accusation naming the department, which the department also sees (it registered it).
            let earlier = try await flow.register(by: "bm01.cb")
            let accusation = try await flow.register(purpose: "accusation", accused: [department], by: "bm01.cb")
            let earlierNumber = try #require(try await f.store.petition(id: earlier)).record.number
            let accusationNumber = try #require(try await f.store.petition(id: accusation)).record.number

            // The bureau sees the repeat with its reason.
            let (_, bureau) = try await client.call(.get, "/api/v1/petitions/\(accusation)/similar", token: try await client.token("fenban"))
            #expect(bureau["items"]?.array.contains { $0["personMatch"]?.string == "sameIdNumber" } == true)
            #expect(Self.numbers(bureau).contains(earlierNumber))

            // The accused department: nothing found through the person, in the API as on the page.
            let token = try await client.token("bm01.fz")
            let (s, accused) = try await client.call(.get, "/api/v1/petitions/\(accusation)/similar", token: token)
            #expect(s == .ok)
            #expect(accused["items"]?.array.allSatisfy { $0["personMatch"] == nil } == true)
            #expect(!Self.numbers(accused).contains(earlierNumber))
            let browser = Browser(client)
            try await browser.signIn("bm01.fz")
            let page = try await browser.get("/petitions/\(accusation)/similar")
            #expect(page.status == .ok)
            #expect(!page.body.contains(earlierNumber))
            for number in Self.numbers(accused) { #expect(page.body.contains(number)) }

            // Person lookup and registration hints never lead the accused unit to the accusation.
            let (p, persons) = try await client.call(.get, "/api/v1/persons/petitions?idNumber=11010519491231002X", token: token)
            #expect(p == .ok)
            #expect(Self.numbers(persons).contains(earlierNumber))
            #expect(!Self.numbers(persons).contains(accusationNumber))
            let (h, hints) = try await client.call(.post, "/api/v1/registration-hints", token: try await client.token("bm01.cb"), json: """
                {"title":"柳塘镇新塘村道路损毁无人维修","content":"新塘村通组公路去年汛期被冲毁，至今无人维修，村民出行困难，多次向村委会反映未果。",
                 "demands":"请求尽快修复道路","petitioners":[{"name":"张三","idNumber":"11010519491231002X"}]}
                """)
            #expect(h == .ok)
            let hinted = hints["similar"]?.array.compactMap { $0["petition"]?["number"]?.string } ?? []
            #expect(hinted.contains(earlierNumber))
            #expect(!hinted.contains(accusationNumber))
        }
    }

    /// A registrar of a township (a unit that registers petitions it receives directly) and its hash.
    static func townshipRegistrar(_ f: APIFixture) async throws -> String {
        let township = try #require(f.org.users["xz01.cb"]).unitID
        let hash = try await Passwords.hash(APIFixture.password, cost: 4)
        try await f.store.insertUser(username: "xz01.dj", displayName: "镇登记员", role: .registrar, unitID: township, passwordHash: hash)
        return "xz01.dj"
    }

    @Test("the case page's link action refuses a petition outside the user's jurisdiction as if it did not exist")
    func linkOnPageRespectsJurisdiction() async throws {
        try await CaseFlow.run { flow in
            let (f, client) = (flow.f, flow.client)
            let registrar = try await Self.townshipRegistrar(f)
            let mine = try await flow.register(by: registrar)
            let ownEarlier = try await flow.register(by: registrar)
            let hidden = try await flow.register(by: "dengji")  // the bureau's, not the township's
            let hiddenCase = try #require(try await f.store.petition(id: hidden))
            let browser = Browser(client)
            try await browser.signIn(registrar)
            #expect(try await browser.get("/petitions/\(hidden)").status == .notFound)

            let page = try await browser.get("/petitions/\(mine)")
            #expect(page.body.contains("action=\"/petitions/\(mine)/actions/linkMatter\""))
            let version = page.field("version") ?? ""
            let refused = try await browser.post("/petitions/\(mine)/actions/linkMatter",
                                                 [("version", version), ("petitionNumber", hiddenCase.record.number)], csrf: page.csrf)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("未找到该信访件"))
            let missing = try await browser.post("/petitions/\(mine)/actions/linkMatter",
                                                 [("version", version), ("petitionNumber", "XF-2026-999999")], csrf: page.csrf)
            #expect(missing.status == refused.status)
            #expect(missing.body.contains("未找到该信访件"))
            let unchanged = try #require(try await f.store.petition(id: mine))
            #expect(unchanged.record.matterID != hiddenCase.record.matterID)
            #expect(unchanged.status.version == Int(version))

            // A petition the registrar may see still links.
            let earlier = try #require(try await f.store.petition(id: ownEarlier))
            let linked = try await browser.post("/petitions/\(mine)/actions/linkMatter",
                                                [("version", version), ("petitionNumber", earlier.record.number)], csrf: page.csrf)
            #expect(linked.status == .seeOther)
            #expect(try await f.store.petition(id: mine)?.record.matterID == earlier.record.matterID)
        }
    }

    @Test("registration refuses to link a new petition to a matter outside the registrar's jurisdiction, and says why")
    func linkAtRegistrationRespectsJurisdiction() async throws {
        try await CaseFlow.run { flow in
            let (f, client) = (flow.f, flow.client)
            let registrar = try await Self.townshipRegistrar(f)
            let hidden = try await flow.register(by: "dengji")  // the bureau's, not the township's
            let hiddenCase = try #require(try await f.store.petition(id: hidden))
            let browser = Browser(client)
            try await browser.signIn(registrar)
            let blank = try await browser.get("/petitions/new")
            let done = try await browser.post(
                "/petitions/new",
                RegistrationPageTests.form(f, people: [["name": "李四"]], peopleCount: 1,
                                           extra: [("linkMatter", String(hiddenCase.record.matterID))]),
                csrf: blank.csrf)
            #expect(done.status == .seeOther)
            let location = try #require(done.location)
            #expect(location.contains("link="))
            let created = try #require(try await f.store.list(PetitionQuery()).items.first { $0.record.id != hidden })
            #expect(created.record.matterID != hiddenCase.record.matterID)
            #expect(!created.record.isRepeat)
            let receipt = try await browser.get(location)
            #expect(receipt.body.contains("不在您的查看范围内"))
        }
    }

    @Test("the API's linkMatter refuses a matter or number outside the user's jurisdiction as if it did not exist")
    func linkInAPIRespectsJurisdiction() async throws {
        try await CaseFlow.run { flow in
            let (f, client) = (flow.f, flow.client)
            let registrar = try await Self.townshipRegistrar(f)
            let mine = try await flow.register(by: registrar)
            let hidden = try #require(try await f.store.petition(id: try await flow.register(by: "dengji")))
            let token = try await client.token(registrar)
            let path = "/api/v1/petitions/\(mine)/actions"
            let version = try #require(try await f.store.petition(id: mine)).status.version
            let byMatter = try await client.call(.post, path, token: token,
                                                 json: #"{"action":"linkMatter","matterId":\#(hidden.record.matterID),"version":\#(version)}"#)
            let noMatter = try await client.call(.post, path, token: token, json: #"{"action":"linkMatter","matterId":999999,"version":\#(version)}"#)
            #expect(byMatter.0 == .unprocessableContent)
            #expect(byMatter.0 == noMatter.0)
            #expect(byMatter.1["error"]?["message"]?.string == noMatter.1["error"]?["message"]?.string)
            let byNumber = try await client.call(.post, path, token: token,
                                                 json: #"{"action":"linkMatter","petitionNumber":"\#(hidden.record.number)","version":\#(version)}"#)
            let noNumber = try await client.call(.post, path, token: token,
                                                 json: #"{"action":"linkMatter","petitionNumber":"XF-2026-999999","version":\#(version)}"#)
            #expect(byNumber.0 == .unprocessableContent)
            #expect(byNumber.0 == noNumber.0)
            // The message names the number typed, and is otherwise the same for a hidden and a missing one.
            let noNumberMessage = try #require(noNumber.1["error"]?["message"]?.string)
            #expect(noNumberMessage.contains("XF-2026-999999"))
            #expect(byNumber.1["error"]?["message"]?.string?.replacingOccurrences(of: hidden.record.number, with: "#")
                    == noNumberMessage.replacingOccurrences(of: "XF-2026-999999", with: "#"))
            let unchanged = try #require(try await f.store.petition(id: mine))
            #expect(unchanged.record.matterID != hidden.record.matterID)
            #expect(unchanged.status.version == version)
        }
    }
}
