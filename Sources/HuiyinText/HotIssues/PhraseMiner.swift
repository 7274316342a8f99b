

/// Mines the key phrases of a corpus from the texts themselves (新词发现): estate, village, company, project
/// and road names, and the words of the problems, with no dictionary. A county's names are its own, so a
/// phrase is whatever string of 2…``maximumLength`` characters
///
/// - recurs in at least ``minimumDocuments`` texts (frequency),
/// - holds together: every way of cutting it in two gives parts that occur together far more often than
///   chance would have them (cohesion, the smallest pointwise mutual information over the cuts), and
/// - is free at both ends: the characters before and after it vary (boundary entropy), so that 伊景园滨河苑
///   is a phrase and 伊景园滨 is not;
///
/// and a phrase almost always seen inside one longer phrase gives way to it (伊景 inside 伊景园).
/// Counting is level by level: a string of n characters is counted only where both its (n−1)-character
/// halves are frequent, so the work falls quickly with n.
public struct PhraseMiner: Sendable {
    public var minimumDocuments = 3
    public var maximumLength = 10
    /// Smallest pointwise mutual information (natural log) over the cuts of a phrase.
    public var minimumCohesion = 3.0
    /// Smallest entropy (nats) of the characters on each side.
    public var minimumBoundaryEntropy = 1.0
    /// A phrase seen at least this share of the times inside one longer phrase gives way to it.
    public var subsumedShare = 0.85

    public init() {}

    /// Counts of every string counted, indexed by its id in the table.
    struct Counts {
        var table = PhraseTable(capacity: 1 << 16)
        var df: [Int32] = []
        var tf: [Int32] = []
        var lastDocument: [Int32] = []
        /// Where the string was first seen: document, offset and length (to read its characters later).
        var document: [Int32] = []
        var offset: [Int32] = []
        var length: [UInt8] = []

        @inline(__always) mutating func count(_ key: UInt64, document d: Int, offset i: Int, length n: Int) -> Int32 {
            let (id, inserted) = table.insert(key)
            if inserted {
                df.append(1); tf.append(1); lastDocument.append(Int32(d))
                document.append(Int32(d)); offset.append(Int32(i)); length.append(UInt8(n))
            } else {
                tf[id] += 1
                if lastDocument[id] != Int32(d) { df[id] += 1; lastDocument[id] = Int32(d) }
            }
            return Int32(id)
        }

        @inline(__always) func tf(_ key: UInt64) -> Int32 { table.find(key).map { tf[$0] } ?? 0 }
    }

    /// The phrases of `texts`.
    public func mine(_ texts: [String]) -> PhraseLexicon {
        mine(runs: texts.map(TextRuns.init))
    }

    func mine(runs docs: [TextRuns]) -> PhraseLexicon {
        let hashes = docs.map { $0.prefixHashes() }
        // reach[d][i]: the longest frequent string starting at i (0 = none), within its run.
        var reach = docs.map { [UInt8](repeating: 0, count: $0.scalars.count) }
        var runEnd = docs.map { [Int32](repeating: 0, count: $0.scalars.count) }
        for (d, doc) in docs.enumerated() {
            for r in doc.runs { for i in r { runEnd[d][i] = Int32(r.upperBound) } }
        }
        var c = Counts()
        var totalScalars = 0
        let minimum = Int32(minimumDocuments)
        // ids[n][d][i]: the id of the string of n characters at i in document d, where it was counted (−1: not).
        var ids: [[[Int32]]] = [[]]
        for n in 1...maximumLength {
            var counted = 0
            var level = docs.map { [Int32](repeating: -1, count: $0.scalars.count) }
            for d in docs.indices {
                hashes[d].withUnsafeBufferPointer { pre in
                    reach[d].withUnsafeBufferPointer { reach in
                        runEnd[d].withUnsafeBufferPointer { end in
                            level[d].withUnsafeMutableBufferPointer { level in
                                for i in 0..<reach.count where i + n <= Int(end[i]) {
                                    if n > 1 { guard reach[i] >= n - 1, reach[i + 1] >= n - 1 else { continue } }
                                    counted += 1
                                    level[i] = c.count(pre[i + n] &- pre[i] &* PhraseHash.powers[n], document: d, offset: i, length: n)
                                }
                            }
                        }
                    }
                }
            }
            if n == 1 { totalScalars = counted }
            if counted == 0 { break }
            var any = false
            for d in docs.indices {
                level[d].withUnsafeBufferPointer { level in
                    reach[d].withUnsafeMutableBufferPointer { reach in
                        for i in 0..<level.count where level[i] >= 0 && c.df[Int(level[i])] >= minimum {
                            reach[i] = UInt8(n)
                            any = true
                        }
                    }
                }
            }
            ids.append(level)
            if !any { break }
        }
        // Cohesion of every frequent string of two or more characters.
        let total = Double(max(totalScalars, 1))
        var cohesive = [Bool](repeating: false, count: c.table.count)
        for id in 0..<c.table.count where c.length[id] >= 2 && c.df[id] >= minimum {
            let doc = Int(c.document[id]), at = Int(c.offset[id]), n = Int(c.length[id])
            guard !docs[doc].scalars[at..<at + n].allSatisfy({ $0 < 0x80 }) else { continue }  // numbers, Latin codes
            var worst = Double.infinity
            for cut in 1..<n {
                // Every part of a counted string was counted at the same place: no hashing needed.
                let a = ids[cut][doc][at], b = ids[n - cut][doc][at + cut]
                guard a >= 0, b >= 0 else { worst = -1; break }
                worst = min(worst, naturalLog(Double(c.tf[id]) * total / (Double(c.tf[Int(a)]) * Double(c.tf[Int(b)]))))
                if worst < minimumCohesion { break }
            }
            if worst >= minimumCohesion { cohesive[id] = true }
        }
        // Boundary entropy: the characters before and after each occurrence (a run's edge counts as a new one
        // each time, and so does the end of an area's name before it or a generic tail after it: in
        // 柳塘镇翠湖花园小区 the estate's name stands free between 镇 and 小区, however often it is written so). Each event is one number — id, side, character — and sorting them groups equal ones.
        var events: [UInt64] = []
        var edges = [(left: Int32, right: Int32)](repeating: (0, 0), count: c.table.count)
        for (d, doc) in docs.enumerated() {
            let end = runEnd[d]
            for i in 0..<doc.scalars.count where reach[d][i] >= 2 {
                let runStart = i == 0 || end[i - 1] != end[i]
                for n in 2...Int(reach[d][i]) {
                    let id = Int(ids[n][d][i])
                    guard id >= 0, cohesive[id] else { continue }
                    if runStart || PlaceKind.endsArea(doc.scalars, before: i) { edges[id].left += 1 } else {
                        events.append(UInt64(id) << 33 | UInt64(doc.scalars[i - 1]))
                    }
                    if i + n >= Int(end[i]) || PlaceKind.startsGenericTail(doc.scalars, at: i + n) { edges[id].right += 1 } else {
                        events.append(UInt64(id) << 33 | 1 << 32 | UInt64(doc.scalars[i + n]))
                    }
                }
            }
        }
        events.sort()
        // Entropy = log t − Σ cᵢ log cᵢ / t, with each edge its own symbol (c = 1).
        var sides = [(total: Double, sum: Double)](repeating: (0, 0), count: 2 * c.table.count)
        var k = 0
        while k < events.count {
            var e = k + 1
            while e < events.count, events[e] == events[k] { e += 1 }
            let side = Int(events[k] >> 33) * 2 + Int(events[k] >> 32 & 1)
            let n = Double(e - k)
            sides[side].total += n
            sides[side].sum += n * naturalLog(n)
            k = e
        }
        func entropy(_ side: Int, edges: Int32) -> Double {
            let t = sides[side].total + Double(edges)
            return t > 0 ? naturalLog(t) - sides[side].sum / t : 0
        }
        var kept = [Bool](repeating: false, count: c.table.count)
        for id in 0..<c.table.count where cohesive[id] {
            kept[id] = min(entropy(2 * id, edges: edges[id].left), entropy(2 * id + 1, edges: edges[id].right)) >= minimumBoundaryEntropy
        }
        // A phrase nearly always inside one longer phrase gives way to it.
        var subsumed = [Bool](repeating: false, count: c.table.count)
        for id in 0..<c.table.count where kept[id] {
            let pre = hashes[Int(c.document[id])], n = Int(c.length[id]), at = Int(c.offset[id])
            for m in max(2, n - 3)..<n {
                for start in 0...(n - m) {
                    if let inner = c.table.find(PhraseHash.hash(pre, at + start, m)), kept[inner],
                       Double(c.tf[id]) >= subsumedShare * Double(c.tf[inner]) { subsumed[inner] = true }
                }
            }
        }
        var phrases: [PhraseLexicon.Phrase] = []
        for id in 0..<c.table.count where kept[id] && !subsumed[id] {
            let at = Int(c.offset[id])
            let scalars = Array(docs[Int(c.document[id])].scalars[at..<at + Int(c.length[id])])
            var specific = Int(c.tf[id]), tail = Int(c.tf[id])
            if let suffix = PlaceKind.siteSuffix(scalars) {
                specific = Int(c.tf(PhraseHash.hash(scalars.dropLast(suffix))))
                tail = Int(c.tf(PhraseHash.hash(scalars.dropFirst())))
            }
            phrases.append(PhraseLexicon.Phrase(scalars: scalars, documents: Int(c.df[id]),
                                                kind: PlaceKind.of(scalars, frequency: Int(c.tf[id]), specificFrequency: specific,
                                                                   tailFrequency: tail)))
        }
        return PhraseLexicon(phrases, documents: docs.count)
    }
}
