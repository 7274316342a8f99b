import GRDB

extension SQLiteSchema {
    /// Sessions, sign-in lock-out and the audit log of the staff web application.
    static func registerWeb(_ m: inout DatabaseMigrator) {
        m.registerMigration("v2-sessions-audit") { db in
            try db.execute(sql: """
                CREATE TABLE sessions (
                    token_hash TEXT PRIMARY KEY,
                    user_id INTEGER NOT NULL REFERENCES users(id),
                    csrf TEXT NOT NULL,
                    created_at REAL NOT NULL,
                    expires_at REAL NOT NULL
                );
                CREATE INDEX sessions_user ON sessions(user_id);
                ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE users ADD COLUMN locked_until REAL;
                CREATE TABLE audit_log (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at REAL NOT NULL,
                    user_id INTEGER,
                    username TEXT NOT NULL,
                    action TEXT NOT NULL,
                    petition_id INTEGER,
                    detail TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX audit_log_petition ON audit_log(petition_id) WHERE petition_id IS NOT NULL;
                CREATE INDEX audit_log_at ON audit_log(at);
                """)
        }
    }
}
