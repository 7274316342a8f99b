import Foundation
import GRDB
import HuiyinDomain

extension SQLiteStore: AdminStore {
    public func auditLog(actionPrefix: String?, offset: Int, limit: Int) async throws -> [AuditEntry] {
        try await pool.read { db in
            let rows = if let actionPrefix, !actionPrefix.isEmpty {
                try Row.fetchAll(
                    db,
                    sql: "SELECT * FROM audit_log WHERE substr(action, 1, length(?1)) = ?1 ORDER BY id DESC LIMIT ?2 OFFSET ?3",
                    arguments: [actionPrefix, limit, max(offset, 0)])
            } else {
                try Row.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?", arguments: [limit, max(offset, 0)])
            }
            return rows.map {
                AuditEntry(at: Date(timeIntervalSince1970: $0["at"]), userID: $0["user_id"], username: $0["username"],
                           action: $0["action"], petitionID: $0["petition_id"], detail: $0["detail"])
            }
        }
    }
}
