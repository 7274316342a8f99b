import Foundation
import HuiyinDomain
import HuiyinStore
import PostgresNIO

extension PostgresStore: OrganisationStore {
    public func units() async throws -> [OrgUnit] {
        try await withConnection { conn in try await self.rows("SELECT * FROM units ORDER BY id", on: conn).map(Self.unit) }
    }

    @discardableResult
    public func insertUnit(code: String, name: String, kind: UnitKind, parentID: OrgUnit.ID?, reviewBodyID: OrgUnit.ID?) async throws -> OrgUnit {
        try await transaction { conn in
            if try await self.row("SELECT 1 FROM units WHERE code = \(code)", on: conn) != nil { throw StoreError.duplicate("code") }
            let id = try await self.id("""
                INSERT INTO units (code, name, kind, parent_id, review_body_id)
                VALUES (\(code), \(name), \(kind.rawValue), \(parentID), \(reviewBodyID)) RETURNING id
                """, on: conn)
            return OrgUnit(id: id, code: code, name: name, kind: kind, parentID: parentID, reviewBodyID: reviewBodyID)
        }
    }

    public func setReviewBody(unitID: OrgUnit.ID, reviewBodyID: OrgUnit.ID?) async throws {
        try await transaction { conn in
            let changed = try await self.rows(
                "UPDATE units SET review_body_id = \(reviewBodyID) WHERE id = \(unitID) RETURNING 1", on: conn).count
            if changed == 0 { throw StoreError.notFound }
        }
    }

    @discardableResult
    public func insertUser(username: String, displayName: String, role: Role, unitID: OrgUnit.ID, passwordHash: String) async throws -> StaffUser {
        let now = Date().timeIntervalSince1970
        return try await transaction { conn in
            if try await self.row("SELECT 1 FROM users WHERE username = \(username)", on: conn) != nil {
                throw StoreError.duplicate("username")
            }
            guard try await self.row("SELECT 1 FROM units WHERE id = \(unitID)", on: conn) != nil else { throw StoreError.notFound }
            let id = try await self.id("""
                INSERT INTO users (username, display_name, role, unit_id, password_hash, created_at)
                VALUES (\(username), \(displayName), \(role.rawValue), \(unitID), \(passwordHash), \(now)) RETURNING id
                """, on: conn)
            return StaffUser(id: id, username: username, displayName: displayName, role: role, unitID: unitID)
        }
    }

    public func user(id: StaffUser.ID) async throws -> StaffUser? {
        try await withConnection { conn in try await self.row("SELECT * FROM users WHERE id = \(id)", on: conn).map(Self.user) }
    }

    public func credentials(username: String) async throws -> (user: StaffUser, passwordHash: String)? {
        let found: (StaffUser, String)? = try await withConnection { conn in
            guard let row = try await self.row("SELECT * FROM users WHERE username = \(username)", on: conn) else { return nil }
            return (try Self.user(row), try row.get("password_hash", as: String.self))
        }
        return found.map { (user: $0.0, passwordHash: $0.1) }
    }

    public func users() async throws -> [StaffUser] {
        try await withConnection { conn in try await self.rows("SELECT * FROM users ORDER BY unit_id, id", on: conn).map(Self.user) }
    }

    public func calendarYears() async throws -> [CalendarYear] {
        try await withConnection { conn in
            try await self.rows("SELECT data FROM calendar_years ORDER BY year", on: conn).map {
                try JSONCoding.decode(CalendarYear.self, try $0.get("data"))
            }
        }
    }

    public func saveCalendarYear(_ year: CalendarYear) async throws {
        let data = try JSONCoding.encode(year)
        try await withConnection { conn in
            try await self.execute("""
                INSERT INTO calendar_years (year, data) VALUES (\(year.year), \(data))
                ON CONFLICT (year) DO UPDATE SET data = EXCLUDED.data
                """, on: conn)
        }
    }

    public func ruleTable() async throws -> RuleTable? {
        try await withConnection { conn in
            try await self.row("SELECT data FROM rule_table WHERE id = 1", on: conn).map {
                try JSONCoding.decode(RuleTable.self, try $0.get("data"))
            }
        }
    }

    public func saveRuleTable(_ table: RuleTable) async throws {
        let data = try JSONCoding.encode(table)
        try await withConnection { conn in
            try await self.execute("""
                INSERT INTO rule_table (id, data) VALUES (1, \(data)) ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data
                """, on: conn)
        }
    }

    static func unit(_ row: PostgresRandomAccessRow) throws -> OrgUnit {
        guard let kind = UnitKind(rawValue: try row.get("kind")) else { throw StoreError.corrupt("unit kind") }
        return OrgUnit(id: try row.get("id"), code: try row.get("code"), name: try row.get("name"), kind: kind,
                       parentID: try row.get("parent_id"), reviewBodyID: try row.get("review_body_id"))
    }

    static func user(_ row: PostgresRandomAccessRow) throws -> StaffUser {
        guard let role = Role(rawValue: try row.get("role")) else { throw StoreError.corrupt("user role") }
        return StaffUser(id: try row.get("id"), username: try row.get("username"), displayName: try row.get("display_name"),
                         role: role, unitID: try row.get("unit_id"), active: try row.get("active"))
    }
}

extension PostgresStore: TokenStore {
    public func saveToken(hash: String, userID: StaffUser.ID, expiresAt: Date) async throws {
        try await withConnection { conn in
            try await self.execute("""
                INSERT INTO api_tokens (token_hash, user_id, expires_at) VALUES (\(hash), \(userID), \(expiresAt.timeIntervalSince1970))
                """, on: conn)
        }
    }

    public func user(forTokenHash hash: String, now: Date) async throws -> StaffUser? {
        try await withConnection { conn in
            try await self.row("""
                SELECT users.* FROM api_tokens JOIN users ON users.id = api_tokens.user_id
                WHERE token_hash = \(hash) AND expires_at > \(now.timeIntervalSince1970) AND users.active
                """, on: conn).map(Self.user)
        }
    }

    public func deleteExpiredTokens(now: Date) async throws {
        try await withConnection { conn in
            try await self.execute("DELETE FROM api_tokens WHERE expires_at <= \(now.timeIntervalSince1970)", on: conn)
        }
    }
}
