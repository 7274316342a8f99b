import Foundation
import HuiyinDomain
@testable import HuiyinServer
import HuiyinStore
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Supervision: deadline sweep, orders, backlog ledger, indicators, dashboard")
struct SupervisionTests {
    typealias W = WorkbenchPageTests

    @Test("two instances racing for the day's sweep: exactly one runs; each warning is recorded once in history and outbox")
    func sweepRunsOnce() async throws {
        let f = try await APIFixture(today: "2026-09-20")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let p = try await W.register(client, token: try await client.token("dengji"), locality: f.unit("新塘村").id, title: "道路损毁无人维修")
            f.setDate("2026-10-10")  // triage was due 2026-10-08
            let a = DeadlineSweepService(petitions: f.services.petitions)
            let b = DeadlineSweepService(petitions: HuiyinServices(store: f.store, configuration: f.services.configuration, clock: f.clock).petitions)
            async let first = a.runIfDue(holder: "instance-a")
            async let second = b.runIfDue(holder: "instance-b")
            let outcomes = [try await first, try await second]
            #expect(outcomes.filter(\.ran).count == 1)
            #expect(outcomes.map(\.warnings).reduce(0, +) == 1)
            // The same day again: nobody runs; a forced sweep finds nothing new to warn.
            #expect(try await a.runIfDue(holder: "instance-c").ran == false)
            #expect(try await a.sweep().warnings == 0)

            let history = try await f.store.history(petitionID: Int64(p.id))
            let warnings = history.filter { $0.event.kind == "warnDeadline" }
            #expect(warnings.count == 1)
            #expect(warnings.first?.actorKind == "system")
            #expect(warnings.first?.event == .deadlineWarning(step: "分办", due: LocalDate(iso: "2026-10-08")!, level: .overdue))
            let supervisors = try await f.store.users().filter { $0.role == .supervisor }.count
            let outbox = try await f.store.outbox(limit: 50)
            #expect(outbox.count == 1 + supervisors)
            #expect(outbox.contains { $0.recipient == .unit(f.services.configuration.current.units.petitionBureau!.id) })
            #expect(outbox.allSatisfy { $0.body.contains("已超期 2 天") })

            // The next day the lease is free again; delivery marks every message sent.
            f.setDate("2026-10-11")
            #expect(try await a.runIfDue(holder: "instance-b").ran)
            let sent = try await a.deliver(through: RecordingSender())
            #expect(sent == outbox.count)
            #expect(try await f.store.pendingOutbox(limit: 10).isEmpty)
        }
    }

    @Test("the supervision pages are for supervisors, leaders and administrators only")
    func authorisation() async throws {
        let f = try await APIFixture(today: "2026-10-20")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let unit = Browser(client)
            try await unit.signIn("xz04.cb")
            for path in ["/supervision", "/supervision/backlog", "/supervision/indicators", "/supervision/dashboard", "/supervision/indicators.csv"] {
                #expect(try await unit.get(path).status == .forbidden, "\(path) for a township handler")
            }
            #expect(!(try await unit.get("/").body.contains("href=\"/supervision\"")))
            let supervisor = Browser(client)
            try await supervisor.signIn("duban")
            let queue = try await supervisor.get("/supervision")
            #expect(queue.status == .ok)
            #expect(queue.body.contains("href=\"/supervision\" aria-current=\"page\""))
            let leader = Browser(client)
            try await leader.signIn("xianzhang")
            let dashboard = try await leader.get("/supervision/dashboard")
            #expect(dashboard.status == .ok)
            #expect(dashboard.body.contains("<svg"))
            #expect(dashboard.body.contains("按月趋势"))
            #expect(try await Browser(client).get("/supervision").status == .seeOther)  // not signed in
        }
    }

    @Test("a supervisor escalates, the unit reports progress, other units get 404, a lower level is refused with the input kept")
    func orderAndProgress() async throws {
        let f = try await APIFixture(today: "2026-10-12")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let p = try await W.register(client, token: try await client.token("dengji"), locality: f.unit("新塘村").id, title: "灌溉渠堵塞")
            try await W.forward(client, token: try await client.token("fenban"), id: p.id, to: f.unit("柳塘镇").id)
            let duban = Browser(client)
            try await duban.signIn("duban")
            var panel = try await duban.get("/supervision/petitions/\(p.id)")
            #expect(panel.status == .ok)
            var posted = try await duban.post("/supervision/petitions/\(p.id)/orders", [
                ("version", panel.field("version") ?? ""), ("level", "interview"), ("reason", "群众反映强烈"),
                ("progressRequired", "书面报告调查情况"), ("dueDate", "2026-10-16"),
            ], csrf: panel.csrf)
            #expect(posted.status == .seeOther)
            panel = try await duban.get("/supervision/petitions/\(p.id)")
            #expect(panel.body.contains("约谈督办") && panel.body.contains("书面报告调查情况"))
            // Going down a level is refused; what was typed stays.
            posted = try await duban.post("/supervision/petitions/\(p.id)/orders", [
                ("version", panel.field("version") ?? ""), ("level", "written"), ("reason", "再次督促"), ("dueDate", "2026-10-18"),
            ], csrf: panel.csrf)
            #expect(posted.status == .unprocessableContent)
            #expect(posted.body.contains("督办级别不能低于") && posted.body.contains("再次督促"))
            #expect(posted.body.contains("aria-invalid=\"true\" aria-describedby=\"level-error\""))

            let other = Browser(client)
            try await other.signIn("xz01.cb")
            #expect(try await other.get("/supervision/petitions/\(p.id)").status == .notFound)

            f.setDate("2026-10-15")
            let township = Browser(client)
            try await township.signIn("xz04.cb")
            let form = try await township.get("/supervision/petitions/\(p.id)")
            #expect(form.body.contains("报告办理进展"))
            let report = try await township.post("/supervision/petitions/\(p.id)/progress",
                                                 [("version", form.field("version") ?? ""), ("text", "已约谈村委会，正在清淤")], csrf: form.csrf)
            #expect(report.status == .seeOther)
            try await duban.signIn("duban")
            let queue = try await duban.get("/supervision")
            #expect(queue.body.contains("所有督办单均已报告进展"))
            let history = try await f.store.history(petitionID: Int64(p.id))
            #expect(history.contains { $0.event == .progressReported(text: "已约谈村委会，正在清淤") })
        }
    }

    @Test("indicators show the formula, drill down to the petitions, refuse a bad period beside the field, export CSV")
    func indicators() async throws {
        let f = try await APIFixture(today: "2026-10-05")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let late = try await W.register(client, token: try await client.token("dengji"), locality: f.unit("新塘村").id, title: "迟迟未分办的问题")
            let quick = try await W.register(client, token: try await client.token("dengji"), locality: f.unit("新塘村").id, title: "当日分办的问题")
            try await W.forward(client, token: try await client.token("fenban"), id: quick.id, to: f.unit("柳塘镇").id)
            f.setDate("2026-11-10")  // both triage deadlines (2026-10-20) passed; one triaged in time
            let duban = Browser(client)
            try await duban.signIn("duban")
            let page = try await duban.get("/supervision/indicators?period=2026-10")
            #expect(page.status == .ok)
            #expect(page.body.contains("期限内作出分办或受理决定的件数 ÷ 期限届满（或已决定）的应受理件数"))
            let drill = try await duban.get("/supervision/indicators/drill?period=2026-10&indicator=timelyAcceptance&unit=\(f.services.configuration.current.units.petitionBureau!.id)&part=numerator")
            #expect(drill.status == .ok)
            #expect(drill.body.contains(quick.number) && !drill.body.contains(late.number))
            #expect(drill.body.contains("= 1 ÷ 2 = 50.0%"))
            let bad = try await duban.get("/supervision/indicators?period=2026-13")
            #expect(bad.status == .unprocessableContent)
            #expect(bad.body.contains("id=\"period-error\"") && bad.body.contains("value=\"2026-13\""))
            let csv = try await duban.get("/supervision/indicators.csv?period=2026-10")
            #expect(csv.body.hasPrefix("\u{FEFF}统计期间,指标,单位"))
            // The bureau triaged one of two in time; the township never accepted hers, so county-wide neither counts.
            #expect(csv.body.contains("2026年10月,及时受理率,青溪县信访局,1,2,50.0%"))
            #expect(csv.body.contains("2026年10月,及时受理率,柳塘镇,0,1,0.0%"))
            #expect(csv.body.contains("2026年10月,及时受理率,全县,0,2,0.0%"))
        }
    }

    @Test("the ledger takes an old matter; sign-off is refused until all five conditions are confirmed")
    func backlog() async throws {
        let f = try await APIFixture(today: "2026-01-05")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let p = try await W.register(client, token: try await client.token("dengji"), locality: f.unit("新塘村").id, title: "多年未解决的宅基地纠纷")
            f.setDate("2026-09-01")
            let duban = Browser(client)
            try await duban.signIn("duban")
            var list = try await duban.get("/supervision/backlog")
            let scanned = try await duban.post("/supervision/backlog/scan", [], csrf: list.csrf)
            #expect(scanned.location == "/supervision/backlog?added=1")
            list = try await duban.get("/supervision/backlog")
            #expect(list.body.contains(p.number) && list.body.contains("久拖未决"))
            let backlog = try #require(try await f.store.backlogCases().first)
            let detail = try await duban.get("/supervision/backlog/\(backlog.id)")
            let refused = try await duban.post("/supervision/backlog/\(backlog.id)/signoff",
                                               [("condition", "investigated")], csrf: detail.csrf)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("请先明确包案领导"))
            let leader = try #require(try await f.store.users().first { $0.username == "xianzhang" })
            _ = try await duban.post("/supervision/backlog/\(backlog.id)", [("owner", String(leader.id)), ("plan", "县长包案，一案一策")],
                                     csrf: detail.csrf)
            let partial = try await duban.post("/supervision/backlog/\(backlog.id)/signoff",
                                               [("condition", "investigated"), ("condition", "properlyHandled")], csrf: detail.csrf)
            #expect(partial.status == .unprocessableContent)
            #expect(partial.body.contains("问题已解决、信访人满意（息诉息访）、审核已通过"))
            let owner = Browser(client)
            try await owner.signIn("xianzhang")
            let ownerPage = try await owner.get("/supervision/backlog/\(backlog.id)")
            #expect(try await owner.post("/supervision/backlog/\(backlog.id)/progress", [("text", "已接访信访人")], csrf: ownerPage.csrf).status == .seeOther)
            #expect(try await owner.post("/supervision/backlog/\(backlog.id)/signoff",
                                         ClosingCondition.allCases.map { ("condition", $0.rawValue) }, csrf: ownerPage.csrf).status == .forbidden)
            let done = try await duban.post("/supervision/backlog/\(backlog.id)/signoff",
                                            ClosingCondition.allCases.map { ("condition", $0.rawValue) }, csrf: detail.csrf)
            #expect(done.status == .seeOther)
            let signed = try #require(try await f.store.backlogCase(id: backlog.id))
            #expect(signed.0.signedOffOn == LocalDate(iso: "2026-09-01") && signed.1.map(\.text) == ["已接访信访人"])
        }
    }
}

/// Collects what would be sent.
final class RecordingSender: NotificationSender, @unchecked Sendable {
    var messages: [OutboxMessage] = []
    func send(_ message: OutboxMessage) async throws { messages.append(message) }
}
