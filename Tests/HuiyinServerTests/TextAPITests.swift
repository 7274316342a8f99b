import Foundation
import HuiyinDemo
import HuiyinDomain
import HuiyinServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Text API: search, similar, hints, persons, risk")
struct TextAPITests {
    @Test("q searches with highlighted snippets; bad q and sort values are 422")
    func search() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        let town = f.unit("柳塘镇").id
        try await f.app.test(.router) { client in
            let t = try await client.token("dengji")
            let (s1, _) = try await client.call(.post, "/api/v1/petitions", token: t, json: registrationJSON(localityUnitID: town))
            #expect(s1 == .created)
            let (s2, _) = try await client.call(.post, "/api/v1/petitions", token: t,
                                                json: registrationJSON(localityUnitID: town, title: "城东街道噪音扰民"))
            #expect(s2 == .created)
            let q = "道路 -噪音".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
            let (s, list) = try await client.call(.get, "/api/v1/petitions?q=\(q)", token: t)
            #expect(s == .ok)
            #expect(list["total"]?.int == 1)
            let parts = list["items"]?[0]?["snippet"]?["parts"]?.array ?? []
            #expect(parts.contains { $0["hit"]?.bool == true && $0["text"]?.string == "道路" })
            let one = "噪".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
            #expect(try await client.call(.get, "/api/v1/petitions?q=\(one)&sort=registeredNewest", token: t).1["total"]?.int == 1)
            let long = String(repeating: "字", count: 201).addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
            #expect(try await client.call(.get, "/api/v1/petitions?q=\(long)", token: t).0 == .unprocessableContent)
            #expect(try await client.call(.get, "/api/v1/petitions?sort=best", token: t).0 == .unprocessableContent)
        }
    }

    @Test("a repeat shows with its reason and the link body; hints give repeats, categories, units and risk")
    func similarAndHints() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        let town = f.unit("柳塘镇").id
        try await f.app.test(.router) { client in
            let t = try await client.token("dengji")
            let (_, first) = try await client.call(.post, "/api/v1/petitions", token: t, json: registrationJSON(localityUnitID: town))
            let (_, second) = try await client.call(.post, "/api/v1/petitions", token: t, json: registrationJSON(localityUnitID: town))
            let id = second["id"]?.int ?? 0
            let (s, similar) = try await client.call(.get, "/api/v1/petitions/\(id)/similar", token: t)
            #expect(s == .ok)
            let top = similar["items"]?[0]
            #expect(top?["kind"]?.string == "repeatPetition")
            #expect(top?["personMatch"]?.string == "sameIdNumber")
            #expect(top?["reason"]?.string?.contains("身份证号相同") == true)
            #expect(top?["link"]?["matterId"]?.int == first["matterId"]?.int)
            #expect(similar["thresholds"]?["nearDuplicate"] != nil)

            let (h, hints) = try await client.call(.post, "/api/v1/registration-hints", token: t, json: """
                {"title":"工地老板拖欠工资","content":"干了一年活拿不到工资，真的不想活了","demands":"讨回工资",
                 "petitioners":[{"name":"张三","phone":"13800138000"}],"localityUnitId":\(town)}
                """)
            #expect(h == .ok)
            #expect(hints["categories"]?.array.count == 3)
            #expect(hints["risk"]?["level"]?.string == "high")
            #expect(hints["risk"]?["matches"]?[0]?["word"]?.string == "不想活")
            #expect(hints["similar"]?.array.contains { $0["kind"]?.string == "samePerson" } == true)

            let (p, persons) = try await client.call(.get, "/api/v1/persons/petitions?phone=138-0013-8000", token: t)
            #expect(p == .ok)
            #expect(persons["items"]?.array.count == 2)
            #expect(try await client.call(.get, "/api/v1/persons/petitions", token: t).0 == .unprocessableContent)
            #expect(try await client.call(.get, "/api/v1/petitions/999/similar", token: t).0 == .notFound)
        }
    }

    @Test("risk words flag the petition, show on the case, and fill the queue; settings are admin-only and validated")
    func riskAndSettings() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        let town = f.unit("柳塘镇").id
        try await f.app.test(.router) { client in
            let t = try await client.token("dengji")
            let body = registrationJSON(localityUnitID: town, title: "再不解决就去北京上访")
            let (s, created) = try await client.call(.post, "/api/v1/petitions", token: t, json: body)
            #expect(s == .created)
            #expect(created["flags"]?["risk"]?.string == "high")
            let id = created["id"]?.int ?? 0
            let (_, shown) = try await client.call(.get, "/api/v1/petitions/\(id)", token: t)
            #expect(shown["riskSignals"]?.array.map { $0["word"]?.string } == ["去北京"])
            let (q, queue) = try await client.call(.get, "/api/v1/risk-queue", token: try await client.token("duban"))
            #expect(q == .ok)
            #expect(queue["items"]?[0]?["petition"]?["id"]?.int == id)

            #expect(try await client.call(.put, "/api/v1/text/settings", token: t, json: #"{"repeatThreshold":0.6}"#).0 == .forbidden)
            let admin = try await client.token("admin")
            let (ok, saved) = try await client.call(.put, "/api/v1/text/settings", token: admin,
                                                    json: #"{"repeatThreshold":0.6,"riskLexicon":"堵门 massGathering\n"}"#)
            #expect(ok == .ok)
            #expect(saved["repeatThreshold"]?.string == nil && saved["riskLexicon"]?.string == "堵门\tmassGathering\thigh\n")
            #expect(try await client.call(.put, "/api/v1/text/settings", token: admin, json: #"{"repeatThreshold":7}"#).0 == .unprocessableContent)
            #expect(try await client.call(.put, "/api/v1/text/settings", token: admin, json: #"{"riskLexicon":"堵门 nonsense"}"#).0 == .unprocessableContent)
            let (r, rule) = try await client.call(.post, "/api/v1/routing-rules", token: admin,
                                                   json: #"{"categoryPrefix":"01","unitId":\#(town)}"#)
            #expect(r == .created)
            let deleted = try await client.execute(uri: "/api/v1/routing-rules/\(rule["id"]?.int ?? 0)", method: .delete,
                                                   headers: [.authorization: "Bearer \(admin)"]) { $0.status }
            #expect(deleted == .noContent)
            #expect(try await client.call(.post, "/api/v1/routing-rules", token: admin, json: #"{"categoryPrefix":"9"}"#).0 == .unprocessableContent)
        }
    }
}
