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
        // UTF-8 written directly: every scalar is encoded once and copied into its two tokens.
        var encoded: [(UInt8, UInt8, UInt8, UInt8, Int)] = []
        encoded.reserveCapacity(s.count)
        var total = 0
        for u in s {
            let e = utf8(u.value)
            encoded.append(e)
            total += e.4
        }
        return String(unsafeUninitializedCapacity: total * 2 + s.count) { buffer in
            var n = 0
            @inline(__always) func put(_ e: (UInt8, UInt8, UInt8, UInt8, Int)) {
                buffer[n] = e.0
                if e.4 > 1 { buffer[n + 1] = e.1 }
                if e.4 > 2 { buffer[n + 2] = e.2 }
                if e.4 > 3 { buffer[n + 3] = e.3 }
                n += e.4
            }
            for i in 0..<(encoded.count - 1) {
                put(encoded[i])
                put(encoded[i + 1])
                buffer[n] = 0x20
                n += 1
            }
            put(encoded[encoded.count - 1])
            return n
        }
    }

    @inline(__always)
    static func utf8(_ v: UInt32) -> (UInt8, UInt8, UInt8, UInt8, Int) {
        switch v {
        case 0..<0x80: return (UInt8(v), 0, 0, 0, 1)
        case 0x80..<0x800: return (UInt8(0xC0 | (v >> 6)), UInt8(0x80 | (v & 0x3F)), 0, 0, 2)
        case 0x800..<0x10000:
            return (UInt8(0xE0 | (v >> 12)), UInt8(0x80 | ((v >> 6) & 0x3F)), UInt8(0x80 | (v & 0x3F)), 0, 3)
        default:
            return (UInt8(0xF0 | (v >> 18)), UInt8(0x80 | ((v >> 12) & 0x3F)), UInt8(0x80 | ((v >> 6) & 0x3F)),
                    UInt8(0x80 | (v & 0x3F)), 4)
        }
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
