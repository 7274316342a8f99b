/// An action someone takes on a petition (RULES.md §2–4). Each is checked by ``Lifecycle`` for role,
/// unit, state and time window before it becomes an ``LifecycleEvent``.
public enum PetitionAction: Sendable, Hashable {
    /// 转送 to the body with authority.
    case forward(unitID: OrgUnit.ID, note: String)
    /// 交办 with a completion-report deadline (defaults to the rule table's).
    case assign(unitID: OrgUnit.ID, reportDue: LocalDate?, note: String)
    /// 直办: the bureau handles it itself.
    case handleDirectly(note: String)
    /// 不予受理 with the reason and the proper route (RULES.md §3).
    case decline(reason: String, properRoute: String)
    /// 不再受理: the matter is final.
    case refuseAgain(reason: String)
    /// 受理 with written notice.
    case accept(note: String)
    /// 异议: not this body's business; goes back to the bureau.
    case object(reason: String)
    /// 延期, approved by the unit head.
    case extend(days: Int, reason: String)
    /// 出具处理意见书.
    case reply(outcome: DecisionOutcome, factsFound: String, basis: String, opinion: String)
    /// 满意度评价 by the petitioner.
    case rate(acceptance: Satisfaction?, handling: Satisfaction?, comment: String)
    /// 申请复查.
    case requestReview(reasons: String)
    /// 复查决定.
    case decideReview(outcome: ReviewOutcome, opinion: String)
    /// 申请复核.
    case requestRecheck(reasons: String)
    /// 复核决定; the matter becomes final (终结).
    case decideRecheck(outcome: ReviewOutcome, opinion: String)
    /// 办结.
    case close(note: String)
    /// 督办: a supervision order with a level (nil = 书面督办) and the progress report it requires.
    case supervise(reason: String, dueDate: LocalDate?, level: SupervisionLevel? = nil, progressRequired: String? = nil)
    /// 进展报告: the unit owing the step answers a supervision order.
    case reportProgress(text: String)
    /// 期限预警: recorded by the system's deadline sweep only.
    case warnDeadline(step: String, due: LocalDate, level: DeadlineLevel)
    /// 备注.
    case comment(text: String)
    /// 同人同事: attach to an existing matter.
    case linkMatter(matterID: Int64)

    /// The action's name in the API.
    public var name: String {
        switch self {
        case .forward: "forward"
        case .assign: "assign"
        case .handleDirectly: "handleDirectly"
        case .decline: "decline"
        case .refuseAgain: "refuseAgain"
        case .accept: "accept"
        case .object: "object"
        case .extend: "extend"
        case .reply: "reply"
        case .rate: "rate"
        case .requestReview: "requestReview"
        case .decideReview: "decideReview"
        case .requestRecheck: "requestRecheck"
        case .decideRecheck: "decideRecheck"
        case .close: "close"
        case .supervise: "supervise"
        case .reportProgress: "reportProgress"
        case .warnDeadline: "warnDeadline"
        case .comment: "comment"
        case .linkMatter: "linkMatter"
        }
    }

    public static let allNames = [
        "forward", "assign", "handleDirectly", "decline", "refuseAgain", "accept", "object", "extend", "reply",
        "rate", "requestReview", "decideReview", "requestRecheck", "decideRecheck", "close", "supervise",
        "comment", "linkMatter",
    ]
}
