import Foundation
import GRDB
import HuiyinDemo
import HuiyinDomain
@testable import HuiyinStore
import Testing

/// The indicators added up from the counts the triggers keep (docs/performance.md, "Dashboard and indicators")
/// must equal the domain's calculator over the petitions, for every kind of period.
@Suite("SQLite store: indicator counts")
struct IndicatorCountsTests {
    static let periods: [IndicatorPeriod] = (5...12).map { IndicatorPeriod.month(2026, $0)! }
        + (2...4).map { IndicatorPeriod.quarter(2026, $0)! }
        + [IndicatorPeriod.year(2026)!, IndicatorPeriod.parse("2026-06-10..2026-09-20")!, IndicatorPeriod.year(2025)!]

    @Test("on the demo county the counted board equals the calculator's, kept by triggers action by action and rebuilt in one pass")
    func aggregatesEqualDomain() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("huiyin-ind-\(UUID().uuidString).sqlite").path
        let store = try SQLiteStore(path: path)
        defer { SQLitePerformanceTests.remove(store, path) }
        // The deadlines table first, so that every registration and action below goes through the triggers.
        let shipped = CountyConfiguration(units: UnitDirectory(units: []), calendar: .shipped, rules: .statutory, taxonomy: .shipped)
        let (days, fingerprint) = IndicatorDueDays.table(for: shipped)
        #expect(try await store.prepareIndicatorCounts(dueDays: days, fingerprint: fingerprint))
        let now = LocalDate(iso: "2026-11-20")!.startInChina.addingTimeInterval(10 * 3600)
        _ = try await DemoCounty.seed(store: store, now: now, petitions: 200, passwordHash: "not-a-real-hash")
        let config = try await CountyConfiguration.load(from: store)
        #expect(IndicatorDueDays.table(for: config).fingerprint == fingerprint, "the demo keeps the shipped calendar and rules")
        #expect(try await store.prepareIndicatorCounts(dueDays: days, fingerprint: fingerprint) == false)

        let today = LocalDate.inChina(now)
        // Leader-owned cases (领导包案): some backlog cases get an owner, one is signed off.
        let service = SupervisionService(petitions: PetitionService(store: store, configuration: ConfigurationHolder(config),
                                                                    clock: FixedClock(now)))
        _ = try await service.scanBacklog()
        let leader = try #require(try await store.users().first { $0.role == .leader })
        for c in try await store.backlogCases().prefix(6) {
            try await store.updateBacklog(id: c.id, ownerUserID: leader.id, plan: "包案化解", on: today.adding(days: -40))
        }
        if let first = try await store.backlogCases().first(where: { $0.ownerUserID != nil }) {
            try await store.signOffBacklog(id: first.id, conditions: Set(ClosingCondition.allCases), on: today.adding(days: -5), by: leader.id)
        }
        let backlog = try await store.backlogCases()
        #expect(backlog.filter { $0.ownerUserID != nil }.count >= 2)
        let counted = try await store.backlogCounts()
        #expect(counted.open + counted.signedOff == backlog.count && counted.signedOff == backlog.filter(\.isSignedOff).count)
        var compared = 0, drilled = 0
        for period in Self.periods {
            let counted = try await store.indicatorBoard(for: period, today: today, configuration: config)
            let domain = try await store.indicatorCalculator(for: period, today: today, configuration: config, backlog: backlog)
                .board(in: period).countsOnly
            for indicator in Indicator.allCases {
                #expect(counted.total(indicator) == domain.total(indicator), "\(indicator) \(period.code)")
                #expect(counted.byUnit(indicator) == domain.byUnit(indicator), "\(indicator) \(period.code) by unit")
                compared += domain.total(indicator).denominator
            }
            #expect(counted == domain)
            // The drill-down reads the period's facts from the kept rows: the same petitions as the calculator.
            let all = try await store.indicatorCalculator(for: period, today: today, configuration: config, backlog: backlog)
            for indicator in Indicator.allCases {
                let facts = try await store.indicatorFacts(for: indicator, in: period, configuration: config)
                var unitOf: [Int64: OrgUnit.ID] = [:]
                for f in facts { unitOf[f.id] = f.unitID }
                let bureau = config.units.petitionBureau!.id
                let drill = IndicatorCalculator(facts: facts, ownedCases: OwnedCases.facts(backlog, bureau: bureau) { unitOf[$0] }, today: today)
                #expect(drill.total(indicator, in: period) == all.total(indicator, in: period), "drill \(indicator) \(period.code)")
                #expect(drill.byUnit(indicator, in: period) == all.byUnit(indicator, in: period), "drill \(indicator) \(period.code) by unit")
            }
            drilled += try await Self.drillEqualsCalculator(store, all, period: period, today: today, config: config)
        }
        #expect(compared > 1000, "the demo data counts in the figures compared")
        #expect(drilled > 1000, "the drill-downs compared name petitions")

        // A rebuild in one pass gives the same counts as the triggers kept row by row.
        let before = try await Self.counts(store)
        try await store.pool.write { db in try SQLiteStore.rebuildIndicatorFacts(db) }
        #expect(try await Self.counts(store) == before)
        #expect(before.count > 100)
    }

    /// The SQL drill-down (``SQLiteStore/indicatorDrill(_:unitID:numerator:in:today:configuration:after:limit:)``) names
    /// exactly the calculator's petitions, in order, page by page, county-wide and for every unit with a figure (and
    /// one without); both of its plans (by id, by day ranges) do. Returns how many ids were compared.
    static func drillEqualsCalculator(_ store: SQLiteStore, _ calculator: IndicatorCalculator, period: IndicatorPeriod,
                                      today: LocalDate, config: CountyConfiguration) async throws -> Int {
        let bureau = config.units.petitionBureau!.id
        var compared = 0
        for indicator in Indicator.allCases {
            let units: [OrgUnit.ID?] = [nil, bureau, 999_999] + calculator.byUnit(indicator, in: period).map(\.unitID)
            for unit in units {
                let expected = unit.map { calculator.figure(indicator, unitID: $0, in: period) } ?? calculator.total(indicator, in: period)
                for numerator in [false, true] {
                    let want = numerator ? expected.numeratorIDs : expected.denominatorIDs
                    let label = "\(indicator) \(period.code) unit \(unit.map(String.init) ?? "county") \(numerator ? "numerator" : "denominator")"
                    // Page by page through the store's port, a small page so that keyset paging is exercised.
                    var got: [Int64] = [], after: Int64? = nil, pages = 0
                    repeat {
                        let page = try await store.indicatorDrill(indicator, unitID: unit, numerator: numerator, in: period, today: today,
                                                                  configuration: config, after: after, limit: 20)
                        #expect(page.figure.numerator == expected.numerator && page.figure.denominator == expected.denominator, "\(label) figure")
                        #expect(page.ids.count <= 20)
                        got += page.ids
                        after = page.next
                        pages += 1
                    } while after != nil && pages < 10_000
                    #expect(got == want, "\(label)")
                    compared += want.count
                    // Both plans of the query, whichever the store would choose.
                    guard let membership = IndicatorMembership.of(indicator) else { continue }
                    guard let query = SQLiteStore.drillQuery(membership, unitID: unit, bureauID: bureau, numerator: numerator) else {
                        #expect(want.isEmpty, "\(label): no part counts there")
                        continue
                    }
                    let arguments = SQLiteStore.drillArguments(period: period, today: today, unitID: unit, bureauID: bureau,
                                                               after: nil, limit: 1_000_000)
                    let (walk, ranges) = try await store.pool.read { db in
                        (try Int64.fetchAll(db, sql: query.walk, arguments: arguments), try Int64.fetchAll(db, sql: query.ranges, arguments: arguments))
                    }
                    #expect(walk == want, "\(label) by id")
                    #expect(ranges == want, "\(label) by day ranges")
                }
            }
        }
        return compared
    }

    @Test("a changed calendar or rule table rebuilds the counts: the deadlines move with it")
    func rebuildOnNewRules() async throws {
        let (store, path, now) = try await SQLitePerformanceTests.seeded(60)
        defer { SQLitePerformanceTests.remove(store, path) }
        var config = try await CountyConfiguration.load(from: store)
        let today = LocalDate.inChina(now)
        let (days, fingerprint) = IndicatorDueDays.table(for: config)
        #expect(try await store.prepareIndicatorCounts(dueDays: days, fingerprint: fingerprint), "a new database has no deadlines yet")
        let period = IndicatorPeriod.year(2026)!
        let board = try await store.indicatorBoard(for: period, today: today, configuration: config)
        #expect(board.total(.timelyAcceptance).denominator > 0)

        config.rules.limits[.triage] = .calendarDays(3)
        let (shorter, changed) = IndicatorDueDays.table(for: config)
        #expect(changed != fingerprint)
        #expect(try await store.prepareIndicatorCounts(dueDays: shorter, fingerprint: changed))
        let strict = try await store.indicatorBoard(for: period, today: today, configuration: config)
        let domain = try await store.indicatorCalculator(for: period, today: today, configuration: config, backlog: try await store.backlogCases())
            .board(in: period).countsOnly
        #expect(strict == domain)
        #expect(strict.total(.timelyAcceptance).numerator < board.total(.timelyAcceptance).numerator, "3 days to triage: fewer on time")
    }

    static func counts(_ store: SQLiteStore) async throws -> [String] {
        try await store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT kind || day || unit || outcome || n FROM indicator_counts WHERE n <> 0 ORDER BY 1")
                + String.fetchAll(db, sql: """
                    SELECT t_due || a_due || a_unit || t_outcome || a_outcome || n FROM indicator_pairs WHERE n <> 0 ORDER BY 1
                    """)
        }
    }
}
