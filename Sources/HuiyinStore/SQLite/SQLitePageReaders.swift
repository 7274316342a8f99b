import Foundation
import GRDB

/// A few read-only connections for the reads every page makes (session, workbench, case page), used on
/// the calling thread.
///
/// `DatabasePool`'s async `read` hands each read to a dispatch queue and back: two thread switches per
/// read, which at thousands of pages a second cost more than the short, index-served queries
/// themselves. These reads run where the request already is. A connection is only ever taken when one
/// is free (never waited for): when all are busy, the read goes through the pool as before. Each read
/// is one read-only transaction, so it sees one committed state of the database, like a pool read.
final class SQLitePageReaders: @unchecked Sendable {
    /// At most this many connections (a few more than the cores that run requests).
    static let maximum = 4

    private let path: String
    private let configuration: Configuration
    private let lock = NSLock()
    private var idle: [DatabaseQueue] = []
    private var opened = 0

    init(path: String, configuration: Configuration) {
        self.path = path
        var config = configuration
        config.readonly = true
        config.label = "huiyin.page-reader"
        self.configuration = config
    }

    /// Runs `body` on a free connection, or returns nil at once when none is free (or none can be opened).
    func read<T>(_ body: (Database) throws -> T) throws -> T? {
        guard let queue = take() else { return nil }
        defer { lock.withLock { idle.append(queue) } }
        return try queue.read(body)
    }

    private func take() -> DatabaseQueue? {
        let (queue, mayOpen): (DatabaseQueue?, Bool) = lock.withLock {
            if let queue = idle.popLast() { return (queue, false) }
            guard opened < Self.maximum else { return (nil, false) }
            opened += 1
            return (nil, true)
        }
        if let queue { return queue }
        guard mayOpen else { return nil }
        do {
            return try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            lock.withLock { opened -= 1 }
            return nil
        }
    }

    func close() {
        let queues = lock.withLock {
            let all = idle
            idle.removeAll()
            return all
        }
        for queue in queues { try? queue.close() }
    }
}
