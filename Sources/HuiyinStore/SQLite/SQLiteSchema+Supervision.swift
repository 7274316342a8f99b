import GRDB

extension SQLiteSchema {
    /// Supervision: the job lease, deadline-warning bookkeeping, the outbox, the backlog ledger and the
    /// ledger's settings.
    static func registerSupervision(_ m: inout DatabaseMigrator) {
        m.registerMigration("v5-supervision") { db in
            try db.execute(sql: """
                -- One row per background job. An instance runs a period only after claiming the row with a
                -- conditional UPDATE (plain SQL, so the same works on PostgreSQL).
                CREATE TABLE job_leases (
                    name TEXT PRIMARY KEY,
                    holder TEXT,
                    lease_until REAL NOT NULL DEFAULT 0,
                    done_period TEXT NOT NULL DEFAULT ''
                );
                -- Each level of warning is given once per step (a step is its state and due date).
                CREATE TABLE deadline_warnings (
                    petition_id INTEGER NOT NULL REFERENCES petitions(id),
                    state TEXT NOT NULL,
                    due TEXT NOT NULL,
                    level TEXT NOT NULL,
                    recorded_at REAL NOT NULL,
                    PRIMARY KEY (petition_id, state, due, level)
                ) WITHOUT ROWID;
                CREATE TABLE outbox (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    created_at REAL NOT NULL,
                    recipient_kind TEXT NOT NULL,
                    recipient_id INTEGER NOT NULL,
                    recipient_name TEXT NOT NULL,
                    petition_id INTEGER,
                    subject TEXT NOT NULL,
                    body TEXT NOT NULL,
                    sent_at REAL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    last_error TEXT
                );
                CREATE INDEX outbox_pending ON outbox(id) WHERE sent_at IS NULL;
                CREATE TABLE backlog_cases (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    matter_id INTEGER NOT NULL UNIQUE REFERENCES matters(id),
                    petition_id INTEGER NOT NULL REFERENCES petitions(id),
                    reasons TEXT NOT NULL,
                    entered_on TEXT NOT NULL,
                    owner_user_id INTEGER REFERENCES users(id),
                    owned_since TEXT,
                    plan TEXT NOT NULL DEFAULT '',
                    conditions TEXT NOT NULL DEFAULT '[]',
                    signed_off_on TEXT,
                    signed_off_by INTEGER REFERENCES users(id)
                );
                CREATE TABLE backlog_progress (
                    backlog_id INTEGER NOT NULL REFERENCES backlog_cases(id),
                    seq INTEGER NOT NULL,
                    at REAL NOT NULL,
                    author_name TEXT NOT NULL,
                    text TEXT NOT NULL,
                    PRIMARY KEY (backlog_id, seq)
                );
                CREATE TABLE supervision_settings (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL);
                CREATE INDEX history_supervision ON history(action) WHERE action IN ('supervise', 'reportProgress');
                CREATE INDEX petitions_received_on ON petitions(received_on);
                """)
        }
    }
}
