import Foundation
import HuiyinDomain
@testable import HuiyinPostgres
import HuiyinStore
import Testing

/// What only PostgreSQL has: migrations shared by several instances, and instances sharing state.
@Suite("PostgreSQL store", .enabled(if: Engine.postgresURL != nil, Engine.postgresSkipMessage))
struct PostgresStoreTests {
    /// A fresh schema's address on the test server.
    static func freshSchema() -> String {
        let base = Engine.postgresURL ?? ""
        return base + (base.contains("?") ? "&" : "?") + "schema=test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    }

    @Test("migrations are named like SQLite's, ordered, and applied once even by instances starting together")
    func migrations() async throws {
        let url = Self.freshSchema()
        let stores = try await withThrowingTaskGroup(of: PostgresStore.self) { group in
            for _ in 0..<4 { group.addTask { try await PostgresStore.open(url) } }
            var all: [PostgresStore] = []
            for try await s in group { all.append(s) }
            return all
        }
        defer { for s in stores { s.close() } }
        let applied = try await stores[0].appliedMigrations()
        #expect(applied == PostgresSchema.migrations.map(\.name))
        #expect(Array(applied.prefix(3)) == ["v1-organisation", "v1-petitions", "v2-sessions-audit"])
        // Every shared step has SQLite's name and comes in SQLite's order (PostgreSQL-only steps are `pg-…`).
        let sqlite = try await Engine.sqlite.make()
        let sqliteNames = try (sqlite.store as? SQLiteStore)?.appliedMigrations() ?? []
        await sqlite.cleanup()
        let shared = applied.filter { !$0.hasPrefix("pg-") }
        #expect(sqliteNames.filter(shared.contains) == shared)
        for s in stores { #expect(try await s.appliedMigrations() == applied) }
        let again = try await PostgresStore.open(url)
        #expect(try await again.appliedMigrations() == applied)
        #expect(try await again.isEmpty())
        try await again.dropSchemaForTests()
        again.close()
    }

    @Test("two instances on one database: a session created through one is valid on the other")
    func sharedSessions() async throws {
        let url = Self.freshSchema()
        let a = try await PostgresStore.open(url)
        let b = try await PostgresStore.open(url)
        let unit = try await a.insertUnit(code: "370921XF0000", name: "青溪县信访局", kind: .petitionBureau, parentID: nil, reviewBodyID: nil)
        let user = try await a.insertUser(username: "fenban", displayName: "李分办", role: .triageOfficer, unitID: unit.id, passwordHash: "h")
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        try await a.createSession(tokenHash: "shared", userID: user.id, csrf: "c", now: now, expiresAt: now.addingTimeInterval(3600))
        #expect(try await b.session(tokenHash: "shared", now: now)?.user == user)
        try await b.deleteSession(tokenHash: "shared")
        #expect(try await a.session(tokenHash: "shared", now: now) == nil)
        try await a.dropSchemaForTests()
        a.close()
        b.close()
    }

    @Test("an unreachable server or a wrong login is a clear error at once, without the password")
    func unreachable() async throws {
        let refused = await #expect(throws: PostgresUnavailable.self) {
            let store = try await PostgresStore.open("postgres://huiyin:s3cret@127.0.0.1:1/huiyin")
            store.close()
        }
        #expect(refused?.description.hasPrefix("无法连接数据库 / cannot connect to postgres://huiyin@127.0.0.1:1/huiyin: ") == true)
        #expect(refused?.description.contains("s3cret") == false)
        let server = try PostgresURL(try #require(Engine.postgresURL))
        let wrongUser = await #expect(throws: PostgresUnavailable.self) {
            let store = try await PostgresStore.open("postgres://nobody:s3cret@\(server.host):\(server.port)/\(server.database)")
            store.close()
        }
        #expect(wrongUser?.reason.contains("nobody") == true)
        #expect(wrongUser?.description.contains("s3cret") == false)
    }
}
