extension PostgresSchema {
    /// Supervision: the job lease, deadline warnings, the outbox, the backlog ledger and its settings
    /// (SQLite: `v5-supervision`).
    static let supervision: [PostgresMigration] = [
        PostgresMigration(name: "v5-supervision", statements: [
            """
            CREATE TABLE job_leases (
                name TEXT PRIMARY KEY,
                holder TEXT,
                lease_until DOUBLE PRECISION NOT NULL DEFAULT 0,
                done_period TEXT NOT NULL DEFAULT ''
            )
            """,
            """
            CREATE TABLE deadline_warnings (
                petition_id BIGINT NOT NULL REFERENCES petitions(id),
                state TEXT NOT NULL,
                due TEXT NOT NULL,
                level TEXT NOT NULL,
                recorded_at DOUBLE PRECISION NOT NULL,
                PRIMARY KEY (petition_id, state, due, level)
            )
            """,
            """
            CREATE TABLE outbox (
                id BIGSERIAL PRIMARY KEY,
                created_at DOUBLE PRECISION NOT NULL,
                recipient_kind TEXT NOT NULL,
                recipient_id BIGINT NOT NULL,
                recipient_name TEXT NOT NULL,
                petition_id BIGINT,
                subject TEXT NOT NULL,
                body TEXT NOT NULL,
                sent_at DOUBLE PRECISION,
                attempts BIGINT NOT NULL DEFAULT 0,
                last_error TEXT
            )
            """,
            "CREATE INDEX outbox_pending ON outbox(id) WHERE sent_at IS NULL",
            """
            CREATE TABLE backlog_cases (
                id BIGSERIAL PRIMARY KEY,
                matter_id BIGINT NOT NULL UNIQUE REFERENCES matters(id),
                petition_id BIGINT NOT NULL REFERENCES petitions(id),
                reasons TEXT NOT NULL,
                entered_on TEXT NOT NULL,
                owner_user_id BIGINT REFERENCES users(id),
                owned_since TEXT,
                plan TEXT NOT NULL DEFAULT '',
                conditions TEXT NOT NULL DEFAULT '[]',
                signed_off_on TEXT,
                signed_off_by BIGINT REFERENCES users(id)
            )
            """,
            """
            CREATE TABLE backlog_progress (
                backlog_id BIGINT NOT NULL REFERENCES backlog_cases(id),
                seq BIGINT NOT NULL,
                at DOUBLE PRECISION NOT NULL,
                author_name TEXT NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (backlog_id, seq)
            )
            """,
            "CREATE TABLE supervision_settings (id BIGINT PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL)",
            "CREATE INDEX history_supervision ON history(action) WHERE action IN ('supervise', 'reportProgress')",
            "CREATE INDEX petitions_received_on ON petitions(received_on)",
        ]),
    ]
}
