import Foundation
import HuiyinDomain

/// What a list of petitions shows: the workbench queue (工作台) and the case list (案件查询).
///
/// Unlike ``PetitionQuery`` it asks for light rows (``CaseListRow``), never the full registration, so a
/// 50-row page stays cheap; and it adds the filters the queues need (registered by a unit, due windows).
/// Every filter is optional; jurisdiction is applied by the caller through ``visibleUnitIDs``.
public struct CaseListQuery: Sendable, Hashable {
    public var states: [PetitionState] = []
    /// The unit that owes the open step.
    public var responsibleUnitID: OrgUnit.ID?
    /// The unit that registered the petition (a registrar's own recent work).
    public var registeredUnitID: OrgUnit.ID?
    /// Registered at or after this instant.
    public var registeredSince: Date?
    /// A category code; matches the code and everything under it.
    public var categoryPrefix: String?
    public var channel: Channel?
    /// Only petitions where some body owes a step (the step has a due date).
    public var openOnly = false
    /// The open step is due before this day (overdue when it is today).
    public var dueBefore: LocalDate?
    /// The open step is due on or after this day.
    public var dueOnOrAfter: LocalDate?
    /// The open step is due on or before this day.
    public var dueOnOrBefore: LocalDate?
    /// Received on or after this day (China time).
    public var receivedFrom: LocalDate?
    /// Received on or before this day (China time).
    public var receivedThrough: LocalDate?
    /// Jurisdiction: only petitions that involve one of these units (nil = all).
    public var visibleUnitIDs: [OrgUnit.ID]?
    public var sort: CaseListSort = .due
    public var offset = 0
    public var limit = 50
    /// Count the matches up to this many (nil: do not count). Counting is capped so that a broad
    /// filter over a large county never walks the whole table just to print a total.
    public var countLimit: Int?

    public init() {}
}

/// The order of a case list.
public enum CaseListSort: String, Sendable, Hashable, CaseIterable {
    /// The open step's due date, earliest first; petitions without one last.
    case due
    /// Received, newest first.
    case newest
    /// Received, oldest first.
    case oldest
    /// Registered, newest first.
    case recentlyRegistered
}

/// One row of a case list: what a table needs, nothing more.
public struct CaseListRow: Sendable, Hashable, Identifiable {
    public var id: PetitionRecord.ID
    public var number: String
    public var title: String
    public var categoryCode: String
    public var localityUnitID: OrgUnit.ID
    public var channel: Channel?
    public var state: PetitionState?
    public var stepDue: LocalDate?
    public var responsibleUnitID: OrgUnit.ID?
    public var peopleCount: Int
    public var isRepeat: Bool
    public var receivedOn: LocalDate?
    public var risk: RiskLevel
    public var emergency: Bool
    public var extensionDays: Int
    public var supervisionCount: Int

    public init(id: PetitionRecord.ID, number: String, title: String, categoryCode: String, localityUnitID: OrgUnit.ID,
                channel: Channel?, state: PetitionState?, stepDue: LocalDate?, responsibleUnitID: OrgUnit.ID?,
                peopleCount: Int, isRepeat: Bool, receivedOn: LocalDate?, risk: RiskLevel, emergency: Bool,
                extensionDays: Int, supervisionCount: Int) {
        self.id = id
        self.number = number
        self.title = title
        self.categoryCode = categoryCode
        self.localityUnitID = localityUnitID
        self.channel = channel
        self.state = state
        self.stepDue = stepDue
        self.responsibleUnitID = responsibleUnitID
        self.peopleCount = peopleCount
        self.isRepeat = isRepeat
        self.receivedOn = receivedOn
        self.risk = risk
        self.emergency = emergency
        self.extensionDays = extensionDays
        self.supervisionCount = supervisionCount
    }
}

/// A page of rows and, when asked for, the number of matches (capped by ``CaseListQuery/countLimit``).
public struct CaseListPage: Sendable {
    public var rows: [CaseListRow]
    /// Matches counted, at most the count limit; nil when not counted.
    public var total: Int?
    /// True when there are more matches than ``total`` says.
    public var totalIsCapped: Bool

    public init(rows: [CaseListRow], total: Int?, totalIsCapped: Bool) {
        self.rows = rows
        self.total = total
        self.totalIsCapped = totalIsCapped
    }
}

/// The figures at the top of a queue: counts per state, and how many are overdue or due soon.
public struct QueueSummary: Sendable, Hashable {
    public var byState: [PetitionState: Int]
    /// The open step is past due.
    public var overdue: Int
    /// The open step is due today or within the "soon" window.
    public var dueSoon: Int

    public init(byState: [PetitionState: Int] = [:], overdue: Int = 0, dueSoon: Int = 0) {
        self.byState = byState
        self.overdue = overdue
        self.dueSoon = dueSoon
    }

    public var total: Int { byState.values.reduce(0, +) }
}

/// Lists for the workbench and the case list, served from indexes (see `SQLiteSchema+Queue.swift`).
public protocol QueueStore: Sendable {
    /// One page of `query` (and its capped count when `countLimit` is set), in one read.
    func caseList(_ query: CaseListQuery) async throws -> CaseListPage

    /// One page of `list` and the summary of `queue` (its filters with each of its states, or all states
    /// when it names none), in one read. "Due soon" means due from `today` through `soonThrough`.
    func queue(_ list: CaseListQuery, summarising queue: CaseListQuery, today: LocalDate,
               soonThrough: LocalDate) async throws -> (page: CaseListPage, summary: QueueSummary)
}
