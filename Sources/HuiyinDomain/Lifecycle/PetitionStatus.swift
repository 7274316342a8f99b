/// Where a petition stands: derived entirely from its history by folding ``apply(_:on:)`` over the
/// events in order. The store keeps a copy for queries; ``Lifecycle/replay(_:)`` rebuilds it.
public struct PetitionStatus: Sendable, Hashable, Codable {
    public var state: PetitionState = .registered
    public var receivedOn: LocalDate
    public var handlingUnitID: OrgUnit.ID?
    public var routing: Routing?
    public var routedOn: LocalDate?
    public var acceptedOn: LocalDate?
    public var objectionDue: LocalDate?
    public var reportDue: LocalDate?
    public var decisionDue: LocalDate?
    public var extensionDays: Int = 0
    public var letter: DecisionLetter?
    public var reviewUnitID: OrgUnit.ID?
    public var reviewRequestedOn: LocalDate?
    public var reviewOutcome: ReviewOutcome?
    public var reviewDecidedOn: LocalDate?
    public var recheckUnitID: OrgUnit.ID?
    public var recheckRequestedOn: LocalDate?
    public var recheckOutcome: ReviewOutcome?
    /// The end of the petitioner's current window (review or re-review request).
    public var petitionerWindowEnds: LocalDate?
    public var ratingWindowEnds: LocalDate?
    public var acceptanceRating: Satisfaction?
    public var handlingRating: Satisfaction?
    /// The staff step now open and its due date (nil when nobody owes a step).
    public var stepDue: LocalDate?
    public var matterIsFinal: Bool = false
    public var linkEffect: LifecycleEvent.LinkEffect?
    public var supervisionCount: Int = 0
    /// The highest supervision level so far (nil: never supervised, or only before levels existed).
    public var supervisionLevel: SupervisionLevel?
    /// The due date of the open supervision order's progress report (nil once answered).
    public var supervisionDue: LocalDate?
    /// The day of the latest progress report.
    public var progressReportedOn: LocalDate?
    public var closedOn: LocalDate?
    /// Number of history entries folded in; the optimistic-concurrency version.
    public var version: Int = 0

    public init(receivedOn: LocalDate) {
        self.receivedOn = receivedOn
    }

    public var extended: Bool { extensionDays > 0 }

    /// The open step's deadline has passed on `today`.
    public func isOverdue(on today: LocalDate) -> Bool {
        guard let due = stepDue else { return false }
        return today > due
    }

    /// Folds one event in. Pure: every computed date comes from the event.
    public mutating func apply(_ event: LifecycleEvent, on day: LocalDate) {
        version += 1
        switch event {
        case .registered(let receivedOn, let triageDue):
            self.receivedOn = receivedOn
            state = .registered
            stepDue = triageDue
        case .forwarded(let unitID, _, let acceptanceDue, let objectionDue, _):
            route(.forward, to: unitID, on: day, acceptanceDue: acceptanceDue, objectionDue: objectionDue)
        case .assigned(let unitID, _, let acceptanceDue, let objectionDue, let reportDue, _):
            route(.assign, to: unitID, on: day, acceptanceDue: acceptanceDue, objectionDue: objectionDue)
            self.reportDue = reportDue
        case .handledDirectly(let unitID, _, let decisionDue, _):
            routing = .direct
            handlingUnitID = unitID
            routedOn = day
            acceptedOn = day
            self.decisionDue = decisionDue
            stepDue = decisionDue
            state = .inHandling
        case .declined(_, _, let ratingWindowEnds):
            self.ratingWindowEnds = ratingWindowEnds
            finish(.declined, on: day)
        case .refusedAgain:
            finish(.refusedAgain, on: day)
        case .accepted(let decisionDue, _):
            acceptedOn = day
            objectionDue = nil
            self.decisionDue = decisionDue
            stepDue = decisionDue
            state = .inHandling
        case .objected(_, let rerouteDue):
            handlingUnitID = nil
            routing = nil
            objectionDue = nil
            reportDue = nil
            stepDue = rerouteDue
            state = .registered
        case .extended(let days, _, let decisionDue):
            extensionDays = days
            self.decisionDue = decisionDue
            stepDue = decisionDue
        case .replied(let letter, let reviewWindowEnds, let ratingWindowEnds):
            // A new decision (after 撤销重办) is rated afresh.
            if self.letter != nil { handlingRating = nil }
            self.letter = letter
            petitionerWindowEnds = reviewWindowEnds
            self.ratingWindowEnds = ratingWindowEnds
            stepDue = nil
            state = .replied
        case .rated(let acceptance, let handling, _):
            if let a = acceptance { acceptanceRating = a }
            if let h = handling { handlingRating = h }
        case .reviewRequested(let unitID, _, _, let decisionDue):
            reviewUnitID = unitID
            reviewRequestedOn = day
            petitionerWindowEnds = nil
            stepDue = decisionDue
            state = .reviewRequested
        case .reviewDecided(let outcome, _, let recheckWindowEnds, let rehandlingDue):
            reviewOutcome = outcome
            reviewDecidedOn = day
            if let due = rehandlingDue {
                // 撤销重办: the original body handles it again, with a fresh period and extension.
                acceptedOn = day
                decisionDue = due
                extensionDays = 0
                stepDue = due
                petitionerWindowEnds = nil
                state = .inHandling
            } else {
                petitionerWindowEnds = recheckWindowEnds
                stepDue = nil
                state = .reviewed
            }
        case .recheckRequested(let unitID, _, _, let decisionDue):
            recheckUnitID = unitID
            recheckRequestedOn = day
            petitionerWindowEnds = nil
            stepDue = decisionDue
            state = .recheckRequested
        case .recheckDecided(let outcome, _, let rehandlingDue):
            recheckOutcome = outcome
            if let due = rehandlingDue {
                acceptedOn = day
                decisionDue = due
                extensionDays = 0
                stepDue = due
                petitionerWindowEnds = nil
                state = .inHandling
            } else {
                matterIsFinal = true
                stepDue = nil
                state = .final
            }
        case .closed:
            finish(.closed, on: day)
        case .supervised(_, let due, let level, _, _):
            supervisionCount += 1
            if let level { supervisionLevel = max(supervisionLevel ?? level, level) }
            supervisionDue = due
        case .progressReported:
            supervisionDue = nil
            progressReportedOn = day
        case .deadlineWarning:
            break
        case .commented:
            break
        case .linkedToMatter(_, let effect, _):
            linkEffect = effect
            switch effect {
            case .merged, .inReviewWindow:
                finish(.merged, on: day)
            case .finalMatter:
                matterIsFinal = true
            case .continues:
                break
            }
        }
    }

    private mutating func route(_ r: Routing, to unit: OrgUnit.ID, on day: LocalDate, acceptanceDue: LocalDate, objectionDue: LocalDate) {
        routing = r
        handlingUnitID = unit
        routedOn = day
        self.objectionDue = objectionDue
        stepDue = acceptanceDue
        state = .awaitingAcceptance
    }

    private mutating func finish(_ s: PetitionState, on day: LocalDate) {
        state = s
        stepDue = nil
        objectionDue = nil
        closedOn = day
    }

    /// The open staff step, in Chinese, for lists and notices.
    public var stepName: String? {
        switch state {
        case .registered: "分办"
        case .awaitingAcceptance: "受理告知"
        case .inHandling: "出具处理意见"
        case .reviewRequested: "复查决定"
        case .recheckRequested: "复核决定"
        default: nil
        }
    }
}
