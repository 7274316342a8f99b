import Foundation
import HuiyinDomain

/// What the administration pages (系统管理) need beyond ``OrganisationStore``, ``AccountStore`` and
/// ``AuditStore``: the audit log read a page at a time, optionally narrowed to one kind of action.
public protocol AdminStore: Sendable {
    /// Audit entries newest first, skipping `offset`, at most `limit`; only actions starting with
    /// `actionPrefix` when it is given (e.g. `admin-`, `sign-in`, `reveal`).
    func auditLog(actionPrefix: String?, offset: Int, limit: Int) async throws -> [AuditEntry]
}
