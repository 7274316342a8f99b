import Foundation
import HuiyinDomain
import HuiyinStore
import PostgresNIO

/// The server adapter: Huiyin on PostgreSQL 15+ through a PostgresNIO connection pool, for deployments
/// with several stateless Huiyin instances on one database. Every write method is one transaction;
/// the schema is created and upgraded by ``PostgresSchema`` when the store opens.
public final class PostgresStore: Sendable {
    let client: PostgresClient
    let logger: Logger
    public let url: PostgresURL
    /// Bounds every wait for a connection, so that an outage is answered 503 at once (see
    /// ``PostgresConnectionSettings``).
    let gate: PostgresConnectionGate
    private let runner: Task<Void, Never>

    /// Connects to the database at `url` (`postgres://user:password@host:port/database`) and runs
    /// pending migrations.
    public static func open(_ url: String, settings: PostgresConnectionSettings = .init()) async throws -> PostgresStore {
        let address = try PostgresURL(url)
        // One direct connection first: a wrong address, a refused connection or a bad login fails here at once
        // (the pool would keep retrying in the background while callers wait).
        do {
            let probe = try await PostgresConnection.connect(configuration: try address.connectionConfiguration(), id: 0,
                                                             logger: Logger(label: "huiyin.postgres.probe"))
            try await probe.close()
        } catch {
            throw PostgresUnavailable(url: address, error: error)
        }
        let store = PostgresStore(url: address, settings: settings)
        do {
            try await PostgresSchema.migrate(store)
        } catch {
            store.close()
            throw error
        }
        return store
    }

    init(url: PostgresURL, settings: PostgresConnectionSettings = .init()) {
        self.url = url
        gate = PostgresConnectionGate(settings: settings)
        var logger = Logger(label: "huiyin.postgres")
        // Warnings of the pool's start-up race (a lease before `run()` has begun) are noise: it waits.
        logger.logLevel = .error
        self.logger = logger
        var configuration = url.clientConfiguration
        configuration.options.connectTimeout = settings.connectTimeout
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        runner = Task { await client.run() }
    }

    /// Closes every connection of the pool.
    public func close() { runner.cancel() }

    /// The names of the migrations applied, in order.
    public func appliedMigrations() async throws -> [String] {
        try await withConnection { conn in
            try await self.rows("SELECT name FROM huiyin_migrations ORDER BY position", on: conn).map { try $0.get("name") }
        }
    }

    /// True when no unit exists yet (a new database, ready for the demo county).
    public func isEmpty() async throws -> Bool {
        try await withConnection { conn in
            try await self.int("SELECT COUNT(*) FROM units", on: conn) == 0
        }
    }

    // MARK: - Connections and transactions

    /// Runs `body` on one pooled connection, outside a transaction (one statement is atomic on its own).
    /// Waits for a connection at most ``PostgresConnectionSettings/leaseWait``; an unreachable database
    /// throws ``PostgresUnavailable``.
    func withConnection<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await gate.bounded { onLeased in
                try await client.withConnection { conn in
                    onLeased()
                    return try await body(conn)
                }
            }
        } catch {
            throw mapped(error)
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws. A write is
    /// acknowledged (this returns) only after PostgreSQL has confirmed the COMMIT.
    func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await gate.bounded { onLeased in
                try await client.withConnection { conn in
                    onLeased()
                    try await self.execute("BEGIN", on: conn)
                    do {
                        let result = try await body(conn)
                        try await self.execute("COMMIT", on: conn)
                        return result
                    } catch {
                        if !conn.isClosed { try? await self.execute("ROLLBACK", on: conn) }
                        throw error
                    }
                }
            }
        } catch {
            throw mapped(error)
        }
    }

    /// All rows of `query`.
    func rows(_ query: PostgresQuery, on conn: PostgresConnection) async throws -> [PostgresRandomAccessRow] {
        var result: [PostgresRandomAccessRow] = []
        for try await row in try await GuardedQuery.send(query, on: conn, logger: logger) { result.append(row.makeRandomAccess()) }
        return result
    }

    /// The first row of `query`, if any.
    func row(_ query: PostgresQuery, on conn: PostgresConnection) async throws -> PostgresRandomAccessRow? {
        try await rows(query, on: conn).first
    }

    /// The single integer `query` selects (0 when it selects nothing).
    func int(_ query: PostgresQuery, on conn: PostgresConnection) async throws -> Int {
        try await row(query, on: conn).map { try $0[0].decode(Int.self) } ?? 0
    }

    /// Runs a statement. To know how many rows an UPDATE or DELETE changed, give it `RETURNING 1` and
    /// count the rows ``rows(_:on:)`` returns.
    func execute(_ query: PostgresQuery, on conn: PostgresConnection) async throws {
        for try await _ in try await GuardedQuery.send(query, on: conn, logger: logger) {}
    }

    /// Store errors stay as they are; a unique violation becomes ``StoreError/duplicate(_:)``; no connection,
    /// a connection lost or a server shutting down become ``PostgresUnavailable`` (503), and mark the database
    /// down so that the next requests fail fast until a connection succeeds again.
    func mapped(_ error: any Error) -> any Error {
        if let e = error as? PostgresConnectionGate.NoConnection {
            return PostgresUnavailable(url: url, reason: e.reason)
        }
        if PostgresUnavailable.isConnectionFailure(error) {
            gate.markDown()
            return PostgresUnavailable(url: url, error: error)
        }
        return Self.mapped(error)
    }

    /// Store errors stay as they are; a unique violation becomes ``StoreError/duplicate(_:)``.
    static func mapped(_ error: any Error) -> any Error {
        if let e = error as? PSQLError, e.serverInfo?[.sqlState] == PostgresError.Code.uniqueViolation.raw {
            return StoreError.duplicate(e.serverInfo?[.constraintName] ?? "unique")
        }
        return error
    }
}

extension PostgresRandomAccessRow {
    /// The value of column `name`.
    func get<T: PostgresDecodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        try self[name].decode(T.self)
    }

    /// A column holding seconds since 1970.
    func date(_ name: String) throws -> Date { Date(timeIntervalSince1970: try get(name, as: Double.self)) }
}

extension PostgresStore {
    /// Drops this store's schema and everything in it (tests only: each test works in its own schema).
    func dropSchemaForTests() async throws {
        guard let schema = url.schema, schema.hasPrefix("test_") else { return }
        try await withConnection { conn in
            try await self.execute(PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \"\(schema)\" CASCADE"), on: conn)
        }
    }
}
