/// Group-average agglomerative clustering over a sparse similarity graph: the two clusters whose average
/// pairwise similarity is highest merge, as long as it is at least the threshold. Unlike single link
/// (connected components), one loose pair cannot chain two problems together: a merge needs the members
/// of both sides to be alike on average. Pairs absent from the graph count as 0.
struct AverageLinkage {
    struct Edge { var a: Int32; var b: Int32; var similarity: Double }

    /// Clusters of `count` items (each a list of item indexes), given the edges (each unordered pair at most once).
    static func clusters(count: Int, edges: [Edge], threshold: Double) -> [[Int32]] {
        var members: [[Int32]] = (0..<count).map { [Int32($0)] }
        var alive = [Bool](repeating: true, count: count)
        var version = [Int32](repeating: 0, count: count)
        var sums = [[Int32: Double]](repeating: [:], count: count)
        var heap = MaxHeap()
        for e in edges {
            sums[Int(e.a)][e.b, default: 0] += e.similarity
            sums[Int(e.b)][e.a, default: 0] += e.similarity
            if e.similarity >= threshold { heap.push(.init(score: e.similarity, a: e.a, b: e.b, va: 0, vb: 0)) }
        }
        while let top = heap.pop() {
            let a = Int(top.a), b = Int(top.b)
            guard alive[a], alive[b], version[a] == top.va, version[b] == top.vb else { continue }
            // Merge the smaller into the larger.
            let (keep, gone) = members[a].count >= members[b].count ? (a, b) : (b, a)
            members[keep].append(contentsOf: members[gone])
            members[gone] = []
            alive[gone] = false
            version[keep] += 1
            let goneSums = sums[gone]
            sums[gone] = [:]
            sums[keep][Int32(gone)] = nil
            for (c, s) in goneSums where Int(c) != keep {
                sums[keep][c, default: 0] += s
                sums[Int(c)][Int32(gone)] = nil
                sums[Int(c)][Int32(keep)] = sums[keep][c]
            }
            let size = Double(members[keep].count)
            for (c, s) in sums[keep] {
                let average = s / (size * Double(members[Int(c)].count))
                if average >= threshold {
                    heap.push(.init(score: average, a: Int32(keep), b: c, va: version[keep], vb: version[Int(c)]))
                }
            }
        }
        return members.enumerated().compactMap { alive[$0.offset] ? $0.element : nil }
    }
}

/// A binary max-heap of candidate merges (the highest average first; ties by the lower pair, for repeatability).
struct MaxHeap {
    struct Entry { var score: Double; var a: Int32; var b: Int32; var va: Int32; var vb: Int32 }
    private var items: [Entry] = []

    @inline(__always) private static func above(_ x: Entry, _ y: Entry) -> Bool {
        x.score != y.score ? x.score > y.score : (x.a, x.b) < (y.a, y.b)
    }

    mutating func push(_ e: Entry) {
        items.append(e)
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            guard Self.above(items[i], items[p]) else { break }
            items.swapAt(i, p)
            i = p
        }
    }

    mutating func pop() -> Entry? {
        guard let first = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count, Self.above(items[l], items[m]) { m = l }
                if r < items.count, Self.above(items[r], items[m]) { m = r }
                if m == i { break }
                items.swapAt(i, m)
                i = m
            }
        }
        return first
    }
}
