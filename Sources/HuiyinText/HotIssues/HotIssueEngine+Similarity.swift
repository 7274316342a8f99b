extension HotIssueEngine {
    /// Pairs of items at least ``edgeFloor`` alike (after the place factors), found through an inverted
    /// index of the weighted phrases so that only pairs sharing a phrase are compared.
    func similarities(_ a: Analysis) -> [AverageLinkage.Edge] {
        let n = a.documents.count
        // The inverted index, flat: the postings of phrase p are start[p]..<start[p + 1].
        var start = [Int](repeating: 0, count: a.lexicon.count + 1)
        for d in a.documents { for f in d.features { start[Int(f.phrase) + 1] += 1 } }
        for p in 0..<a.lexicon.count { start[p + 1] += start[p] }
        var fill = start
        var postingDoc = [Int32](repeating: 0, count: start[a.lexicon.count])
        var postingWeight = [Double](repeating: 0, count: start[a.lexicon.count])
        for (i, d) in a.documents.enumerated() {
            for f in d.features {
                postingDoc[fill[Int(f.phrase)]] = Int32(i)
                postingWeight[fill[Int(f.phrase)]] = f.weight
                fill[Int(f.phrase)] += 1
            }
        }
        let places = a.documents.map { Places(sites: $0.sites, titleSites: $0.titleSites, unit: $0.unit, area: $0.area) }
        var accumulator = [Double](repeating: 0, count: n)
        var touched: [Int32] = []
        var edges: [AverageLinkage.Edge] = []
        for i in 0..<n {
            for f in a.documents[i].features {
                // Postings are in document order: start after i.
                var lo = start[Int(f.phrase)], hi = start[Int(f.phrase) + 1]
                let end = hi
                while lo < hi { let m = (lo + hi) / 2; if Int(postingDoc[m]) <= i { lo = m + 1 } else { hi = m } }
                for k in lo..<end {
                    let j = Int(postingDoc[k])
                    if accumulator[j] == 0 { touched.append(Int32(j)) }
                    accumulator[j] += f.weight * postingWeight[k]
                }
            }
            for j32 in touched {
                let j = Int(j32)
                let s = min(1, accumulator[j] * placeFactor(places[i], places[j]))
                accumulator[j] = 0
                if s >= edgeFloor { edges.append(.init(a: Int32(i), b: j32, similarity: s)) }
            }
            touched.removeAll(keepingCapacity: true)
        }
        return edges
    }

    /// What the place factor reads of a document.
    struct Places {
        var sites: [Int32]
        var titleSites: [Int32]
        var unit: Int32
        var area: Int32
    }

    /// Same site or locality: ``samePlaceFactor``; titles naming different sites, or localities in
    /// different townships: ``otherPlaceFactor``; otherwise 1.
    func placeFactor(_ x: Places, _ y: Places) -> Double {
        if Self.intersects(x.sites, y.sites) || (x.unit >= 0 && x.unit == y.unit) { return samePlaceFactor }
        if !x.titleSites.isEmpty, !y.titleSites.isEmpty { return otherPlaceFactor }
        if x.area >= 0, y.area >= 0, x.area != y.area { return otherPlaceFactor }
        return 1
    }

    /// Two sorted id lists share an id.
    static func intersects(_ a: [Int32], _ b: [Int32]) -> Bool {
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { return true }
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    /// `long` holds `short` (of at least two characters) as a contiguous part.
    static func contains(_ long: [UInt32], _ short: [UInt32]) -> Bool {
        guard short.count >= 2, short.count < long.count else { return false }
        for start in 0...(long.count - short.count) where long[start] == short[0] {
            if long[start..<start + short.count].elementsEqual(short) { return true }
        }
        return false
    }
}
