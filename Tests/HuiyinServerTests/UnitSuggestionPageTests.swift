import Foundation
import HuiyinDomain
import HuiyinServer
import Hummingbird
import HummingbirdTesting
import Testing

/// The suggested handling unit reads the places the text names (issue 12, point 5): at registration, in
/// the case page's forward and assign forms, and in the API.
@Suite("Unit suggestions that read the text")
struct UnitSuggestionPageTests {
    /// The first `<li>` under "建议承办单位" in the registration hints.
    static func firstSuggestedUnit(_ body: String) -> String {
        let list = body.components(separatedBy: "建议承办单位").dropFirst().first?.components(separatedBy: "</ol>").first ?? ""
        return list.components(separatedBy: "<li>").dropFirst().first ?? ""
    }

    @Test("registration: a text about 柳塘镇新塘村 with no locality chosen suggests 柳塘镇 first, saying why")
    func registrationHints() async throws {
        try await APIFixture.withApp { f, client in
            let browser = try await Browser.signedIn(client, as: "dengji")
            let blank = try await browser.get("/petitions/new")
            let fields = RegistrationPageTests.form(f, people: [["name": "李四", "phone": "13911112222"]], peopleCount: 1,
                                                    title: "反映柳塘镇新塘村修路占地未补偿").map {
                $0.0 == "localityUnitId" ? ($0.0, "") : $0.0 == "categoryCode" ? ($0.0, "") : $0
            }
            let page = try await browser.post("/petitions/new", fields + [("hints", "1")], csrf: blank.csrf)
            #expect(page.status == .ok)
            let first = Self.firstSuggestedUnit(page.body)
            #expect(first.hasPrefix("柳塘镇 "), "got \(first)")
            #expect(first.contains("正文提到柳塘镇新塘村"))
        }
    }

    @Test("case page: the triage officer's forward form lists the suggestion with its reason and chooses it; English too")
    func forwardPanel() async throws {
        try await CaseFlow.run { flow in
            let id = try await flow.register()
            let town = flow.f.unit("柳塘镇").id
            let browser = try await Browser.signedIn(flow.client, as: "fenban")
            let page = try await browser.get("/petitions/\(id)")
            #expect(page.body.contains("id=\"forward-unitId-suggested\""))
            #expect(page.body.contains("aria-describedby=\"forward-unitId-suggested\""))
            let list = page.body.components(separatedBy: "id=\"forward-unitId-suggested\"").last?.components(separatedBy: "</ol>").first ?? ""
            #expect(list.contains("<span class=\"unit-name\">柳塘镇</span>"))
            #expect(list.contains("正文提到柳塘镇新塘村"))
            #expect(list.contains("问题属地在其辖区"))
            #expect(page.body.contains("<optgroup label=\"建议\"><option value=\"\(town)\" selected>柳塘镇</option>"),
                    "first in the forward form's list, and chosen")
            #expect(page.body.components(separatedBy: "<option value=\"\(town)\" selected>").count == 3, "chosen once in each of the two forms")
            #expect(page.body.contains("id=\"assign-unitId-suggested\""), "and in the assign form")

            let english = try await browser.get("/petitions/\(id)?lang=en")
            #expect(english.body.contains("the text names 柳塘镇新塘村"))
            #expect(english.body.contains("the locality given lies within it"))
            #expect(english.body.contains("<optgroup label=\"Suggested\"><option value=\"\(town)\" selected>柳塘镇</option>"))
            #expect(!english.body.contains("正文提到"))

            // Forwarding as suggested works as before.
            try await flow.act("fenban", id, "forward", [("unitId", String(town)), ("note", "")])
            let after = try await browser.get("/petitions/\(id)")
            #expect(!after.body.contains("unit-suggestions"), "nothing to suggest once forwarded")
        }
    }

    @Test("jurisdiction unchanged: the township it went to sees no suggestions, another township gets 404 for page and API")
    func jurisdiction() async throws {
        try await CaseFlow.run { flow in
            let id = try await flow.register()
            let other = try await Browser.signedIn(flow.client, as: "xz01.cb")
            #expect(try await other.get("/petitions/\(id)").status == .notFound, "not yet routed: no township sees it")
            try await flow.act("fenban", id, "forward", [("unitId", String(flow.f.unit("柳塘镇").id)), ("note", "")])
            let own = try await Browser.signedIn(flow.client, as: "xz04.cb")
            let page = try await own.get("/petitions/\(id)")
            #expect(page.status == .ok)
            #expect(!page.body.contains("unit-suggestions"), "a township cannot forward, so nothing is suggested")
            #expect(try await other.get("/petitions/\(id)").status == .notFound)
            let token = try await flow.client.token("xz01.cb")
            #expect(try await flow.client.call(.get, "/api/v1/petitions/\(id)/unit-suggestions", token: token).0 == .notFound)
        }
    }

    @Test("an accused township is never suggested, though the text names it")
    func accusedNeverSuggested() async throws {
        try await CaseFlow.run { flow in
            let town = flow.f.unit("柳塘镇").id
            let id = try await flow.register(purpose: "accusation", accused: [town])
            let token = try await flow.client.token("fenban")
            let (status, body) = try await flow.client.call(.get, "/api/v1/petitions/\(id)/unit-suggestions", token: token)
            #expect(status == .ok)
            #expect(!body["items"]!.array.contains { $0["unit"]?["id"]?.int == Int(town) })
            let page = try await Browser.signedIn(flow.client, as: "fenban").get("/petitions/\(id)")
            #expect(!page.body.contains("<option value=\"\(town)\""), "not in the list at all")
        }
    }

    @Test("API: registration hints and a petition's suggestions give the basis as before, and the reasons and places")
    func api() async throws {
        try await CaseFlow.run { flow in
            let token = try await flow.client.token("fenban")
            let (h, hints) = try await flow.client.call(.post, "/api/v1/registration-hints", token: token, json: """
                {"title":"柳塘镇新塘村修路占地","content":"我们是柳塘镇新塘村3组村民，村里修路占了我家的地，一直没有补偿。","demands":"请求补偿"}
                """)
            #expect(h == .ok)
            let first = try #require(hints["units"]?[0])
            #expect(first["unit"]?["name"]?.string == "柳塘镇")
            #expect(first["basis"]?.string == "place")
            #expect(first["bases"]?.array.first?.string == "place")
            #expect(first["places"]?.array.map { $0.string } == ["柳塘镇新塘村"])
            #expect(first["reason"]?.string == "正文提到柳塘镇新塘村")
            #expect(first["confidence"]?.value is NSNumber)

            let id = try await flow.register()
            let (s, suggestions) = try await flow.client.call(.get, "/api/v1/petitions/\(id)/unit-suggestions", token: token)
            #expect(s == .ok)
            #expect(suggestions["items"]?[0]?["unit"]?["name"]?.string == "柳塘镇")
            #expect(suggestions["items"]?[0]?["bases"]?.array.map { $0.string } == ["place", "locality"])
        }
    }
}
