/// What happened to a petition: the payload of one history entry. Every date the rules computed is
/// stored in the event itself, so replaying history gives the same status even after the calendar or
/// the rule table is edited later.
public enum LifecycleEvent: Sendable, Hashable, Codable {
    case registered(receivedOn: LocalDate, triageDue: LocalDate)
    case forwarded(unitID: OrgUnit.ID, unitName: String, acceptanceDue: LocalDate, objectionDue: LocalDate, note: String)
    case assigned(unitID: OrgUnit.ID, unitName: String, acceptanceDue: LocalDate, objectionDue: LocalDate, reportDue: LocalDate, note: String)
    case handledDirectly(unitID: OrgUnit.ID, unitName: String, decisionDue: LocalDate, note: String)
    /// Declined; the petitioner may rate the acceptance decision until `ratingWindowEnds`.
    case declined(reason: String, properRoute: String, ratingWindowEnds: LocalDate? = nil)
    case refusedAgain(reason: String)
    case accepted(decisionDue: LocalDate, note: String)
    case objected(reason: String, rerouteDue: LocalDate)
    case extended(days: Int, reason: String, decisionDue: LocalDate)
    case replied(letter: DecisionLetter, reviewWindowEnds: LocalDate, ratingWindowEnds: LocalDate)
    case rated(acceptance: Satisfaction?, handling: Satisfaction?, comment: String)
    case reviewRequested(unitID: OrgUnit.ID, unitName: String, reasons: String, decisionDue: LocalDate)
    case reviewDecided(outcome: ReviewOutcome, opinion: String, recheckWindowEnds: LocalDate, rehandlingDue: LocalDate?)
    case recheckRequested(unitID: OrgUnit.ID, unitName: String, reasons: String, decisionDue: LocalDate)
    /// Re-review decided; with 撤销重办 the original body handles it again by `rehandlingDue`, otherwise the matter is final.
    case recheckDecided(outcome: ReviewOutcome, opinion: String, rehandlingDue: LocalDate? = nil)
    case closed(note: String)
    /// 督办. Orders issued before levels existed decode with `level`, `progressRequired` and `unitID` nil.
    case supervised(reason: String, dueDate: LocalDate?, level: SupervisionLevel? = nil, progressRequired: String? = nil,
                    unitID: OrgUnit.ID? = nil)
    /// 进展报告 answering the open supervision orders.
    case progressReported(text: String)
    /// 期限预警 recorded by the deadline sweep: the open step is due soon or overdue.
    case deadlineWarning(step: String, due: LocalDate, level: DeadlineLevel)
    case commented(text: String)
    case linkedToMatter(matterID: Int64, effect: LinkEffect, note: String)

    /// What linking to a matter did to the new petition (RULES.md §3, §4).
    public enum LinkEffect: String, Sendable, Hashable, Codable {
        /// The matter is closed but not final: the petition goes on, counted as a repeat.
        case continues
        /// The matter is in handling: the petition is merged, the clock is not restarted.
        case merged
        /// The matter is inside a review window: the petitioner is told to ask for review.
        case inReviewWindow
        /// The matter is final: only 不再受理 remains.
        case finalMatter
    }

    /// The action name this event records.
    public var kind: String {
        switch self {
        case .registered: "register"
        case .forwarded: "forward"
        case .assigned: "assign"
        case .handledDirectly: "handleDirectly"
        case .declined: "decline"
        case .refusedAgain: "refuseAgain"
        case .accepted: "accept"
        case .objected: "object"
        case .extended: "extend"
        case .replied: "reply"
        case .rated: "rate"
        case .reviewRequested: "requestReview"
        case .reviewDecided: "decideReview"
        case .recheckRequested: "requestRecheck"
        case .recheckDecided: "decideRecheck"
        case .closed: "close"
        case .supervised: "supervise"
        case .progressReported: "reportProgress"
        case .deadlineWarning: "warnDeadline"
        case .commented: "comment"
        case .linkedToMatter: "linkMatter"
        }
    }

    /// Whether the petitioner may see this step on the public tracking page.
    public var isPublic: Bool {
        switch self {
        case .supervised, .commented, .objected, .progressReported, .deadlineWarning: false
        default: true
        }
    }
}
