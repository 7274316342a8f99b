/// Where a petition stands in the lifecycle of RULES.md §2.
public enum PetitionState: String, Sendable, Codable, CaseIterable {
    /// 待分办: registered, waiting for the bureau to route it (15 days).
    case registered
    /// 待受理: forwarded or assigned; the receiving body must accept or object.
    case awaitingAcceptance
    /// 办理中: accepted (or handled directly); the decision is due.
    case inHandling
    /// 已答复: the decision letter is issued; the review window is open.
    case replied
    /// 复查中.
    case reviewRequested
    /// 已复查: the review decision is issued; the re-review window is open.
    case reviewed
    /// 复核中.
    case recheckRequested
    /// 已终结 (终结): the re-review is decided; the same facts are not accepted again.
    case final
    /// 已办结.
    case closed
    /// 不予受理.
    case declined
    /// 不再受理.
    case refusedAgain
    /// 已并案: linked to a matter still in handling; the petitioner is told where it stands.
    case merged

    public var chineseName: String {
        switch self {
        case .registered: "待分办"
        case .awaitingAcceptance: "待受理"
        case .inHandling: "办理中"
        case .replied: "已答复"
        case .reviewRequested: "复查中"
        case .reviewed: "已复查"
        case .recheckRequested: "复核中"
        case .final: "已终结"
        case .closed: "已办结"
        case .declined: "不予受理"
        case .refusedAgain: "不再受理"
        case .merged: "已并案"
        }
    }

    /// No further handling is owed by anyone.
    public var isTerminal: Bool {
        switch self {
        case .closed, .declined, .refusedAgain, .merged: true
        default: false
        }
    }

    /// Some body owes a step with a deadline (triage, acceptance, decision, review or re-review).
    public var isStaffStepOpen: Bool {
        switch self {
        case .registered, .awaitingAcceptance, .inHandling, .reviewRequested, .recheckRequested: true
        default: false
        }
    }

    /// The matter is still being handled somewhere (a new petition about it is merged, not restarted).
    public var isInHandling: Bool { isStaffStepOpen && self != .registered }
}

/// 转送 (no report back) or 交办 (with a completion report and its deadline).
public enum Routing: String, Sendable, Codable {
    case forward, assign, direct
}

/// The decision in a 处理意见书 (RULES.md §2 step 4).
public enum DecisionOutcome: String, Sendable, Codable, CaseIterable {
    case support, partlySupport, notSupport, explain

    public var chineseName: String {
        switch self {
        case .support: "支持"
        case .partlySupport: "部分支持"
        case .notSupport: "不予支持"
        case .explain: "解释说明"
        }
    }
}

/// The decision of a review (复查) or re-review (复核).
public enum ReviewOutcome: String, Sendable, Codable, CaseIterable {
    case uphold, change, orderRehandling

    public var chineseName: String {
        switch self {
        case .uphold: "维持"
        case .change: "变更"
        case .orderRehandling: "撤销重办"
        }
    }
}

/// 满意 / 基本满意 / 不满意.
public enum Satisfaction: String, Sendable, Codable, CaseIterable {
    case satisfied, basicallySatisfied, dissatisfied

    public var chineseName: String {
        switch self {
        case .satisfied: "满意"
        case .basicallySatisfied: "基本满意"
        case .dissatisfied: "不满意"
        }
    }
}
