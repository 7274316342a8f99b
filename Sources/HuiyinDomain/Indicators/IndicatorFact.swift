/// What the indicators need to know about one petition, derived from its record and status alone (so a
/// whole county's facts come from one table read). Built by ``init(id:matterID:isRepeat:receivedOn:status:calendar:rules:bureauID:)``.
public struct IndicatorFact: Sendable, Hashable {
    /// A step some unit owed by a deadline, and the day it was done (nil: not yet).
    public struct Obligation: Sendable, Hashable {
        public var unitID: OrgUnit.ID
        public var due: LocalDate
        public var doneOn: LocalDate?

        public init(unitID: OrgUnit.ID, due: LocalDate, doneOn: LocalDate?) {
            self.unitID = unitID
            self.due = due
            self.doneOn = doneOn
        }
    }

    public var id: Int64
    public var matterID: Int64
    public var isRepeat: Bool
    public var receivedOn: LocalDate
    /// The unit a petition is counted under for rates that are not about a step: the handling unit,
    /// else the petition bureau.
    public var unitID: OrgUnit.ID
    /// Triage (by the bureau) and acceptance (by the receiving unit): 15 days each (RULES.md §2).
    public var acceptance: [Obligation]
    /// The written decision, due 60 days after acceptance plus any approved extension.
    public var decision: Obligation?
    /// The day the result was published to the petitioner (decision letter, or decline), if any.
    public var publishedOn: LocalDate?
    /// The rating of the published result (handling, or acceptance for a decline).
    public var rating: Satisfaction?
    /// Closed (办结) on this day.
    public var closedOn: LocalDate?

    public init(id: Int64, matterID: Int64, isRepeat: Bool, receivedOn: LocalDate, unitID: OrgUnit.ID,
                acceptance: [Obligation], decision: Obligation?, publishedOn: LocalDate?, rating: Satisfaction?, closedOn: LocalDate?) {
        self.id = id
        self.matterID = matterID
        self.isRepeat = isRepeat
        self.receivedOn = receivedOn
        self.unitID = unitID
        self.acceptance = acceptance
        self.decision = decision
        self.publishedOn = publishedOn
        self.rating = rating
        self.closedOn = closedOn
    }

    /// The facts of a stored petition. The bureau owes triage 15 days from receipt (done when it routes,
    /// declines or merges the petition); a unit it forwards or assigns to owes acceptance 15 days from
    /// routing (done when it accepts or declines); the handling body owes the decision by `decisionDue`.
    public init(id: Int64, matterID: Int64, isRepeat: Bool, receivedOn: LocalDate, status s: PetitionStatus,
                calendar: OfficialCalendar, rules: RuleTable, bureauID: OrgUnit.ID) {
        var acceptance: [Obligation] = []
        let triageDone: LocalDate? = s.routedOn
            ?? ([.declined, .refusedAgain, .merged].contains(s.state) && s.handlingUnitID == nil ? s.closedOn : nil)
        acceptance.append(Obligation(unitID: bureauID, due: calendar.due(from: receivedOn, limit: rules[.triage]), doneOn: triageDone))
        if let unit = s.handlingUnitID, let routed = s.routedOn, s.routing == .forward || s.routing == .assign {
            let done = s.acceptedOn ?? (s.state == .declined ? s.closedOn : nil)
            acceptance.append(Obligation(unitID: unit, due: calendar.due(from: routed, limit: rules[.acceptanceNotice]), doneOn: done))
        }
        var decision: Obligation?
        if let unit = s.handlingUnitID, s.acceptedOn != nil, let due = s.decisionDue {
            decision = Obligation(unitID: unit, due: due, doneOn: s.letter?.issuedOn)
        }
        let published = s.letter?.issuedOn ?? (s.state == .declined ? s.closedOn : nil)
        let rating = s.letter != nil ? s.handlingRating : (s.state == .declined ? s.acceptanceRating : nil)
        self.init(id: id, matterID: matterID, isRepeat: isRepeat, receivedOn: receivedOn, unitID: s.handlingUnitID ?? bureauID,
                  acceptance: acceptance, decision: decision, publishedOn: published, rating: rating,
                  closedOn: s.state == .closed ? s.closedOn : nil)
    }
}

/// A leader-owned backlog case as the 领导包案化解率 needs it.
public struct OwnedCaseFact: Sendable, Hashable {
    public var petitionID: Int64
    public var unitID: OrgUnit.ID
    public var ownedSince: LocalDate
    public var resolvedOn: LocalDate?

    public init(petitionID: Int64, unitID: OrgUnit.ID, ownedSince: LocalDate, resolvedOn: LocalDate?) {
        self.petitionID = petitionID
        self.unitID = unitID
        self.ownedSince = ownedSince
        self.resolvedOn = resolvedOn
    }
}
