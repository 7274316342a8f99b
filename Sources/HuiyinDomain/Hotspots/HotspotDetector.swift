/// Finds hotspots: petitions of the same category and area (``HotspotItem/area``) whose texts are alike (similarity at least
/// ``threshold`` to some other member, single link) and of which at least ``minimumCount`` were received
/// in the window. Pure; the similarity is pluggable.
public struct HotspotDetector<Similarity: TextSimilarity>: Sendable {
    public var similarity: Similarity
    /// Two texts this alike are about the same problem.
    public var threshold: Double
    /// Members in the window for a cluster to be a hotspot.
    public var minimumCount: Int

    public init(similarity: Similarity, threshold: Double = 0.4, minimumCount: Int = 3) {
        self.similarity = similarity
        self.threshold = threshold
        self.minimumCount = minimumCount
    }

    /// Hotspots among `items` (received in the window or the previous one), hottest first.
    public func detect(_ items: [HotspotItem], window: ClosedRange<LocalDate>, previous: ClosedRange<LocalDate>) -> [Hotspot] {
        var groups: [String: [HotspotItem]] = [:]
        for item in items where window.contains(item.receivedOn) || previous.contains(item.receivedOn) {
            groups[item.category + "\u{1F}" + item.area, default: []].append(item)
        }
        var out: [Hotspot] = []
        for (_, group) in groups where group.count >= minimumCount {
            let sorted = group.sorted { ($0.receivedOn, $0.id) < ($1.receivedOn, $1.id) }
            let vectors = sorted.map { similarity.vector($0.text) }
            for cluster in clusters(vectors) {
                let members = cluster.map { sorted[$0] }
                let now = cluster.filter { window.contains(sorted[$0].receivedOn) }
                guard now.count >= minimumCount else { continue }
                out.append(hotspot(members: members, current: now.map { sorted[$0] }, vectors: now.map { vectors[$0] },
                                   window: window))
            }
        }
        return out.sorted { $0.heat != $1.heat ? $0.heat > $1.heat : $0.key < $1.key }
    }

    /// Groups up to this size compare every pair; larger ones use the similarity's blocking keys.
    static var allPairsLimit: Int { 300 }

    /// Connected components of the "alike" graph (union–find), members in input order.
    private func clusters(_ vectors: [Similarity.Vector]) -> [[Int]] {
        var parent = Array(vectors.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        func link(_ i: Int, _ j: Int) {
            guard similarity.similarity(vectors[i], vectors[j]) >= threshold else { return }
            let a = root(i), b = root(j)
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        let keys = vectors.count > Self.allPairsLimit ? vectors.map(similarity.blockingKeys) : []
        if keys.isEmpty || keys.contains(where: \.isEmpty) {
            for i in vectors.indices { for j in vectors.indices where j > i { link(i, j) } }
        } else {
            // Large groups: only pairs sharing a blocking key are compared, each pair once.
            var buckets: [UInt64: [Int]] = [:]
            for (i, ks) in keys.enumerated() { for k in ks { buckets[k, default: []].append(i) } }
            var seenBy = Array(repeating: -1, count: vectors.count)
            for i in vectors.indices {
                for k in keys[i] {
                    for j in buckets[k]! where j > i && seenBy[j] != i {
                        seenBy[j] = i
                        link(i, j)
                    }
                }
            }
        }
        var byRoot: [Int: [Int]] = [:]
        for i in vectors.indices { byRoot[root(i), default: []].append(i) }
        return byRoot.values.filter { $0.count >= minimumCount }.sorted { $0[0] < $1[0] }
    }

    private func hotspot(members all: [HotspotItem], current: [HotspotItem], vectors: [Similarity.Vector],
                         window: ClosedRange<LocalDate>) -> Hotspot {
        // The representative is the member most alike to the others (first 200 compared, for speed).
        let sample = min(vectors.count, 200)
        var best = 0, bestScore = -1.0
        for i in 0..<sample {
            var s = 0.0
            for j in 0..<sample where j != i { s += similarity.similarity(vectors[i], vectors[j]) }
            if s > bestScore { best = i; bestScore = s }
        }
        let supports = current.compactMap(\.support)
        let first = all[0]
        // The place shown is the one most members name (ties: the earliest member's).
        var named: [String: Int] = [:]
        for m in current { named[m.place, default: 0] += 1 }
        let place = current.map(\.place).max { named[$0]! < named[$1]! } ?? first.place
        return Hotspot(key: "\(first.category)|\(first.place)|\(first.id)", category: first.category, place: place,
                       representative: current[best], members: current, previousCount: all.count - current.count,
                       distinctPetitioners: Set(current.map { $0.petitioner.isEmpty ? "#\($0.id)" : $0.petitioner }).count,
                       support: supports.isEmpty ? nil : supports.reduce(0, +))
    }
}
