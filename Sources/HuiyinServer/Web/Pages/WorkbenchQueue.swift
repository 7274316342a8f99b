import Foundation
import HuiyinDomain
import HuiyinStore

/// What waits for a user on the workbench (工作台), by role: the queue's filters, the states offered
/// as counts, and the words around it.
struct WorkbenchQueue {
    enum Kind { case triage, unit, registrar, supervisor, overview }

    let kind: Kind
    /// The whole queue: the counts are taken over it, the list narrows it.
    let base: CaseListQuery
    /// The states shown as counts (empty: every state that occurs).
    let states: [PetitionState]
    let heading: String
    let intro: String
    let empty: String

    /// "Due soon": due today or within this many days (amber).
    static let soonDays = 3
    /// A unit head is shown "extension worth considering" when the decision is due within this many days.
    static let extensionHorizonDays = 10
    /// A registrar's queue covers what the unit registered in this many days (today included).
    static let registrarDays = 7

    static let handlingStates: [PetitionState] = [.awaitingAcceptance, .inHandling, .reviewRequested, .recheckRequested]
    static let openStates: [PetitionState] = [.registered] + handlingStates

    static func of(_ user: StaffUser, units: UnitDirectory, today: LocalDate) -> WorkbenchQueue {
        var q = CaseListQuery()
        q.sort = .due
        switch user.role {
        case .triageOfficer:
            q.states = [.registered]
            q.responsibleUnitID = units.petitionBureau?.id ?? user.unitID
            return WorkbenchQueue(kind: .triage, base: q, states: [.registered], heading: "待分办的信访件",
                                  intro: "信访局收到、等待转送、交办、直办或不予受理的信访件，应在收到之日起15日内分办。",
                                  empty: "目前没有待分办的信访件。新登记的信访件会出现在这里。")
        case .handler, .unitHead:
            q.states = handlingStates
            q.responsibleUnitID = user.unitID
            return WorkbenchQueue(kind: .unit, base: q, states: handlingStates, heading: "本单位待办的信访件",
                                  intro: user.role == .unitHead
                                      ? "转送、交办到本单位待受理或办理中的信访件，以及由本单位复查、复核的信访件。标有“可延期”的件临近办理期限且尚未延期，可由单位负责人批准延期。"
                                      : "转送、交办到本单位待受理或办理中的信访件，以及由本单位复查、复核的信访件。",
                                  empty: "本单位目前没有待办的信访件。转送或交办到本单位的信访件会出现在这里，请及时受理。")
        case .registrar:
            q.registeredUnitID = user.unitID
            q.registeredSince = today.adding(days: 1 - registrarDays).startInChina
            q.sort = .recentlyRegistered
            return WorkbenchQueue(kind: .registrar, base: q, states: [], heading: "本单位近7日登记的信访件",
                                  intro: "最近登记的在前；可以看到每件登记后的去向。",
                                  empty: "近7日本单位没有登记信访件。")
        case .supervisor:
            q.states = openStates
            q.dueBefore = today
            return WorkbenchQueue(kind: .supervisor, base: q, states: openStates, heading: "全县超期的信访件",
                                  intro: "各单位已超过办理期限的信访件，超期最久的在前，可逐件督办。",
                                  empty: "目前没有超期的信访件。")
        case .leader, .admin:
            q.states = openStates
            return WorkbenchQueue(kind: .overview, base: q, states: openStates, heading: "全县在办信访件概览",
                                  intro: "全县各环节在办的信访件，期限最近的在前。",
                                  empty: "目前没有在办的信访件。")
        }
    }

    /// Whether the list may be narrowed to `state`.
    func offers(_ state: PetitionState) -> Bool {
        states.isEmpty || states.contains(state)
    }

    /// Whether "due soon" makes sense here (not in a list of overdue cases).
    var offersDueSoon: Bool { kind != .supervisor }

    /// Whether "overdue" is a narrowing here (in the supervisor's list it is the whole list).
    var offersOverdue: Bool { kind != .supervisor }

    /// The page of the list for the chosen narrowing.
    func list(state: PetitionState?, due: WorkbenchDueFilter?, page: Int, today: LocalDate) -> CaseListQuery {
        var q = base
        if let state {
            q.states = [state]
        } else if kind == .supervisor || kind == .overview {
            // Every open step has a due date: the due-date index serves the list in order.
            q.states = []
            q.openOnly = true
        }
        switch due {
        case .overdue?: q.dueBefore = today
        case .soon?:
            q.dueOnOrAfter = today
            q.dueOnOrBefore = today.adding(days: Self.soonDays)
        case nil: break
        }
        q.limit = WorkbenchQueue.pageSize
        q.offset = (page - 1) * WorkbenchQueue.pageSize
        return q
    }

    static let pageSize = 50

    /// A unit head may approve an extension (once, before the decision is due): worth showing when the
    /// decision is close.
    static func extensionWorthy(_ row: CaseListRow, for user: StaffUser, today: LocalDate) -> Bool {
        guard user.role == .unitHead, row.state == .inHandling, row.extensionDays == 0, let due = row.stepDue else { return false }
        let days = today.days(until: due)
        return days >= 0 && days <= extensionHorizonDays
    }
}

/// The due-date narrowing of the workbench: overdue, or due within ``WorkbenchQueue/soonDays``.
enum WorkbenchDueFilter: String {
    case overdue, soon
}
