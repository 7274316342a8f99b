import Foundation
import HuiyinStore
import PostgresNIO

/// One named step of the PostgreSQL schema. The names and order mirror the SQLite migrations
/// (`SQLiteSchema`), so that both engines describe the same schema version by the same name.
struct PostgresMigration: Sendable {
    var name: String
    /// Single statements (PostgreSQL's extended protocol runs one statement per query).
    var statements: [String]
    /// Rows to insert after the statements: SQL with `$1…` and its text arguments.
    var seeds: [(sql: String, arguments: [String])] = []
    /// Work in Swift after the statements and seeds, in the same transaction (rewriting derived rows).
    var run: (@Sendable (PostgresStore, PostgresConnection) async throws -> Void)? = nil
}

/// The PostgreSQL schema as named, ordered migrations, applied once each and recorded in
/// `huiyin_migrations`. Each step runs in its own transaction under an advisory lock, so several
/// instances starting at once migrate the database exactly once.
enum PostgresSchema {
    static var migrations: [PostgresMigration] {
        foundation + web + templates + queue + portal + supervision + analysis + performance + text + postgresOnly + instances + risk
    }

    /// The advisory lock key of migrations (any constant; "回音" in UTF-8 bytes).
    static let lockKey: Int64 = 0x56DE_97F3

    static func migrate(_ store: PostgresStore) async throws {
        try await store.transaction { conn in
            try await store.execute("SELECT pg_advisory_xact_lock(\(lockKey))", on: conn)
            if let schema = store.url.schema {  // validated: letters, digits, underscores
                try await store.execute(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \"\(schema)\""), on: conn)
            }
            try await store.execute("""
                CREATE TABLE IF NOT EXISTS huiyin_migrations (
                    position INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
                )
                """, on: conn)
        }
        for (position, step) in migrations.enumerated() {
            try await store.transaction { conn in
                try await store.execute("SELECT pg_advisory_xact_lock(\(lockKey))", on: conn)
                let name = step.name
                if try await store.row("SELECT 1 FROM huiyin_migrations WHERE name = \(name)", on: conn) != nil { return }
                for sql in step.statements {
                    try await store.execute(PostgresQuery(unsafeSQL: sql), on: conn)
                }
                for seed in step.seeds {
                    var binds = PostgresBindings()
                    for a in seed.arguments { binds.append(a) }
                    try await store.execute(PostgresQuery(unsafeSQL: seed.sql, binds: binds), on: conn)
                }
                try await step.run?(store, conn)
                try await store.execute(
                    "INSERT INTO huiyin_migrations (position, name) VALUES (\(position + 1), \(name))", on: conn)
            }
        }
    }
}
