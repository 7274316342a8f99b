import HuiyinDomain

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

    /// Which part of the supervisor's queue the petition belongs to (风险层级): danger to life before large
    /// collective petitions before the rest (issue 12).
    ///
    /// - ``RiskTier/danger``: a word of self-harm, violence or threat at level high (自杀、跳楼、自焚、纵火、
    ///   同归于尽、弄死 …). The low words of those kinds (走投无路、殴打、后果自负 …) are too often
    ///   a figure of speech or a report of harm suffered to go before a collective visit: in the 7,142 real
    ///   messages that `Benchmarks` text-eval reads, the 17 with 走投无路 use it as a figure of speech, and the
    ///   39 with 殴打 report an assault suffered, none a threat to life or an extreme act.
    /// - ``RiskTier/collective``: a collective petition (at least the county's threshold of people), or a
    ///   high word of mass gathering (集体上访、堵路、静坐 …).
    /// - ``RiskTier/other``: everything else (赴省进京, the low words).
    public var tier: RiskTier {
        if matches.contains(where: RiskTier.danger.decides) { return .danger }
        if matches.contains(where: RiskTier.collective.decides) { return .collective }
        return matches.isEmpty ? .none : .other
    }

    /// The matches that put the assessment in its ``tier`` (for the other tier: all of them).
    public var tierMatches: [RiskMatch] {
        let t = tier
        return t == .other ? matches : matches.filter(t.decides)
    }

    /// The one-line reason for the ``tier`` (风险提示理由), in Chinese: `文中有“不想活”（自伤自杀）`,
    /// `集体访32人`, `文中有“堵路”（聚集）；集体访32人`. The English is composed from ``tierMatches`` by
    /// the interface.
    public var reason: String {
        let decisive = tierMatches
        var parts: [String] = []
        let words = decisive.filter { $0.category != .collective }
        if !words.isEmpty {
            parts.append("文中有" + words.map { "“\($0.word)”（\($0.category.chineseName)）" }.joined(separator: "、"))
        }
        for m in decisive where m.category == .collective { parts.append("集体访" + m.word) }
        return parts.joined(separator: "；")
    }
}

/// 风险层级: the order of the supervisor's queue and the dashboard — petitions with signals of danger to
/// life first, then large collective petitions, then the rest (issue 12). Stored beside the risk row as
/// ``rank`` so that the databases order by it before they cut the list.
public enum RiskTier: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// No signal at all.
    case none
    /// 其他风险.
    case other
    /// 集体访 / 聚集.
    case collective
    /// 危及生命: self-harm, violence, threats, extreme acts.
    case danger

    /// 0 (none) … 3 (danger): the stored, sortable form.
    public var rank: Int {
        switch self {
        case .none: 0
        case .other: 1
        case .collective: 2
        case .danger: 3
        }
    }

    public init(rank: Int) {
        self = Self.allCases.first { $0.rank == rank } ?? .none
    }

    public static func < (a: RiskTier, b: RiskTier) -> Bool { a.rank < b.rank }

    /// The badge's label.
    public var chineseName: String {
        switch self {
        case .none: "无风险"
        case .other: "其他风险"
        case .collective: "集体访"
        case .danger: "危及生命"
        }
    }

    /// True when `m` alone puts a text in this tier.
    func decides(_ m: RiskMatch) -> Bool {
        switch self {
        case .danger: m.level == .high && m.category.threatensLife
        case .collective: m.category == .collective || (m.category == .massGathering && m.level == .high)
        case .other: true
        case .none: false
        }
    }
}

extension RiskCategory {
    /// Self-harm, violence and threats: the kinds whose high words signal danger to someone's life.
    public var threatensLife: Bool {
        switch self {
        case .selfHarm, .violence, .threat: true
        case .massGathering, .levelSkipping, .collective: false
        }
    }
}
