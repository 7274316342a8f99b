/// A search as staff type it: terms separated by spaces are all required (AND), `"quoted phrases"`
/// (also `“…”` and `「…」`) keep their spaces inside one term, and a leading `-` (or `－`) excludes a term or
/// phrase. Terms are compared on folded text (see ``TextFolding``): case, full-width forms, punctuation and
/// spaces inside a term do not matter.
///
/// ```swift
/// let q = SearchQuery.parse("拆迁 \"补偿 款\" -噪音")
/// q.required.map(\.display)   // ["拆迁", "补偿 款"]
/// q.excluded.map(\.display)   // ["噪音"]
/// ```
public struct SearchQuery: Sendable, Hashable {
    /// One term or phrase.
    public struct Term: Sendable, Hashable {
        /// As typed (without quotes or the minus sign).
        public var display: String
        /// Folded; never empty.
        public var folded: [Unicode.Scalar]

        public init?(_ display: String) {
            self.display = display
            folded = TextFolding.fold(display)
            if folded.isEmpty { return nil }
        }

        /// The FTS5 expression over ``BigramTokenizer`` tokens: `"c"*` for one character, else the phrase
        /// of the term's bigrams.
        public var ftsExpression: String {
            if folded.count == 1 {
                return "\"\(Character(folded[0]))\"*"
            }
            var v = String.UnicodeScalarView()
            v.append("\"")
            for i in 0..<(folded.count - 1) {
                if i > 0 { v.append(" ") }
                v.append(folded[i])
                v.append(folded[i + 1])
            }
            v.append("\"")
            return String(v)
        }

        /// True when the folded term occurs in `text` (already folded).
        public func occurs(in text: [Unicode.Scalar]) -> Bool {
            SearchQuery.firstIndex(of: folded, in: text, from: 0) != nil
        }
    }

    public var required: [Term]
    public var excluded: [Term]

    public init(required: [Term] = [], excluded: [Term] = []) {
        self.required = required
        self.excluded = excluded
    }

    /// True when nothing searchable was typed.
    public var isEmpty: Bool { required.isEmpty && excluded.isEmpty }

    /// Parses what a user typed. Never fails: unmatched quotes run to the end, terms with nothing
    /// searchable (only punctuation) are dropped.
    public static func parse(_ input: String) -> SearchQuery {
        var query = SearchQuery()
        let scalars = Array(input.unicodeScalars)
        var i = 0
        func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0x3000 || v == 0xA0 }
        func closing(for v: UInt32) -> UInt32? {
            switch v {
            case 0x22, 0xFF02: return v          // " ＂
            case 0x201C: return 0x201D           // “ ”
            case 0x300C: return 0x300D           // 「 」
            case 0x300E: return 0x300F           // 『 』
            default: return nil
            }
        }
        while i < scalars.count {
            while i < scalars.count, isSpace(scalars[i].value) { i += 1 }
            guard i < scalars.count else { break }
            var negative = false
            if (scalars[i].value == 0x2D || scalars[i].value == 0xFF0D), i + 1 < scalars.count, !isSpace(scalars[i + 1].value) {
                negative = true
                i += 1
            }
            var text = String.UnicodeScalarView()
            if let close = closing(for: scalars[i].value) {
                i += 1
                while i < scalars.count, scalars[i].value != close, !(close == 0x22 && scalars[i].value == 0x201D) {
                    text.append(scalars[i])
                    i += 1
                }
                i += 1 // the closing quote (or past the end)
            } else {
                while i < scalars.count, !isSpace(scalars[i].value) {
                    text.append(scalars[i])
                    i += 1
                }
            }
            guard let term = Term(String(text)) else { continue }
            if negative {
                if !query.excluded.contains(term) { query.excluded.append(term) }
            } else if !query.required.contains(term) {
                query.required.append(term)
            }
        }
        return query
    }

    /// The FTS5 MATCH expression for the required terms with the excluded ones removed, or nil when no
    /// term is required (use ``exclusionExpression`` then).
    public var matchExpression: String? {
        guard !required.isEmpty else { return nil }
        let positive = required.map(\.ftsExpression).joined(separator: " AND ")
        guard let negative = exclusionExpression else { return positive }
        return "(\(positive)) NOT \(negative)"
    }

    /// The FTS5 expression matching any excluded term, or nil.
    public var exclusionExpression: String? {
        guard !excluded.isEmpty else { return nil }
        return "(" + excluded.map(\.ftsExpression).joined(separator: " OR ") + ")"
    }

    /// The reference semantics, a plain substring scan: every required term occurs in one of the
    /// (folded) fields and no excluded term occurs in any. The index gives exactly this answer.
    public func matches(foldedFields fields: [[Unicode.Scalar]]) -> Bool {
        for t in required where !fields.contains(where: { t.occurs(in: $0) }) { return false }
        for t in excluded where fields.contains(where: { t.occurs(in: $0) }) { return false }
        return true
    }

    /// `matches(foldedFields:)` over raw field texts.
    public func matches(fields: [String]) -> Bool {
        matches(foldedFields: fields.map(TextFolding.fold))
    }

    /// The first index at or after `from` where `needle` occurs in `haystack`.
    static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int) -> Int? {
        let n = needle.count, m = haystack.count
        guard n > 0, m - from >= n else { return nil }
        let first = needle[0]
        var i = from
        while i <= m - n {
            if haystack[i] == first {
                var j = 1
                while j < n, haystack[i + j] == needle[j] { j += 1 }
                if j == n { return i }
            }
            i += 1
        }
        return nil
    }
}
