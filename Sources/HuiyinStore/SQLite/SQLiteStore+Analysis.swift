import Foundation
import GRDB
import HuiyinDomain

extension SQLiteStore: AnalysisStore {
    public func hotspotItems(receivedFrom from: LocalDate, through: LocalDate) async throws -> [HotspotItem] {
        try await pool.read { db in
            let cursor = try Row.fetchCursor(
                db,
                sql: """
                    SELECT id, number, title, substr(json_extract(registration, '$.content'), 1, 600) AS content,
                        COALESCE(json_extract(registration, '$.peopleCount'), 1) AS people,
                        substr(category_code, 1, 2) AS category, locality_unit_id, received_on,
                        COALESCE(NULLIF(json_extract(registration, '$.petitioners[0].idNumber'), ''),
                                 json_extract(registration, '$.petitioners[0].name'), '') AS petitioner
                    FROM petitions WHERE received_on >= ? AND received_on <= ?
                    """,
                arguments: [from.iso, through.iso])
            var items: [HotspotItem] = []
            while let row = try cursor.next() {
                guard let day = LocalDate(iso: row["received_on"]) else { continue }
                let title: String = row["title"]
                let content: String = row["content"] ?? ""
                let place: Int64 = row["locality_unit_id"]
                items.append(HotspotItem(id: row["id"], number: row["number"], title: title, text: title + "。" + content,
                                         category: row["category"], place: String(place), petitioner: row["petitioner"], receivedOn: day,
                                         people: row["people"]))
            }
            return items
        }
    }

    public func recordHotspotAlert(key: String, messages: [OutboxMessage], at: Date) async throws -> Bool {
        try await pool.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO hotspot_alerts (key, alerted_at) VALUES (?, ?)",
                           arguments: [key, at.timeIntervalSince1970])
            guard db.changesCount == 1 else { return false }
            for m in messages { try Self.insertOutbox(db, m) }
            return true
        }
    }

    public func registrations(ids: [Int64]) async throws -> [Int64: Registration] {
        try await pool.read { db in
            var out: [Int64: Registration] = [:]
            for start in stride(from: 0, to: ids.count, by: 500) {
                let chunk = Array(ids[start..<min(ids.count, start + 500)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                for row in try Row.fetchAll(db, sql: "SELECT id, registration FROM petitions WHERE id IN (\(marks))",
                                            arguments: StatementArguments(chunk)) {
                    out[row["id"]] = try JSONCoding.decode(Registration.self, row["registration"])
                }
            }
            return out
        }
    }

    public func levelSkippingCount(from: LocalDate, through: LocalDate) async throws -> Int {
        try await pool.read { db in
            try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(n), 0) FROM petition_day_counts WHERE day >= ? AND day <= ? AND level_skipping = 1",
                             arguments: [from.iso, through.iso]) ?? 0
        }
    }

    public func reportNote(period: String) async throws -> String? {
        try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT text FROM report_notes WHERE period = ?", arguments: [period])
        }
    }

    public func saveReportNote(period: String, text: String, by user: StaffUser.ID, at: Date) async throws {
        try await pool.write { db in
            try db.execute(sql: """
                INSERT INTO report_notes (period, text, updated_by, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(period) DO UPDATE SET text = excluded.text, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """, arguments: [period, text, user, at.timeIntervalSince1970])
        }
    }
}
