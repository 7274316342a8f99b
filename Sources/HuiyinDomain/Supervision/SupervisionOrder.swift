/// A supervision order (督办单) as read back from a case's history: who was urged, at which level, for
/// what, by when, and whether and when the unit answered with a progress report (进展报告).
///
/// Orders are not stored separately: each is a ``LifecycleEvent/supervised(reason:dueDate:level:progressRequired:unitID:)``
/// entry, and its answer the next ``LifecycleEvent/progressReported(text:)`` entry, so the ledger can
/// never disagree with the history.
public struct SupervisionOrder: Sendable, Hashable, Identifiable {
    public var petitionID: Int64
    /// The history sequence of the order.
    public var sequence: Int
    public var issuedOn: LocalDate
    public var level: SupervisionLevel
    public var reason: String
    public var progressRequired: String
    public var dueDate: LocalDate?
    /// The unit urged (the one owing the step when the order was issued).
    public var unitID: OrgUnit.ID?
    public var answeredOn: LocalDate?
    public var answer: String?

    public var id: String { "\(petitionID)-\(sequence)" }

    public init(petitionID: Int64, sequence: Int, issuedOn: LocalDate, level: SupervisionLevel, reason: String,
                progressRequired: String, dueDate: LocalDate?, unitID: OrgUnit.ID?, answeredOn: LocalDate? = nil, answer: String? = nil) {
        self.petitionID = petitionID
        self.sequence = sequence
        self.issuedOn = issuedOn
        self.level = level
        self.reason = reason
        self.progressRequired = progressRequired
        self.dueDate = dueDate
        self.unitID = unitID
        self.answeredOn = answeredOn
        self.answer = answer
    }

    /// Not answered and past its due date on `today`.
    public func isOverdue(on today: LocalDate) -> Bool {
        guard let due = dueDate, answeredOn == nil else { return false }
        return today > due
    }

    /// Answered after its due date.
    public var wasAnsweredLate: Bool {
        guard let due = dueDate, let answered = answeredOn else { return false }
        return answered > due
    }

    /// The orders in one petition's history, oldest first; each answered by the first progress report
    /// that follows it (a report answers every order still open). Orders from before levels existed name no
    /// unit: they urged the body handling the petition, `handlingUnitID`.
    public static func orders(petitionID: Int64, history: [(sequence: Int, day: LocalDate, event: LifecycleEvent)],
                              handlingUnitID: OrgUnit.ID? = nil) -> [SupervisionOrder] {
        var orders: [SupervisionOrder] = []
        for entry in history {
            switch entry.event {
            case .supervised(let reason, let due, let level, let required, let unitID):
                orders.append(SupervisionOrder(
                    petitionID: petitionID, sequence: entry.sequence, issuedOn: entry.day, level: level ?? .written,
                    reason: reason, progressRequired: required ?? "", dueDate: due, unitID: unitID ?? handlingUnitID))
            case .progressReported(let text):
                for i in orders.indices where orders[i].answeredOn == nil {
                    orders[i].answeredOn = entry.day
                    orders[i].answer = text
                }
            default:
                continue
            }
        }
        return orders
    }

    /// Orders of many petitions in the order they were issued (day, then petition, then step).
    public static func inIssueOrder(_ orders: [SupervisionOrder]) -> [SupervisionOrder] {
        orders.sorted { ($0.issuedOn, $0.petitionID, $0.sequence) < ($1.issuedOn, $1.petitionID, $1.sequence) }
    }
}

/// Supervision figures of one unit (督办情况): orders received, still overdue, answered late.
public struct SupervisionUnitTally: Sendable, Hashable {
    public var unitID: OrgUnit.ID
    public var orders = 0
    public var open = 0
    public var overdue = 0
    public var answeredLate = 0
    /// The highest level this unit was urged at.
    public var highestLevel: SupervisionLevel?

    public init(unitID: OrgUnit.ID) { self.unitID = unitID }

    /// Per unit, most overdue first (then most orders).
    public static func tally(_ orders: [SupervisionOrder], today: LocalDate) -> [SupervisionUnitTally] {
        var byUnit: [OrgUnit.ID: SupervisionUnitTally] = [:]
        for o in orders {
            guard let unit = o.unitID else { continue }
            var t = byUnit[unit] ?? SupervisionUnitTally(unitID: unit)
            t.orders += 1
            if o.answeredOn == nil { t.open += 1 }
            if o.isOverdue(on: today) { t.overdue += 1 }
            if o.wasAnsweredLate { t.answeredLate += 1 }
            t.highestLevel = max(t.highestLevel ?? o.level, o.level)
            byUnit[unit] = t
        }
        return byUnit.values.sorted {
            ($0.overdue + $0.answeredLate, $0.orders, -$0.unitID) > ($1.overdue + $1.answeredLate, $1.orders, -$1.unitID)
        }
    }
}
