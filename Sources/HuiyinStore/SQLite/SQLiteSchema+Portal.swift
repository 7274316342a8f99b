import GRDB

extension SQLiteSchema {
    /// The petitioner's portal: attachment metadata (the bytes are files beside the database) and an
    /// index so that the supervisor's list of dissatisfied ratings does not scan the history.
    static func registerPortal(_ m: inout DatabaseMigrator) {
        m.registerMigration("v4-portal-attachments") { db in
            try db.execute(sql: """
                CREATE TABLE attachments (
                    petition_id INTEGER NOT NULL REFERENCES petitions(id),
                    position INTEGER NOT NULL,
                    file_name TEXT NOT NULL,
                    type TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    stored_name TEXT NOT NULL,
                    created_at REAL NOT NULL,
                    PRIMARY KEY (petition_id, position)
                );
                CREATE INDEX history_ratings ON history(at) WHERE action = 'rate';
                """)
        }
    }
}
