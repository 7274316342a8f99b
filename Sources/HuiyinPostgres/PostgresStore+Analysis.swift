import Foundation
import HuiyinDomain
import HuiyinStore
import PostgresNIO

extension PostgresStore: AnalysisStore {
    public func hotspotItems(receivedFrom from: LocalDate, through: LocalDate) async throws -> [HotspotItem] {
        try await withConnection { conn in
            try await self.rows("""
                SELECT p.id, p.number, p.title, substr(r.doc ->> 'content', 1, 600) AS content,
                    COALESCE((r.doc ->> 'peopleCount')::bigint, 1) AS people,
                    substr(p.category_code, 1, 2) AS category, p.locality_unit_id, p.received_on,
                    COALESCE(NULLIF(r.doc #>> '{petitioners,0,idNumber}', ''), r.doc #>> '{petitioners,0,name}', '') AS petitioner
                FROM petitions p CROSS JOIN LATERAL (SELECT p.registration::jsonb AS doc) r
                WHERE p.received_on >= \(from.iso) AND p.received_on <= \(through.iso)
                ORDER BY p.id
                """, on: conn).compactMap { row in
                guard let day = LocalDate(iso: try row.get("received_on")) else { return nil }
                let title: String = try row.get("title")
                let content = try row.get("content", as: String?.self) ?? ""
                let place: Int64 = try row.get("locality_unit_id")
                return HotspotItem(id: try row.get("id"), number: try row.get("number"), title: title,
                                   text: title + "。" + content, category: try row.get("category"),
                                   place: String(place), petitioner: try row.get("petitioner"), receivedOn: day,
                                   people: Int(try row.get("people", as: Int64.self)))
            }
        }
    }

    public func recordHotspotAlert(key: String, messages: [OutboxMessage], at: Date) async throws -> Bool {
        try await transaction { conn in
            // Instances racing to alert the same hotspot: the primary key lets exactly one insert the row.
            let inserted = try await self.rows("""
                INSERT INTO hotspot_alerts (key, alerted_at) VALUES (\(key), \(at.timeIntervalSince1970))
                ON CONFLICT (key) DO NOTHING RETURNING 1
                """, on: conn).count == 1
            guard inserted else { return false }
            for m in messages { try await self.insertOutbox(m, on: conn) }
            return true
        }
    }

    public func registrations(ids: [Int64]) async throws -> [Int64: Registration] {
        guard !ids.isEmpty else { return [:] }
        return try await withConnection { conn in
            var out: [Int64: Registration] = [:]
            for row in try await self.rows("SELECT id, registration FROM petitions WHERE id = ANY(\(ids))", on: conn) {
                out[try row.get("id")] = try JSONCoding.decode(Registration.self, try row.get("registration"))
            }
            return out
        }
    }

    public func levelSkippingCount(from: LocalDate, through: LocalDate) async throws -> Int {
        try await withConnection { conn in
            try await self.int("""
                SELECT COALESCE(SUM(n), 0)::BIGINT FROM petition_day_counts
                WHERE day >= \(from.iso) AND day <= \(through.iso) AND level_skipping
                """, on: conn)
        }
    }

    public func reportNote(period: String) async throws -> String? {
        try await withConnection { conn in
            try await self.row("SELECT text FROM report_notes WHERE period = \(period)", on: conn).map { try $0.get("text") }
        }
    }

    public func saveReportNote(period: String, text: String, by user: StaffUser.ID, at: Date) async throws {
        try await withConnection { conn in
            try await self.execute("""
                INSERT INTO report_notes (period, text, updated_by, updated_at) VALUES (\(period), \(text), \(user), \(at.timeIntervalSince1970))
                ON CONFLICT (period) DO UPDATE SET text = excluded.text, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """, on: conn)
        }
    }
}
