import GRDB

extension SQLiteSchema {
    /// What keeps the staff pages cheap at 100k petitions (docs/performance.md):
    ///
    /// - The four flags a case-list row shows (risk, emergency, extension, supervision) as plain columns,
    ///   so a 50-row page does not parse 100 JSON documents. Triggers keep them equal to the JSON, whoever
    ///   writes the row.
    /// - `queue_counts`: how many petitions each unit owes per state and due date, kept by triggers in the
    ///   same transaction as every change, so the counts at the top of a queue add up a few dozen rows
    ///   instead of counting thousands of petitions on every request.
    static func registerPerformance(_ m: inout DatabaseMigrator) {
        m.registerMigration("v8-list-flags") { db in
            try db.execute(sql: """
                ALTER TABLE petitions ADD COLUMN risk TEXT;
                ALTER TABLE petitions ADD COLUMN emergency INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE petitions ADD COLUMN extension_days INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE petitions ADD COLUMN supervision_count INTEGER NOT NULL DEFAULT 0;
                \(listFlagsUpdate("petitions.id"));
                CREATE TRIGGER petitions_list_flags_insert AFTER INSERT ON petitions BEGIN
                    \(listFlagsUpdate("new.id"));
                END;
                CREATE TRIGGER petitions_list_flags_update AFTER UPDATE OF registration, status ON petitions BEGIN
                    \(listFlagsUpdate("new.id"));
                END;
                """)
        }
        m.registerMigration("v8-queue-counts") { db in
            try db.execute(sql: """
                CREATE TABLE queue_counts (
                    responsible_unit_id INTEGER,
                    state TEXT NOT NULL,
                    step_due TEXT,
                    n INTEGER NOT NULL
                );
                CREATE INDEX queue_counts_key ON queue_counts(responsible_unit_id, state, step_due);
                CREATE INDEX queue_counts_state ON queue_counts(state, step_due);
                INSERT INTO queue_counts (responsible_unit_id, state, step_due, n)
                    SELECT responsible_unit_id, state, step_due, COUNT(*) FROM petitions GROUP BY 1, 2, 3;
                CREATE TRIGGER queue_counts_insert AFTER INSERT ON petitions BEGIN
                    \(countUp("new"))
                END;
                CREATE TRIGGER queue_counts_delete AFTER DELETE ON petitions BEGIN
                    \(countDown("old"))
                END;
                CREATE TRIGGER queue_counts_update AFTER UPDATE OF responsible_unit_id, state, step_due ON petitions
                    WHEN old.responsible_unit_id IS NOT new.responsible_unit_id OR old.state IS NOT new.state
                        OR old.step_due IS NOT new.step_due
                BEGIN
                    \(countDown("old"))
                    \(countUp("new"))
                END;
                """)
        }
    }

    /// Copies the list flags of petition `id` out of its JSON columns.
    private static func listFlagsUpdate(_ id: String) -> String {
        """
        UPDATE petitions SET
            risk = json_extract(registration, '$.flags.risk'),
            emergency = ifnull(json_extract(registration, '$.flags.emergency'), 0),
            extension_days = ifnull(json_extract(status, '$.extensionDays'), 0),
            supervision_count = ifnull(json_extract(status, '$.supervisionCount'), 0)
        WHERE id = \(id)
        """
    }

    /// The `queue_counts` row of the petition as `row` (`new` or `old`) has it.
    private static func key(_ row: String) -> String {
        "responsible_unit_id IS \(row).responsible_unit_id AND state = \(row).state AND step_due IS \(row).step_due"
    }

    private static func countUp(_ row: String) -> String {
        """
        INSERT INTO queue_counts (responsible_unit_id, state, step_due, n)
            SELECT \(row).responsible_unit_id, \(row).state, \(row).step_due, 0
            WHERE NOT EXISTS (SELECT 1 FROM queue_counts WHERE \(key(row)));
        UPDATE queue_counts SET n = n + 1 WHERE \(key(row));
        """
    }

    private static func countDown(_ row: String) -> String {
        """
        UPDATE queue_counts SET n = n - 1 WHERE \(key(row));
        DELETE FROM queue_counts WHERE \(key(row)) AND n <= 0;
        """
    }
}
