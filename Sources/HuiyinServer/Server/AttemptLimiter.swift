import Foundation
import Synchronization

/// Counts failures per key in a sliding window and blocks a key past the limit (wrong query codes,
/// wrong passwords). In memory, per instance.
final class AttemptLimiter: Sendable {
    private let failures = Mutex<[String: [Date]]>([:])
    let maxFailures: Int
    let window: TimeInterval

    init(maxFailures: Int, window: TimeInterval) {
        self.maxFailures = maxFailures
        self.window = window
    }

    func isBlocked(_ key: String, now: Date = Date()) -> Bool {
        failures.withLock { all in
            let recent = (all[key] ?? []).filter { now.timeIntervalSince($0) < window }
            all[key] = recent.isEmpty ? nil : recent
            return recent.count >= maxFailures
        }
    }

    func recordFailure(_ key: String, now: Date = Date()) {
        failures.withLock { all in
            if all.count > 100_000 { all.removeAll() }  // bound memory under a flood of distinct keys
            all[key, default: []].append(now)
        }
    }
}
