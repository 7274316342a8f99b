import Foundation

/// The fields of one petition as the text index sees them — the same for the SQLite and the PostgreSQL
/// adapter, which each turn it into their own index rows (``SQLiteTextIndexer``, `PostgresTextIndexer`).
public struct TextIndexDocument: Sendable {
    public var id: Int64
    public var title: String
    public var content: String
    public var demands: String
    /// The petitioners' names, space-separated in their order.
    public var names: String
    public var peopleCount: Int
    public var isVisit: Bool

    public init(id: Int64, title: String, content: String, demands: String, names: String, peopleCount: Int, isVisit: Bool) {
        self.id = id
        self.title = title
        self.content = content
        self.demands = demands
        self.names = names
        self.peopleCount = peopleCount
        self.isVisit = isVisit
    }
}

/// Work spread over the cores, for rebuilding the text index (tokens and MinHash are pure and CPU-bound).
public enum ParallelWork {
    /// Maps `items` in parallel over `workers` threads (all cores by default), keeping the order.
    public static func map<T: Sendable, U: Sendable>(_ items: [T], workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                                                     _ transform: @Sendable (T) -> U) -> [U] {
        let workers = max(1, workers)
        guard items.count > 64, workers > 1 else { return items.map(transform) }
        let chunk = (items.count + workers - 1) / workers
        let results = UnsafeMutableBufferPointer<U?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let out = results
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let lo = w * chunk, hi = min(items.count, lo + chunk)
            guard lo < hi else { return }
            for i in lo..<hi { out[i] = transform(items[i]) }
        }
        return results.map { $0! }
    }
}
