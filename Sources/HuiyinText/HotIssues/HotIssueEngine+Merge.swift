extension HotIssueEngine {
    /// Joins clusters about the same place (a place named by at least 40% of each's members, or the same
    /// locality unit for most) whose problems are alike — the centroids of their problem phrases, places
    /// left out, at least ``mergeThreshold`` — : one problem reported in words different enough to form
    /// two groups (搅拌站 / 搅拌厂). Different problems at one place stay apart. Largest first.
    func mergeSamePlace(_ clusters: [[Int]], analysis a: Analysis) -> [[Int]] {
        var groups = clusters
        while true {
            let centroids = groups.map { centroid($0, a, problemsOnly: true) }
            var byPlace: [Int64: [Int]] = [:]
            for (g, members) in groups.enumerated() {
                for p in dominantSites(members, a) { byPlace[Int64(p), default: []].append(g) }
                if let u = dominantUnit(members, a) { byPlace[Int64(u) - (1 << 40), default: []].append(g) }
            }
            var parent = Array(groups.indices)
            func root(_ i: Int) -> Int {
                var i = i
                while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
                return i
            }
            var joined = false
            for list in byPlace.values where list.count > 1 {
                for x in list.indices {
                    for y in list.indices where y > x {
                        let g = list[x], h = list[y]
                        guard root(g) != root(h), Analysis.dot(centroids[g], centroids[h]) >= mergeThreshold else { continue }
                        parent[max(root(g), root(h))] = min(root(g), root(h))
                        joined = true
                    }
                }
            }
            guard joined else { break }
            var merged: [Int: [Int]] = [:]
            for g in groups.indices { merged[root(g), default: []] += groups[g] }
            groups = Array(merged.values)
        }
        return groups.map { $0.sorted() }.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
    }

    /// The normalised sum of the members' vectors (of their problem phrases alone, if `problemsOnly`).
    func centroid(_ members: [Int], _ a: Analysis, problemsOnly: Bool = false) -> [(phrase: Int32, weight: Double)] {
        var sum: [Int32: Double] = [:]
        for m in members {
            for f in a.documents[m].features where !problemsOnly || a.lexicon.phrases[Int(f.phrase)].kind == .none {
                sum[f.phrase, default: 0] += f.weight
            }
        }
        let norm = sum.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return sum.map { ($0.key, norm > 0 ? $0.value / norm : 0) }.sorted { $0.phrase < $1.phrase }
    }

    /// Places named by at least 40% of the members, most named first.
    func dominantSites(_ members: [Int], _ a: Analysis) -> [Int32] {
        var count: [Int32: Int] = [:]
        for m in members { for s in a.documents[m].sites { count[s, default: 0] += 1 } }
        return count.filter { Double($0.value) >= 0.4 * Double(members.count) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    /// The locality unit of more than half of the members, if any.
    func dominantUnit(_ members: [Int], _ a: Analysis) -> Int32? {
        var count: [Int32: Int] = [:]
        for m in members where a.documents[m].unit >= 0 { count[a.documents[m].unit, default: 0] += 1 }
        return count.first { Double($0.value) > 0.5 * Double(members.count) }?.key
    }
}
