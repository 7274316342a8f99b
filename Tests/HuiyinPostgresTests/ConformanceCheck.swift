import Testing

/// One behaviour every store adapter must have, written once and run on every engine (see
/// `SQLiteConformanceTests` and `PostgresConformanceTests`).
struct ConformanceCheck: Sendable, CustomTestStringConvertible {
    var name: String
    var body: @Sendable (Engine) async throws -> Void

    init(_ name: String, _ body: @escaping @Sendable (Engine) async throws -> Void) {
        self.name = name
        self.body = body
    }

    var testDescription: String { name }

    /// Runs the check on a fresh fixture of `engine` and disposes of it afterwards.
    static func withFixture(_ engine: Engine, today: String = "2026-03-02",
                            _ body: (ConformanceFixture) async throws -> Void) async throws {
        let f = try await ConformanceFixture(engine, today: today)
        do {
            try await body(f)
        } catch {
            await f.cleanup()
            throw error
        }
        await f.cleanup()
    }

    /// Every check, in the order they are reported.
    static let all: [ConformanceCheck] = petitionChecks + listChecks + webChecks + lookupChecks + queueChecks + supervisionChecks + backlogChecks + textChecks + analysisChecks
}
