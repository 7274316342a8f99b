import Foundation
import GRDB
import HuiyinDomain

/// The embedded adapter: one SQLite file in WAL mode through GRDB's `DatabasePool` (many readers, one
/// writer). Every write method is one transaction.
public final class SQLiteStore: Sendable {
    let pool: DatabasePool
    /// Connections for the reads every page makes, used on the calling thread (see ``SQLitePageReaders``).
    let pageReaders: SQLitePageReaders
    /// Sessions read in the last moments (see ``SQLiteSessionCache``).
    let sessionCache = SQLiteSessionCache()
    /// Petitions and histories decoded for case pages, by version (see ``SQLiteCaseCache``).
    let caseCache = SQLiteCaseCache()

    /// Opens (creating if needed) the database at `path` and runs pending migrations.
    public init(path: String) throws {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Reads map the file instead of copying each page through read(2).
            try db.execute(sql: "PRAGMA mmap_size = \(Self.mmapSize)")
        }
        pool = try DatabasePool(path: path, configuration: config)
        pageReaders = SQLitePageReaders(path: path, configuration: config)
        try SQLiteSchema.migrator.migrate(pool)
    }

    /// Bytes of the database file each connection may map (SQLite maps lazily, up to the file's size).
    static let mmapSize = 1 << 30

    /// A read for a page: on the calling thread when a page reader is free, else through the pool.
    func readForPage<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        if let value = try pageReaders.read(body) { return value }
        return try await pool.read(body)
    }

    /// The names of the migrations applied, in order.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try SQLiteSchema.migrator.appliedMigrations(db) }
    }

    /// True when no unit exists yet (a new database, ready for the demo county).
    public func isEmpty() async throws -> Bool {
        try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM units") ?? 0 } == 0
    }

    public func close() throws {
        pageReaders.close()
        try pool.close()
    }
}
