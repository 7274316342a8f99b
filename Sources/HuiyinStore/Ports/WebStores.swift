import Foundation
import HuiyinDomain

/// A signed-in browser session. The cookie carries a random token; the store keeps its hash.
public struct WebSession: Sendable, Hashable {
    public var user: StaffUser
    /// The per-session CSRF token every form must echo.
    public var csrf: String
    public var expiresAt: Date

    public init(user: StaffUser, csrf: String, expiresAt: Date) {
        self.user = user
        self.csrf = csrf
        self.expiresAt = expiresAt
    }
}

/// Browser sessions, stored so that they survive a restart and work across instances.
public protocol SessionStore: Sendable {
    func createSession(tokenHash: String, userID: StaffUser.ID, csrf: String, now: Date, expiresAt: Date) async throws
    func session(tokenHash: String, now: Date) async throws -> WebSession?
    func deleteSession(tokenHash: String) async throws
    /// Signs a user out everywhere (after a password change or deactivation).
    func deleteSessions(userID: StaffUser.ID) async throws
}

/// What a sign-in attempt found.
public enum SignInRecord: Sendable, Equatable {
    case ok
    /// Locked until this instant after too many failures.
    case locked(until: Date)
}

/// Account maintenance: lock-out counters, passwords, roles.
public protocol AccountStore: Sendable {
    /// The lock, if the account is locked at `now`.
    func lockedUntil(userID: StaffUser.ID, now: Date) async throws -> Date?
    /// Counts a failure; locks the account for `lockFor` after `maxFailures` in a row.
    func recordLoginFailure(userID: StaffUser.ID, now: Date, maxFailures: Int, lockFor: TimeInterval) async throws -> SignInRecord
    func resetLoginFailures(userID: StaffUser.ID) async throws
    func setPassword(userID: StaffUser.ID, hash: String) async throws
    func updateUser(id: StaffUser.ID, displayName: String, role: Role, unitID: OrgUnit.ID, active: Bool) async throws
}

/// One line of the audit log (访问与操作日志): who saw or changed what.
public struct AuditEntry: Sendable, Hashable {
    public var at: Date
    public var userID: StaffUser.ID?
    public var username: String
    /// e.g. `reveal-identity`, `admin-user-update`, `sign-in`.
    public var action: String
    public var petitionID: PetitionRecord.ID?
    public var detail: String

    public init(at: Date, userID: StaffUser.ID?, username: String, action: String, petitionID: PetitionRecord.ID?, detail: String) {
        self.at = at
        self.userID = userID
        self.username = username
        self.action = action
        self.petitionID = petitionID
        self.detail = detail
    }
}

public protocol AuditStore: Sendable {
    func record(_ entry: AuditEntry) async throws
    /// Newest first.
    func auditEntries(petitionID: PetitionRecord.ID?, limit: Int) async throws -> [AuditEntry]
}
