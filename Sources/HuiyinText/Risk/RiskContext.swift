/// Why a word of the risk lexicon found in a text raises no signal there (语境规则).
public enum RiskDiscount: String, Sendable, Hashable, Codable, CaseIterable {
    /// 否定: 并非想不开、没有想过自杀、不会去北京上访.
    case negated
    /// 引用: inside quotation marks or a title — “跳楼”、「杀人门」、《……》.
    case quoted
    /// 转述: 有人说、听说、据说 before it in the clause — 以前有人说要跳楼.
    case reported
    /// 假设: in the condition of 如果、万一、一旦 … — 如果有人跳楼谁负责 (but not 如果不解决我就跳楼).
    case hypothetical
    /// 另有含义: part of a longer word that means something else — 打击报复、减轻生产.
    case excluded

    public var chineseName: String {
        switch self {
        case .negated: "否定"
        case .quoted: "引用"
        case .reported: "转述"
        case .hypothetical: "假设"
        case .excluded: "另有含义"
        }
    }
}

/// One place where a word of the lexicon occurs in a text, with the clause around it and, when the
/// context rules set it aside, why.
public struct RiskOccurrence: Sendable, Hashable {
    public var term: RiskTerm
    /// Offsets in the text's unicode scalars.
    public var range: Range<Int>
    /// The clause around the word (between clause-ending punctuation).
    public var clause: String
    /// Why it raises no signal; nil when it does.
    public var discount: RiskDiscount?
}

/// The context rules (语境规则) that keep a word of the lexicon from raising a signal where the text
/// denies it, quotes it, reports hearsay or supposes it. They are few on purpose, so that a registrar can
/// see why a word was passed over; each looks only at the clause the word stands in, cut at
/// `，。！？；,.!?;` and line ends:
///
/// 1. **Negation**: a negating word at most three characters before the word (并非想不开, 没有想过自杀,
///    不至于高考后自杀), or 不/没/未/别 right before it (不去北京); not when 就/便/则/才/只能/只好/只有/
///    干脆 stands between them, which makes the negation the condition of a threat (再不解决就去北京,
///    没人管只能跳楼). The word may itself begin with 不 (不想活, 活不下去): only what precedes it counts.
/// 2. **Quotation**: the word lies inside “”「」『』《》‘’ or straight quotes of the same paragraph — a
///    name, a title, a saying (“跳楼”价, “杀人门”); not when the quotation follows 说/道/扬言/叫嚣/威胁 …, which
///    makes it someone's words (他威胁说“要搞死你”).
/// 3. **Hearsay**: 有人说、听说、据说、传言、网传 before it in the clause.
/// 4. **Supposition**: 如果、假如、假设、倘若、万一、要是、一旦 before it in the clause, with no consequence word
///    (就、便、则 …) and no 我/俺 between (如果有人跳楼 is supposed; 如果不解决我去跳楼 is a threat).
///
/// Exclusions (another word containing it, 打击报复) belong to the lexicon (``RiskLexicon/exclusions``).
enum RiskContext {
    static func isBoundary(_ u: Unicode.Scalar) -> Bool {
        switch u {
        case "，", "。", "！", "？", "；", ",", ".", "!", "?", ";", "\n", "\r", "\u{3000}", "｜", "|", "…": true
        default: false
        }
    }

    /// Negating words that may stand up to ``negationGap`` characters before the word.
    static let negators: [[Unicode.Scalar]] = scalars([
        "并非", "并不", "并没", "并未", "没", "不会", "不要", "不想", "不是", "不能", "不该", "不至于", "不曾", "不再",
        "不打算", "不可能", "绝不", "决不", "从不", "从未", "未曾", "无意", "不用", "不必",
    ])
    /// Negating characters that count only right before the word (未 of 上访未果 or 别 of 别人 negate nothing further on).
    static let adjacentNegators: [[Unicode.Scalar]] = scalars(["不", "没", "未", "别", "勿", "莫"])
    static let negationGap = 3
    /// Words that make what follows them a consequence, not something denied or supposed.
    static let consequences: [[Unicode.Scalar]] = scalars(["就", "便", "则", "才", "只能", "只好", "只有", "干脆", "索性", "宁可", "否则", "不然"])
    static let firstPerson: [[Unicode.Scalar]] = scalars(["我", "俺"])
    static let hearsay: [[Unicode.Scalar]] = scalars(["有人说", "听说", "据说", "传言", "网传", "有人讲", "听人说"])
    static let suppositions: [[Unicode.Scalar]] = scalars(["如果", "假如", "假设", "假若", "倘若", "万一", "要是", "一旦", "若是", "如若"])
    static let openingQuotes: Set<Unicode.Scalar> = ["“", "「", "『", "《", "‘", "〈"]
    static let closingQuotes: Set<Unicode.Scalar> = ["”", "」", "』", "》", "’", "〉"]
    static let straightQuotes: Set<Unicode.Scalar> = ["\"", "＂"]
    /// How far (in characters) a quotation is looked for around the word.
    static let quoteReach = 200

    static func scalars(_ words: [String]) -> [[Unicode.Scalar]] { words.map { Array($0.unicodeScalars) } }

    /// The clause around `range` of `text` (offsets in scalars): from after the last boundary before it to
    /// the next boundary after it.
    static func clause(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start > 0, !isBoundary(text[start - 1]) { start -= 1 }
        var end = range.upperBound
        while end < text.count, !isBoundary(text[end]) { end += 1 }
        return start..<end
    }

    /// Why the word at `range` of `text` raises no signal, or nil when it does.
    static func discount(_ text: [Unicode.Scalar], _ range: Range<Int>, clause: Range<Int>) -> RiskDiscount? {
        if isQuoted(text, range) { return .quoted }
        // What precedes the word in its clause, folded (spaces and symbols gone: 不 会 去北京 is 不会去北京).
        let before = text[clause.lowerBound..<range.lowerBound].compactMap(TextFolding.fold)
        if isNegated(before) { return .negated }
        if hearsay.contains(where: { find($0, in: before) != nil }) { return .reported }
        if isSupposed(before) { return .hypothetical }
        return nil
    }

    static func isNegated(_ before: [Unicode.Scalar]) -> Bool {
        for n in adjacentNegators where before.count >= n.count && Array(before.suffix(n.count)) == n {
            if Array(before.suffix(3)) == ["不", "得", "不"] { continue } // 不得不: must, not a denial
            return true
        }
        for n in negators {
            var from = max(0, before.count - negationGap - n.count)
            while let at = find(n, in: before, from: from) {
                let gap = Array(before[(at + n.count)...])
                if gap.count <= negationGap, !consequences.contains(where: { find($0, in: gap) != nil }) { return true }
                from = at + 1
            }
        }
        return false
    }

    static func isSupposed(_ before: [Unicode.Scalar]) -> Bool {
        for s in suppositions {
            guard let at = find(s, in: before) else { continue }
            let after = Array(before[(at + s.count)...])
            if !(consequences + firstPerson).contains(where: { find($0, in: after) != nil }) { return true }
        }
        return false
    }

    /// True when an opening quotation mark precedes the word and a closing one follows it, within its
    /// paragraph and ``quoteReach``, with no other quotation mark between (or an odd number of straight
    /// quotes before it and one after).
    static func isQuoted(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var opened: Bool?  // the nearest curly mark before the word: opening or closing
        var straight = 0
        var i = range.lowerBound - 1
        while i >= 0, range.lowerBound - i <= quoteReach, text[i] != "\n" {
            let u = text[i]
            if straightQuotes.contains(u) { straight += 1 }
            else if opened == nil, closingQuotes.contains(u) { opened = false }
            else if opened == nil, openingQuotes.contains(u) { opened = true }
            i -= 1
        }
        let curly = opened == true
        guard curly || straight % 2 == 1 else { return false }
        if isSpeech(text, before: lastQuote(text, range)) { return false }
        var j = range.upperBound
        while j < text.count, j - range.upperBound < quoteReach, text[j] != "\n" {
            let u = text[j]
            if curly {
                if closingQuotes.contains(u) { return true }
                if openingQuotes.contains(u) { return false }
            } else if straightQuotes.contains(u) { return true }
            j += 1
        }
        return false
    }

    /// Words that introduce someone's words: a quotation after them is what was said (他威胁说“要搞死你”),
    /// not a name, a title or a saying, and it counts.
    static let speechVerbs: [[Unicode.Scalar]] = scalars(["说", "道", "扬言", "叫嚣", "威胁", "声称", "喊", "骂"])

    /// The offset of the quotation mark that opens the quotation around `range` (the nearest before it).
    static func lastQuote(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        var i = range.lowerBound - 1
        while i >= 0, range.lowerBound - i <= quoteReach {
            if openingQuotes.contains(text[i]) || straightQuotes.contains(text[i]) { return i }
            i -= 1
        }
        return nil
    }

    /// True when the quotation mark at `before` follows a speech verb (spaces and colons between allowed).
    static func isSpeech(_ text: [Unicode.Scalar], before mark: Int?) -> Bool {
        guard let mark else { return false }
        let lead = text[max(0, mark - 8)..<mark].compactMap(TextFolding.fold)
        return speechVerbs.contains { v in lead.count >= v.count && Array(lead.suffix(v.count)) == v }
    }

    static func find(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], from: Int = 0) -> Int? {
        guard !word.isEmpty, text.count >= word.count, from <= text.count - word.count else { return nil }
        for i in from...(text.count - word.count) where text[i] == word[0] {
            var ok = true
            for k in 1..<word.count where text[i + k] != word[k] { ok = false; break }
            if ok { return i }
        }
        return nil
    }
}
