import Foundation
import GRDB
import HuiyinDomain

extension SQLiteStore: QueueStore {
    public func caseList(_ query: CaseListQuery) async throws -> CaseListPage {
        try await pool.read { db in try Self.page(db, query) }
    }

    public func queue(_ list: CaseListQuery, summarising queue: CaseListQuery, today: LocalDate,
                      soonThrough: LocalDate) async throws -> (page: CaseListPage, summary: QueueSummary) {
        try await pool.read { db in
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
                (Self.summarySQL(filter), [today, today, today] + filter.arguments),
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

    static func summarySQL(_ f: SQLiteCaseListFilter) -> String {
        """
        SELECT p.state AS state, COUNT(*) AS n, SUM(p.step_due < ?) AS overdue, SUM(p.step_due >= ? AND p.step_due <= ?) AS soon
        FROM petitions p \(f.whereClause) GROUP BY p.state
        """
    }

    static func page(_ db: Database, _ q: CaseListQuery) throws -> CaseListPage {
        let f = SQLiteCaseListFilter(q)
        let limit = max(1, min(q.limit, 500))
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT p.id, p.number, p.title, p.category_code, p.locality_unit_id, p.channel, p.state, p.step_due,
                    p.responsible_unit_id, p.people_count, p.is_repeat, p.received_on,
                    json_extract(p.registration, '$.flags.risk') AS risk,
                    json_extract(p.registration, '$.flags.emergency') AS emergency,
                    json_extract(p.status, '$.extensionDays') AS extension_days,
                    json_extract(p.status, '$.supervisionCount') AS supervision_count
                FROM (\(idSQL(f))) AS page JOIN petitions p ON p.id = page.pid
                ORDER BY \(f.orderBy)
                """,
            arguments: f.arguments + [limit, max(0, q.offset)])
        var total: Int?
        var capped = false
        if let cap = q.countLimit {
            let n = try Int.fetchOne(db, sql: countSQL(f), arguments: f.arguments + [cap + 1]) ?? 0
            total = min(n, cap)
            capped = n > cap
        }
        return CaseListPage(rows: rows.map(Self.caseListRow), total: total, totalIsCapped: capped)
    }

    static func summary(_ db: Database, _ q: CaseListQuery, today: LocalDate, soonThrough: LocalDate) throws -> QueueSummary {
        let f = SQLiteCaseListFilter(q)
        var summary = QueueSummary()
        for row in try Row.fetchAll(db, sql: summarySQL(f), arguments: [today.iso, today.iso, soonThrough.iso] + f.arguments) {
            guard let state = PetitionState(rawValue: row["state"]) else { continue }
            summary.byState[state] = row["n"]
            summary.overdue += (row["overdue"] as Int?) ?? 0
            summary.dueSoon += (row["soon"] as Int?) ?? 0
        }
        return summary
    }

    static func caseListRow(_ row: Row) -> CaseListRow {
        CaseListRow(
            id: row["id"], number: row["number"], title: row["title"], categoryCode: row["category_code"],
            localityUnitID: row["locality_unit_id"], channel: (row["channel"] as String?).flatMap(Channel.init(rawValue:)),
            state: (row["state"] as String?).flatMap(PetitionState.init(rawValue:)),
            stepDue: (row["step_due"] as String?).flatMap(LocalDate.init(iso:)),
            responsibleUnitID: row["responsible_unit_id"], peopleCount: row["people_count"], isRepeat: row["is_repeat"],
            receivedOn: (row["received_on"] as String?).flatMap(LocalDate.init(iso:)),
            risk: (row["risk"] as String?).flatMap(RiskLevel.init(rawValue:)) ?? .none,
            emergency: (row["emergency"] as Bool?) ?? false,
            extensionDays: (row["extension_days"] as Int?) ?? 0,
            supervisionCount: (row["supervision_count"] as Int?) ?? 0)
    }
}
