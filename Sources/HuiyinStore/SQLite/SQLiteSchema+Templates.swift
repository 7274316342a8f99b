import Foundation
import GRDB

extension SQLiteSchema {
    /// Document templates (文书模板), seeded with the default text of every kind.
    static func registerTemplates(_ m: inout DatabaseMigrator) {
        m.registerMigration("v3-document-templates") { db in
            try db.execute(sql: """
                CREATE TABLE document_templates (
                    kind TEXT PRIMARY KEY,
                    body TEXT NOT NULL,
                    updated_at REAL,
                    updated_by TEXT
                );
                """)
            for kind in DocumentKind.allCases {
                try db.execute(sql: "INSERT INTO document_templates (kind, body) VALUES (?, ?)",
                               arguments: [kind.rawValue, DocumentTemplate.defaultBody(for: kind)])
            }
        }
    }
}
