/// The character trigrams of folded text as 63-bit integers: the set of trigrams that occur anywhere in
/// the indexed texts lets a search answer "no petition" at once when a term of three or more characters
/// contains a trigram that no petition has.
///
/// Why: a term of n ≥ 3 characters is the FTS5 phrase of its n−1 bigrams. When those bigrams are common
/// but never adjacent (`请求政府` when the texts say `要求政府` and `请求…`), FTS5 must visit every document
/// holding all of them to prove there is no match — milliseconds at a million petitions, for an empty
/// answer. Every occurrence of the term contains each of its trigrams, so one missing trigram proves the
/// answer empty; when all are present, the bigram index answers as before. The set only grows (a trigram
/// once seen stays), so it can say "maybe" wrongly but never "no" wrongly.
public enum TrigramKeys {
    /// The key of three scalars (21 bits each: every Unicode scalar fits).
    @inline(__always)
    public static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar) -> Int64 {
        Int64(a.value) << 42 | Int64(b.value) << 21 | Int64(c.value)
    }

    /// The trigram keys of already folded scalars in text order (a trigram that recurs appears again),
    /// appended to `keys`.
    public static func append(folded s: [Unicode.Scalar], to keys: inout [Int64]) {
        guard s.count >= 3 else { return }
        for i in 0..<(s.count - 2) { keys.append(key(s[i], s[i + 1], s[i + 2])) }
    }

    /// The distinct trigram keys of already folded scalars.
    public static func keys(folded s: [Unicode.Scalar]) -> Set<Int64> {
        var keys: [Int64] = []
        append(folded: s, to: &keys)
        return Set(keys)
    }
}

extension SearchQuery {
    /// The trigram keys that every matching petition's text must contain: those of the required terms of
    /// three or more characters (sorted, distinct; empty when no such term is required).
    public var requiredTrigramKeys: [Int64] {
        var keys: [Int64] = []
        for t in required { TrigramKeys.append(folded: t.folded, to: &keys) }
        return Set(keys).sorted()
    }
}
