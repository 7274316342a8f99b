import Foundation
import HuiyinDomain
import HuiyinStore
import PostgresNIO

extension PostgresStore: QueueStore {
    public func caseList(_ query: CaseListQuery) async throws -> CaseListPage {
        try await snapshot { conn in try await self.page(query, on: conn) }
    }

    public func queue(_ list: CaseListQuery, summarising queue: CaseListQuery, today: LocalDate,
                      soonThrough: LocalDate) async throws -> (page: CaseListPage, summary: QueueSummary) {
        try await snapshot { conn in
            let summary = try await self.summary(queue, today: today, soonThrough: soonThrough, on: conn)
            return (try await self.page(list, on: conn), summary)
        }
    }

    /// The columns of a ``CaseListRow`` (plain columns: the flags are kept out of the JSON by the trigger
    /// of `v8-list-flags`).
    static let caseListColumns = """
        p.id, p.number, p.title, p.category_code, p.locality_unit_id, p.channel, p.state, p.step_due,
        p.responsible_unit_id, p.people_count, p.is_repeat, p.received_on,
        p.risk, p.emergency, p.extension_days, p.supervision_count
        """

    func page(_ q: CaseListQuery, on conn: PostgresConnection) async throws -> CaseListPage {
        let f = PostgresCaseListFilter(q)
        let limit = max(1, min(q.limit, 500))
        // The page of ids first (from an index where one covers the filter and the order), then its rows.
        let rows = try await self.rows(
            f.query("SELECT \(Self.caseListColumns) FROM petitions p JOIN (SELECT p.id AS pid FROM petitions p",
                    suffix: " ORDER BY \(f.orderBy) LIMIT \(limit) OFFSET \(max(0, q.offset))) AS page ON p.id = page.pid ORDER BY \(f.orderBy)"),
            on: conn
        ).map(Self.caseListRow)
        var total: Int?
        var capped = false
        if let cap = q.countLimit {
            let n = try await self.int(
                f.query("SELECT COUNT(*) FROM (SELECT 1 FROM petitions p", suffix: " LIMIT \(max(0, cap) + 1)) AS matches"), on: conn)
            total = min(n, cap)
            capped = n > cap
        }
        return CaseListPage(rows: rows, total: total, totalIsCapped: capped)
    }

    /// Counts per state, overdue and due soon: from `queue_counts` when the filter names only what that
    /// table holds, else counted over the petitions.
    func summary(_ q: CaseListQuery, today: LocalDate, soonThrough: LocalDate, on conn: PostgresConnection) async throws -> QueueSummary {
        var leading = PostgresBindings()
        leading.append(today.iso)
        leading.append(soonThrough.iso)
        let f = PostgresCaseListFilter(q, after: leading)
        let head = PostgresCaseListFilter.countsServe(q)
            ? """
            SELECT p.state, SUM(p.n)::BIGINT AS n, COALESCE(SUM(p.n) FILTER (WHERE p.step_due < $1), 0)::BIGINT AS overdue,
                COALESCE(SUM(p.n) FILTER (WHERE p.step_due >= $1 AND p.step_due <= $2), 0)::BIGINT AS soon
            FROM queue_counts p
            """
            : """
            SELECT p.state, COUNT(*) AS n, COUNT(*) FILTER (WHERE p.step_due < $1) AS overdue,
                COUNT(*) FILTER (WHERE p.step_due >= $1 AND p.step_due <= $2) AS soon
            FROM petitions p
            """
        var summary = QueueSummary()
        for row in try await self.rows(f.query(head, suffix: " GROUP BY p.state"), on: conn) {
            let n: Int = try row.get("n")
            guard let state = PetitionState(rawValue: try row.get("state")), n > 0 else { continue }
            summary.byState[state] = n
            summary.overdue += try row.get("overdue", as: Int.self)
            summary.dueSoon += try row.get("soon", as: Int.self)
        }
        return summary
    }

    /// A row selected with ``caseListColumns``.
    static func caseListRow(_ row: PostgresRandomAccessRow) throws -> CaseListRow {
        CaseListRow(
            id: try row.get("id"), number: try row.get("number"), title: try row.get("title"),
            categoryCode: try row.get("category_code"), localityUnitID: try row.get("locality_unit_id"),
            channel: Channel(rawValue: try row.get("channel")),
            state: PetitionState(rawValue: try row.get("state")),
            stepDue: try row.get("step_due", as: String?.self).flatMap(LocalDate.init(iso:)),
            responsibleUnitID: try row.get("responsible_unit_id"), peopleCount: try row.get("people_count"),
            isRepeat: try row.get("is_repeat"),
            receivedOn: LocalDate(iso: try row.get("received_on")),
            risk: try row.get("risk", as: String?.self).flatMap(RiskLevel.init(rawValue:)) ?? .none,
            emergency: try row.get("emergency"), extensionDays: try row.get("extension_days"),
            supervisionCount: try row.get("supervision_count"))
    }
}
