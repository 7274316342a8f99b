/// Errors a store adapter reports, the same for every engine.
public enum StoreError: Error, Sendable, Equatable {
    case notFound
    /// The petition changed since it was read (optimistic concurrency): reload and try again.
    case staleVersion(current: Int)
    /// A unique value already exists (a username, a unit code).
    case duplicate(String)
    /// The stored data could not be read back (a bug or a hand-edited database).
    case corrupt(String)
}
