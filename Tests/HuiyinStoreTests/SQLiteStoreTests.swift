import Foundation
import GRDB
import HuiyinDomain
import HuiyinStore
import Testing

@Suite("SQLite store")
struct SQLiteStoreTests {
    @Test("migrations are named, ordered and idempotent")
    func migrations() async throws {
        let f = try await StoreFixture()
        defer { f.cleanup() }
        #expect(try f.store.appliedMigrations() == ["v1-organisation", "v1-petitions", "v1-text"])
        let again = try SQLiteStore(path: f.path)
        #expect(try again.appliedMigrations() == ["v1-organisation", "v1-petitions", "v1-text"])
        #expect(try await again.units().count == (try await f.store.units()).count)
    }

    @Test("numbers are sequential within a year and restart each year")
    func numbering() async throws {
        let f = try await StoreFixture(today: "2025-12-31")
        defer { f.cleanup() }
        let a = try await f.register()
        let b = try await f.register()
        f.set("2026-01-05")
        let c = try await f.register()
        #expect(a.record.number == "XF-2025-000001")
        #expect(b.record.number == "XF-2025-000002")
        #expect(c.record.number == "XF-2026-000001")
        #expect(a.record.queryCode != b.record.queryCode)
        #expect(a.record.matterID != b.record.matterID)
    }

    @Test("a registration round-trips whole, normalised")
    func roundTrip() async throws {
        let f = try await StoreFixture()
        defer { f.cleanup() }
        var r = f.registration()
        r.petitioners[0].name = " 李 四 "
        r.petitioners[0].phone = "+86 138 0013 8000"
        let created = try await f.service.register(r, by: f.user("dengji"))
        let loaded = try #require(try await f.store.petition(id: created.record.id))
        #expect(loaded == created)
        #expect(loaded.record.registration.petitioners[0].name == "李四")
        #expect(loaded.record.registration.petitioners[0].phone == "13800138000")
        #expect(loaded.status.stepDue == LocalDate(iso: "2026-03-17"))
        #expect(try await f.store.petition(number: created.record.number) == created)
    }

    @Test("history rows cannot be updated or deleted, even by hand")
    func historyAppendOnly() async throws {
        let f = try await StoreFixture()
        defer { f.cleanup() }
        try await f.register()
        let queue = try DatabaseQueue(path: f.path)
        #expect(throws: (any Error).self) { try queue.write { try $0.execute(sql: "UPDATE history SET actor_name = 'x'") } }
        #expect(throws: (any Error).self) { try queue.write { try $0.execute(sql: "DELETE FROM history") } }
        try queue.close()
        #expect(try await f.store.history(petitionID: 1).count == 1)
    }

    @Test("a stale version is refused and nothing is written")
    func staleVersion() async throws {
        let f = try await StoreFixture()
        defer { f.cleanup() }
        let c = try await f.register()
        let forward = PetitionAction.forward(unitID: f.org.townships["柳塘镇"]!.id, note: "")
        _ = try await f.service.act(forward, on: c.record.id, expectedVersion: 1, actor: f.staff("fenban"))
        await #expect(throws: StoreError.staleVersion(current: 2)) {
            try await f.service.act(.comment(text: "迟到的备注"), on: c.record.id, expectedVersion: 1, actor: f.staff("dengji"))
        }
        // Decided on an old snapshot: the store itself refuses.
        await #expect(throws: StoreError.self) {
            try await f.service.act(.comment(text: "旧快照"), on: c, expectedVersion: nil, actor: f.staff("dengji"))
        }
        #expect(try await f.store.history(petitionID: c.record.id).count == 2)
    }

    @Test("two clerks acting at once: exactly one wins, the other gets a stale version")
    func concurrentActions() async throws {
        let f = try await StoreFixture()
        defer { f.cleanup() }
        let c = try await f.register()
        let results = await withTaskGroup(of: Result<PetitionCase, any Error>.self) { group in
            for i in 0..<8 {
                group.addTask {
                    do {
                        return .success(try await f.service.act(.comment(text: "备注\(i)"), on: c, expectedVersion: 1, actor: f.staff("dengji")))
                    } catch { return .failure(error) }
                }
            }
            var all: [Result<PetitionCase, any Error>] = []
            for await r in group { all.append(r) }
            return all
        }
        let wins = results.filter { if case .success = $0 { true } else { false } }
        #expect(wins.count == 1)
        for case .failure(let e) in results { #expect(e as? StoreError == .staleVersion(current: 2)) }
        #expect(try await f.store.history(petitionID: c.record.id).count == 2)
    }

    @Test("the stored status equals the status replayed from the history")
    func replayMatchesSnapshot() async throws {
        let f = try await StoreFixture(today: "2026-09-20")
        defer { f.cleanup() }
        let township = f.org.townships["柳塘镇"]!
        var c = try await f.register()
        c = try await f.service.act(.assign(unitID: township.id, reportDue: nil, note: ""), on: c, expectedVersion: nil, actor: f.staff("fenban"))
        f.set("2026-09-25")
        c = try await f.service.act(.accept(note: ""), on: c, expectedVersion: nil, actor: f.staff("xz04.cb"))
        c = try await f.service.act(.extend(days: 20, reason: "需会商"), on: c, expectedVersion: nil, actor: f.staff("xz04.fz"))
        f.set("2026-10-15")
        c = try await f.service.act(.reply(outcome: .partlySupport, factsFound: "查明", basis: "依据", opinion: "意见"), on: c,
                                    expectedVersion: nil, actor: f.staff("xz04.cb"))
        let history = try await f.store.history(petitionID: c.record.id)
        let replayed = Lifecycle.replay(history.map { ($0.event, $0.day) })
        let stored = try #require(try await f.store.petition(id: c.record.id))
        #expect(replayed == stored.status)
        #expect(stored.status.version == history.count)
        #expect(history.map(\.sequence) == Array(1...history.count))
        #expect(history.last?.notice?.contains("处理意见书") == true)
        #expect(history[1].actorName == "李分办")
    }

    @Test("linking a repeat petition moves it to the matter and it follows the matter's state")
    func linkMatter() async throws {
        let f = try await StoreFixture()
        defer { f.cleanup() }
        let township = f.org.townships["柳塘镇"]!
        var first = try await f.register("第一次反映")
        first = try await f.service.act(.forward(unitID: township.id, note: ""), on: first, expectedVersion: nil, actor: f.staff("fenban"))
        first = try await f.service.act(.accept(note: ""), on: first, expectedVersion: nil, actor: f.staff("xz04.cb"))
        let second = try await f.register("再次反映同一问题")
        let linked = try await f.service.act(.linkMatter(matterID: first.record.matterID), on: second, expectedVersion: nil, actor: f.staff("dengji"))
        #expect(linked.record.matterID == first.record.matterID)
        #expect(linked.record.isRepeat)
        #expect(linked.status.state == .merged)
        // The first petition's clock is untouched.
        #expect(try await f.store.petition(id: first.record.id)?.status.stepDue == first.status.stepDue)
        let summary = try #require(try await f.store.matterSummary(id: first.record.matterID))
        #expect(summary.leadPetitionNumber == first.record.number)
        #expect(summary.leadState == .inHandling)
        var q = PetitionQuery()
        q.matterID = first.record.matterID
        #expect(try await f.store.list(q).total == 2)
    }

    @Test("list filters by state, responsible unit, overdue and jurisdiction")
    func listFilters() async throws {
        let f = try await StoreFixture(today: "2026-03-02")
        defer { f.cleanup() }
        let liutang = f.org.townships["柳塘镇"]!, shiqiao = f.org.townships["石桥乡"]!
        let a = try await f.register("甲")
        _ = try await f.register("乙")
        let c = try await f.register("丙")
        f.set("2026-03-05")  // forwarded later: acceptance due 03-20
        _ = try await f.service.act(.forward(unitID: liutang.id, note: ""), on: a, expectedVersion: nil, actor: f.staff("fenban"))
        _ = try await f.service.act(.forward(unitID: shiqiao.id, note: ""), on: c, expectedVersion: nil, actor: f.staff("fenban"))
        var q = PetitionQuery()
        q.states = [.awaitingAcceptance]
        #expect(try await f.store.list(q).total == 2)
        q.responsibleUnitID = liutang.id
        #expect(try await f.store.list(q).items.map(\.record.registration.title) == ["甲"])
        var township = PetitionQuery()
        township.visibleUnitIDs = f.service.configuration.current.units.subtree(of: shiqiao.id)
        #expect(try await f.store.list(township).items.map(\.record.registration.title) == ["丙"])
        var overdue = PetitionQuery()
        overdue.overdueOn = LocalDate(iso: "2026-03-18")  // triage of 03-02 was due 03-17
        #expect(try await f.store.list(overdue).items.map(\.record.registration.title) == ["乙"])
        let counts = try await f.store.countsByState(PetitionQuery())
        #expect(counts[.registered] == 1)
        #expect(counts[.awaitingAcceptance] == 2)
    }
}
