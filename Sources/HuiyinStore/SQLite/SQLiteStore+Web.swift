import Foundation
import GRDB
import HuiyinDomain

extension SQLiteStore: SessionStore {
    public func createSession(tokenHash: String, userID: StaffUser.ID, csrf: String, now: Date, expiresAt: Date) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM sessions WHERE expires_at <= ?", arguments: [now.timeIntervalSince1970])
            try db.execute(
                sql: "INSERT INTO sessions (token_hash, user_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [tokenHash, userID, csrf, now.timeIntervalSince1970, expiresAt.timeIntervalSince1970])
        }
    }

    /// Read through ``SQLiteSessionCache``: at most once per ``SQLiteSessionCache/timeToLive`` per
    /// session and instance; every change to sessions or users made here empties the cache.
    public func session(tokenHash: String, now: Date) async throws -> WebSession? {
        if let cached = sessionCache.session(tokenHash: tokenHash, now: now) { return cached }
        let generation = sessionCache.generation
        let session = try await readForPage { db -> WebSession? in
            guard let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT users.*, sessions.csrf AS s_csrf, sessions.expires_at AS s_expires
                    FROM sessions JOIN users ON users.id = sessions.user_id
                    WHERE sessions.token_hash = ? AND sessions.expires_at > ? AND users.active = 1
                    """,
                arguments: [tokenHash, now.timeIntervalSince1970]) else { return nil }
            return WebSession(user: try Self.user(row), csrf: row["s_csrf"], expiresAt: Date(timeIntervalSince1970: row["s_expires"]))
        }
        if let session { sessionCache.remember(session, tokenHash: tokenHash, generation: generation) }
        return session
    }

    public func deleteSession(tokenHash: String) async throws {
        try await pool.write { db in try db.execute(sql: "DELETE FROM sessions WHERE token_hash = ?", arguments: [tokenHash]) }
        sessionCache.invalidate()
    }

    public func deleteSessions(userID: StaffUser.ID) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM sessions WHERE user_id = ?", arguments: [userID])
            try db.execute(sql: "DELETE FROM api_tokens WHERE user_id = ?", arguments: [userID])
        }
        sessionCache.invalidate()
    }
}

extension SQLiteStore: AccountStore {
    public func lockedUntil(userID: StaffUser.ID, now: Date) async throws -> Date? {
        try await pool.read { db in
            guard let until = try Double.fetchOne(db, sql: "SELECT locked_until FROM users WHERE id = ?", arguments: [userID]),
                  until > now.timeIntervalSince1970 else { return nil }
            return Date(timeIntervalSince1970: until)
        }
    }

    public func recordLoginFailure(userID: StaffUser.ID, now: Date, maxFailures: Int, lockFor: TimeInterval) async throws -> SignInRecord {
        try await pool.write { db in
            try db.execute(sql: "UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ?", arguments: [userID])
            let failures = try Int.fetchOne(db, sql: "SELECT failed_logins FROM users WHERE id = ?", arguments: [userID]) ?? 0
            guard failures >= maxFailures else { return .ok }
            let until = now.addingTimeInterval(lockFor)
            try db.execute(sql: "UPDATE users SET failed_logins = 0, locked_until = ? WHERE id = ?",
                           arguments: [until.timeIntervalSince1970, userID])
            return .locked(until: until)
        }
    }

    public func resetLoginFailures(userID: StaffUser.ID) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?", arguments: [userID])
        }
    }

    public func setPassword(userID: StaffUser.ID, hash: String) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE users SET password_hash = ? WHERE id = ?", arguments: [hash, userID])
            if db.changesCount == 0 { throw StoreError.notFound }
        }
        sessionCache.invalidate()
    }

    public func updateUser(id: StaffUser.ID, displayName: String, role: Role, unitID: OrgUnit.ID, active: Bool) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE users SET display_name = ?, role = ?, unit_id = ?, active = ? WHERE id = ?",
                           arguments: [displayName, role.rawValue, unitID, active, id])
            if db.changesCount == 0 { throw StoreError.notFound }
        }
        sessionCache.invalidate()
    }
}

extension SQLiteStore: AuditStore {
    public func record(_ e: AuditEntry) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "INSERT INTO audit_log (at, user_id, username, action, petition_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [e.at.timeIntervalSince1970, e.userID, e.username, e.action, e.petitionID, e.detail])
        }
    }

    public func auditEntries(petitionID: PetitionRecord.ID?, limit: Int) async throws -> [AuditEntry] {
        try await pool.read { db in
            let rows = if let petitionID {
                try Row.fetchAll(db, sql: "SELECT * FROM audit_log WHERE petition_id = ? ORDER BY id DESC LIMIT ?", arguments: [petitionID, limit])
            } else {
                try Row.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", arguments: [limit])
            }
            return rows.map {
                AuditEntry(at: Date(timeIntervalSince1970: $0["at"]), userID: $0["user_id"], username: $0["username"],
                           action: $0["action"], petitionID: $0["petition_id"], detail: $0["detail"])
            }
        }
    }
}
