import HuiyinPostgres

extension Migrate {
    /// True when `database` is a PostgreSQL address rather than a SQLite file.
    static func isPostgres(_ database: String) -> Bool { PostgresURL.isPostgres(database) }

    /// `huiyin migrate --database postgres://user:password@host:port/database`: creates or upgrades the
    /// PostgreSQL schema (each step once, under an advisory lock) and lists the steps applied.
    func migratePostgres(_ address: String) async throws {
        let store = try await PostgresStore.open(address)
        defer { store.close() }
        for name in try await store.appliedMigrations() { print("applied: \(name)") }
        print("数据库已是最新结构 / schema up to date: \(store.url)")
    }
}
