import Foundation
import GRDB
import HuiyinDomain

extension SQLiteStore: OrganisationStore {
    public func units() async throws -> [OrgUnit] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM units ORDER BY id").map(Self.unit)
        }
    }

    @discardableResult
    public func insertUnit(code: String, name: String, kind: UnitKind, parentID: OrgUnit.ID?, reviewBodyID: OrgUnit.ID?) async throws -> OrgUnit {
        try await pool.write { db in
            if try Int.fetchOne(db, sql: "SELECT 1 FROM units WHERE code = ?", arguments: [code]) != nil {
                throw StoreError.duplicate("code")
            }
            try db.execute(
                sql: "INSERT INTO units (code, name, kind, parent_id, review_body_id) VALUES (?, ?, ?, ?, ?)",
                arguments: [code, name, kind.rawValue, parentID, reviewBodyID])
            return OrgUnit(id: db.lastInsertedRowID, code: code, name: name, kind: kind, parentID: parentID, reviewBodyID: reviewBodyID)
        }
    }

    public func setReviewBody(unitID: OrgUnit.ID, reviewBodyID: OrgUnit.ID?) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE units SET review_body_id = ? WHERE id = ?", arguments: [reviewBodyID, unitID])
            if db.changesCount == 0 { throw StoreError.notFound }
        }
    }

    @discardableResult
    public func insertUser(username: String, displayName: String, role: Role, unitID: OrgUnit.ID, passwordHash: String) async throws -> StaffUser {
        try await pool.write { db in
            if try Int.fetchOne(db, sql: "SELECT 1 FROM users WHERE username = ?", arguments: [username]) != nil {
                throw StoreError.duplicate("username")
            }
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM units WHERE id = ?", arguments: [unitID]) != nil else {
                throw StoreError.notFound
            }
            try db.execute(
                sql: """
                    INSERT INTO users (username, display_name, role, unit_id, password_hash, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [username, displayName, role.rawValue, unitID, passwordHash, Date().timeIntervalSince1970])
            return StaffUser(id: db.lastInsertedRowID, username: username, displayName: displayName, role: role, unitID: unitID)
        }
    }

    public func user(id: StaffUser.ID) async throws -> StaffUser? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM users WHERE id = ?", arguments: [id]).map(Self.user)
        }
    }

    public func credentials(username: String) async throws -> (user: StaffUser, passwordHash: String)? {
        try await pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM users WHERE username = ?", arguments: [username]) else {
                return nil
            }
            return (try Self.user(row), row["password_hash"])
        }
    }

    public func users() async throws -> [StaffUser] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM users ORDER BY unit_id, id").map(Self.user)
        }
    }

    public func calendarYears() async throws -> [CalendarYear] {
        try await pool.read { db in
            try String.fetchAll(db, sql: "SELECT data FROM calendar_years ORDER BY year").map {
                try JSONCoding.decode(CalendarYear.self, $0)
            }
        }
    }

    public func saveCalendarYear(_ year: CalendarYear) async throws {
        let data = try JSONCoding.encode(year)
        try await pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO calendar_years (year, data) VALUES (?, ?)", arguments: [year.year, data])
        }
    }

    public func ruleTable() async throws -> RuleTable? {
        try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT data FROM rule_table WHERE id = 1").map { try JSONCoding.decode(RuleTable.self, $0) }
        }
    }

    public func saveRuleTable(_ table: RuleTable) async throws {
        let data = try JSONCoding.encode(table)
        try await pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO rule_table (id, data) VALUES (1, ?)", arguments: [data])
        }
    }

    static func unit(_ row: Row) throws -> OrgUnit {
        guard let kind = UnitKind(rawValue: row["kind"]) else { throw StoreError.corrupt("unit kind") }
        return OrgUnit(id: row["id"], code: row["code"], name: row["name"], kind: kind,
                    parentID: row["parent_id"], reviewBodyID: row["review_body_id"])
    }

    static func user(_ row: Row) throws -> StaffUser {
        guard let role = Role(rawValue: row["role"]) else { throw StoreError.corrupt("user role") }
        return StaffUser(id: row["id"], username: row["username"], displayName: row["display_name"], role: role,
                         unitID: row["unit_id"], active: row["active"])
    }
}

extension SQLiteStore: TokenStore {
    public func saveToken(hash: String, userID: StaffUser.ID, expiresAt: Date) async throws {
        try await pool.write { db in
            try db.execute(sql: "INSERT INTO api_tokens (token_hash, user_id, expires_at) VALUES (?, ?, ?)",
                           arguments: [hash, userID, expiresAt.timeIntervalSince1970])
        }
    }

    public func user(forTokenHash hash: String, now: Date) async throws -> StaffUser? {
        try await pool.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT users.* FROM api_tokens JOIN users ON users.id = api_tokens.user_id
                    WHERE token_hash = ? AND expires_at > ? AND users.active = 1
                    """,
                arguments: [hash, now.timeIntervalSince1970]
            ).map(Self.user)
        }
    }

    public func deleteExpiredTokens(now: Date) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM api_tokens WHERE expires_at <= ?", arguments: [now.timeIntervalSince1970])
        }
    }
}
