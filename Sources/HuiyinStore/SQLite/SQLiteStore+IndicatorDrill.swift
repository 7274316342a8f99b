import GRDB
import HuiyinDomain

/// The drill-down from SQL over the kept facts rows: the domain's ``IndicatorMembership`` translated
/// into one condition per facts row, and only the page's ids selected (ids ascending, keyset); the
/// figure comes from the counts (``indicatorBoard(for:today:configuration:)``).
extension SQLiteStore {
    public func indicatorDrill(_ indicator: Indicator, unitID: OrgUnit.ID?, numerator: Bool, in period: IndicatorPeriod, today: LocalDate,
                               configuration: CountyConfiguration, after: Int64?, limit: Int) async throws -> IndicatorDrill {
        guard let membership = IndicatorMembership.of(indicator) else {
            // 领导包案化解率 counts the few leader-owned backlog cases, not facts rows.
            return try await calculatorDrill(indicator, unitID: unitID, numerator: numerator, in: period, today: today,
                                             configuration: configuration, after: after, limit: limit)
        }
        let board = try await indicatorBoard(for: period, today: today, configuration: configuration)
        let figure = unitID.map { board.figure(indicator, unitID: $0) } ?? board.total(indicator)
        let bureau = configuration.units.petitionBureau?.id ?? 0
        let query = Self.drillQuery(membership, unitID: unitID, bureauID: bureau, numerator: numerator)
        guard let query, limit > 0, (numerator ? figure.numerator : figure.denominator) > 0 else {
            return IndicatorDrill(figure: figure, ids: [], next: nil)
        }
        let arguments = Self.drillArguments(period: period, today: today, unitID: unitID, bureauID: bureau, after: after, limit: limit + 1)
        let ids = try await pool.read { db -> [Int64] in
            // Two plans, the cheaper by the counts: walk the facts by id and stop at the page's end (the
            // petitions are many among all: a county's month or year, a large unit), or read the period's
            // rows of the unit from the day indexes and sort them (few: a small unit, a short range). A row
            // walked costs about a tenth of one looked up from an index and sorted (measured at 1M rows),
            // and a walk never reads more than every row once.
            let members = max(1, numerator ? figure.numerator : figure.denominator)
            let span = Double(try Int64.fetchOne(db, sql: "SELECT MAX(petition_id) FROM indicator_facts") ?? 0)
            let walk = min(span, Double(limit + 1) * span / Double(members))
            let sql = walk < 8 * Double(figure.denominator) ? query.walk : query.ranges
            return try Int64.fetchAll(db, sql: sql, arguments: arguments)
        }
        let page = Array(ids.prefix(limit))
        return IndicatorDrill(figure: figure, ids: page, next: ids.count > limit ? page.last : nil)
    }

    /// The named arguments of ``drillQuery(_:unitID:bureauID:numerator:)``.
    static func drillArguments(period: IndicatorPeriod, today: LocalDate, unitID: OrgUnit.ID?, bureauID: OrgUnit.ID,
                               after: Int64?, limit: Int) -> StatementArguments {
        [
            "start": period.start.iso, "end": period.end.iso, "today": today.iso,
            "quiet": IndicatorCount.Kind.firstClosed.cutoff(today: today).iso,
            "unit": unitID ?? 0, "unit0": unitID == bureauID ? IndicatorCount.bureau : (unitID ?? 0),
            "after": after ?? Int64.min, "limit": limit,
        ]
    }

    /// The drill-down's two statements (by id; by day ranges), or nil when no part can count in the unit
    /// (the bureau's triage asked for another unit). Named arguments: start, end (the period), today,
    /// quiet (the first-petition cutoff), unit and unit0 (the unit and how it may be written: 0 for the
    /// bureau), after, limit.
    static func drillQuery(_ membership: IndicatorMembership, unitID: OrgUnit.ID?, bureauID: OrgUnit.ID,
                           numerator: Bool) -> (walk: String, ranges: String)? {
        func quoted(_ values: Set<String>) -> String {
            values.sorted().map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: ", ")
        }
        var counted: [String] = [], onTime: [String] = [], ranges: [String] = []
        for part in membership.parts {
            let fact = SQLiteSchema.countedFact(part.kind, "f")
            var unit = "1"
            if let unitID {
                if let column = fact.unit { unit = "\(column) IN (:unit, :unit0)" } else if unitID != bureauID { continue }
            }
            let cutoff = part.kind == .firstClosed ? ":quiet" : ":today"
            let wait = switch part.wait {
            case .never: "1"
            case .whileOpen: "(\(fact.outcome) <> '\(IndicatorCount.open)' OR \(fact.day) < \(cutoff))"
            case .always: "\(fact.day) < \(cutoff)"
            }
            let outcomes = part.outcomes.map { "\(fact.outcome) IN (\(quoted($0)))" } ?? "1"
            // A part that waits for its cutoff counts only before it: the range stops there.
            let range = "\(fact.day) >= :start AND \(fact.day) <= :end AND \(unit)" + (part.wait == .always ? " AND \(fact.day) < \(cutoff)" : "")
            // CASE: a NULL never reaches NOT/OR below.
            counted.append("(CASE WHEN \(fact.has) AND \(range) AND \(outcomes) AND \(wait) THEN 1 ELSE 0 END)")
            onTime.append("\(fact.outcome) IN (\(quoted(part.numerator)))")
            ranges.append("(\(range))")
        }
        guard !counted.isEmpty else { return nil }
        // In the denominator when a part counts; in the numerator when every part that counts is in it.
        var member = "(" + counted.joined(separator: " OR ") + ")"
        if numerator {
            member += zip(counted, onTime).map { " AND (NOT \($0) OR \($1))" }.joined()
        }
        let select = "SELECT f.petition_id FROM indicator_facts f"
        let tail = "f.petition_id > :after AND \(member) ORDER BY f.petition_id LIMIT :limit"
        return ("\(select) NOT INDEXED WHERE \(tail)", "\(select) WHERE (\(ranges.joined(separator: " OR "))) AND \(tail)")
    }
}
