/// The indicators of RULES.md §6 (考核指标), each with the formula shown beside its figure.
public enum Indicator: String, Sendable, Hashable, CaseIterable, Codable {
    /// 及时受理率.
    case timelyAcceptance
    /// 按期办结率.
    case onTimeCompletion
    /// 群众参评率.
    case ratingParticipation
    /// 参评群众满意率.
    case satisfaction
    /// 满意率 (满意 alone), shown beside the satisfaction rate.
    case satisfiedOnly
    /// 重复信访率.
    case repeatRate
    /// 初信初访化解率.
    case firstPetitionResolution
    /// 领导包案化解率.
    case leaderOwnedResolution

    public var chineseName: String {
        switch self {
        case .timelyAcceptance: "及时受理率"
        case .onTimeCompletion: "按期办结率"
        case .ratingParticipation: "群众参评率"
        case .satisfaction: "参评群众满意率"
        case .satisfiedOnly: "满意率（仅“满意”）"
        case .repeatRate: "重复信访率"
        case .firstPetitionResolution: "初信初访化解率"
        case .leaderOwnedResolution: "领导包案化解率"
        }
    }

    /// The formula, as shown next to every figure.
    public var formula: String {
        "\(numeratorName) ÷ \(denominatorName)"
    }

    public var numeratorName: String {
        switch self {
        case .timelyAcceptance: "期限内作出分办或受理决定的件数"
        case .onTimeCompletion: "期限内（含批准延期）出具处理意见的件数"
        case .ratingParticipation: "已评价件数"
        case .satisfaction: "评价为满意或基本满意的件数"
        case .satisfiedOnly: "评价为满意的件数"
        case .repeatRate: "重复信访件数"
        case .firstPetitionResolution: "办结后 90 日内无重复信访的初信初访件数"
        case .leaderOwnedResolution: "已销号的领导包案件数"
        }
    }

    public var denominatorName: String {
        switch self {
        case .timelyAcceptance: "期限届满（或已决定）的应受理件数"
        case .onTimeCompletion: "期限届满（或已出具意见）的应办结件数"
        case .ratingParticipation: "已公开结果的可评价件数"
        case .satisfaction, .satisfiedOnly: "已评价件数"
        case .repeatRate: "全部信访件数"
        case .firstPetitionResolution: "已办结的初信初访件数"
        case .leaderOwnedResolution: "领导包案件数"
        }
    }

    /// False for rates where lower is better (the repeat rate); used to rank units.
    public var higherIsBetter: Bool { self != .repeatRate }

    /// The county's threshold, where one is set (RULES.md §6: 领导包案化解率 85%).
    public var threshold: Double? { self == .leaderOwnedResolution ? 0.85 : nil }

    /// How many days after closing a first petition must stay without a repeat.
    public static let firstPetitionQuietDays = 90
}

/// One figure: an indicator for one unit (or the whole county) in one period, with the petitions
/// behind its numerator and denominator for the drill-down.
public struct IndicatorFigure: Sendable, Hashable {
    public var indicator: Indicator
    /// nil for the whole county.
    public var unitID: OrgUnit.ID?
    public var numerator: Int
    public var denominator: Int
    /// The petitions behind the numerator and the denominator: filled by ``IndicatorCalculator``
    /// (the drill-down), empty in a figure added up from the store's counts (``IndicatorBoard``).
    public var numeratorIDs: [Int64]
    public var denominatorIDs: [Int64]

    public init(indicator: Indicator, unitID: OrgUnit.ID?, numeratorIDs: [Int64], denominatorIDs: [Int64]) {
        self.indicator = indicator
        self.unitID = unitID
        self.numerator = numeratorIDs.count
        self.denominator = denominatorIDs.count
        self.numeratorIDs = numeratorIDs
        self.denominatorIDs = denominatorIDs
    }

    /// A figure from counts alone (no petition ids).
    public init(indicator: Indicator, unitID: OrgUnit.ID?, numerator: Int, denominator: Int) {
        self.indicator = indicator
        self.unitID = unitID
        self.numerator = numerator
        self.denominator = denominator
        self.numeratorIDs = []
        self.denominatorIDs = []
    }

    /// Units ranked best first (ties: larger denominator first, then unit id).
    public static func ranked(_ figures: [IndicatorFigure], by indicator: Indicator) -> [IndicatorFigure] {
        figures.sorted { a, b in
            let ra = a.rate ?? 0, rb = b.rate ?? 0
            if ra != rb { return indicator.higherIsBetter ? ra > rb : ra < rb }
            if a.denominator != b.denominator { return a.denominator > b.denominator }
            return (a.unitID ?? 0) < (b.unitID ?? 0)
        }
    }

    /// The rate in 0…1, or nil when nothing is due.
    public var rate: Double? { denominator == 0 ? nil : Double(numerator) / Double(denominator) }

    /// "93.3%" (one decimal), or "—".
    public var percent: String {
        guard let r = rate else { return "—" }
        let tenths = Int((r * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
