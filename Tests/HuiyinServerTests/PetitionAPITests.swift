import Foundation
import HuiyinDomain
import HuiyinServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Petition API")
struct PetitionAPITests {
    @Test("a petition goes from registration through review and re-review to closed, over the API")
    func wholeLifecycle() async throws {
        let f = try await APIFixture(today: "2026-09-20")
        defer { f.cleanup() }
        let village = f.unit("新塘村"), township = f.unit("柳塘镇")
        try await f.app.test(.router) { client in
            let registrar = try await client.token("dengji")
            let triage = try await client.token("fenban")
            let (s1, created) = try await client.call(.post, "/api/v1/petitions", token: registrar,
                                                      json: registrationJSON(localityUnitID: village.id))
            #expect(s1 == .created)
            let id = try #require(created["id"]?.int)
            #expect(created["number"]?.string == "XF-2026-000001")
            let code = try #require(created["queryCode"]?.string)
            #expect(code.count == 8)
            #expect(created["state"]?.string == "registered")
            // Received Sun 2026-09-20; 15 days ends inside National Day → 2026-10-08 (RULES.md §2).
            #expect(created["dueDates"]?["stepDue"]?.string == "2026-10-08")
            #expect(created["petitioners"]?[0]?["name"]?.string == "张三")
            #expect(created["petitioners"]?[0]?["idNumber"]?.string == "110105********002X")

            let (s2, forwarded) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: triage,
                                                        json: #"{"action":"forward","unitId":\#(township.id),"version":1}"#)
            #expect(s2 == .ok)
            #expect(forwarded["state"]?.string == "awaitingAcceptance")
            #expect(forwarded["handlingUnit"]?["name"]?.string == "柳塘镇")

            f.setDate("2026-09-22")
            let handler = try await client.token("xz04.cb")
            let head = try await client.token("xz04.fz")
            let (s3, accepted) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: handler,
                                                       json: #"{"action":"accept","note":"已受理"}"#)
            #expect(s3 == .ok)
            #expect(accepted["dueDates"]?["decisionDue"]?.string == "2026-11-23")  // 60 days from 09-22 is Sat 11-21 → Mon 11-23

            let (s4, extended) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: head,
                                                       json: #"{"action":"extend","days":30,"reason":"需要多部门会商"}"#)
            #expect(s4 == .ok)
            #expect(extended["extensionDays"]?.int == 30)

            f.setDate("2026-10-20")  // tokens live 12 hours: sign in again
            let handlerLater = try await client.token("xz04.cb")
            let (s5, replied) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: handlerLater, json: """
                {"action":"reply","outcome":"support","factsFound":"经现场核查，道路确因汛期冲毁。","basis":"《公路法》第三十五条","opinion":"镇政府将于11月底前修复。"}
                """)
            #expect(s5 == .ok)
            #expect(replied["state"]?.string == "replied")
            #expect(replied["decisionLetter"]?["appealRights"]?.string?.contains("青溪县人民政府") == true)

            // The petitioner sees the steps, rates, and asks for review with the query code.
            let (s6, tracked) = try await client.call(.get, "/api/v1/public/petitions/XF-2026-000001?code=\(code)")
            #expect(s6 == .ok)
            #expect(tracked["steps"]?.array.count == 5)
            #expect(tracked["canRequest"]?.string == "review")
            #expect(tracked.keys.contains("petitioners") == false)
            let (s7, rated) = try await client.call(.post, "/api/v1/public/petitions/XF-2026-000001/rating",
                                                    json: #"{"code":"\#(code)","acceptance":"satisfied","handling":"dissatisfied"}"#)
            #expect(s7 == .ok)
            #expect(rated["handlingRating"]?.string == "dissatisfied")
            let (s7b, again) = try await client.call(.post, "/api/v1/public/petitions/XF-2026-000001/rating",
                                                     json: #"{"code":"\#(code)","handling":"satisfied"}"#)
            #expect(s7b == .conflict)
            #expect(again["error"]?["code"]?.string == "already_rated")
            let (s8, review) = try await client.call(.post, "/api/v1/public/petitions/XF-2026-000001/review-request",
                                                     json: #"{"code":"\#(code)","reasons":"道路至今未修"}"#)
            #expect(s8 == .ok)
            #expect(review["state"]?.string == "reviewRequested")

            f.setDate("2026-11-02")
            let county = try await client.token("xianfu")
            let (s9, reviewed) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: county,
                                                       json: #"{"action":"decideReview","outcome":"uphold","opinion":"维持原处理意见"}"#)
            #expect(s9 == .ok)
            #expect(reviewed["state"]?.string == "reviewed")
            let (s10, _) = try await client.call(.post, "/api/v1/public/petitions/XF-2026-000001/review-request",
                                                 json: #"{"code":"\#(code)","reasons":"仍不服"}"#)
            #expect(s10 == .ok)
            let city = try await client.token("shifu")
            let (s11, final) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: city,
                                                     json: #"{"action":"decideRecheck","outcome":"uphold","opinion":"维持复查意见"}"#)
            #expect(s11 == .ok)
            #expect(final["state"]?.string == "final")
            #expect(final["matterIsFinal"]?.bool == true)
            let triageLater = try await client.token("fenban")
            let (s12, closed) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: triageLater,
                                                      json: #"{"action":"close","note":"复核终结"}"#)
            #expect(s12 == .ok)
            #expect(closed["state"]?.string == "closed")
            #expect(closed["history"]?.array.count == 11)
        }
    }

    @Test("invalid registration answers 422 naming each field and stores nothing")
    func invalidRegistration() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        let village = f.unit("新塘村")
        try await f.app.test(.router) { client in
            let t = try await client.token("dengji")
            let (s, body) = try await client.call(.post, "/api/v1/petitions", token: t,
                                                  json: registrationJSON(localityUnitID: village.id, title: "  ", idNumber: "110105194912310021"))
            #expect(s == .unprocessableContent)
            let fields = body["error"]?["fields"]?.array.compactMap { $0["field"]?.string } ?? []
            #expect(fields.contains("title"))
            #expect(fields.contains("petitioners[0].idNumber"))
            #expect(body["error"]?["message"]?.string?.contains("校验位") == true)
            let (_, list) = try await client.call(.get, "/api/v1/petitions", token: t)
            #expect(list["total"]?.int == 0)

            // Collective petition without representatives.
            let (s2, body2) = try await client.call(.post, "/api/v1/petitions", token: t, json: registrationJSON(
                localityUnitID: village.id, peopleCount: 12).replacingOccurrences(of: "\"representative\"", with: "\"self\""))
            #expect(s2 == .unprocessableContent)
            #expect(body2["error"]?["message"]?.string?.contains("代表") == true)
        }
    }

    @Test("malformed JSON, unknown routes and missing tokens get JSON errors, never a 500")
    func errorForms() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let (s1, b1) = try await client.call(.post, "/api/v1/petitions", json: "{}")
            #expect(s1 == .unauthorized)
            #expect(b1["error"]?["code"]?.string == "unauthenticated")
            let t = try await client.token("dengji")
            let (s2, b2) = try await client.call(.post, "/api/v1/petitions", token: t, json: "{not json")
            #expect(s2 == .badRequest)
            #expect(b2["error"]?["message"]?.string != nil)
            let (s3, b3) = try await client.call(.post, "/api/v1/petitions", token: t, json: #"{"peopleCount":"many"}"#)
            #expect(s3 == .badRequest)
            #expect(b3["error"]?["message"]?.string?.contains("peopleCount") == true)
            let (s4, _) = try await client.call(.get, "/api/v1/petitions/abc", token: t)
            #expect(s4 == .notFound)
            let (s5, b5) = try await client.call(.get, "/api/v1/nowhere", token: t)
            #expect(s5 == .notFound)
            #expect(b5["error"]?["code"]?.string == "not_found")
            let (s6, _) = try await client.call(.get, "/api/v1/petitions?state=bogus", token: t)
            #expect(s6 == .unprocessableContent)
            let (s7, b7) = try await client.call(.post, "/api/v1/tokens", json: #"{"username":"dengji","password":"wrong"}"#)
            #expect(s7 == .unauthorized)
            #expect(b7["error"]?["code"]?.string == "bad_credentials")
            let (s8, _) = try await client.call(.get, "/api/v1/petitions", token: "forged-token")
            #expect(s8 == .unauthorized)
        }
    }

    @Test("role, state and version conflicts answer 403 and 409 and change nothing")
    func refusals() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        let village = f.unit("新塘村"), township = f.unit("柳塘镇")
        try await f.app.test(.router) { client in
            let registrar = try await client.token("dengji")
            let triage = try await client.token("fenban")
            let (_, created) = try await client.call(.post, "/api/v1/petitions", token: registrar, json: registrationJSON(localityUnitID: village.id))
            let id = try #require(created["id"]?.int)
            let forward = #"{"action":"forward","unitId":\#(township.id),"version":1}"#
            let (s1, b1) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: registrar, json: forward)
            #expect(s1 == .forbidden)
            #expect(b1["error"]?["code"]?.string == "role_not_allowed")
            let (s2, b2) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: triage,
                                                 json: #"{"action":"accept"}"#)
            #expect(s2 == .forbidden || s2 == .conflict)
            #expect(b2["error"] != nil)
            let (s3, _) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: triage, json: forward)
            #expect(s3 == .ok)
            // Two clerks read version 1; the second write is stale.
            let (s4, b4) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: triage,
                                                 json: #"{"action":"comment","text":"补充材料","version":1}"#)
            #expect(s4 == .conflict)
            #expect(b4["error"]?["code"]?.string == "stale_version")
            let (s5, b5) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: triage, json: forward)
            #expect(s5 == .conflict)
            #expect(b5["error"]?["code"]?.string == "stale_version")
            let (s6, b6) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: triage,
                                                 json: #"{"action":"handleDirectly","version":2}"#)
            #expect(s6 == .conflict)
            #expect(b6["error"]?["code"]?.string == "wrong_state")
            let (s7, b7) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: triage,
                                                 json: #"{"action":"fly"}"#)
            #expect(s7 == .unprocessableContent)
            #expect(b7["error"]?["fields"]?[0]?["field"]?.string == "action")
            let (_, after) = try await client.call(.get, "/api/v1/petitions/\(id)", token: triage)
            #expect(after["version"]?.int == 2)
            #expect(after["history"]?.array.count == 2)
        }
    }

    @Test("a township sees its own cases only; another township gets 404")
    func jurisdiction() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        let village = f.unit("新塘村"), township = f.unit("柳塘镇")
        try await f.app.test(.router) { client in
            let registrar = try await client.token("dengji")
            let triage = try await client.token("fenban")
            let (_, created) = try await client.call(.post, "/api/v1/petitions", token: registrar, json: registrationJSON(localityUnitID: village.id))
            let id = try #require(created["id"]?.int)
            _ = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: triage,
                                      json: #"{"action":"forward","unitId":\#(township.id)}"#)
            let own = try await client.token("xz04.cb")
            let other = try await client.token("xz05.cb")
            let (s1, _) = try await client.call(.get, "/api/v1/petitions/\(id)", token: own)
            #expect(s1 == .ok)
            let (s2, b2) = try await client.call(.get, "/api/v1/petitions/\(id)", token: other)
            #expect(s2 == .notFound)
            #expect(b2["error"]?["code"]?.string == "not_found")
            let (s3, _) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: other, json: #"{"action":"accept"}"#)
            #expect(s3 == .notFound)
            let (_, ownList) = try await client.call(.get, "/api/v1/petitions", token: own)
            #expect(ownList["total"]?.int == 1)
            let (_, otherList) = try await client.call(.get, "/api/v1/petitions", token: other)
            #expect(otherList["total"]?.int == 0)
        }
    }

    @Test("an accusation hides the informant from the accused unit")
    func accusationConfidential() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        let village = f.unit("新塘村"), township = f.unit("柳塘镇"), discipline = f.unit("县纪委监委")
        try await f.app.test(.router) { client in
            let registrar = try await client.token("dengji")
            let triage = try await client.token("fenban")
            var body = registrationJSON(localityUnitID: village.id, purpose: "accusation")
            body = String(body.trimmingCharacters(in: .whitespacesAndNewlines).dropLast())
            body += ", \"accusedUnitIds\": [\(township.id)]}"
            let (s, created) = try await client.call(.post, "/api/v1/petitions", token: registrar, json: body)
            #expect(s == .created)
            let id = try #require(created["id"]?.int)
            #expect(created["flags"]?["confidential"]?.bool == true)
            let (s1, b1) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: triage,
                                                 json: #"{"action":"forward","unitId":\#(township.id)}"#)
            #expect(s1 == .unprocessableContent)
            #expect(b1["error"]?["message"]?.string?.contains("被反映单位") == true)
            let (s2, _) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: triage,
                                                json: #"{"action":"forward","unitId":\#(discipline.id)}"#)
            #expect(s2 == .ok)
            let (_, seen) = try await client.call(.get, "/api/v1/petitions/\(id)", token: triage)
            #expect(seen["petitioners"]?[0]?["name"]?.string == "张三")
        }
    }

    @Test("list filters: state, overdue, unit and paging")
    func listFilters() async throws {
        let f = try await APIFixture(today: "2026-09-01")
        defer { f.cleanup() }
        let village = f.unit("新塘村"), township = f.unit("柳塘镇")
        try await f.app.test(.router) { client in
            let registrar = try await client.token("dengji")
            let triageFirst = try await client.token("fenban")
            for i in 0..<3 {
                _ = try await client.call(.post, "/api/v1/petitions", token: registrar,
                                          json: registrationJSON(localityUnitID: village.id, title: "道路问题\(i)"))
            }
            _ = try await client.call(.post, "/api/v1/petitions/1/actions", token: triageFirst, json: #"{"action":"forward","unitId":\#(township.id)}"#)
            f.setDate("2026-09-20")  // triage of 09-01 was due 09-16 (and so was acceptance of the forwarded one)
            let triage = try await client.token("fenban")
            let (_, overdue) = try await client.call(.get, "/api/v1/petitions?overdue=true&state=registered", token: triage)
            #expect(overdue["total"]?.int == 2)
            #expect(overdue["items"]?[0]?["dueDates"]?["overdue"]?.bool == true)
            let (_, waiting) = try await client.call(.get, "/api/v1/petitions?state=awaitingAcceptance&unit=\(township.code)", token: triage)
            #expect(waiting["total"]?.int == 1)
            let (_, page2) = try await client.call(.get, "/api/v1/petitions?pageSize=2&page=2", token: triage)
            #expect(page2["items"]?.array.count == 1)
            #expect(page2["total"]?.int == 3)
        }
    }
}
