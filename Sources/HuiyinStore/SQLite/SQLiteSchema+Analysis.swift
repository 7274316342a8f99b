import GRDB

extension SQLiteSchema {
    /// Situation analysis: hotspot alerts raised (once per hotspot) and the reports' recommendations.
    static func registerAnalysis(_ m: inout DatabaseMigrator) {
        m.registerMigration("v7-analysis") { db in
            try db.execute(sql: """
                CREATE TABLE hotspot_alerts (key TEXT PRIMARY KEY, alerted_at REAL NOT NULL) WITHOUT ROWID;
                CREATE TABLE report_notes (
                    period TEXT PRIMARY KEY,
                    text TEXT NOT NULL,
                    updated_by INTEGER REFERENCES users(id),
                    updated_at REAL NOT NULL
                );
                """)
        }
        // Pre-aggregated counts behind the dashboard and the report (≤ 200 ms at 1M petitions): one row
        // per day × place × category × channel × purpose × head count (capped at 10) × repeat × 越级,
        // kept by triggers in the same transaction as every insert, change or delete of a petition.
        m.registerMigration("v7-petition-day-counts") { db in
            let key = "day, place, category, channel, purpose, people, is_repeat, level_skipping"
            func values(_ r: String) -> String {
                "\(r).received_on, \(r).locality_unit_id, substr(\(r).category_code, 1, 2), \(r).channel, \(r).purpose, "
                    + "min(\(r).people_count, \(peopleCap)), \(r).is_repeat, "
                    + "COALESCE(json_extract(\(r).registration, '$.flags.levelSkipping'), 0)"
            }
            func add(_ r: String, _ delta: Int) -> String {
                "INSERT INTO petition_day_counts (\(key), n) VALUES (\(values(r)), \(delta)) ON CONFLICT(\(key)) DO UPDATE SET n = n + (\(delta));"
            }
            try db.execute(sql: """
                CREATE TABLE petition_day_counts (
                    day TEXT NOT NULL, place INTEGER NOT NULL, category TEXT NOT NULL, channel TEXT NOT NULL, purpose TEXT NOT NULL,
                    people INTEGER NOT NULL, is_repeat INTEGER NOT NULL, level_skipping INTEGER NOT NULL, n INTEGER NOT NULL,
                    PRIMARY KEY (\(key))
                ) WITHOUT ROWID;
                INSERT INTO petition_day_counts (\(key), n)
                    SELECT \(values("p")), COUNT(*) FROM petitions p GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
                CREATE TRIGGER petition_day_counts_insert AFTER INSERT ON petitions BEGIN \(add("NEW", 1)) END;
                CREATE TRIGGER petition_day_counts_delete AFTER DELETE ON petitions BEGIN \(add("OLD", -1)) END;
                CREATE TRIGGER petition_day_counts_update
                    AFTER UPDATE OF received_on, locality_unit_id, category_code, channel, purpose, people_count, is_repeat, registration
                    ON petitions
                    WHEN OLD.received_on IS NOT NEW.received_on OR OLD.locality_unit_id IS NOT NEW.locality_unit_id
                        OR OLD.category_code IS NOT NEW.category_code OR OLD.channel IS NOT NEW.channel OR OLD.purpose IS NOT NEW.purpose
                        OR OLD.people_count IS NOT NEW.people_count OR OLD.is_repeat IS NOT NEW.is_repeat
                        OR json_extract(OLD.registration, '$.flags.levelSkipping') IS NOT json_extract(NEW.registration, '$.flags.levelSkipping')
                    BEGIN \(add("OLD", -1)) \(add("NEW", 1)) END;
                """)
        }
    }

    /// Head counts at or above this are kept together in `petition_day_counts` (collective thresholds
    /// up to it are answered from the counts).
    static let peopleCap = 10
}
