import Foundation
import HuiyinDomain

/// Persistence of petitions, their history and matters. Each method is one transaction.
public protocol PetitionStore: Sendable {
    /// Stores a validated registration: allocates the next number of the year, a new matter, the
    /// petition and its first history entry.
    func register(_ registration: Registration, queryCode: String, at: Date, actor: Actor,
                  registeredUnitID: OrgUnit.ID, configuration: CountyConfiguration) async throws -> PetitionCase

    func petition(id: PetitionRecord.ID) async throws -> PetitionCase?
    func petition(number: String) async throws -> PetitionCase?
    func history(petitionID: PetitionRecord.ID) async throws -> [HistoryEntry]
    func list(_ query: PetitionQuery) async throws -> PetitionPage
    /// Counts per state under the same filters (the query's states filter is ignored).
    func countsByState(_ query: PetitionQuery) async throws -> [PetitionState: Int]

    /// Appends one history entry and stores the new status, only if the petition is still at
    /// `expectedVersion`; otherwise throws ``StoreError/staleVersion(current:)``.
    func append(_ entry: HistoryEntry, to petitionID: PetitionRecord.ID, expectedVersion: Int,
                newStatus: PetitionStatus, responsibleUnitID: OrgUnit.ID?) async throws -> PetitionCase

    func matterSummary(id: Int64) async throws -> MatterSummary?
}

/// Units, users, credentials and the county's configuration.
public protocol OrganisationStore: Sendable {
    func units() async throws -> [OrgUnit]
    @discardableResult
    func insertUnit(code: String, name: String, kind: UnitKind, parentID: OrgUnit.ID?, reviewBodyID: OrgUnit.ID?) async throws -> OrgUnit
    func setReviewBody(unitID: OrgUnit.ID, reviewBodyID: OrgUnit.ID?) async throws

    @discardableResult
    func insertUser(username: String, displayName: String, role: Role, unitID: OrgUnit.ID, passwordHash: String) async throws -> StaffUser
    func user(id: StaffUser.ID) async throws -> StaffUser?
    /// The user and the stored password hash.
    func credentials(username: String) async throws -> (user: StaffUser, passwordHash: String)?
    func users() async throws -> [StaffUser]

    func calendarYears() async throws -> [CalendarYear]
    func saveCalendarYear(_ year: CalendarYear) async throws
    func ruleTable() async throws -> RuleTable?
    func saveRuleTable(_ table: RuleTable) async throws
}

/// API bearer tokens; only a hash of the token is stored.
public protocol TokenStore: Sendable {
    func saveToken(hash: String, userID: StaffUser.ID, expiresAt: Date) async throws
    func user(forTokenHash hash: String, now: Date) async throws -> StaffUser?
    func deleteExpiredTokens(now: Date) async throws
}

/// Everything the server needs from a database.
public typealias HuiyinStore = PetitionStore & OrganisationStore & TokenStore & SessionStore & AccountStore & AuditStore & AdminStore & TemplateStore & PersonLookupStore & QueueStore & AttachmentStore & RatingStore & SupervisionStore & BacklogStore & AnalysisStore & CaseViewStore
