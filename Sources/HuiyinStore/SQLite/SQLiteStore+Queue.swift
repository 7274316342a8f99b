import Foundation
import GRDB
import HuiyinDomain

extension SQLiteStore: QueueStore {
    public func caseList(_ query: CaseListQuery) async throws -> CaseListPage {
        try await readForPage { db in try Self.page(db, query) }
    }

    public func queue(_ list: CaseListQuery, summarising queue: CaseListQuery, today: LocalDate,
                      soonThrough: LocalDate) async throws -> (page: CaseListPage, summary: QueueSummary) {
        try await readForPage { db in
            let summary = try Self.summary(db, queue, today: today, soonThrough: soonThrough)
            return (try Self.page(db, list), summary)
        }
    }

    /// The query plans SQLite chooses for a case list (the page of ids, and the count): one line per
    /// step, as `EXPLAIN QUERY PLAN` prints them. For tests and diagnosis: a line starting `SCAN p`
    /// without an index means a table scan.
    public func caseListPlan(_ query: CaseListQuery) async throws -> [String] {
        let filter = SQLiteCaseListFilter(query)
        return try await pool.read { db in
            var lines: [String] = []
            let today = LocalDate.inChina(Date()).iso
            let statements: [(String, StatementArguments)] = [
                (Self.idSQL(filter), filter.arguments + [1, 0]),
                (Self.countSQL(filter), filter.arguments + [1]),
                (Self.summarySQL(filter, fromCounts: SQLiteCaseListFilter.countsServe(query)), [today, today, today] + filter.arguments),
            ]
            for (sql, arguments) in statements {
                for row in try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments) {
                    lines.append(row["detail"])
                }
            }
            return lines
        }
    }

    // MARK: - SQL

    /// The ids of one page: served from an index alone where one covers the filter and the order, so a
    /// deep OFFSET skips index entries, not table rows.
    static func idSQL(_ f: SQLiteCaseListFilter) -> String {
        "SELECT p.id AS pid FROM petitions p \(f.whereClause) ORDER BY \(f.orderBy) LIMIT ? OFFSET ?"
    }

    static func countSQL(_ f: SQLiteCaseListFilter) -> String {
        "SELECT COUNT(*) FROM (SELECT 1 FROM petitions p \(f.whereClause) LIMIT ?)"
    }

    /// Counts per state, overdue and due soon. From `queue_counts` (a few rows per unit, state and due
    /// date, kept by triggers) when the filter names only what that table holds; else from the petitions.
    static func summarySQL(_ f: SQLiteCaseListFilter, fromCounts: Bool) -> String {
        fromCounts
            ? """
            SELECT p.state AS state, SUM(p.n) AS n, SUM(CASE WHEN p.step_due < ? THEN p.n ELSE 0 END) AS overdue,
                SUM(CASE WHEN p.step_due >= ? AND p.step_due <= ? THEN p.n ELSE 0 END) AS soon
            FROM queue_counts p \(f.whereClause) GROUP BY p.state
            """
            : """
            SELECT p.state AS state, COUNT(*) AS n, SUM(p.step_due < ?) AS overdue, SUM(p.step_due >= ? AND p.step_due <= ?) AS soon
            FROM petitions p \(f.whereClause) GROUP BY p.state
            """
    }

    /// The columns of a ``CaseListRow``, in the order ``caseListRow(_:)`` reads them (plain columns: the
    /// flags are kept out of the JSON by triggers, see `SQLiteSchema+Performance.swift`).
    static let caseListColumns = """
        p.id, p.number, p.title, p.category_code, p.locality_unit_id, p.channel, p.state, p.step_due,
        p.responsible_unit_id, p.people_count, p.is_repeat, p.received_on,
        p.risk, p.emergency, p.extension_days, p.supervision_count
        """

    static func page(_ db: Database, _ q: CaseListQuery) throws -> CaseListPage {
        let f = SQLiteCaseListFilter(q)
        let limit = max(1, min(q.limit, 500))
        let rows = try db.mapRows(
            """
            SELECT \(caseListColumns)
            FROM (\(idSQL(f))) AS page JOIN petitions p ON p.id = page.pid
            ORDER BY \(f.orderBy)
            """,
            f.arguments + [limit, max(0, q.offset)], caseListRow)
        var total: Int?
        var capped = false
        if let cap = q.countLimit {
            let n = try db.mapFirstRow(countSQL(f), f.arguments + [cap + 1]) { $0[0] as Int } ?? 0
            total = min(n, cap)
            capped = n > cap
        }
        return CaseListPage(rows: rows, total: total, totalIsCapped: capped)
    }

    static func summary(_ db: Database, _ q: CaseListQuery, today: LocalDate, soonThrough: LocalDate) throws -> QueueSummary {
        let f = SQLiteCaseListFilter(q)
        var summary = QueueSummary()
        let sql = summarySQL(f, fromCounts: SQLiteCaseListFilter.countsServe(q))
        let rows = try db.mapRows(sql, [today.iso, today.iso, soonThrough.iso] + f.arguments) { row in
            (PetitionState(rawValue: row[0] as String), row[1] as Int, (row[2] as Int?) ?? 0, (row[3] as Int?) ?? 0)
        }
        for (state, n, overdue, soon) in rows {
            guard let state, n > 0 else { continue }
            summary.byState[state] = n
            summary.overdue += overdue
            summary.dueSoon += soon
        }
        return summary
    }

    /// A row selected with ``caseListColumns`` (or the same expressions in the same order).
    static func caseListRow(_ row: Row) -> CaseListRow {
        CaseListRow(
            id: row[0], number: row[1], title: row[2], categoryCode: row[3],
            localityUnitID: row[4], channel: (row[5] as String?).flatMap(Channel.init(rawValue:)),
            state: (row[6] as String?).flatMap(PetitionState.init(rawValue:)),
            stepDue: (row[7] as String?).flatMap(LocalDate.init(iso:)),
            responsibleUnitID: row[8], peopleCount: row[9], isRepeat: row[10],
            receivedOn: (row[11] as String?).flatMap(LocalDate.init(iso:)),
            risk: (row[12] as String?).flatMap(RiskLevel.init(rawValue:)) ?? .none,
            emergency: (row[13] as Bool?) ?? false,
            extensionDays: (row[14] as Int?) ?? 0,
            supervisionCount: (row[15] as Int?) ?? 0)
    }
}
