import HuiyinDomain

/// What kind of danger a word signals (RULES.md §4, emergencies).
public enum RiskCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// 自伤自杀.
    case selfHarm
    /// 暴力、报复.
    case violence
    /// 扬言、威胁.
    case threat
    /// 聚集、堵路、集体行动.
    case massGathering
    /// 赴省进京.
    case levelSkipping
    /// Not a word: the number of people (集体访).
    case collective

    public var chineseName: String {
        switch self {
        case .selfHarm: "自伤自杀"
        case .violence: "暴力"
        case .threat: "扬言威胁"
        case .massGathering: "聚集"
        case .levelSkipping: "赴省进京"
        case .collective: "集体访"
        }
    }
}

/// One entry of the lexicon.
public struct RiskTerm: Sendable, Hashable, Codable {
    public var word: String
    public var category: RiskCategory
    public var level: RiskLevel

    public init(_ word: String, _ category: RiskCategory, _ level: RiskLevel = .high) {
        self.word = word
        self.category = category
        self.level = level
    }
}

/// A word found in a text.
public struct RiskMatch: Sendable, Hashable, Codable {
    public var word: String
    public var category: RiskCategory
    public var level: RiskLevel

    public init(word: String, category: RiskCategory, level: RiskLevel) {
        self.word = word
        self.category = category
        self.level = level
    }
}

/// A configurable list of words that signal danger (self-harm, violence, threats, mass gathering, going to
/// the province or Beijing), matched on folded text and weighed in their clause (``RiskContext``: a denied,
/// quoted, reported or supposed word raises nothing). An administrator edits it as lines of
/// `word<TAB>category<TAB>level` and `!longer word` exclusions (see ``parse(_:)``).
public struct RiskLexicon: Sendable, Hashable, Codable {
    public private(set) var terms: [RiskTerm]
    /// Longer words that contain a term and mean something else (打击报复 is retaliation suffered, not
    /// threatened; 减轻生产成本 holds 轻生): a term found inside one of them raises nothing.
    public private(set) var exclusions: [String]
    private let index: Index

    struct Index: Sendable {
        var words: [[UInt32]]
        var firstScalars: [UInt32: [Int]]
        /// For each term, the exclusions that contain it: (folded exclusion, offset of the term in it).
        var exclusions: [[(word: [UInt32], offset: Int)]]
    }

    enum CodingKeys: String, CodingKey { case terms, exclusions }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(terms: try c.decode([RiskTerm].self, forKey: .terms),
                  exclusions: try c.decodeIfPresent([String].self, forKey: .exclusions) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(terms, forKey: .terms)
        try c.encode(exclusions, forKey: .exclusions)
    }

    public static func == (a: RiskLexicon, b: RiskLexicon) -> Bool { a.terms == b.terms && a.exclusions == b.exclusions }
    public func hash(into h: inout Hasher) {
        h.combine(terms)
        h.combine(exclusions)
    }

    public init(terms: [RiskTerm], exclusions: [String] = []) {
        self.terms = terms
        self.exclusions = exclusions
        var words: [[UInt32]] = []
        var firsts: [UInt32: [Int]] = [:]
        for (i, t) in terms.enumerated() {
            let f = TextFolding.fold(t.word).map(\.value)
            words.append(f)
            if let first = f.first { firsts[first, default: []].append(i) }
        }
        let excluded = exclusions.map { TextFolding.fold($0).map(\.value) }
        let containing = words.map { w in
            excluded.flatMap { e -> [(word: [UInt32], offset: Int)] in
                guard !w.isEmpty, e.count > w.count else { return [] }
                return (0...(e.count - w.count)).filter { Array(e[$0..<($0 + w.count)]) == w }.map { (e, $0) }
            }
        }
        index = Index(words: words, firstScalars: firsts, exclusions: containing)
    }

    /// Every term said in `text` (not denied, quoted, reported, supposed or excluded), each once, in
    /// lexicon order.
    public func matches(in text: String) -> [RiskMatch] {
        var said = Set<Int>()
        for o in located(in: text) where o.occurrence.discount == nil { said.insert(o.termIndex) }
        return said.sorted().map(match)
    }

    /// Every place a term occurs in `text`, in text order, with its clause and, if the context rules set
    /// it aside, why (for the evaluation and for explaining a signal).
    public func occurrences(in text: String) -> [RiskOccurrence] {
        located(in: text).map(\.occurrence)
    }

    /// Every term found in already folded text, without regard to context (a word that is there at all).
    public func matches(folded: [Unicode.Scalar]) -> [RiskMatch] {
        var found = Set<Int>()
        for (_, c) in positions(Self.values(folded)) { found.insert(c) }
        return found.sorted().map(match)
    }

    private func match(_ c: Int) -> RiskMatch {
        RiskMatch(word: terms[c].word, category: terms[c].category, level: terms[c].level)
    }

    private static func values(_ folded: [Unicode.Scalar]) -> [UInt32] { folded.map(\.value) }

    /// (start, term) of every term occurring in `t`, excluded ones left out.
    private func positions(_ t: [UInt32]) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        for i in t.indices {
            guard let candidates = index.firstScalars[t[i]] else { continue }
            for c in candidates {
                let w = index.words[c]
                guard i + w.count <= t.count else { continue }
                var ok = true
                for k in 1..<max(1, w.count) where t[i + k] != w[k] { ok = false; break }
                if ok && !isExcluded(t, at: i, term: c) { out.append((i, c)) }
            }
        }
        return out
    }

    private func isExcluded(_ t: [UInt32], at i: Int, term c: Int) -> Bool {
        index.exclusions[c].contains { e in
            let start = i - e.offset
            return start >= 0 && start + e.word.count <= t.count && Array(t[start..<(start + e.word.count)]) == e.word
        }
    }

    private func located(in text: String) -> [(occurrence: RiskOccurrence, termIndex: Int)] {
        let (folded, offsets) = TextFolding.foldWithOffsets(text)
        let raw = Array(text.unicodeScalars)
        var out: [(occurrence: RiskOccurrence, termIndex: Int)] = []
        let t = Self.values(folded)
        // Excluded words are found too (as such), so that the evaluation can show them.
        for i in t.indices {
            guard let candidates = index.firstScalars[t[i]] else { continue }
            for c in candidates {
                let w = index.words[c]
                guard i + w.count <= t.count else { continue }
                var ok = true
                for k in 1..<max(1, w.count) where t[i + k] != w[k] { ok = false; break }
                guard ok else { continue }
                let range = offsets[i]..<(offsets[i + w.count - 1] + 1)
                let clause = RiskContext.clause(raw, range)
                let discount = isExcluded(t, at: i, term: c) ? .excluded : RiskContext.discount(raw, range, clause: clause)
                var view = String.UnicodeScalarView()
                view.append(contentsOf: raw[clause])
                out.append((RiskOccurrence(term: terms[c], range: range, clause: String(view), discount: discount), c))
            }
        }
        // A word inside a longer word found at the same place is that word (报复 of 报复社会).
        return out.filter { o in
            !out.contains { $0.termIndex != o.termIndex && $0.occurrence.range.count > o.occurrence.range.count
                && $0.occurrence.range.clamped(to: o.occurrence.range) == o.occurrence.range }
        }
    }

    /// The text the assessment reads: title, content and demands, each its own clause.
    public static func joined(title: String, content: String, demands: String) -> String {
        title + "\u{3000}" + content + "\u{3000}" + demands
    }

    /// The assessment of a registration's text (title, content, demands) and head count: a collective
    /// petition (at least `collectiveThreshold` people) is itself a signal — high for a visit, where the
    /// duty leader must come at once (RULES.md §4).
    public func assess(title: String, content: String, demands: String, peopleCount: Int = 1,
                       collectiveThreshold: Int = 5, isVisit: Bool = false) -> RiskAssessment {
        assess(matches(in: Self.joined(title: title, content: content, demands: demands)), peopleCount: peopleCount,
               collectiveThreshold: collectiveThreshold, isVisit: isVisit)
    }

    /// ``assess(title:content:demands:peopleCount:collectiveThreshold:isVisit:)`` for a caller that has
    /// folded the text already (the indexers): the words are looked for in `folded`, and only when one is
    /// there is `original` (the same text unfolded, as ``joined(title:content:demands:)``) read for its context.
    public func assess(folded: [Unicode.Scalar], original: () -> String, peopleCount: Int = 1, collectiveThreshold: Int = 5,
                       isVisit: Bool = false) -> RiskAssessment {
        let found = positions(Self.values(folded)).isEmpty ? [] : matches(in: original())
        return assess(found, peopleCount: peopleCount, collectiveThreshold: collectiveThreshold, isVisit: isVisit)
    }

    private func assess(_ words: [RiskMatch], peopleCount: Int, collectiveThreshold: Int, isVisit: Bool) -> RiskAssessment {
        var found = words
        var seen = Set<String>()
        found = found.filter { seen.insert($0.word).inserted }
        if peopleCount >= collectiveThreshold {
            found.append(RiskMatch(word: "\(peopleCount)人", category: .collective, level: isVisit ? .high : .low))
        }
        found.sort { $0.level > $1.level }
        return RiskAssessment(level: found.map(\.level).max() ?? .none, matches: found)
    }

    public func assess(_ r: Registration, collectiveThreshold: Int) -> RiskAssessment {
        assess(title: r.title, content: r.content, demands: r.demands, peopleCount: r.peopleCount,
               collectiveThreshold: collectiveThreshold, isVisit: r.channel == .visit)
    }
}

public enum RiskLexiconError: Error, Sendable, Equatable {
    /// Line number (1-based) of a line that is not `word category [level]`.
    case malformedLine(Int)

    public var message: String {
        switch self {
        case .malformedLine(let n): "风险词表第\(n)行格式应为“词语 类别 [等级]”或“!排除词”，类别为 selfHarm/violence/threat/massGathering/levelSkipping，等级为 low/high"
        }
    }
}
