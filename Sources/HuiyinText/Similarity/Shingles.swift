/// Character shingles (k-grams) of folded text, each packed exactly into one 64-bit value (a scalar
/// fits in 21 bits, so three fit in 63): equal shingles give equal values and different shingles different
/// values, so the Jaccard similarity computed over them is exact.
public struct Shingles: Sendable, Hashable {
    /// The distinct shingle values, sorted ascending.
    public let values: [UInt64]

    /// Shingles of `size` (1…3) characters of `text` after folding. A text shorter than `size` gives one
    /// shingle of the whole text (so short texts still compare); an empty text gives none.
    public init(_ text: String, size: Int = 3) {
        self.init(folded: TextFolding.fold(text), size: size)
    }

    public init(folded s: [Unicode.Scalar], size: Int = 3) {
        precondition((1...3).contains(size), "shingle size must be 1…3")
        var out: [UInt64] = []
        if s.count >= size {
            out.reserveCapacity(s.count - size + 1)
            for i in 0...(s.count - size) {
                var v: UInt64 = 0
                for j in 0..<size { v = (v << 21) | UInt64(s[i + j].value) }
                out.append(v)
            }
        } else if !s.isEmpty {
            var v: UInt64 = 0
            for u in s { v = (v << 21) | UInt64(u.value) }
            out.append(v | (1 << 63))
        }
        out.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(out.count)
        for v in out where unique.last != v { unique.append(v) }
        values = unique
    }

    public var count: Int { values.count }
    public var isEmpty: Bool { values.isEmpty }

    /// Exact Jaccard similarity |A ∩ B| / |A ∪ B| (1 for two empty sets).
    public func jaccard(_ other: Shingles) -> Double {
        Self.jaccard(values, other.values)
    }

    /// Exact Jaccard similarity of two sorted, duplicate-free arrays.
    public static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(common) / Double(a.count + b.count - common)
    }
}
