import HuiyinPostgres
import HuiyinServer
import HuiyinStore

/// The database a command runs on: the SQLite file by default, PostgreSQL for a `postgres://` address
/// (several `huiyin serve` instances may share one PostgreSQL database).
struct CommandDatabase: Sendable {
    let store: any HuiyinStore
    /// Where the data is, for the banner: the file, or the address without its password.
    let location: String
    let isEmpty: @Sendable () async throws -> Bool
    let close: @Sendable () -> Void

    static func open(_ database: String) async throws -> CommandDatabase {
        if PostgresURL.isPostgres(database) {
            let store = try await PostgresStore.open(database)
            return CommandDatabase(store: store, location: "\(store.url)", isEmpty: { try await store.isEmpty() }, close: { store.close() })
        }
        let store = try SQLiteStore(path: database)
        return CommandDatabase(store: store, location: database, isEmpty: { try await store.isEmpty() }, close: { try? store.close() })
    }
}
