import Testing

/// The conformance suite on SQLite (a temporary file): always runs.
@Suite("Store conformance: SQLite")
struct SQLiteConformanceTests {
    @Test(arguments: ConformanceCheck.all)
    func check(_ check: ConformanceCheck) async throws {
        try await check.body(.sqlite)
    }
}

/// The same suite on PostgreSQL: runs when `HUIYIN_TEST_POSTGRES_URL` names a server (each test in a
/// schema of its own), and is skipped with instructions otherwise.
@Suite("Store conformance: PostgreSQL", .enabled(if: Engine.postgresURL != nil, Engine.postgresSkipMessage))
struct PostgresConformanceTests {
    @Test(arguments: ConformanceCheck.all)
    func check(_ check: ConformanceCheck) async throws {
        try await check.body(.postgres)
    }
}
