import GRDB

/// The SQLite schema as named, ordered migrations (GRDB's `DatabaseMigrator`). Each capability adds
/// its migrations in its own `SQLiteSchema+<Capability>.swift` and one line to ``migrator``.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        registerFoundation(&m)
        registerWeb(&m)
        registerTemplates(&m)
        registerQueue(&m)
        registerPortal(&m)
        registerSupervision(&m)
        registerAnalysis(&m)
        registerPerformance(&m)
        registerText(&m)
        registerIndicators(&m)
        registerSearchTrigrams(&m)
        registerRiskTier(&m)
        return m
    }

    static func registerFoundation(_ m: inout DatabaseMigrator) {
        m.registerMigration("v1-organisation") { db in
            try db.execute(sql: """
                CREATE TABLE units (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    code TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    parent_id INTEGER REFERENCES units(id),
                    review_body_id INTEGER REFERENCES units(id)
                );
                CREATE TABLE users (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    username TEXT NOT NULL UNIQUE,
                    display_name TEXT NOT NULL,
                    role TEXT NOT NULL,
                    unit_id INTEGER NOT NULL REFERENCES units(id),
                    password_hash TEXT NOT NULL,
                    active INTEGER NOT NULL DEFAULT 1,
                    created_at REAL NOT NULL DEFAULT 0
                );
                CREATE TABLE api_tokens (
                    token_hash TEXT PRIMARY KEY,
                    user_id INTEGER NOT NULL REFERENCES users(id),
                    expires_at REAL NOT NULL
                );
                CREATE TABLE calendar_years (year INTEGER PRIMARY KEY, data TEXT NOT NULL);
                CREATE TABLE rule_table (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL);
                """)
        }
        m.registerMigration("v1-petitions") { db in
            try db.execute(sql: """
                CREATE TABLE number_sequences (year INTEGER PRIMARY KEY, last INTEGER NOT NULL);
                CREATE TABLE matters (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    created_at REAL NOT NULL,
                    is_final INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE petitions (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    number TEXT NOT NULL UNIQUE,
                    query_code TEXT NOT NULL,
                    matter_id INTEGER NOT NULL REFERENCES matters(id),
                    channel TEXT NOT NULL,
                    purpose TEXT NOT NULL,
                    category_code TEXT NOT NULL,
                    locality_unit_id INTEGER NOT NULL,
                    people_count INTEGER NOT NULL,
                    title TEXT NOT NULL,
                    received_at REAL NOT NULL,
                    received_on TEXT NOT NULL,
                    registered_at REAL NOT NULL,
                    registered_by INTEGER,
                    registered_unit_id INTEGER NOT NULL,
                    is_repeat INTEGER NOT NULL DEFAULT 0,
                    registration TEXT NOT NULL,
                    state TEXT NOT NULL,
                    responsible_unit_id INTEGER,
                    step_due TEXT,
                    status TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    updated_at REAL NOT NULL
                );
                CREATE INDEX petitions_due ON petitions(step_due) WHERE step_due IS NOT NULL;
                CREATE INDEX petitions_state_due ON petitions(state, step_due);
                CREATE INDEX petitions_responsible ON petitions(responsible_unit_id, step_due);
                CREATE INDEX petitions_received ON petitions(received_at);
                CREATE INDEX petitions_matter ON petitions(matter_id);
                CREATE INDEX petitions_category ON petitions(category_code);
                CREATE TABLE petition_units (
                    petition_id INTEGER NOT NULL REFERENCES petitions(id),
                    unit_id INTEGER NOT NULL,
                    PRIMARY KEY (unit_id, petition_id)
                ) WITHOUT ROWID;
                CREATE TABLE petitioners (
                    petition_id INTEGER NOT NULL REFERENCES petitions(id),
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    id_number TEXT,
                    phone TEXT,
                    PRIMARY KEY (petition_id, position)
                );
                CREATE INDEX petitioners_id_number ON petitioners(id_number) WHERE id_number IS NOT NULL;
                CREATE INDEX petitioners_phone ON petitioners(phone) WHERE phone IS NOT NULL;
                CREATE TABLE history (
                    petition_id INTEGER NOT NULL REFERENCES petitions(id),
                    seq INTEGER NOT NULL,
                    at REAL NOT NULL,
                    actor_kind TEXT NOT NULL,
                    actor_user_id INTEGER,
                    actor_name TEXT NOT NULL,
                    actor_role TEXT,
                    actor_unit_id INTEGER,
                    actor_unit_name TEXT,
                    action TEXT NOT NULL,
                    event TEXT NOT NULL,
                    notice TEXT,
                    PRIMARY KEY (petition_id, seq)
                );
                -- The history is append-only: the database itself refuses edits and deletions.
                CREATE TRIGGER history_no_update BEFORE UPDATE ON history
                    BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
                CREATE TRIGGER history_no_delete BEFORE DELETE ON history
                    BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
                """)
        }
    }
}
