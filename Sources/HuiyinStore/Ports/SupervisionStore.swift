import Foundation
import HuiyinDomain

/// A notification waiting in the outbox (发送队列) or already sent: one per recipient and warning.
public struct OutboxMessage: Sendable, Hashable {
    /// Who receives it: a unit (its handlers read their queue) or one staff member.
    public enum Recipient: Sendable, Hashable {
        case unit(OrgUnit.ID)
        case user(StaffUser.ID)
    }

    public var id: Int64?
    public var createdAt: Date
    public var recipient: Recipient
    public var recipientName: String
    public var petitionID: Int64?
    public var subject: String
    public var body: String
    public var sentAt: Date?
    public var attempts: Int
    public var lastError: String?

    public init(id: Int64? = nil, createdAt: Date, recipient: Recipient, recipientName: String, petitionID: Int64?,
                subject: String, body: String, sentAt: Date? = nil, attempts: Int = 0, lastError: String? = nil) {
        self.id = id
        self.createdAt = createdAt
        self.recipient = recipient
        self.recipientName = recipientName
        self.petitionID = petitionID
        self.subject = subject
        self.body = body
        self.sentAt = sentAt
        self.attempts = attempts
        self.lastError = lastError
    }
}

/// What petitions are counted by on the dashboard.
public enum PetitionDimension: String, Sendable, Hashable, CaseIterable {
    /// `YYYY-MM` of receipt.
    case month
    case channel
    /// The first-level category code (two digits).
    case category
    /// The locality unit id.
    case place
    case purpose
}

/// Supervision's persistence: the job lease, deadline-warning bookkeeping, the outbox, supervision
/// orders read from history, and the reads behind indicators and the dashboard.
public protocol SupervisionStore: Sendable {
    /// Claims the job `name` for `period` (e.g. a day) if nobody finished it for that period and no
    /// other holder's lease is live. One conditional UPDATE in one transaction: of several instances
    /// racing, exactly one gets `true`.
    func claimJob(_ name: String, period: String, holder: String, now: Date, leaseSeconds: Double) async throws -> Bool
    /// Marks the period done and releases the lease.
    func finishJob(_ name: String, period: String, holder: String) async throws

    /// Petitions whose open step is due on or before `day`, with the warnings already recorded for it.
    func openSteps(dueOnOrBefore day: LocalDate) async throws -> [DeadlineSweep.OpenStep]
    /// Records that `level` was warned for this step and queues `messages`, in one transaction. False
    /// (and nothing queued) when it was already recorded.
    func recordWarning(petitionID: Int64, state: PetitionState, due: LocalDate, level: DeadlineLevel,
                       messages: [OutboxMessage], at: Date) async throws -> Bool

    func pendingOutbox(limit: Int) async throws -> [OutboxMessage]
    /// Records a delivery attempt: sent at `sentAt`, or failed with `error`.
    func markOutbox(id: Int64, sentAt: Date?, error: String?) async throws
    /// The latest messages, newest first.
    func outbox(limit: Int) async throws -> [OutboxMessage]

    /// Every supervision order in the history, oldest first, with its answer if any.
    func supervisionOrders() async throws -> [SupervisionOrder]
    /// Petitions rated 不满意 (handling or acceptance), most recently changed first.
    func dissatisfiedRows(limit: Int) async throws -> [CaseListRow]
    /// Light rows of the given petitions (order of `ids`, missing ones skipped).
    func caseRows(ids: [Int64]) async throws -> [CaseListRow]
    /// Indicator facts of the petitions received from `from` through `through`.
    func indicatorFacts(receivedFrom from: LocalDate, through: LocalDate, configuration: CountyConfiguration) async throws -> [IndicatorFact]
    /// Every indicator of `period` (``IndicatorBoard``), county-wide and per unit, without petition ids.
    /// A default (built on ``indicatorFacts(receivedFrom:through:configuration:)``, the backlog ledger and
    /// the domain's calculator) serves stores that keep no counts.
    func indicatorBoard(for period: IndicatorPeriod, today: LocalDate, configuration: CountyConfiguration) async throws -> IndicatorBoard
    /// The facts behind `indicator` in `period` (the drill-down's petitions): every petition with a step,
    /// result, receipt or closing counted in the period, and the repeats of those matters. The default
    /// reads the period's window with ``indicatorFacts(receivedFrom:through:configuration:)``.
    func indicatorFacts(for indicator: Indicator, in period: IndicatorPeriod, configuration: CountyConfiguration) async throws -> [IndicatorFact]
    /// One page of the petitions behind `indicator`'s numerator (or denominator) in `period`, for `unitID`
    /// (nil: the county), ids ascending after `after`, at most `limit`, with the figure. The default runs
    /// the domain's calculator over ``indicatorFacts(for:in:configuration:)``.
    func indicatorDrill(_ indicator: Indicator, unitID: OrgUnit.ID?, numerator: Bool, in period: IndicatorPeriod, today: LocalDate,
                        configuration: CountyConfiguration, after: Int64?, limit: Int) async throws -> IndicatorDrill
    /// Brings kept indicator counts in line with the calendar and rule table (`fingerprint` names the
    /// `dueDays`); true when they were rebuilt. The default keeps nothing and returns false.
    func prepareIndicatorCounts(dueDays: [IndicatorDueDay], fingerprint: String) async throws -> Bool
    /// Petitions received from `from` through `through`, counted by `dimension` (key → count).
    func petitionCounts(by dimension: PetitionDimension, from: LocalDate, through: LocalDate) async throws -> [(key: String, count: Int)]
    /// Collective (≥ `collectiveThreshold` people), repeat and total petitions received in the range.
    func petitionTotals(from: LocalDate, through: LocalDate, collectiveThreshold: Int) async throws -> (total: Int, collective: Int, repeats: Int)

    func supervisionSettings() async throws -> BacklogSettings
    func saveSupervisionSettings(_ settings: BacklogSettings) async throws
}

/// The backlog ledger (积案台账).
public protocol BacklogStore: Sendable {
    /// Every matter with its ledger facts (for the scan).
    func backlogMatterFacts() async throws -> [BacklogRules.MatterFacts]
    /// Enters a matter (once; false when it is already in the ledger).
    func enterBacklog(matterID: Int64, petitionID: Int64, reasons: [BacklogReason], on day: LocalDate) async throws -> Bool
    func backlogCases() async throws -> [BacklogCase]
    /// How many cases are open and signed off (the dashboard's figures). Default: counted from ``backlogCases()``.
    func backlogCounts() async throws -> (open: Int, signedOff: Int)
    func backlogCase(id: Int64) async throws -> (BacklogCase, [BacklogProgress])?
    func updateBacklog(id: Int64, ownerUserID: StaffUser.ID?, plan: String, on day: LocalDate) async throws
    func addBacklogProgress(id: Int64, at: Date, authorName: String, text: String) async throws
    func signOffBacklog(id: Int64, conditions: Set<ClosingCondition>, on day: LocalDate, by user: StaffUser.ID) async throws
}
