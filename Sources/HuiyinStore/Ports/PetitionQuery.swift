import HuiyinDomain
import HuiyinText

/// Filters for a list of petitions. Every filter is optional; jurisdiction is applied by the caller
/// through ``visibleUnitIDs``.
public struct PetitionQuery: Sendable, Hashable {
    public var states: [PetitionState] = []
    /// The unit that owes the current step (or, with ``includeSubunits``, any below it).
    public var responsibleUnitID: OrgUnit.ID?
    /// A category code; matches the code and everything under it.
    public var categoryPrefix: String?
    public var channel: Channel?
    /// Only petitions whose open step is past due on ``today``.
    public var overdueOn: LocalDate?
    /// Only petitions whose open step is due on or before this day (and not yet overdue when combined).
    public var dueOnOrBefore: LocalDate?
    public var receivedFrom: LocalDate?
    public var receivedThrough: LocalDate?
    public var matterID: Int64?
    /// Jurisdiction: only petitions that involve one of these units (nil = all).
    public var visibleUnitIDs: [OrgUnit.ID]?
    /// Full-text search over title, content, demands and petitioner names (see ``SearchQuery``).
    public var text: SearchQuery?
    /// Whether the text may match petitioner names. Off for viewers from whom some informant's identity
    /// is withheld (an accused unit must not find a petition by its informant's name).
    public var searchNames = true
    public var sort: Sort = .dueDate
    public var page: Int = 1
    public var pageSize: Int = 50

    /// `relevance` needs ``text`` (it falls back to `registeredNewest` without it); `registeredNewest` is the
    /// order of registration, the fast "newest first" for searches.
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        case dueDate, receivedNewest, receivedOldest, relevance, registeredNewest
    }

    public init() {}
}

/// A page of petitions and the total count.
public struct PetitionPage: Sendable {
    public var items: [PetitionCase]
    public var total: Int
    public var page: Int
    public var pageSize: Int

    public init(items: [PetitionCase], total: Int, page: Int, pageSize: Int) {
        self.items = items
        self.total = total
        self.page = page
        self.pageSize = pageSize
    }
}
