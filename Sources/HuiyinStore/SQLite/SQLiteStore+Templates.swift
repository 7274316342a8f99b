import Foundation
import GRDB

extension SQLiteStore: TemplateStore {
    public func documentTemplates() async throws -> [DocumentTemplate] {
        let all = try await pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM document_templates").compactMap(Self.template) }
        return DocumentKind.allCases.compactMap { kind in all.first { $0.kind == kind } }
    }

    public func documentTemplate(kind: DocumentKind) async throws -> DocumentTemplate? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM document_templates WHERE kind = ?", arguments: [kind.rawValue]).flatMap(Self.template)
        }
    }

    public func saveDocumentTemplate(_ t: DocumentTemplate) async throws {
        try await pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO document_templates (kind, body, updated_at, updated_by) VALUES (?, ?, ?, ?)
                    ON CONFLICT(kind) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                    """,
                arguments: [t.kind.rawValue, t.body, t.updatedAt?.timeIntervalSince1970, t.updatedBy])
        }
    }

    private static func template(_ row: Row) -> DocumentTemplate? {
        guard let kind = DocumentKind(rawValue: row["kind"]) else { return nil }
        let at: Double? = row["updated_at"]
        return DocumentTemplate(kind: kind, body: row["body"], updatedAt: at.map { Date(timeIntervalSince1970: $0) }, updatedBy: row["updated_by"])
    }
}
