import PostgresNIO
import Synchronization

/// How long Huiyin waits for PostgreSQL before answering "unavailable" (503).
///
/// PostgresNIO's pool never fails a waiting request while it cannot connect: it queues the request and
/// retries in the background (100 ms × 1.25ⁿ, at most a minute apart), and only after a minute of failures
/// does it fail requests at once. A request must not hang that long, so every lease is bounded here.
public struct PostgresConnectionSettings: Sendable {
    /// The longest wait for a pooled connection while the database is believed up (all 20 connections
    /// busy under load, or the first request of an outage).
    public var leaseWait: Duration = .seconds(5)
    /// The wait once a request has found the database unreachable, until a connection succeeds again:
    /// during an outage requests fail fast instead of each waiting ``leaseWait``.
    public var leaseWaitWhileDown: Duration = .milliseconds(300)
    /// The timeout of one TCP connection attempt (an unreachable host rather than a refused port).
    public var connectTimeout: Duration = .seconds(3)

    public init() {}
}

/// Bounds the wait for a pooled connection and remembers whether the database was reachable last time.
final class PostgresConnectionGate: Sendable {
    let settings: PostgresConnectionSettings
    private let down = Mutex(false)

    init(settings: PostgresConnectionSettings) {
        self.settings = settings
    }

    /// True while the last attempt found the database unreachable.
    var isDown: Bool { down.withLock { $0 } }

    func markDown() { down.withLock { $0 = true } }

    /// Marks the database up (called when a connection is handed out).
    func markUp() {
        if down.withLock({ $0 }) { down.withLock { $0 = false } }
    }

    /// Runs `operation`, which leases a connection and calls `onLeased` once it has one. If no connection is
    /// handed out within the wait, the lease is cancelled and ``NoConnection`` thrown. Once a connection is leased
    /// the operation is never interrupted: a statement under way is not cut short.
    func bounded<T: Sendable>(_ operation: (_ onLeased: @escaping @Sendable () -> Void) async throws -> T) async throws -> T {
        let leased = Mutex(false)
        let wait = isDown ? settings.leaseWaitWhileDown : settings.leaseWait
        let onLeased: @Sendable () -> Void = { [self] in
            leased.withLock { $0 = true }
            markUp()
        }
        return try await withoutActuallyEscaping(operation) { op in
            let transfer = UnsafeTransfer(op)
            return try await withThrowingTaskGroup(of: Outcome<T>.self) { group in
                group.addTask { .value(try await transfer.value(onLeased)) }
                group.addTask {
                    try? await Task.sleep(for: wait)
                    return .timedOut
                }
                var timedOut = false
                while true {
                    do {
                        guard let next = try await group.next() else { throw CancellationError() }
                        switch next {
                        case .value(let value):
                            group.cancelAll()
                            return value
                        case .timedOut:
                            // Still waiting for a connection: give up the lease request. A connection handed
                            // out in the same instant still completes the operation (its value is returned).
                            if !leased.withLock({ $0 }) && !Task.isCancelled {
                                timedOut = true
                                group.cancelAll()
                            }
                        }
                    } catch {
                        // Errors after the lease are the operation's own (PostgresStore sorts them).
                        if leased.withLock({ $0 }) || Task.isCancelled { throw error }
                        markDown()
                        throw NoConnection(reason: timedOut
                            ? "no database connection within \(wait) (the server is down, unreachable or overloaded)"
                            : "the connection pool gave up: \(error)")
                    }
                }
            }
        }
    }

    /// No connection was handed out: none came within the wait, or the pool failed the request.
    struct NoConnection: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }

    private enum Outcome<T: Sendable>: Sendable {
        case value(T)
        case timedOut
    }
}

/// Carries the caller's non-escaping operation into the child task that runs it while the caller waits
/// (structured: the group does not return before the child has finished).
private struct UnsafeTransfer<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// A query PostgresNIO may never answer. A query written to a connection that has just closed (the server
/// crashed or restarted) is dropped by the closed channel with nobody told, and its caller waits forever —
/// seen here when a PostgreSQL restart left writers hanging in their ROLLBACK. So a query is refused on a
/// closed connection, and one under way is given up once its connection is found closed (checked twice a
/// second). A query the server answered before the close is unaffected: its answer comes first.
struct GuardedQuery {
    /// The connection closed under a query.
    struct ConnectionLost: Error, CustomStringConvertible {
        var description: String { "the connection to the database closed (server restarted or unreachable)" }
    }

    static func send(_ query: PostgresQuery, on conn: PostgresConnection, logger: Logger) async throws -> PostgresRowSequence {
        guard !conn.isClosed else { throw ConnectionLost() }
        let outcome = Once<PostgresRowSequence>()
        return try await withCheckedThrowingContinuation { continuation in
            outcome.set(continuation)
            let watchdog = conn.eventLoop.scheduleRepeatedTask(initialDelay: .milliseconds(500), delay: .milliseconds(500)) { task in
                if conn.isClosed {
                    outcome.resume(with: .failure(ConnectionLost()))
                    task.cancel()
                }
            }
            Task {
                do {
                    let rows = try await conn.query(query, logger: logger)
                    outcome.resume(with: .success(rows))
                } catch {
                    outcome.resume(with: .failure(error))
                }
                watchdog.cancel()
            }
        }
    }

    /// A continuation resumed by whichever comes first: the answer or the watchdog.
    final class Once<T: Sendable>: Sendable {
        private let state = Mutex<(continuation: CheckedContinuation<T, any Error>?, early: Result<T, any Error>?)>((nil, nil))

        func set(_ continuation: CheckedContinuation<T, any Error>) {
            let early: Result<T, any Error>? = state.withLock { s in
                if let early = s.early { return early }
                s.continuation = continuation
                return nil
            }
            if let early { continuation.resume(with: early) }
        }

        func resume(with result: Result<T, any Error>) {
            let continuation: CheckedContinuation<T, any Error>? = state.withLock { s in
                if let c = s.continuation {
                    s.continuation = nil
                    s.early = result  // marks it resumed
                    return c
                }
                if s.early == nil { s.early = result }
                return nil
            }
            continuation?.resume(with: result)
        }
    }
}
