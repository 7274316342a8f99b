/// An in-memory LSH index over MinHash band keys, for batch work (evaluations, benchmarks, imports). The
/// server keeps the same band keys in the database instead, so that every instance answers alike.
public struct NearDuplicateIndex: Sendable {
    public let hasher: MinHasher
    public let banding: LSHBanding
    private var buckets: [Int64: [Int]] = [:]
    private var shingles: [Shingles] = []

    public init(hasher: MinHasher = MinHasher(), banding: LSHBanding = LSHBanding()) {
        self.hasher = hasher
        self.banding = banding
    }

    public var count: Int { shingles.count }

    /// Adds a text; returns its number (0, 1, 2 …) and the numbers of earlier texts that share a band
    /// with it, each once, ascending.
    @discardableResult
    public mutating func add(_ text: String) -> (id: Int, candidates: [Int]) {
        let s = Shingles(text, size: hasher.shingleSize)
        return add(s, keys: banding.keys(hasher.signature(s)))
    }

    public mutating func add(_ s: Shingles, keys: [Int64]) -> (id: Int, candidates: [Int]) {
        let id = shingles.count
        var found = Set<Int>()
        for k in keys {
            if let ids = buckets[k] { found.formUnion(ids) }
            buckets[k, default: []].append(id)
        }
        shingles.append(s)
        return (id, found.sorted())
    }

    /// The earlier texts similar to text `id` with exact Jaccard at least `threshold`, most similar first.
    public func verified(_ id: Int, candidates: [Int], threshold: Double) -> [(id: Int, similarity: Double)] {
        candidates.compactMap { c -> (id: Int, similarity: Double)? in
            let j = shingles[id].jaccard(shingles[c])
            return j >= threshold ? (c, j) : nil
        }.sorted { $0.similarity > $1.similarity || ($0.similarity == $1.similarity && $0.id < $1.id) }
    }

    public func shingles(of id: Int) -> Shingles { shingles[id] }
}
