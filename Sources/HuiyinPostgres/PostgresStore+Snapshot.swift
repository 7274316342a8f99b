import PostgresNIO

extension PostgresStore {
    /// Runs several reads in one `REPEATABLE READ READ ONLY` transaction, so that they see one state of the
    /// database (a page and its counts, a petition and its history) even while other instances write.
    /// Built on ``withConnection(_:)``, so it waits for a connection and maps errors the same way.
    func snapshot<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await withConnection { conn in
            try await self.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", on: conn)
            do {
                let result = try await body(conn)
                try await self.execute("COMMIT", on: conn)
                return result
            } catch {
                _ = try? await self.execute("ROLLBACK", on: conn)
                throw error
            }
        }
    }
}
