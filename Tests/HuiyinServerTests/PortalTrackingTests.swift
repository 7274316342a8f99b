import Foundation
import HuiyinDomain
@testable import HuiyinServer
import HuiyinStore
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Portal: tracking, rating and review")
struct PortalTrackingTests {
    /// A fixture standing on 2026-09-21 with one valid portal submission; `test` gets its number and query code.
    static func withSubmission(_ test: @Sendable (APIFixture, PortalFlow, Browser, _ number: String, _ code: String) async throws -> Void)
        async throws {
        try await APIFixture.withApp(today: "2026-09-21") { f, client in
            let flow = PortalFlow(f: f, client: client)
            let b = Browser(client)
            let (number, code, _) = try await flow.submitValid(b)
            try await test(f, flow, b, number, code)
        }
    }

    @Test("tracking shows the public steps, who must answer by when — and nothing internal")
    func tracking() async throws {
        try await Self.withSubmission { f, flow, b, number, code in
            let first = try await flow.track(b, number.lowercased(), code.lowercased())
            #expect(first.status == .ok)
            #expect(first.body.contains("青溪县信访局"))
            #expect(first.body.contains("2026年10月8日"))  // 15 days from 09-21 end in National Day → next working day

            // A staff action appears; comments, supervision and staff names never do.
            try await flow.act("fenban", number, .comment(text: "内部备注：此人多次来访"))
            try await flow.act("duban", number, .supervise(reason: "请尽快分办", dueDate: nil))
            try await flow.act("fenban", number, .forward(unitID: f.unit("柳塘镇").id, note: "请依法办理"))
            let after = try await flow.track(b, number, code)
            #expect(after.body.contains("您的信访事项已转送柳塘镇办理"))
            #expect(after.body.contains("id=\"track-state\">待受理"))
            #expect(after.body.contains("负责单位</dt><dd>柳塘镇"))
            #expect(!after.body.contains("内部备注"))
            #expect(!after.body.contains("请尽快分办"))
            let fenban = try await flow.staff("fenban")
            #expect(!after.body.contains(fenban.displayName))
        }
    }

    @Test("a wrong code is refused and, repeated, rate-limited per address and number")
    func wrongCode() async throws {
        try await Self.withSubmission { f, flow, b, number, code in
            let wrong = try await flow.track(b, number, "AAAAAAAA")
            #expect(wrong.status == .notFound)
            #expect(wrong.body.contains("信访件编号或查询码不正确"))
            #expect(wrong.field("number") == number)
            #expect(!wrong.body.contains("新塘村道路损毁"))
            for _ in 0..<9 { _ = try await flow.track(b, number, "AAAAAAAA") }
            let blocked = try await flow.track(b, number, code)
            #expect(blocked.status == .tooManyRequests)
            #expect(!blocked.body.contains("新塘村道路损毁"))
        }
    }

    @Test("after the reply: rate once; a second rating is refused; 不满意 reaches the supervisor's list")
    func rating() async throws {
        try await Self.withSubmission { f, flow, b, number, code in
            let before = try await flow.track(b, number, code)
            #expect(!before.body.contains("action=\"/public/track/rate\""))
            try await flow.toReplied(number)
            let page = try await flow.track(b, number, code)
            #expect(page.body.contains("处理意见书"))
            #expect(page.body.contains("由镇政府于年内安排资金修复。"))
            #expect(page.body.contains("action=\"/public/track/rate\""))

            let none = try await b.post("/public/track/rate", [("number", number), ("code", code)], csrf: page.csrf)
            #expect(none.status == .unprocessableContent)
            #expect(none.body.contains("请至少选择一项评价"))

            let rated = try await b.post("/public/track/rate", [("number", number), ("code", code), ("acceptance", "satisfied"),
                                                                ("handling", "dissatisfied"), ("comment", "路还没修")], csrf: page.csrf)
            #expect(rated.status == .ok)
            #expect(rated.body.contains("感谢您的评价"))
            #expect(rated.body.contains("办理情况：不满意"))
            #expect(!rated.body.contains("action=\"/public/track/rate\""))
            let twice = try await b.post("/public/track/rate", [("number", number), ("code", code), ("handling", "satisfied")], csrf: page.csrf)
            #expect(twice.status == .conflict)
            let c = try #require(try await f.store.petition(number: number))
            #expect(c.status.handlingRating == .dissatisfied)

            let list = try await f.store.dissatisfiedRatings(since: APIFixture.instant("2026-09-01"), limit: 50)
            #expect(list.count == 1)
            #expect(list.first?.number == number)
            #expect(list.first?.comment == "路还没修")
            #expect(list.first?.handlingUnitID == f.unit("柳塘镇").id)
        }
    }

    @Test("review: asked for within the window; outside it the page explains why and what remains")
    func review() async throws {
        let f = try await APIFixture(today: "2026-09-21")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let flow = PortalFlow(f: f, client: client)
            let b = Browser(client)
            let first = try await flow.submitValid(b)
            let second = try await flow.submitValid(b)
            try await flow.toReplied(first.number)
            try await flow.toReplied(second.number)

            let open = try await flow.track(b, first.number, first.code)
            #expect(open.body.contains("action=\"/public/track/review\""))
            let empty = try await b.post("/public/track/review", [("number", first.number), ("code", first.code), ("reasons", " ")], csrf: open.csrf)
            #expect(empty.status == .unprocessableContent)
            #expect(empty.body.contains("id=\"reasons-error\""))
            let asked = try await b.post("/public/track/review", [("number", first.number), ("code", first.code),
                                                                  ("reasons", "修复期限太长，要求今年汛期前完成")], csrf: open.csrf)
            #expect(asked.status == .ok)
            #expect(asked.body.contains("申请已提交"))
            #expect(asked.body.contains("id=\"track-state\">复查中"))
            #expect(try #require(try await f.store.petition(number: first.number)).status.state == .reviewRequested)

            f.setDate("2026-11-30")
            let late = try await flow.track(b, second.number, second.code)
            #expect(!late.body.contains("action=\"/public/track/review\""))
            #expect(late.body.contains("id=\"review-closed\""))
            #expect(late.body.contains("该期限已经届满"))
            let forced = try await b.post("/public/track/review", [("number", second.number), ("code", second.code),
                                                                   ("reasons", "不服")], csrf: open.csrf)
            #expect(forced.status == .conflict)
            #expect(try #require(try await f.store.petition(number: second.number)).status.state == .replied)
        }
    }
}
