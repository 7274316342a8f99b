/// Petition text as the hot-issue engine reads it: runs of letters, digits and Han characters (folded as
/// for search), with punctuation and spaces breaking runs, so that no phrase spans two clauses.
struct TextRuns: Sendable {
    /// The scalars of all runs, concatenated.
    var scalars: [UInt32]
    /// Where each run starts and ends in ``scalars`` (half-open).
    var runs: [Range<Int>]

    init(_ text: String) {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count / 3 + 8)
        var runs: [Range<Int>] = []
        var start = 0
        for u in text.unicodeScalars {
            if let f = TextFolding.fold(u) {
                scalars.append(f.value)
            } else if scalars.count > start {
                runs.append(start..<scalars.count)
                start = scalars.count
            }
        }
        if scalars.count > start { runs.append(start..<scalars.count) }
        self.scalars = scalars
        self.runs = runs
    }

    /// Polynomial hashes of every prefix, so that any substring hashes in O(1) (``hash(_:_:)``).
    func prefixHashes() -> [UInt64] {
        var pre = [UInt64](repeating: 0, count: scalars.count + 1)
        for (i, c) in scalars.enumerated() { pre[i + 1] = pre[i] &* PhraseHash.base &+ UInt64(c) &+ 1 }
        return pre
    }
}

/// The hash of a phrase: a polynomial over its scalars modulo 2⁶⁴ (collisions among the few hundred
/// thousand candidate phrases of a corpus are negligible, and cost at most a spurious match).
enum PhraseHash {
    static let base: UInt64 = 0x100000001B3
    static let powers: [UInt64] = {
        var p: [UInt64] = [1]
        for _ in 0..<64 { p.append(p.last! &* base) }
        return p
    }()

    /// The hash of `scalars[start..<start+length]` from the prefix hashes.
    @inline(__always)
    static func hash(_ pre: [UInt64], _ start: Int, _ length: Int) -> UInt64 {
        pre[start + length] &- pre[start] &* powers[length]
    }

    static func hash(_ scalars: some Collection<UInt32>) -> UInt64 {
        var h: UInt64 = 0
        for c in scalars { h = h &* base &+ UInt64(c) &+ 1 }
        return h
    }
}
