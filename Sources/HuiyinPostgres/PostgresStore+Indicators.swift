import Foundation
import HuiyinDomain
import HuiyinStore
import PostgresNIO

/// The reads of ``SupervisionStore`` behind supervision orders, indicators and the dashboard.
extension PostgresStore {
    public func supervisionOrders() async throws -> [SupervisionOrder] {
        let rows = try await withConnection { conn in
            try await self.rows("""
                SELECT h.petition_id, h.seq, h.at, h.event, p.status
                FROM history h JOIN petitions p ON p.id = h.petition_id
                WHERE h.action IN ('supervise', 'reportProgress')
                ORDER BY h.petition_id, h.seq
                """, on: conn)
        }
        var orders: [SupervisionOrder] = []
        var i = 0
        while i < rows.count {
            let pid: Int64 = try rows[i].get("petition_id")
            let status = try JSONCoding.decode(PetitionStatus.self, try rows[i].get("status"))
            var entries: [(sequence: Int, day: LocalDate, event: LifecycleEvent)] = []
            while i < rows.count, try rows[i].get("petition_id", as: Int64.self) == pid {
                entries.append((try rows[i].get("seq"), LocalDate.inChina(try rows[i].date("at")),
                                try JSONCoding.decode(LifecycleEvent.self, try rows[i].get("event"))))
                i += 1
            }
            orders += SupervisionOrder.orders(petitionID: pid, history: entries, handlingUnitID: status.handlingUnitID)
        }
        return SupervisionOrder.inIssueOrder(orders)
    }

    public func dissatisfiedRows(limit: Int) async throws -> [CaseListRow] {
        try await withConnection { conn in
            try await self.rows("""
                SELECT \(unescaped: Self.caseListColumns) FROM petitions p
                WHERE p.status::jsonb ->> 'handlingRating' = 'dissatisfied' OR p.status::jsonb ->> 'acceptanceRating' = 'dissatisfied'
                ORDER BY p.updated_at DESC, p.id DESC LIMIT \(max(0, limit))
                """, on: conn).map(Self.caseListRow)
        }
    }

    public func caseRows(ids: [Int64]) async throws -> [CaseListRow] {
        guard !ids.isEmpty else { return [] }
        let rows = try await withConnection { conn in
            try await self.rows("SELECT \(unescaped: Self.caseListColumns) FROM petitions p WHERE p.id = ANY(\(ids))", on: conn)
                .map(Self.caseListRow)
        }
        let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return ids.compactMap { byID[$0] }
    }

    public func indicatorFacts(receivedFrom from: LocalDate, through: LocalDate,
                               configuration: CountyConfiguration) async throws -> [IndicatorFact] {
        let bureau = configuration.units.petitionBureau?.id ?? 0
        let rows = try await withConnection { conn in
            try await self.rows("""
                SELECT id, matter_id, is_repeat, received_on, status FROM petitions
                WHERE received_on >= \(from.iso) AND received_on <= \(through.iso)
                ORDER BY received_on, id
                """, on: conn)
        }
        return try rows.compactMap { row in
            guard let received = LocalDate(iso: try row.get("received_on")) else { return nil }
            let status = try JSONCoding.decode(PetitionStatus.self, try row.get("status"))
            return IndicatorFact(id: try row.get("id"), matterID: try row.get("matter_id"), isRepeat: try row.get("is_repeat"),
                                 receivedOn: received, status: status, calendar: configuration.calendar,
                                 rules: configuration.rules, bureauID: bureau)
        }
    }

    /// Added up from `petition_day_counts` (kept by a trigger, `v7-petition-day-counts`), as SQLite does;
    /// keys are ordered byte-wise (`COLLATE "C"`), as SQLite orders them.
    public func petitionCounts(by dimension: PetitionDimension, from: LocalDate, through: LocalDate) async throws -> [(key: String, count: Int)] {
        let key = switch dimension {
        case .month: "substr(day, 1, 7)"
        case .channel: "channel"
        case .category: "category"
        case .place: "place::TEXT"
        case .purpose: "purpose"
        }
        let order = dimension == .month ? "\(key) COLLATE \"C\"" : "total DESC, \(key) COLLATE \"C\""
        return try await withConnection { conn in
            try await self.rows("""
                SELECT \(unescaped: key) AS k, SUM(n)::BIGINT AS total FROM petition_day_counts
                WHERE day >= \(from.iso) AND day <= \(through.iso)
                GROUP BY 1 HAVING SUM(n) > 0 ORDER BY \(unescaped: order)
                """, on: conn).map { (key: try $0.get("k", as: String?.self) ?? "", count: try $0.get("total", as: Int.self)) }
        }
    }

    public func petitionTotals(from: LocalDate, through: LocalDate, collectiveThreshold: Int) async throws -> (total: Int, collective: Int, repeats: Int) {
        try await withConnection { conn in
            // The counts cap head counts at `peopleCap`; a higher threshold is answered from the petitions.
            let row = collectiveThreshold <= PostgresSchema.peopleCap
                ? try await self.row("""
                    SELECT COALESCE(SUM(n), 0)::BIGINT AS n, COALESCE(SUM(n) FILTER (WHERE people >= \(collectiveThreshold)), 0)::BIGINT AS c,
                        COALESCE(SUM(n) FILTER (WHERE is_repeat), 0)::BIGINT AS r
                    FROM petition_day_counts WHERE day >= \(from.iso) AND day <= \(through.iso)
                    """, on: conn)
                : try await self.row("""
                    SELECT COUNT(*) AS n, COUNT(*) FILTER (WHERE people_count >= \(collectiveThreshold)) AS c,
                        COUNT(*) FILTER (WHERE is_repeat) AS r
                    FROM petitions WHERE received_on >= \(from.iso) AND received_on <= \(through.iso)
                    """, on: conn)
            guard let row else { return (0, 0, 0) }
            return (try row.get("n"), try row.get("c"), try row.get("r"))
        }
    }
}
