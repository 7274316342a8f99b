/// Cuts folded text into the tokens the full-text index stores (design decision: overlapping
/// character bigrams produced in Swift, indexed by SQLite FTS5 `unicode61` over space-separated tokens).
///
/// For folded text `c1 c2 … cn` the tokens are `c1c2 c2c3 … c(n-1)cn cn`: every overlapping bigram,
/// then the last character alone. So every character starts exactly one token, which makes the index
/// answer terms of every length exactly like a substring scan of the folded text:
/// - a 1-character term `c` is the prefix query `c*` (some token starts with `c`);
/// - a term of n ≥ 2 characters is the phrase of its n−1 bigrams (consecutive bigrams overlap by one
///   character, so a phrase match is a substring match and the other way round).
/// Chinese, Latin letters and digits are treated alike (`A3区` → `a3 3区 区`), so mixed terms work.
public enum BigramTokenizer {
    /// The space-separated index tokens of `text` (folded first).
    public static func indexTokens(_ text: String) -> String {
        indexTokens(folded: TextFolding.fold(text))
    }

    /// The space-separated index tokens of already folded scalars.
    public static func indexTokens(folded s: [Unicode.Scalar]) -> String {
        guard !s.isEmpty else { return "" }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.count * 3)
        for i in 0..<(s.count - 1) {
            out.append(s[i])
            out.append(s[i + 1])
            out.append(" ")
        }
        out.append(s[s.count - 1])
        return String(out)
    }

    /// The index tokens as an array (for tests and diagnostics).
    public static func tokens(_ text: String) -> [String] {
        let s = TextFolding.fold(text)
        guard !s.isEmpty else { return [] }
        var tokens: [String] = []
        for i in 0..<(s.count - 1) {
            var v = String.UnicodeScalarView()
            v.append(s[i])
            v.append(s[i + 1])
            tokens.append(String(v))
        }
        tokens.append(String(s[s.count - 1]))
        return tokens
    }
}
