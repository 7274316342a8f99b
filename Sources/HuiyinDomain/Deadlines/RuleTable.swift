/// The rule table (规则表): every time limit and threshold of the workflow, as data in one place.
///
/// Provinces differ and rules change, so nothing in the lifecycle uses a literal number: it asks this
/// table. ``RuleTable/statutory`` holds the values of the 《信访工作条例》 (RULES.md §2); an administrator
/// may override any of them, and the store keeps the overrides.
public struct RuleTable: Sendable, Hashable, Codable {
    /// A named time limit.
    public enum Limit: String, Sendable, Codable, CaseIterable {
        /// 分办: forward, assign, handle directly or decline — from receipt. Art. 22.
        case triage
        /// 受理告知: the receiving body accepts and notifies — from its receipt. Art. 23.
        case acceptanceNotice
        /// 异议: the receiving body objects that the matter is not its business. Art. 23.
        case objection
        /// 重新分办: the bureau routes again after an objection [design].
        case rerouteAfterObjection
        /// 办理: the written decision — from acceptance. Art. 34.
        case decision
        /// 延期: the longest extension, granted once. Art. 34.
        case extensionMax
        /// 交办: the completion report (办结报告) on an assigned case [practice].
        case assignReport
        /// 满意度评价: the petitioner rates, after the result is published.
        case ratingWindow
        /// 复查申请: the petitioner asks for review, from receipt of the decision. Art. 35.
        case reviewRequest
        /// 复查: the review body decides. Art. 35.
        case reviewDecision
        /// 复核申请: the petitioner asks for re-review, from the review decision. Art. 36.
        case recheckRequest
        /// 复核: the body above decides. Art. 36.
        case recheckDecision

        public var chineseName: String {
            switch self {
            case .triage: "登记后分办"
            case .acceptanceNotice: "受理告知"
            case .objection: "提出异议"
            case .rerouteAfterObjection: "异议后重新分办"
            case .decision: "办理并出具处理意见"
            case .extensionMax: "延期最长"
            case .assignReport: "交办件报送办结报告"
            case .ratingWindow: "满意度评价"
            case .reviewRequest: "申请复查"
            case .reviewDecision: "复查决定"
            case .recheckRequest: "申请复核"
            case .recheckDecision: "复核决定"
            }
        }

        /// Where the limit comes from, shown beside it to administrators.
        public var source: String {
            switch self {
            case .triage: "《信访工作条例》第二十二条"
            case .acceptanceNotice, .objection: "《信访工作条例》第二十三条"
            case .decision, .extensionMax: "《信访工作条例》第三十四条"
            case .reviewRequest, .reviewDecision: "《信访工作条例》第三十五条"
            case .recheckRequest, .recheckDecision: "《信访工作条例》第三十六条"
            case .ratingWindow: "国家信访局网上信访事项办理规定"
            case .rerouteAfterObjection: "本系统设定"
            case .assignReport: "县级实践"
            }
        }
    }

    public var limits: [Limit: TimeLimit]
    /// 集体访: petitions of at least this many people are collective.
    public var collectiveThreshold: Int
    /// A collective petition names between 1 and this many representatives.
    public var maxRepresentatives: Int

    public init(limits: [Limit: TimeLimit], collectiveThreshold: Int, maxRepresentatives: Int) {
        self.limits = limits
        self.collectiveThreshold = collectiveThreshold
        self.maxRepresentatives = maxRepresentatives
    }

    /// The limit for `rule`; every rule has one in a valid table.
    public subscript(_ rule: Limit) -> TimeLimit {
        limits[rule] ?? RuleTable.statutory.limits[rule]!
    }

    /// The values of the 《信访工作条例》 (RULES.md §2, §4).
    public static let statutory = RuleTable(
        limits: [
            .triage: .calendarDays(15),
            .acceptanceNotice: .calendarDays(15),
            .objection: .workingDays(5),
            .rerouteAfterObjection: .workingDays(5),
            .decision: .calendarDays(60),
            .extensionMax: .calendarDays(30),
            .assignReport: .calendarDays(90),
            .ratingWindow: .calendarDays(30),
            .reviewRequest: .calendarDays(30),
            .reviewDecision: .calendarDays(30),
            .recheckRequest: .calendarDays(30),
            .recheckDecision: .calendarDays(30),
        ],
        collectiveThreshold: 5,
        maxRepresentatives: 5
    )

    /// Problems with an edited table, in Chinese; empty when valid.
    public func validate() -> [String] {
        var problems: [String] = []
        for rule in Limit.allCases {
            guard let limit = limits[rule] else { problems.append("缺少时限：\(rule.chineseName)"); continue }
            if !(1...365).contains(limit.days) { problems.append("\(rule.chineseName) 的天数须在 1–365 之间") }
        }
        if !(2...1000).contains(collectiveThreshold) { problems.append("集体访人数门槛须在 2–1000 之间") }
        if !(1...20).contains(maxRepresentatives) { problems.append("代表人数上限须在 1–20 之间") }
        return problems
    }
}
