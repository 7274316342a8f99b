import Foundation
import HuiyinDomain
import HuiyinServer
import HuiyinStore
import Hummingbird
import HummingbirdTesting
import Testing

/// The staff search page, possible repeats on the case page, registration hints and risk flags.
@Suite("Search pages")
struct SearchPageTests {
    static func encode(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! }

    /// The petition numbers of the results, in page order.
    static func numbers(_ body: String) -> [String] {
        var found: [String] = []
        var rest = body[...]
        while let r = rest.range(of: "result-meta\"><span class=\"case-no\">") {
            found.append(String(rest[r.upperBound...].prefix { $0 != "<" }))
            rest = rest[r.upperBound...]
        }
        return found
    }

    /// The numbers the API lists for the same query string.
    static func apiNumbers(_ client: any TestClientProtocol, _ username: String, _ query: String) async throws -> [String] {
        let (status, list) = try await client.call(.get, "/api/v1/petitions?pageSize=20&" + query, token: try await client.token(username))
        #expect(status == .ok)
        return list["items"]?.array.compactMap { $0["number"]?.string } ?? []
    }

    @Test("results equal the API's in order, with filters and sorts; matches are marked and escaped")
    func resultsEqualAPI() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        let town = f.unit("柳塘镇").id
        try await f.app.test(.router) { client in
            let t = try await client.token("dengji")
            for title in ["老板拖欠工资<b>半年</b>", "工地拖欠农民工工资", "小区噪音扰民拖欠物业费", "新塘村道路损毁"] {
                let (s, _) = try await client.call(.post, "/api/v1/petitions", token: t, json: registrationJSON(localityUnitID: town, title: title))
                #expect(s == .created)
            }
            let browser = Browser(client)
            try await browser.signIn("fenban")
            for query in ["q=" + Self.encode("拖欠"), "q=" + Self.encode("拖欠 -噪音"), "q=" + Self.encode("\"拖欠工资\""),
                          "q=" + Self.encode("拖欠") + "&sort=registeredNewest", "q=" + Self.encode("工") + "&state=registered&channel=visit",
                          "q=" + Self.encode("拖欠") + "&from=2026-09-21", "q=" + Self.encode("拖欠") + "&category=01"] {
                let page = try await browser.get("/search?" + query)
                #expect(page.status == .ok, "\(query)")
                let api = try await Self.apiNumbers(client, "fenban", query)
                #expect(Self.numbers(page.body) == api, "\(query)")
            }
            let page = try await browser.get("/search?q=" + Self.encode("拖欠 -噪音"))
            #expect(Self.numbers(page.body).count == 2)
            #expect(page.body.contains("<mark>拖欠</mark>"))
            #expect(page.body.contains("&lt;b&gt;半年&lt;/b&gt;"), "the title is escaped")
            #expect(!page.body.contains("<b>半年"))
            #expect(page.body.contains("共 2 件"))
            #expect(!page.body.contains("噪音扰民"))
            // The header's search box is on every staff page.
            #expect(try await browser.get("/").body.contains("action=\"/search\""))
        }
    }

    @Test("empty results give hints; a blank query shows the help; bad input is 422 beside its field, never a 500")
    func emptyAndInvalid() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("fenban")
            let blank = try await browser.get("/search")
            #expect(blank.status == .ok)
            #expect(blank.body.contains("检索语法"))
            #expect(Self.numbers(blank.body).isEmpty)
            let none = try await browser.get("/search?q=" + Self.encode("不存在的词语"))
            #expect(none.status == .ok)
            #expect(none.body.contains("没有找到与“不存在的词语”相符的信访件"))
            #expect(none.body.contains("减少检索词"))
            let punctuation = try await browser.get("/search?q=" + Self.encode("\"\" ，。"))
            #expect(punctuation.status == .unprocessableContent)
            #expect(punctuation.body.contains("检索词中没有可检索的文字"))
            let state = try await browser.get("/search?q=" + Self.encode("道路") + "&state=bogus")
            #expect(state.status == .unprocessableContent)
            #expect(state.body.contains("id=\"s-state-error\""))
            let date = try await browser.get("/search?q=" + Self.encode("道路") + "&from=2026-13-45")
            #expect(date.status == .unprocessableContent)
            let long = try await browser.get("/search?q=" + Self.encode(String(repeating: "字", count: 201)))
            #expect(long.status == .unprocessableContent)
            let page = try await browser.get("/search?q=" + Self.encode("道路") + "&page=0")
            #expect(page.status == .unprocessableContent)
        }
    }

    @Test("jurisdiction: another township finds nothing; an accused unit never finds the informant by name")
    func jurisdiction() async throws {
        try await CaseFlow.run { flow in
            let (f, client) = (flow.f, flow.client)
            let id = try await flow.register()
            try await flow.act("fenban", id, "forward", [("unitId", String(f.unit("柳塘镇").id))])
            let number = try #require(try await f.store.petition(id: id)).record.number
            let road = "/search?q=" + Self.encode("道路")
            let handler = Browser(client)
            try await handler.signIn("xz04.cb")
            #expect(Self.numbers(try await handler.get(road).body) == [number])
            let other = Browser(client)
            try await other.signIn("xz01.cb")
            let page = try await other.get(road)
            #expect(Self.numbers(page.body).isEmpty)
            #expect(!page.body.contains(number))
            #expect(try await Self.apiNumbers(client, "xz01.cb", "q=" + Self.encode("道路")).isEmpty)

            // By name: the bureau finds it with the name marked in the snippet.
            let triage = Browser(client)
            try await triage.signIn("fenban")
            let byName = try await triage.get("/search?q=" + Self.encode("张三"))
            #expect(Self.numbers(byName.body) == [number])
            #expect(byName.body.contains("<mark>"))

            // An accusation registered by the accused department itself: its head finds the case by its
            // text but never by the informant's name, and no name shows in the snippets.
            let department = try #require(f.org.users["bm01.cb"]).unitID
            let accusation = try await flow.register(purpose: "accusation", accused: [department], by: "bm01.cb")
            let accusedNumber = try #require(try await f.store.petition(id: accusation)).record.number
            let accused = Browser(client)
            try await accused.signIn("bm01.fz")
            let byText = try await accused.get(road)
            #expect(Self.numbers(byText.body).contains(accusedNumber))
            let results = byText.body.components(separatedBy: "search-results").dropFirst().joined()
            #expect(!results.isEmpty)
            #expect(!results.contains("张"), "no informant's name in the accused unit's snippets")
            let accusedByName = try await accused.get("/search?q=" + Self.encode("张三"))
            #expect(!Self.numbers(accusedByName.body).contains(accusedNumber))
            #expect(try await Self.apiNumbers(client, "bm01.fz", "q=" + Self.encode("张三")) == Self.numbers(accusedByName.body))
        }
    }

    @Test("case page: a possible repeat with its reason and a one-click link form that works; refused without permission")
    func possibleRepeatAndLink() async throws {
        try await CaseFlow.run { flow in
            let (f, client) = (flow.f, flow.client)
            let first = try await flow.register()
            let second = try await flow.register()
            let earlier = try #require(try await f.store.petition(id: first))
            let triage = Browser(client)
            try await triage.signIn("fenban")
            let page = try await triage.get("/petitions/\(second)")
            #expect(page.status == .ok)
            #expect(page.body.contains("可能与 <a href=\"/petitions/\(first)\">\(earlier.record.number)</a> 重复"))
            #expect(page.body.contains("（相似度 1.00，同一身份证号）"))
            #expect(page.body.contains("action=\"/petitions/\(second)/actions/linkMatter\""))

            // The full list equals the API's.
            let full = try await triage.get("/petitions/\(second)/similar")
            #expect(full.status == .ok)
            let (_, api) = try await client.call(.get, "/api/v1/petitions/\(second)/similar", token: try await client.token("fenban"))
            for item in api["items"]?.array ?? [] {
                #expect(full.body.contains(item["petition"]?["number"]?.string ?? "missing"))
            }
            #expect(full.body.contains("可能重复（同人同事）"))

            // A supervisor sees the panel but is not offered the form, and posting it anyway is refused.
            let supervisor = Browser(client)
            try await supervisor.signIn("duban")
            let seen = try await supervisor.get("/petitions/\(second)")
            #expect(seen.body.contains("可能与 "))
            #expect(!seen.body.contains("/actions/linkMatter\""))
            let version = page.field("version") ?? ""
            let refused = try await supervisor.post("/petitions/\(second)/actions/linkMatter",
                                                    [("version", version), ("petitionNumber", earlier.record.number)], csrf: seen.csrf)
            #expect(refused.status == .forbidden)
            let noToken = try await triage.post("/petitions/\(second)/actions/linkMatter",
                                                [("version", version), ("petitionNumber", earlier.record.number)], csrf: nil)
            #expect(noToken.status != .seeOther)
            #expect(try await f.store.petition(id: second)?.record.matterID != earlier.record.matterID)

            // One click links it.
            let linked = try await triage.post("/petitions/\(second)/actions/linkMatter",
                                               [("version", version), ("petitionNumber", earlier.record.number)], csrf: page.csrf)
            #expect(linked.status == .seeOther)
            #expect(linked.location == "/petitions/\(second)?done=linkMatter")
            let stored = try #require(try await f.store.petition(id: second))
            #expect(stored.record.matterID == earlier.record.matterID)
            #expect(stored.record.isRepeat)
        }
    }

    @Test("registration hints: near-duplicates, top-3 categories, units and risk words, without and with the script")
    func registrationHints() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            _ = try await RegistrationPageTests.registerEarlier(f)
            // The same text from someone else: a near-duplicate, not the same person.
            let t = try await client.token("dengji")
            let (s, other) = try await client.call(.post, "/api/v1/petitions", token: t,
                                                   json: registrationJSON(localityUnitID: f.unit("柳塘镇").id, idNumber: RegistrationPageTests.residentID("33010219800101001")))
            #expect(s == .created)
            let browser = Browser(client)
            try await browser.signIn("dengji")
            let blank = try await browser.get("/petitions/new")
            #expect(blank.body.contains("id=\"text-hints-results\""))
            let stranger = [["name": "李四", "phone": "13911112222"]]
            var fields = RegistrationPageTests.form(f, people: stranger, peopleCount: 1, title: "柳塘镇新塘村道路损毁无人维修")
            fields = fields.map {
                switch $0.0 {
                case "content": ($0.0, "新塘村通组公路去年汛期被冲毁，至今无人维修，村民出行困难，多次向村委会反映未果。")
                case "demands": ($0.0, "请求尽快修复道路，不然不想活了")
                default: $0
                }
            }
            let before = try await RegistrationPageTests.stored(f)
            let page = try await browser.post("/petitions/new", fields + [("hints", "1")], csrf: blank.csrf)
            #expect(page.status == .ok)
            #expect(try await RegistrationPageTests.stored(f) == before, "analysing registers nothing")
            #expect(page.body.contains("建议内容分类"))
            let suggested = page.body.components(separatedBy: "建议内容分类").last?.components(separatedBy: "</ol>").first ?? ""
            #expect(suggested.components(separatedBy: "<li>").count - 1 == 3, "top-3 categories")
            #expect(suggested.contains("置信度"))
            #expect(page.body.contains("<mark>不想活</mark>"))
            #expect(page.body.contains("与 \(other["number"]?.string ?? "missing") 内容相近"))
            #expect(page.body.contains("id=\"hint-link-\(other["id"]?.int ?? 0)\""))
            #expect(page.body.contains("<input type=\"radio\" name=\"linkMatter\" value=\"\" checked> 不关联（不是同一事项）"), "not linking is the default")

            // "采用" without the script: the form comes back with that category chosen.
            let code = "010102"
            let chosen = try await browser.post("/petitions/new", fields + [("useCategory", code)], csrf: blank.csrf)
            #expect(chosen.status == .ok)
            #expect(chosen.body.contains("value=\"\(code)\" selected"))

            // The script's fragment: the same hints; refused without the CSRF token and for a role that cannot register.
            let fragment = try await browser.post("/petitions/new/hints", fields, csrf: blank.csrf)
            #expect(fragment.status == .ok)
            #expect(fragment.body.contains("<mark>不想活</mark>"))
            #expect(!fragment.body.contains("<html"))
            #expect(try await browser.post("/petitions/new/hints", fields, csrf: nil).status != .ok)
            let supervisor = Browser(client)
            try await supervisor.signIn("duban")
            let home = try await supervisor.get("/")
            #expect(try await supervisor.post("/petitions/new/hints", fields, csrf: home.csrf).status == .forbidden)
        }
    }

    @Test("risk words show on the case page and in the supervisor's queue")
    func riskFlags() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let t = try await client.token("dengji")
            let json = registrationJSON(localityUnitID: f.unit("柳塘镇").id, title: "工资拖欠半年扬言跳楼")
            let (s, created) = try await client.call(.post, "/api/v1/petitions", token: t, json: json)
            #expect(s == .created)
            let id = created["id"]?.int ?? 0
            let browser = Browser(client)
            try await browser.signIn("duban")
            let queue = try await browser.get("/supervision")
            #expect(queue.status == .ok)
            #expect(queue.body.contains("id=\"risks\""))
            #expect(queue.body.contains("<span class=\"badge tier-danger\">危及生命</span>"))
            #expect(queue.body.contains("文中有“跳楼”（自伤自杀）"))
            #expect(queue.body.contains(created["number"]?.string ?? "missing"))
            let page = try await browser.get("/petitions/\(id)")
            #expect(page.body.contains("风险提示"))
            #expect(page.body.contains("<mark>跳楼</mark>"))
            // A collective visit registered later still comes after the danger to life, on the queue and the
            // dashboard, in Chinese and in English, each tier with its own badge and words.
            let collective = registrationJSON(localityUnitID: f.unit("柳塘镇").id, title: "征地补偿长期不到位", peopleCount: 30)
            let (_, group) = try await client.call(.post, "/api/v1/petitions", token: t, json: collective)
            let dangerNumber = created["number"]?.string ?? "missing", groupNumber = group["number"]?.string ?? "missing"
            for path in ["/supervision", "/supervision/dashboard", "/supervision?lang=en", "/supervision/dashboard?lang=en"] {
                let body = try await browser.get(path).body
                let d = body.range(of: dangerNumber)?.lowerBound, c = body.range(of: groupNumber)?.lowerBound
                #expect(d != nil && c != nil && d! < c!, "\(path)")
                #expect(body.contains("tier-collective"), "\(path)")
            }
            let english = try await browser.get("/supervision?lang=en").body
            #expect(english.contains(">Danger to life</span>") && english.contains(">Collective</span>"))
            #expect(english.contains("The text has “跳楼” (self-harm)") && english.contains("Collective petition of 30 people"))
            let (_, api) = try await client.call(.get, "/api/v1/risk-queue", token: try await client.token("duban"))
            #expect(api["items"]?[0]?["risk"]?["tier"]?.string == "danger")
            #expect(api["items"]?[1]?["risk"]?["tier"]?.string == "collective")
            #expect(api["items"]?[1]?["risk"]?["reason"]?.string == "集体访30人")
            // The queue is the supervisors' and leaders': a township handler has none.
            let township = Browser(client)
            try await township.signIn("xz01.cb")
            #expect(try await township.get("/supervision").status == .forbidden)
        }
    }
}
