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

/// The risk signals of one petition text: the matched words, strongest level first. It describes the
/// text, never the person who wrote it.
public struct RiskAssessment: Sendable, Hashable, Codable {
    public var level: RiskLevel
    public var matches: [RiskMatch]

    public static let none = RiskAssessment(level: .none, matches: [])

    public init(level: RiskLevel, matches: [RiskMatch]) {
        self.level = level
        self.matches = matches
    }

    /// `自杀（自伤自杀）、去北京（赴省进京）`.
    public var summary: String {
        matches.map { "\($0.word)（\($0.category.chineseName)）" }.joined(separator: "、")
    }
}

/// A configurable list of words that signal danger (self-harm, violence, threats, mass gathering, going to
/// the province or Beijing), matched on folded text. An administrator edits it as lines of
/// `word<TAB>category<TAB>level` (see ``parse(_:)``).
public struct RiskLexicon: Sendable, Hashable, Codable {
    public private(set) var terms: [RiskTerm]
    private let index: Index

    struct Index: Sendable, Hashable, Codable {
        var words: [[UInt32]]
        var firstScalars: [UInt32: [Int]]
    }

    enum CodingKeys: String, CodingKey { case terms }

    public init(from decoder: any Decoder) throws {
        self.init(terms: try decoder.container(keyedBy: CodingKeys.self).decode([RiskTerm].self, forKey: .terms))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(terms, forKey: .terms)
    }

    public static func == (a: RiskLexicon, b: RiskLexicon) -> Bool { a.terms == b.terms }
    public func hash(into h: inout Hasher) { h.combine(terms) }

    public init(terms: [RiskTerm]) {
        self.terms = terms
        var words: [[UInt32]] = []
        var firsts: [UInt32: [Int]] = [:]
        for (i, t) in terms.enumerated() {
            let f = TextFolding.fold(t.word).map(\.value)
            words.append(f)
            if let first = f.first { firsts[first, default: []].append(i) }
        }
        index = Index(words: words, firstScalars: firsts)
    }

    /// Every term found in `text`, each once, in lexicon order.
    public func matches(in text: String) -> [RiskMatch] {
        matches(folded: TextFolding.fold(text))
    }

    /// Every term found in already folded text.
    public func matches(folded: [Unicode.Scalar]) -> [RiskMatch] {
        let t = folded.map(\.value)
        var found = Set<Int>()
        for i in t.indices {
            guard let candidates = index.firstScalars[t[i]] else { continue }
            for c in candidates where !found.contains(c) {
                let w = index.words[c]
                guard i + w.count <= t.count else { continue }
                var ok = true
                for k in 1..<max(1, w.count) where t[i + k] != w[k] { ok = false; break }
                if ok { found.insert(c) }
            }
        }
        return found.sorted().map { RiskMatch(word: terms[$0].word, category: terms[$0].category, level: terms[$0].level) }
    }

    /// The assessment of a registration's text (title, content, demands) and head count: a collective
    /// petition (at least `collectiveThreshold` people) is itself a signal — high for a visit, where the
    /// duty leader must come at once (RULES.md §4).
    public func assess(title: String, content: String, demands: String, peopleCount: Int = 1,
                       collectiveThreshold: Int = 5, isVisit: Bool = false) -> RiskAssessment {
        assess(folded: TextFolding.fold(title + "\u{3000}" + content + "\u{3000}" + demands), peopleCount: peopleCount,
               collectiveThreshold: collectiveThreshold, isVisit: isVisit)
    }

    /// ``assess(title:content:demands:peopleCount:collectiveThreshold:isVisit:)`` over the folded text.
    public func assess(folded: [Unicode.Scalar], peopleCount: Int = 1, collectiveThreshold: Int = 5,
                       isVisit: Bool = false) -> RiskAssessment {
        var found = matches(folded: folded)
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

    // MARK: - Text form

    /// Parses lines of `word<TAB or spaces>category[<TAB or spaces>level]`; `#` starts a comment. The level
    /// defaults to `high`. Unknown categories or levels are reported with their line number.
    public static func parse(_ text: String) throws(RiskLexiconError) -> RiskLexicon {
        var terms: [RiskTerm] = []
        var line = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line += 1
            let content = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{3000}" })
            if fields.isEmpty { continue }
            guard fields.count >= 2, let category = RiskCategory(rawValue: String(fields[1])) else {
                throw .malformedLine(line)
            }
            var level = RiskLevel.high
            if fields.count >= 3 {
                guard let l = RiskLevel(rawValue: String(fields[2])), l != .none else { throw .malformedLine(line) }
                level = l
            }
            guard !TextFolding.fold(String(fields[0])).isEmpty else { throw .malformedLine(line) }
            terms.append(RiskTerm(String(fields[0]), category, level))
        }
        return RiskLexicon(terms: terms)
    }

    /// The lexicon as editable text (the inverse of ``parse(_:)``).
    public var text: String {
        terms.map { "\($0.word)\t\($0.category.rawValue)\t\($0.level.rawValue)" }.joined(separator: "\n") + "\n"
    }

    /// A starting lexicon; each county adjusts it.
    public static let standard = RiskLexicon(terms: [
        // 自伤自杀
        RiskTerm("自杀", .selfHarm), RiskTerm("轻生", .selfHarm), RiskTerm("不想活", .selfHarm),
        RiskTerm("活不下去", .selfHarm), RiskTerm("一死了之", .selfHarm), RiskTerm("跳楼", .selfHarm),
        RiskTerm("跳河", .selfHarm), RiskTerm("喝农药", .selfHarm), RiskTerm("服毒", .selfHarm),
        RiskTerm("自焚", .selfHarm), RiskTerm("上吊", .selfHarm), RiskTerm("割腕", .selfHarm),
        RiskTerm("以死相逼", .selfHarm), RiskTerm("死给你们看", .selfHarm), RiskTerm("走投无路", .selfHarm, .low),
        // 暴力
        RiskTerm("同归于尽", .violence), RiskTerm("杀了他", .violence), RiskTerm("杀人", .violence),
        RiskTerm("砍人", .violence), RiskTerm("报复", .violence), RiskTerm("炸药", .violence),
        RiskTerm("炸掉", .violence), RiskTerm("放火", .violence), RiskTerm("纵火", .violence),
        RiskTerm("血债血偿", .violence), RiskTerm("弄死", .violence), RiskTerm("殴打", .violence, .low),
        // 扬言威胁
        RiskTerm("后果自负", .threat, .low), RiskTerm("走着瞧", .threat, .low), RiskTerm("把事情闹大", .threat, .low),
        RiskTerm("不惜一切代价", .threat, .low),
        // 聚集
        RiskTerm("集体上访", .massGathering), RiskTerm("聚集", .massGathering), RiskTerm("围堵", .massGathering),
        RiskTerm("堵路", .massGathering), RiskTerm("拉横幅", .massGathering), RiskTerm("静坐", .massGathering),
        RiskTerm("游行", .massGathering), RiskTerm("示威", .massGathering), RiskTerm("群情激愤", .massGathering),
        RiskTerm("一起去", .massGathering, .low),
        // 赴省进京
        RiskTerm("进京", .levelSkipping), RiskTerm("去北京", .levelSkipping), RiskTerm("到北京", .levelSkipping),
        RiskTerm("上北京", .levelSkipping), RiskTerm("赴省", .levelSkipping), RiskTerm("去省里", .levelSkipping),
        RiskTerm("到省里", .levelSkipping), RiskTerm("省里上访", .levelSkipping),
    ])
}

public enum RiskLexiconError: Error, Sendable, Equatable {
    /// Line number (1-based) of a line that is not `word category [level]`.
    case malformedLine(Int)

    public var message: String {
        switch self {
        case .malformedLine(let n): "风险词表第\(n)行格式应为“词语 类别 [等级]”，类别为 selfHarm/violence/threat/massGathering/levelSkipping，等级为 low/high"
        }
    }
}
