import Foundation
import HuiyinDemo
import HuiyinDomain
@testable import HuiyinPostgres
import HuiyinServer
import HuiyinStore
import Hummingbird
import HummingbirdTesting
import Testing

/// Two Huiyin instances on one PostgreSQL database, as behind a load balancer: each its own
/// Hummingbird application, services and connection pool, sharing only the database (in a schema of
/// its own, dropped afterwards) and the clock.
struct TwoInstanceFixture {
    let a: HuiyinServices
    let b: HuiyinServices
    let storeA: PostgresStore
    let storeB: PostgresStore
    let clock: MutableClock

    /// `HUIYIN_TEST_POSTGRES_URL` (start a server with `scripts/postgres-test-server.sh start`).
    static let url: String? = {
        let url = ProcessInfo.processInfo.environment["HUIYIN_TEST_POSTGRES_URL"] ?? ""
        return url.isEmpty ? nil : url
    }()

    static let skipMessage: Comment = """
        PostgreSQL tests skipped: HUIYIN_TEST_POSTGRES_URL is not set. Run them with \
        `dir=$(mktemp -d); export HUIYIN_TEST_POSTGRES_URL=$(scripts/postgres-test-server.sh start $dir); swift test; \
        scripts/postgres-test-server.sh stop $dir` (needs Debian's postgresql; .ci/run does this).
        """

    init(today: String) async throws {
        let base = try #require(Self.url)
        let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let address = base + (base.contains("?") ? "&" : "?") + "schema=\(schema)"
        // Both open (and migrate) at once, as two instances starting together do.
        async let first = PostgresStore.open(address)
        async let second = PostgresStore.open(address)
        storeA = try await first
        storeB = try await second
        _ = try await DemoOrganisation.create(in: storeA, passwordHash: try await Passwords.hash(APIFixture.password, cost: 4))
        clock = MutableClock(APIFixture.instant(today))
        a = try await HuiyinServices.load(store: storeA, clock: clock)
        b = try await HuiyinServices.load(store: storeB, clock: clock)
    }

    func cleanup() async {
        try? await storeA.dropSchemaForTests()
        storeA.close()
        storeB.close()
    }

    func setDate(_ date: String) { clock.set(APIFixture.instant(date)) }

    func unit(_ name: String) -> OrgUnit { a.configuration.current.units.units.first { $0.name == name }! }

    /// Runs `body` with a test client of each instance.
    func withClients(_ body: @Sendable (any TestClientProtocol, any TestClientProtocol) async throws -> Void) async throws {
        let appA = Application(router: buildRouter(a)), appB = Application(router: buildRouter(b))
        try await appA.test(.router) { clientA in
            try await appB.test(.router) { clientB in try await body(clientA, clientB) }
        }
    }

    /// Runs `body` on a fresh fixture and drops its schema afterwards, failed or not.
    static func with(today: String, _ body: (TwoInstanceFixture) async throws -> Void) async throws {
        let f = try await TwoInstanceFixture(today: today)
        do {
            try await body(f)
        } catch {
            await f.cleanup()
            throw error
        }
        await f.cleanup()
    }
}

@Suite("Two instances on one PostgreSQL database", .enabled(if: TwoInstanceFixture.url != nil, TwoInstanceFixture.skipMessage))
struct TwoInstanceTests {
    @Test("a session or API token made through one instance is valid on the other; signing out on one ends it on both")
    func sharedSessions() async throws {
        try await TwoInstanceFixture.with(today: "2026-10-12") { f in
            try await f.withClients { clientA, clientB in
                let onA = Browser(clientA)
                try await onA.signIn("fenban")
                let onB = Browser(clientB)
                onB.cookies = onA.cookies
                let workbench = try await onB.get("/")
                #expect(workbench.status == .ok)
                #expect(workbench.body.contains("李分办"))
                #expect(try await Browser(clientB).get("/").status == .seeOther)  // no cookie: to the sign-in page

                let token = try await clientA.token("dengji")
                let (status, _) = try await clientB.call(.get, "/api/v1/petitions", token: token)
                #expect(status == .ok)

                // Signing out through B ends the session A issued (A's browser still sends its cookie).
                let page = try await onB.get("/")
                #expect(try await onB.post("/logout", [], csrf: page.csrf).status == .seeOther)
                #expect(try await onA.get("/").status == .seeOther)
            }
        }
    }

    @Test("the same action sent to both instances at once: one is applied, the others get 409, nothing is lost")
    func concurrentActions() async throws {
        try await TwoInstanceFixture.with(today: "2026-10-12") { f in
            try await f.withClients { clientA, clientB in
                let registrar = try await clientA.token("dengji")
                let triage = try await clientB.token("fenban")
                let liutang = f.unit("柳塘镇").id, shiqiao = f.unit("石桥乡").id
                for round in 0..<3 {
                    let p = try await WorkbenchPageTests.register(clientA, token: registrar, locality: f.unit("新塘村").id, title: "并发办理第\(round)件")
                    // Four triage officers' clicks, two through each instance, all on version 1.
                    let targets = [(clientA, liutang), (clientB, shiqiao), (clientA, shiqiao), (clientB, liutang)]
                    let results = try await withThrowingTaskGroup(of: (HTTPResponse.Status, String?, Int64).self) { group in
                        for (client, unit) in targets {
                            group.addTask {
                                let (status, body) = try await client.call(.post, "/api/v1/petitions/\(p.id)/actions", token: triage,
                                                                           json: #"{"action":"forward","version":1,"unitId":\#(unit)}"#)
                                return (status, body["error"]?["code"]?.string, unit)
                            }
                        }
                        var all: [(HTTPResponse.Status, String?, Int64)] = []
                        for try await r in group { all.append(r) }
                        return all
                    }
                    let winners = results.filter { $0.0 == .ok }
                    #expect(winners.count == 1, "round \(round): \(results.map(\.0))")
                    #expect(results.filter { $0.0 == .conflict }.count == 3)
                    #expect(results.filter { $0.0 == .conflict }.allSatisfy { $0.1 != nil })
                    let history = try await f.storeB.history(petitionID: Int64(p.id))
                    #expect(history.map(\.sequence) == [1, 2])
                    let stored = try #require(try await f.storeA.petition(id: Int64(p.id)))
                    #expect(stored.status.version == 2)
                    #expect(stored.status.handlingUnitID == winners.first?.2)
                }
                // The queue counts kept by the database agree on both instances with the petitions.
                var unit = CaseListQuery()
                unit.states = [.awaitingAcceptance]
                let today = LocalDate.inChina(f.clock.now())
                let fromA = try await f.storeA.queue(unit, summarising: unit, today: today, soonThrough: today.adding(days: 3))
                let fromB = try await f.storeB.queue(unit, summarising: unit, today: today, soonThrough: today.adding(days: 3))
                #expect(fromA.summary == fromB.summary)
                #expect(fromA.summary.byState[.awaitingAcceptance] == 3)
                #expect(fromA.page.rows.count == 3)
            }
        }
    }

    @Test("the deadline sweep and the outbox delivery run once per period across both instances")
    func sweepOnce() async throws {
        try await TwoInstanceFixture.with(today: "2026-09-20") { f in
            try await f.withClients { clientA, _ in
                let registrar = try await clientA.token("dengji")
                let late = try await WorkbenchPageTests.register(clientA, token: registrar, locality: f.unit("新塘村").id, title: "道路损毁无人维修")
                _ = try await WorkbenchPageTests.register(clientA, token: registrar, locality: f.unit("新塘村").id, title: "灌溉渠堵塞")
                f.setDate("2026-10-10")  // triage of both was due 2026-10-08
                let senderA = RecordingSender(), senderB = RecordingSender()
                let jobA = DeadlineSweepJob(services: f.a, sender: senderA, logger: .init(label: "instance-a"))
                let jobB = DeadlineSweepJob(services: f.b, sender: senderB, logger: .init(label: "instance-b"))
                async let tickA: Void = jobA.tick()
                async let tickB: Void = jobB.tick()
                _ = await (tickA, tickB)
                // Both instances tick again the same day: nothing more is warned or sent.
                async let againA: Void = jobA.tick()
                async let againB: Void = jobB.tick()
                _ = await (againA, againB)

                let supervisors = try await f.storeA.users().filter { $0.role == .supervisor && $0.active }.count
                let outbox = try await f.storeB.outbox(limit: 100)
                #expect(outbox.count == 2 * (1 + supervisors))
                let delivered = senderA.messages + senderB.messages
                #expect(delivered.count == outbox.count)
                #expect(Set(delivered.map(\.id)).count == delivered.count)  // none sent twice
                #expect(outbox.allSatisfy { $0.sentAt != nil && $0.attempts == 1 })
                let history = try await f.storeA.history(petitionID: Int64(late.id))
                #expect(history.filter { $0.event.kind == "warnDeadline" }.count == 1)

                // A pending message is offered to one instance only; a failed delivery goes back to all.
                let now = f.clock.now()
                let message = OutboxMessage(createdAt: now, recipient: .unit(f.unit("柳塘镇").id), recipientName: "柳塘镇",
                                            petitionID: Int64(late.id), subject: "提醒", body: "请尽快办理")
                #expect(try await f.storeA.recordWarning(petitionID: Int64(late.id), state: .registered, due: LocalDate(iso: "2026-10-08")!,
                                                         level: .dueSoon, messages: [message, message], at: now))
                let claimedByA = try await f.storeA.pendingOutbox(limit: 10)
                #expect(claimedByA.count == 2)
                #expect(try await f.storeB.pendingOutbox(limit: 10).isEmpty)
                try await f.storeA.markOutbox(id: claimedByA[0].id!, sentAt: nil, error: "网关不可用")
                #expect(try await f.storeB.pendingOutbox(limit: 10).map(\.id) == [claimedByA[0].id])

                // The next day the period is open again, for exactly one of them.
                f.setDate("2026-10-11")
                async let nextA = DeadlineSweepService(petitions: f.a.petitions).runIfDue(holder: "instance-a")
                async let nextB = DeadlineSweepService(petitions: f.b.petitions).runIfDue(holder: "instance-b")
                #expect([try await nextA, try await nextB].filter(\.ran).count == 1)
            }
        }
    }
}
