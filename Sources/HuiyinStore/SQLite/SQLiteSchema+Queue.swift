import GRDB

extension SQLiteSchema {
    /// Indexes for the workbench queues and the case list, so that each page is an index range scan
    /// (checked with `EXPLAIN QUERY PLAN` in the workbench tests and on 100k petitions by hand).
    static func registerQueue(_ m: inout DatabaseMigrator) {
        m.registerMigration("v3-queue-indexes") { db in
            try db.execute(sql: """
                -- A unit's queue and its counts per state: (unit, state) equality, in due order, covering.
                CREATE INDEX petitions_queue_unit ON petitions(responsible_unit_id, state, step_due)
                    WHERE responsible_unit_id IS NOT NULL;
                -- A registrar's recent work: newest first within the unit; covering for counts per state.
                CREATE INDEX petitions_registered_unit ON petitions(registered_unit_id, registered_at, id, state, step_due);
                -- The case list in due order, finished cases (no due date) last.
                CREATE INDEX petitions_due_order ON petitions(ifnull(step_due, '9999-12-31'));
                -- The case list's filters and counts without visiting the (large) table rows.
                -- A wide jurisdiction checked petition by petition.
                CREATE INDEX petition_units_petition ON petition_units(petition_id, unit_id);
                CREATE INDEX petitions_list ON petitions(state, category_code, channel, received_at, step_due, responsible_unit_id);
                """)
        }
    }
}
