import Foundation
import HuiyinDomain
import HuiyinStore
import PostgresNIO

extension PostgresStore: SessionStore {
    public func createSession(tokenHash: String, userID: StaffUser.ID, csrf: String, now: Date, expiresAt: Date) async throws {
        try await transaction { conn in
            try await self.execute("DELETE FROM sessions WHERE expires_at <= \(now.timeIntervalSince1970)", on: conn)
            try await self.execute("""
                INSERT INTO sessions (token_hash, user_id, csrf, created_at, expires_at)
                VALUES (\(tokenHash), \(userID), \(csrf), \(now.timeIntervalSince1970), \(expiresAt.timeIntervalSince1970))
                """, on: conn)
        }
    }

    public func session(tokenHash: String, now: Date) async throws -> WebSession? {
        try await withConnection { conn in
            guard let row = try await self.row("""
                SELECT users.*, sessions.csrf AS s_csrf, sessions.expires_at AS s_expires
                FROM sessions JOIN users ON users.id = sessions.user_id
                WHERE sessions.token_hash = \(tokenHash) AND sessions.expires_at > \(now.timeIntervalSince1970) AND users.active
                """, on: conn) else { return nil }
            return WebSession(user: try Self.user(row), csrf: try row.get("s_csrf"), expiresAt: try row.date("s_expires"))
        }
    }

    public func deleteSession(tokenHash: String) async throws {
        try await withConnection { conn in try await self.execute("DELETE FROM sessions WHERE token_hash = \(tokenHash)", on: conn) }
    }

    public func deleteSessions(userID: StaffUser.ID) async throws {
        try await transaction { conn in
            try await self.execute("DELETE FROM sessions WHERE user_id = \(userID)", on: conn)
            try await self.execute("DELETE FROM api_tokens WHERE user_id = \(userID)", on: conn)
        }
    }
}

extension PostgresStore: AccountStore {
    public func lockedUntil(userID: StaffUser.ID, now: Date) async throws -> Date? {
        try await withConnection { conn in
            guard let row = try await self.row("SELECT locked_until FROM users WHERE id = \(userID)", on: conn),
                  let until = try row.get("locked_until", as: Double?.self),
                  until > now.timeIntervalSince1970 else { return nil }
            return Date(timeIntervalSince1970: until)
        }
    }

    public func recordLoginFailure(userID: StaffUser.ID, now: Date, maxFailures: Int, lockFor: TimeInterval) async throws -> SignInRecord {
        try await transaction { conn in
            let failures = try await self.int(
                "UPDATE users SET failed_logins = failed_logins + 1 WHERE id = \(userID) RETURNING failed_logins", on: conn)
            guard failures >= maxFailures else { return .ok }
            let until = now.addingTimeInterval(lockFor)
            try await self.execute(
                "UPDATE users SET failed_logins = 0, locked_until = \(until.timeIntervalSince1970) WHERE id = \(userID)", on: conn)
            return .locked(until: until)
        }
    }

    public func resetLoginFailures(userID: StaffUser.ID) async throws {
        try await withConnection { conn in
            try await self.execute("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = \(userID)", on: conn)
        }
    }

    public func setPassword(userID: StaffUser.ID, hash: String) async throws {
        try await withConnection { conn in
            let changed = try await self.rows("UPDATE users SET password_hash = \(hash) WHERE id = \(userID) RETURNING 1", on: conn).count
            if changed == 0 { throw StoreError.notFound }
        }
    }

    public func updateUser(id: StaffUser.ID, displayName: String, role: Role, unitID: OrgUnit.ID, active: Bool) async throws {
        try await withConnection { conn in
            let changed = try await self.rows("""
                UPDATE users SET display_name = \(displayName), role = \(role.rawValue), unit_id = \(unitID), active = \(active)
                WHERE id = \(id) RETURNING 1
                """, on: conn).count
            if changed == 0 { throw StoreError.notFound }
        }
    }
}

extension PostgresStore: AuditStore {
    public func record(_ e: AuditEntry) async throws {
        try await withConnection { conn in
            try await self.execute("""
                INSERT INTO audit_log (at, user_id, username, action, petition_id, detail)
                VALUES (\(e.at.timeIntervalSince1970), \(e.userID), \(e.username), \(e.action), \(e.petitionID), \(e.detail))
                """, on: conn)
        }
    }

    public func auditEntries(petitionID: PetitionRecord.ID?, limit: Int) async throws -> [AuditEntry] {
        try await withConnection { conn in
            let rows = if let petitionID {
                try await self.rows(
                    "SELECT * FROM audit_log WHERE petition_id = \(petitionID) ORDER BY id DESC LIMIT \(limit)", on: conn)
            } else {
                try await self.rows("SELECT * FROM audit_log ORDER BY id DESC LIMIT \(limit)", on: conn)
            }
            return try rows.map {
                AuditEntry(at: try $0.date("at"), userID: try $0.get("user_id"), username: try $0.get("username"),
                           action: try $0.get("action"), petitionID: try $0.get("petition_id"), detail: try $0.get("detail"))
            }
        }
    }
}
