import Foundation
import HuiyinDomain
import HuiyinServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Public API, calendar, health and the OpenAPI document")
struct PublicAPITests {
    @Test("a wrong query code is refused, and repeated wrong codes are rate-limited")
    func wrongCode() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let t = try await client.token("dengji")
            let (_, created) = try await client.call(.post, "/api/v1/petitions", token: t,
                                                     json: registrationJSON(localityUnitID: f.unit("新塘村").id))
            let code = try #require(created["queryCode"]?.string)
            let (s1, b1) = try await client.call(.get, "/api/v1/public/petitions/XF-2026-000001?code=WRONG234")
            #expect(s1 == .notFound)
            #expect(b1["error"]?["message"]?.string?.contains("查询码") == true)
            let (s2, b2) = try await client.call(.get, "/api/v1/public/petitions/XF-2026-000001?code=\(code.lowercased())")
            #expect(s2 == .ok)
            #expect(b2["steps"]?[0]?["text"]?.string?.contains("已于") == true)
            for _ in 0..<10 {
                _ = try await client.call(.get, "/api/v1/public/petitions/XF-2026-000001?code=AAAAAAAA")
            }
            let (s3, b3) = try await client.call(.get, "/api/v1/public/petitions/XF-2026-000001?code=\(code)")
            #expect(s3 == .tooManyRequests)
            #expect(b3["error"]?["code"]?.string == "too_many_attempts")
        }
    }

    @Test("the public view shows no comments, supervision or staff names")
    func publicViewHidesInternals() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let registrar = try await client.token("dengji")
            let supervisor = try await client.token("duban")
            let (_, created) = try await client.call(.post, "/api/v1/petitions", token: registrar,
                                                     json: registrationJSON(localityUnitID: f.unit("新塘村").id))
            let id = try #require(created["id"]?.int)
            let code = try #require(created["queryCode"]?.string)
            let (s1, _) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: registrar,
                                                json: #"{"action":"comment","text":"内部备注：此人多次来访"}"#)
            #expect(s1 == .ok)
            let (s2, _) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: supervisor,
                                                json: #"{"action":"supervise","reason":"请尽快分办"}"#)
            #expect(s2 == .ok)
            let raw = try await client.execute(uri: "/api/v1/public/petitions/XF-2026-000001?code=\(code)", method: .get) {
                String(buffer: $0.body)
            }
            #expect(!raw.contains("内部备注"))
            #expect(!raw.contains("请尽快分办"))
            #expect(!raw.contains("王登记"))
            #expect(!raw.contains("张三"))
        }
    }

    @Test("calendar due dates follow the official calendar", arguments: [
        ("2026-09-20", 15, "calendar", "2026-10-08"),  // RULES.md §2 example: lands in National Day
        ("2026-02-06", 15, "calendar", "2026-02-24"),  // lands in Spring Festival
        ("2026-09-30", 5, "working", "2026-10-13"),    // 10-01..07 off; 10-08, 10-09, Sat 10-10 (调休), 10-12, 10-13
        ("2026-02-13", 5, "working", "2026-02-27"),    // Sat 02-14 works; 02-15..23 off
    ])
    func calendarDue(from: String, days: Int, unit: String, expected: String) async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let (s, b) = try await client.call(.get, "/api/v1/calendar/due?from=\(from)&days=\(days)&unit=\(unit)")
            #expect(s == .ok)
            #expect(b["due"]?.string == expected)
        }
    }

    @Test("calendar rejects bad input with 422")
    func calendarInvalid() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            for q in ["from=2026-02-30&days=5", "from=2026-02-01&days=-1", "from=2026-02-01&days=5&unit=weeks", "days=5"] {
                let (s, b) = try await client.call(.get, "/api/v1/calendar/due?\(q)")
                #expect(s == .unprocessableContent, "\(q)")
                #expect(b["error"]?["code"]?.string == "invalid_query")
            }
        }
    }

    @Test("health answers with the database state and the missing-year warning")
    func health() async throws {
        let f = try await APIFixture(today: "2026-11-27")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let (s, b) = try await client.call(.get, "/healthz")
            #expect(s == .ok)
            #expect(b["database"]?.string == "ok")
            #expect(b["calendarWarning"]?.string?.contains("2027") == true)
        }
    }

    @Test("the OpenAPI document describes every API route the router serves, and no other")
    func openAPIMatchesRoutes() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        let router = buildRouter(f.services)
        let served = Set(router.routes.filter { "\($0.path)".hasPrefix("/api/") || "\($0.path)" == "/healthz" }.map { route -> String in
            let path = "\(route.path)".split(separator: "/").map { seg -> String in
                seg.hasPrefix(":") ? "{\(seg.dropFirst())}" : String(seg)
            }.joined(separator: "/")
            return "\(route.method.rawValue.lowercased()) /\(path)"
        })
        try await f.app.test(.router) { client in
            let (s, doc) = try await client.call(.get, "/api/v1/openapi.json")
            #expect(s == .ok)
            #expect(doc["openapi"]?.string?.hasPrefix("3.1") == true)
            var documented = Set<String>()
            for path in doc["paths"]?.keys ?? [] {
                for method in doc["paths"]?[path]?.keys ?? [] where ["get", "post", "put", "patch", "delete"].contains(method) {
                    documented.insert("\(method) \(path)")
                }
            }
            #expect(served == documented, "served but undocumented: \(served.subtracting(documented)); documented but not served: \(documented.subtracting(served))")
        }
    }
}
