import GRDB
import HuiyinDomain

/// The indicators from the counts kept by triggers (`SQLiteSchema+Indicators.swift`): a period's
/// figures sum a few thousand rows of `indicator_counts` whatever the number of petitions.
extension SQLiteStore {
    public func indicatorBoard(for period: IndicatorPeriod, today: LocalDate, configuration: CountyConfiguration) async throws -> IndicatorBoard {
        let bureau = configuration.units.petitionBureau?.id ?? 0
        let firstCutoff = IndicatorCount.Kind.firstClosed.cutoff(today: today)
        let (counts, overlaps, owned) = try await pool.read { db -> ([IndicatorCount], [IndicatorOverlap], [OwnedCaseFact]) in
            let counts = try Row.fetchAll(db, sql: """
                SELECT kind, unit, outcome, day < CASE kind WHEN 'F' THEN ? ELSE ? END AS before, SUM(n) AS n
                FROM indicator_counts WHERE kind IN ('T', 'A', 'D', 'P', 'R', 'F') AND day >= ? AND day <= ?
                GROUP BY kind, unit, outcome, before HAVING SUM(n) <> 0
                """, arguments: [firstCutoff.iso, today.iso, period.start.iso, period.end.iso]).compactMap { row -> IndicatorCount? in
                guard let kind = IndicatorCount.Kind(rawValue: row[0]) else { return nil }
                return IndicatorCount(kind: kind, unitID: row[1], outcome: row[2], beforeCutoff: row[3], n: row[4])
            }
            let overlaps = try Row.fetchAll(db, sql: """
                SELECT a_unit, t_outcome, t_due < ?1 AS t_before, a_outcome, a_due < ?1 AS a_before, SUM(n)
                FROM indicator_pairs WHERE t_due >= ?2 AND t_due <= ?3 AND a_due >= ?2 AND a_due <= ?3
                GROUP BY 1, 2, 3, 4, 5 HAVING SUM(n) <> 0
                """, arguments: [today.iso, period.start.iso, period.end.iso]).map { row in
                IndicatorOverlap(acceptanceUnitID: row[0],
                                 triageCounted: IndicatorOverlap.counted(outcome: row[1], beforeCutoff: row[2]),
                                 triageOnTime: (row[1] as String) == IndicatorCount.onTime,
                                 acceptanceCounted: IndicatorOverlap.counted(outcome: row[3], beforeCutoff: row[4]),
                                 acceptanceOnTime: (row[3] as String) == IndicatorCount.onTime, n: row[5])
            }
            // Leader-owned backlog cases (包案), each under its petition's unit as the calculator sees it (only
            // petitions received in its window; else the bureau).
            let window = (period.start.adding(days: -366).iso, period.end.adding(days: Indicator.firstPetitionQuietDays + 1).iso)
            let owned = try Row.fetchAll(db, sql: """
                SELECT b.petition_id, COALESCE(b.owned_since, b.entered_on), b.signed_off_on,
                    CASE WHEN f.received_on >= ? AND f.received_on <= ? THEN f.unit_id END
                FROM backlog_cases b LEFT JOIN indicator_facts f ON f.petition_id = b.petition_id
                WHERE b.owner_user_id IS NOT NULL
                """, arguments: [window.0, window.1]).compactMap { row -> OwnedCaseFact? in
                guard let since = LocalDate(iso: row[1]) else { return nil }
                let unit: Int64? = row[3]
                return OwnedCaseFact(petitionID: row[0], unitID: unit.map { $0 == IndicatorCount.bureau ? bureau : $0 } ?? bureau,
                                     ownedSince: since, resolvedOn: (row[2] as String?).flatMap(LocalDate.init(iso:)))
            }
            return (counts, overlaps, owned)
        }
        return IndicatorBoard(period: period, counts: counts, overlaps: overlaps, ownedCases: owned, bureauID: bureau, today: today)
    }

    /// From the kept facts, by the day that puts each petition in the period (indexed), without decoding a
    /// status: a month at a million petitions is tens of thousands of plain rows.
    public func indicatorFacts(for indicator: Indicator, in period: IndicatorPeriod, configuration: CountyConfiguration) async throws -> [IndicatorFact] {
        let bureau = configuration.units.petitionBureau?.id ?? 0
        let inPeriod: String = switch indicator {
        case .timelyAcceptance:
            "triage_due >= ?1 AND triage_due <= ?2 UNION SELECT petition_id FROM indicator_facts WHERE accept_due >= ?1 AND accept_due <= ?2"
        case .onTimeCompletion: "decision_due >= ?1 AND decision_due <= ?2"
        case .ratingParticipation, .satisfaction, .satisfiedOnly: "published_on >= ?1 AND published_on <= ?2"
        case .repeatRate: "received_on >= ?1 AND received_on <= ?2"
        // The first petitions closed in the period and every repeat of their matters.
        case .firstPetitionResolution: """
            closed_on >= ?1 AND closed_on <= ?2 UNION SELECT r.petition_id FROM indicator_facts r WHERE r.is_repeat = 1
                AND r.matter_id IN (SELECT matter_id FROM indicator_facts WHERE closed_on >= ?1 AND closed_on <= ?2)
            """
        // The owned petitions, as the calculator's window sees them (their unit).
        case .leaderOwnedResolution: """
            received_on >= ?1 AND received_on <= ?2
                AND petition_id IN (SELECT petition_id FROM backlog_cases WHERE owner_user_id IS NOT NULL)
            """
        }
        let range: StatementArguments = indicator == .leaderOwnedResolution
            ? [period.start.adding(days: -366).iso, period.end.adding(days: Indicator.firstPetitionQuietDays + 1).iso]
            : [period.start.iso, period.end.iso]
        return try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT petition_id, matter_id, is_repeat, received_on, unit_id, triage_due, triage_done, accept_unit, accept_due,
                    accept_done, decision_unit, decision_due, decision_done, published_on, rating, closed_on
                FROM indicator_facts WHERE petition_id IN (SELECT petition_id FROM indicator_facts WHERE \(inPeriod))
                """, arguments: range).compactMap { row in
                Self.indicatorFact(row, bureau: bureau)
            }
        }
    }

    /// A kept facts row as the domain's ``IndicatorFact`` (unit 0 is the bureau).
    static func indicatorFact(_ row: Row, bureau: OrgUnit.ID) -> IndicatorFact? {
        func day(_ i: Int) -> LocalDate? { (row[i] as String?).flatMap(LocalDate.init(iso:)) }
        func unit(_ i: Int) -> OrgUnit.ID? { (row[i] as Int64?).map { $0 == IndicatorCount.bureau ? bureau : $0 } }
        guard let received = day(3), let unitID = unit(4) else { return nil }
        var acceptance: [IndicatorFact.Obligation] = []
        if let due = day(5) { acceptance.append(.init(unitID: bureau, due: due, doneOn: day(6))) }
        if let u = unit(7), let due = day(8) { acceptance.append(.init(unitID: u, due: due, doneOn: day(9))) }
        let decision = unit(10).flatMap { u in day(11).map { IndicatorFact.Obligation(unitID: u, due: $0, doneOn: day(12)) } }
        return IndicatorFact(id: row[0], matterID: row[1], isRepeat: row[2], receivedOn: received, unitID: unitID, acceptance: acceptance,
                             decision: decision, publishedOn: day(13), rating: (row[14] as String?).flatMap(Satisfaction.init(rawValue:)),
                             closedOn: day(15))
    }

    public func backlogCounts() async throws -> (open: Int, signedOff: Int) {
        try await pool.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT COUNT(*) - COUNT(signed_off_on), COUNT(signed_off_on) FROM backlog_cases")
            return (row?[0] ?? 0, row?[1] ?? 0)
        }
    }

    public func prepareIndicatorCounts(dueDays: [IndicatorDueDay], fingerprint: String) async throws -> Bool {
        let current = try await pool.read { db in try String.fetchOne(db, sql: "SELECT fingerprint FROM indicator_state WHERE id = 1") }
        guard current != fingerprint else { return false }
        return try await pool.write { db -> Bool in
            guard try String.fetchOne(db, sql: "SELECT fingerprint FROM indicator_state WHERE id = 1") != fingerprint else { return false }
            try db.execute(sql: "DELETE FROM indicator_due_days")
            let insert = try db.cachedStatement(sql: "INSERT INTO indicator_due_days (day, triage_due, acceptance_due) VALUES (?, ?, ?)")
            for d in dueDays { try insert.execute(arguments: [d.day.iso, d.triageDue.iso, d.acceptanceDue.iso]) }
            try Self.rebuildIndicatorFacts(db)
            try db.execute(sql: "UPDATE indicator_state SET fingerprint = ? WHERE id = 1", arguments: [fingerprint])
            return true
        }
    }

    /// Every petition's facts derived again, then the counts added up in one pass each (the per-row
    /// count triggers stand still meanwhile). Inside the caller's transaction.
    static func rebuildIndicatorFacts(_ db: Database) throws {
        try db.execute(sql: "UPDATE indicator_state SET bulk = 1 WHERE id = 1")
        try db.execute(sql: "DELETE FROM indicator_facts")
        try db.execute(sql: "INSERT INTO indicator_facts \(SQLiteSchema.factsSelect("1"))")
        try db.execute(sql: "DELETE FROM indicator_counts")
        func step(_ kind: IndicatorCount.Kind, unit: String, due: String, done: String) -> String {
            "INSERT INTO indicator_counts (kind, day, unit, outcome, n) SELECT '\(kind.rawValue)', \(due), \(unit), "
                + "\(SQLiteSchema.outcome("f", due: due, done: done)) AS o, COUNT(*) FROM indicator_facts f WHERE \(due) IS NOT NULL GROUP BY 2, 3, 4"
        }
        try db.execute(sql: step(.triage, unit: "0", due: "triage_due", done: "triage_done"))
        try db.execute(sql: step(.acceptance, unit: "accept_unit", due: "accept_due", done: "accept_done"))
        try db.execute(sql: step(.decision, unit: "decision_unit", due: "decision_due", done: "decision_done"))
        try db.execute(sql: """
            INSERT INTO indicator_counts (kind, day, unit, outcome, n)
                SELECT 'P', published_on, unit_id, COALESCE(rating, '\(IndicatorCount.notRated)'), COUNT(*) FROM indicator_facts
                WHERE published_on IS NOT NULL GROUP BY 2, 3, 4;
            INSERT INTO indicator_counts (kind, day, unit, outcome, n)
                SELECT 'R', received_on, unit_id, CASE WHEN is_repeat THEN '\(IndicatorCount.repeatPetition)' ELSE '\(IndicatorCount.firstPetition)' END,
                    COUNT(*) FROM indicator_facts GROUP BY 2, 3, 4;
            INSERT INTO indicator_counts (kind, day, unit, outcome, n)
                SELECT 'F', closed_on, unit_id, CASE WHEN repeated THEN '\(IndicatorCount.repeated)' ELSE '\(IndicatorCount.quiet)' END, COUNT(*)
                FROM indicator_facts WHERE closed_on IS NOT NULL AND is_repeat = 0 GROUP BY 2, 3, 4;
            DELETE FROM indicator_pairs;
            INSERT INTO indicator_pairs (t_due, a_due, a_unit, t_outcome, a_outcome, n)
                SELECT triage_due, accept_due, accept_unit, \(SQLiteSchema.outcome("f", due: "triage_due", done: "triage_done")),
                    \(SQLiteSchema.outcome("f", due: "accept_due", done: "accept_done")), COUNT(*)
                FROM indicator_facts f WHERE triage_due IS NOT NULL AND accept_due IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
            UPDATE indicator_state SET bulk = 0 WHERE id = 1;
            """)
    }
}
