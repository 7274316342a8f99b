import Foundation

/// A short-lived memory of the sessions this instance has just read, so that a page does not read the
/// `sessions` and `users` tables on every request.
///
/// The database stays the source of truth: an entry lives ``timeToLive`` at most, then the session is
/// read again, so a sign-out, password change or deactivation made by another instance takes effect
/// here within that time. Made by this instance, it takes effect at once: every write to sessions or
/// users empties the cache (and a read that began before such a write is not remembered, see
/// ``generation``). An entry is never used past its session's expiry.
final class SQLiteSessionCache: @unchecked Sendable {
    /// How long a session read from the database is trusted.
    static let timeToLive: Duration = .seconds(2)
    /// Beyond this many sessions, stale entries are dropped (and all of them if none is stale).
    static let capacity = 10_000

    private struct Entry {
        var session: WebSession
        var readAt: ContinuousClock.Instant
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var currentGeneration = 0

    /// Taken before reading the database; ``remember(_:tokenHash:generation:)`` ignores a read that
    /// an invalidation overtook.
    var generation: Int {
        lock.withLock { currentGeneration }
    }

    /// The session for `tokenHash` if it was read recently and has not expired at `now`.
    func session(tokenHash: String, now: Date) -> WebSession? {
        let clock = ContinuousClock.now
        return lock.withLock {
            guard let entry = entries[tokenHash], clock - entry.readAt < Self.timeToLive else { return nil }
            return entry.session.expiresAt > now ? entry.session : nil
        }
    }

    func remember(_ session: WebSession, tokenHash: String, generation: Int) {
        let clock = ContinuousClock.now
        lock.withLock {
            guard generation == currentGeneration else { return }
            if entries.count >= Self.capacity {
                entries = entries.filter { clock - $0.value.readAt < Self.timeToLive }
                if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            }
            entries[tokenHash] = Entry(session: session, readAt: clock)
        }
    }

    /// Forgets everything: called on every change to sessions or users.
    func invalidate() {
        lock.withLock {
            currentGeneration += 1
            entries.removeAll(keepingCapacity: true)
        }
    }
}
