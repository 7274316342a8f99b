import Foundation
import HuiyinDomain

/// Decoded petitions and histories this instance has read for case pages, each kept with the version
/// and update time it was read at.
///
/// Decoding a petition's registration, status and history from JSON is most of what a case page costs.
/// Every change to a petition goes through one write that raises its version (the history only grows
/// with it), so a decoded copy is valid exactly while the row's `version` and `updated_at` are what it
/// was read with. Those are read from the database on every request, in the same read as the rest of
/// the page: the database stays the source of truth, whichever instance wrote it.
final class SQLiteCaseCache: @unchecked Sendable {
    /// Beyond this many petitions, the cache starts again empty.
    static let capacity = 2_000

    struct Entry {
        var version: Int
        var updatedAt: Double
        var petition: PetitionCase
        var history: [HistoryEntry]
    }

    private let lock = NSLock()
    private var entries: [PetitionRecord.ID: Entry] = [:]

    /// The decoded petition and history if they were read at this version and update time.
    func entry(id: PetitionRecord.ID, version: Int, updatedAt: Double) -> Entry? {
        lock.withLock {
            guard let entry = entries[id], entry.version == version, entry.updatedAt == updatedAt else { return nil }
            return entry
        }
    }

    func remember(_ entry: Entry) {
        lock.withLock {
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[entry.petition.record.id] = entry
        }
    }
}
