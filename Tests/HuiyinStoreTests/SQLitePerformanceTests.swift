import Foundation
import HuiyinDemo
import HuiyinDomain
import HuiyinStore
import Testing

/// The shortcuts that keep the staff pages fast (docs/performance.md) must give the same answers
/// as the slow way: counts kept by triggers, flags copied out of the JSON, sessions remembered for a
/// moment, the case page's single read.
@Suite("SQLite store: performance shortcuts")
struct SQLitePerformanceTests {
    /// A demo county of `petitions` generated through the service (every action, so every trigger runs).
    static func seeded(_ petitions: Int) async throws -> (store: SQLiteStore, path: String, now: Date) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("huiyin-perf-\(UUID().uuidString).sqlite").path
        let store = try SQLiteStore(path: path)
        let now = LocalDate(iso: "2026-11-20")!.startInChina.addingTimeInterval(10 * 3600)
        _ = try await DemoCounty.seed(store: store, now: now, petitions: petitions, passwordHash: "not-a-real-hash")
        return (store, path, now)
    }

    static func remove(_ store: SQLiteStore, _ path: String) {
        try? store.close()
        for suffix in ["", "-wal", "-shm", ".attachments"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    @Test("queue counts kept by triggers equal the petitions counted one by one, for every unit's queue and the county's")
    func queueCounts() async throws {
        let (store, path, now) = try await Self.seeded(160)
        defer { Self.remove(store, path) }
        let today = LocalDate.inChina(now)
        let units = try await store.units()
        var queries: [CaseListQuery] = []
        for states in [[PetitionState.registered], [.awaitingAcceptance, .inHandling, .reviewRequested, .recheckRequested]] {
            var county = CaseListQuery()
            county.states = states
            queries.append(county)
            for unit in units {
                var q = county
                q.responsibleUnitID = unit.id
                queries.append(q)
            }
        }
        var overdue = CaseListQuery()
        overdue.states = [.registered, .awaitingAcceptance, .inHandling, .reviewRequested, .recheckRequested]
        overdue.dueBefore = today
        queries.append(overdue)
        var nonEmpty = 0
        for q in queries {
            // Any received-date filter makes the summary count the petitions themselves; this one keeps them all.
            var counted = q
            counted.receivedFrom = LocalDate(iso: "2000-01-01")
            let soon = today.adding(days: 3)
            let fromCounts = try await store.queue(q, summarising: q, today: today, soonThrough: soon).summary
            let fromPetitions = try await store.queue(counted, summarising: counted, today: today, soonThrough: soon).summary
            #expect(fromCounts == fromPetitions)
            if fromCounts.total > 0 { nonEmpty += 1 }
        }
        #expect(nonEmpty > 5)
    }

    @Test("a case-list row's risk, emergency, extension and supervision equal the stored registration and status")
    func listFlags() async throws {
        // The whole demo county: a few of its petitions are marked risky.
        let (store, path, _) = try await Self.seeded(400)
        defer { Self.remove(store, path) }
        var q = CaseListQuery()
        q.limit = 500
        let rows = try await store.caseList(q).rows
        #expect(rows.count == 400)
        var flagged = (risk: 0, extended: 0, supervised: 0)
        for row in rows {
            let c = try #require(try await store.petition(id: row.id))
            #expect(row.risk == c.record.registration.flags.risk)
            #expect(row.emergency == c.record.registration.flags.emergency)
            #expect(row.extensionDays == c.status.extensionDays)
            #expect(row.supervisionCount == c.status.supervisionCount)
            if row.risk != .none { flagged.risk += 1 }
            if row.extensionDays > 0 { flagged.extended += 1 }
            if row.supervisionCount > 0 { flagged.supervised += 1 }
        }
        // The demo county has some of each, so the comparison above is not all defaults.
        #expect(flagged.risk > 0)
        #expect(flagged.extended > 0)
        #expect(flagged.supervised > 0)
    }

    @Test("the case view reads the petition, its history and the matter the reader may see, as the separate reads do")
    func caseView() async throws {
        let (store, path, _) = try await Self.seeded(160)
        defer { Self.remove(store, path) }
        let units = try await store.units()
        let directory = UnitDirectory(units: units)
        let township = try #require(units.first { $0.name == "柳塘镇" })
        var all = CaseListQuery()
        all.limit = 500
        var comparedMatters = 0
        for row in try await store.caseList(all).rows {
            let view = try #require(try await store.caseView(id: row.id, matterVisibleUnitIDs: nil, matterLimit: 20))
            let petition = try #require(try await store.petition(id: row.id))
            #expect(view.petition == petition)
            #expect(view.history == (try await store.history(petitionID: row.id)))
            for visible in [nil, directory.subtree(of: township.id), []] as [[OrgUnit.ID]?] {
                var q = PetitionQuery()
                q.matterID = petition.record.matterID
                q.sort = .receivedOldest
                q.pageSize = 20
                q.visibleUnitIDs = visible
                let expected = try await store.list(q).items.map(MatterPetition.init)
                let matter = try #require(try await store.caseView(id: row.id, matterVisibleUnitIDs: visible, matterLimit: 20)).matter
                #expect(matter == expected)
                if expected.count > 1 { comparedMatters += 1 }
            }
        }
        #expect(comparedMatters > 0)
        #expect(try await store.caseView(id: 999_999, matterVisibleUnitIDs: nil, matterLimit: 20) == nil)
    }

    @Test("a remembered session ends at once on sign-out, sign-out everywhere, deactivation and expiry")
    func sessionCache() async throws {
        let f = try await StoreFixture()
        defer { f.cleanup() }
        let user = f.user("fenban")
        let now = f.clock.now()
        func open(_ token: String, lifetime: TimeInterval = 3600) async throws {
            try await f.store.createSession(tokenHash: token, userID: user.id, csrf: "c-" + token, now: now,
                                            expiresAt: now.addingTimeInterval(lifetime))
            // Read twice: the second comes from memory.
            #expect(try await f.store.session(tokenHash: token, now: now)?.user.id == user.id)
            #expect(try await f.store.session(tokenHash: token, now: now)?.csrf == "c-" + token)
        }
        try await open("a")
        try await f.store.deleteSession(tokenHash: "a")
        #expect(try await f.store.session(tokenHash: "a", now: now) == nil)

        try await open("b")
        try await f.store.deleteSessions(userID: user.id)
        #expect(try await f.store.session(tokenHash: "b", now: now) == nil)

        try await open("c")
        try await f.store.updateUser(id: user.id, displayName: user.displayName, role: user.role, unitID: user.unitID, active: false)
        #expect(try await f.store.session(tokenHash: "c", now: now) == nil)
        try await f.store.updateUser(id: user.id, displayName: "改名后", role: user.role, unitID: user.unitID, active: true)
        // The rename shows at once too.
        #expect(try await f.store.session(tokenHash: "c", now: now)?.user.displayName == "改名后")

        try await open("d", lifetime: 60)
        #expect(try await f.store.session(tokenHash: "d", now: now.addingTimeInterval(61)) == nil)
    }
}
