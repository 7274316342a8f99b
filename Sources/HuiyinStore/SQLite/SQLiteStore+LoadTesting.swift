import Foundation
import GRDB

extension SQLiteStore {
    /// Enlarges a demo database to `target` petitions by copying the existing ones (with their
    /// history, petitioners and units) under new numbers and matters, for load tests and benchmarks.
    /// Never for production data. Returns the number of petitions afterwards.
    public func enlargeForLoadTesting(to target: Int, progress: (@Sendable (Int) -> Void)? = nil) async throws -> Int {
        var count = try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM petitions") ?? 0 }
        guard count > 0 else { return 0 }
        let originals = count
        while count < target {
            let batch = min(10_000, target - count)
            let start = count
            try await pool.write { db in
                let maxID = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM petitions") ?? 0
                let maxMatter = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM matters") ?? 0
                // Row n of this batch copies the original numbered n mod originals (copy_source, in id order),
                // as id maxID + n + 1 in a matter of its own.
                try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS copy_source (k INTEGER PRIMARY KEY, old_id INTEGER NOT NULL)")
                try db.execute(sql: "DELETE FROM copy_source")
                try db.execute(sql: """
                    INSERT INTO copy_source (k, old_id)
                    SELECT row_number() OVER (ORDER BY id) - 1, id FROM (SELECT id FROM petitions ORDER BY id LIMIT ?)
                    """, arguments: [originals])
                try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS copy_map (new_id INTEGER PRIMARY KEY, old_id INTEGER, new_matter INTEGER)")
                try db.execute(sql: "DELETE FROM copy_map")
                try db.execute(sql: """
                    WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n + 1 < ?)
                    INSERT INTO copy_map (new_id, old_id, new_matter)
                    SELECT ? + n + 1, s.old_id, ? + n + 1 FROM k JOIN copy_source s ON s.k = k.n % ?
                    """, arguments: [batch, maxID, maxMatter, originals])
                try db.execute(sql: "INSERT INTO matters (id, created_at, is_final) SELECT new_matter, 0, 0 FROM copy_map")
                try db.execute(sql: """
                    INSERT INTO petitions (id, number, query_code, matter_id, channel, purpose, category_code, locality_unit_id,
                        people_count, title, received_at, received_on, registered_at, registered_by, registered_unit_id, is_repeat,
                        registration, state, responsible_unit_id, step_due, status, version, updated_at)
                    SELECT m.new_id, 'XF-LT-' || printf('%07d', m.new_id), p.query_code, m.new_matter, p.channel, p.purpose,
                        p.category_code, p.locality_unit_id, p.people_count, p.title, p.received_at, p.received_on, p.registered_at,
                        p.registered_by, p.registered_unit_id, p.is_repeat, p.registration, p.state, p.responsible_unit_id,
                        p.step_due, p.status, p.version, p.updated_at
                    FROM copy_map m JOIN petitions p ON p.id = m.old_id
                    """)
                try db.execute(sql: """
                    INSERT INTO history (petition_id, seq, at, actor_kind, actor_user_id, actor_name, actor_role, actor_unit_id,
                        actor_unit_name, action, event, notice)
                    SELECT m.new_id, h.seq, h.at, h.actor_kind, h.actor_user_id, h.actor_name, h.actor_role,
                        h.actor_unit_id, h.actor_unit_name, h.action, h.event, h.notice
                    FROM copy_map m JOIN history h ON h.petition_id = m.old_id
                    """)
                try db.execute(sql: """
                    INSERT INTO petition_units (petition_id, unit_id) SELECT m.new_id, u.unit_id FROM copy_map m JOIN petition_units u ON u.petition_id = m.old_id
                    """)
                try db.execute(sql: """
                    INSERT INTO petitioners (petition_id, position, name, id_number, phone) SELECT m.new_id, x.position, x.name, x.id_number, x.phone
                    FROM copy_map m JOIN petitioners x ON x.petition_id = m.old_id
                    """)
            }
            count = start + batch
            progress?(count)
        }
        try await pool.write { db in try db.execute(sql: "ANALYZE") }
        return count
    }
}
