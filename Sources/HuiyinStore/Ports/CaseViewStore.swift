import Foundation
import HuiyinDomain

/// Everything the case page (案件详情) shows about one petition, read together.
public struct CaseView: Sendable {
    public var petition: PetitionCase
    /// The history, oldest first.
    public var history: [HistoryEntry]
    /// The petitions of the same matter the reader may see (this one included), oldest first.
    public var matter: [MatterPetition]

    public init(petition: PetitionCase, history: [HistoryEntry], matter: [MatterPetition]) {
        self.petition = petition
        self.history = history
        self.matter = matter
    }
}

/// One petition of a matter, as the case page lists it.
public struct MatterPetition: Sendable, Hashable, Identifiable {
    public var id: PetitionRecord.ID
    public var number: String
    public var title: String
    public var state: PetitionState
    public var receivedOn: LocalDate

    public init(id: PetitionRecord.ID, number: String, title: String, state: PetitionState, receivedOn: LocalDate) {
        self.id = id
        self.number = number
        self.title = title
        self.state = state
        self.receivedOn = receivedOn
    }

    public init(_ c: PetitionCase) {
        self.init(id: c.record.id, number: c.record.number, title: c.record.registration.title, state: c.status.state,
                  receivedOn: LocalDate.inChina(c.record.receivedAt))
    }
}

/// The case page's data in one read (the page is among the most requested).
///
/// An adapter that has nothing faster gets ``caseView(id:matterVisibleUnitIDs:matterLimit:)`` from the
/// ``PetitionStore`` operations by declaring the conformance.
public protocol CaseViewStore: Sendable {
    /// Petition `id`, its history, and up to `matterLimit` petitions of its matter that involve one of
    /// `matterVisibleUnitIDs` (nil: all); nil when there is no such petition. Whether the reader may see
    /// the petition itself is the caller's to check (``Jurisdiction/canSee(_:_:_:units:)``).
    func caseView(id: PetitionRecord.ID, matterVisibleUnitIDs: [OrgUnit.ID]?, matterLimit: Int) async throws -> CaseView?
}

extension CaseViewStore where Self: PetitionStore {
    public func caseView(id: PetitionRecord.ID, matterVisibleUnitIDs: [OrgUnit.ID]?, matterLimit: Int) async throws -> CaseView? {
        guard let c = try await petition(id: id) else { return nil }
        var query = PetitionQuery()
        query.matterID = c.record.matterID
        query.sort = .receivedOldest
        query.pageSize = matterLimit
        query.visibleUnitIDs = matterVisibleUnitIDs
        let matter = try await list(query).items.map(MatterPetition.init)
        return CaseView(petition: c, history: try await history(petitionID: id), matter: matter)
    }
}
