import Foundation

/// 信访件: a registered petition — the registration as validated, plus its identity.
public struct PetitionRecord: Sendable, Hashable, Codable, Identifiable {
    public typealias ID = Int64

    public var id: ID
    /// Human-readable number, e.g. `XF-2026-000123`.
    public var number: String
    /// The petitioner's secret query code (查询码).
    public var queryCode: String
    /// 信访事项: repeat petitions about the same facts share one matter.
    public var matterID: Int64
    public var registration: Registration
    public var registeredAt: Date
    public var registeredByUserID: StaffUser.ID?
    /// The unit that registered it.
    public var registeredUnitID: OrgUnit.ID
    /// 重复信访: linked to an earlier matter.
    public var isRepeat: Bool

    public init(id: ID, number: String, queryCode: String, matterID: Int64, registration: Registration,
                registeredAt: Date, registeredByUserID: StaffUser.ID?, registeredUnitID: OrgUnit.ID, isRepeat: Bool) {
        self.id = id
        self.number = number
        self.queryCode = queryCode
        self.matterID = matterID
        self.registration = registration
        self.registeredAt = registeredAt
        self.registeredByUserID = registeredByUserID
        self.registeredUnitID = registeredUnitID
        self.isRepeat = isRepeat
    }

    public var receivedAt: Date { registration.receivedAt ?? registeredAt }
}

/// A matter (信访事项) as far as linking a new petition needs to know it.
public struct MatterSummary: Sendable, Hashable, Codable {
    public var id: Int64
    public var isFinal: Bool
    /// The most advanced petition of the matter and its state.
    public var leadPetitionNumber: String
    public var leadState: PetitionState
    /// For a replied or reviewed matter: the end of the petitioner's review or re-review window.
    public var windowEnds: LocalDate?

    public init(id: Int64, isFinal: Bool, leadPetitionNumber: String, leadState: PetitionState, windowEnds: LocalDate?) {
        self.id = id
        self.isFinal = isFinal
        self.leadPetitionNumber = leadPetitionNumber
        self.leadState = leadState
        self.windowEnds = windowEnds
    }
}
