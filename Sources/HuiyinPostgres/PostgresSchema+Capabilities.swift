import HuiyinStore

extension PostgresSchema {
    /// Sessions, sign-in lock-out and the audit log (SQLite: `v2-sessions-audit`).
    static let web: [PostgresMigration] = [
        PostgresMigration(name: "v2-sessions-audit", statements: [
            """
            CREATE TABLE sessions (
                token_hash TEXT PRIMARY KEY,
                user_id BIGINT NOT NULL REFERENCES users(id),
                csrf TEXT NOT NULL,
                created_at DOUBLE PRECISION NOT NULL,
                expires_at DOUBLE PRECISION NOT NULL
            )
            """,
            "CREATE INDEX sessions_user ON sessions(user_id)",
            "ALTER TABLE users ADD COLUMN failed_logins BIGINT NOT NULL DEFAULT 0",
            "ALTER TABLE users ADD COLUMN locked_until DOUBLE PRECISION",
            """
            CREATE TABLE audit_log (
                id BIGSERIAL PRIMARY KEY,
                at DOUBLE PRECISION NOT NULL,
                user_id BIGINT,
                username TEXT NOT NULL,
                action TEXT NOT NULL,
                petition_id BIGINT,
                detail TEXT NOT NULL DEFAULT ''
            )
            """,
            "CREATE INDEX audit_log_petition ON audit_log(petition_id) WHERE petition_id IS NOT NULL",
            "CREATE INDEX audit_log_at ON audit_log(at)",
        ]),
    ]

    /// Document templates, seeded with the default text of every kind (SQLite: `v3-document-templates`).
    static var templates: [PostgresMigration] {
        [PostgresMigration(
            name: "v3-document-templates",
            statements: [
                """
                CREATE TABLE document_templates (
                    kind TEXT PRIMARY KEY,
                    body TEXT NOT NULL,
                    updated_at DOUBLE PRECISION,
                    updated_by TEXT
                )
                """,
            ],
            seeds: DocumentKind.allCases.map {
                (sql: "INSERT INTO document_templates (kind, body) VALUES ($1, $2)",
                 arguments: [$0.rawValue, DocumentTemplate.defaultBody(for: $0)])
            })]
    }

    /// Indexes for the workbench queues and the case list (SQLite: `v3-queue-indexes`).
    static let queue: [PostgresMigration] = [
        PostgresMigration(name: "v3-queue-indexes", statements: [
            """
            CREATE INDEX petitions_queue_unit ON petitions(responsible_unit_id, state, step_due)
                WHERE responsible_unit_id IS NOT NULL
            """,
            "CREATE INDEX petitions_registered_unit ON petitions(registered_unit_id, registered_at, id, state, step_due)",
            "CREATE INDEX petitions_due_order ON petitions((coalesce(step_due, '9999-12-31')))",
            "CREATE INDEX petition_units_petition ON petition_units(petition_id, unit_id)",
            "CREATE INDEX petitions_list ON petitions(state, category_code, channel, received_at, step_due, responsible_unit_id)",
        ]),
    ]

    /// The petitioner's portal: attachment metadata (SQLite: `v4-portal-attachments`).
    static let portal: [PostgresMigration] = [
        PostgresMigration(name: "v4-portal-attachments", statements: [
            """
            CREATE TABLE attachments (
                petition_id BIGINT NOT NULL REFERENCES petitions(id),
                position BIGINT NOT NULL,
                file_name TEXT NOT NULL,
                type TEXT NOT NULL,
                size BIGINT NOT NULL,
                stored_name TEXT NOT NULL,
                created_at DOUBLE PRECISION NOT NULL,
                PRIMARY KEY (petition_id, position)
            )
            """,
            "CREATE INDEX history_ratings ON history(at) WHERE action = 'rate'",
        ]),
    ]
}

extension PostgresSchema {
    /// Steps PostgreSQL has and SQLite does not (named `pg-…`). Attachment bytes live in the database,
    /// so that every instance behind the load balancer serves every file (SQLite keeps them in files
    /// beside the database).
    static let postgresOnly: [PostgresMigration] = [
        PostgresMigration(name: "pg-attachment-bytes", statements: [
            """
            CREATE TABLE attachment_bytes (
                petition_id BIGINT NOT NULL,
                position BIGINT NOT NULL,
                bytes BYTEA NOT NULL,
                PRIMARY KEY (petition_id, position),
                FOREIGN KEY (petition_id, position) REFERENCES attachments(petition_id, position)
            )
            """,
        ]),
    ]
}
