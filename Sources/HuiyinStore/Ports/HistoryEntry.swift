import Foundation
import HuiyinDomain

/// One immutable entry of a petition's history (流转记录): who, in which role and unit, when, what.
public struct HistoryEntry: Sendable, Hashable, Codable {
    public var sequence: Int
    public var at: Date
    public var actorKind: String
    public var actorUserID: StaffUser.ID?
    public var actorName: String
    public var actorRole: Role?
    public var actorUnitID: OrgUnit.ID?
    public var actorUnitName: String?
    public var event: LifecycleEvent
    /// The notice or letter text the petitioner receives for this step, if any.
    public var notice: String?

    public init(sequence: Int, at: Date, actorKind: String, actorUserID: StaffUser.ID?, actorName: String,
                actorRole: Role?, actorUnitID: OrgUnit.ID?, actorUnitName: String?, event: LifecycleEvent, notice: String?) {
        self.sequence = sequence
        self.at = at
        self.actorKind = actorKind
        self.actorUserID = actorUserID
        self.actorName = actorName
        self.actorRole = actorRole
        self.actorUnitID = actorUnitID
        self.actorUnitName = actorUnitName
        self.event = event
        self.notice = notice
    }

    /// The entry for `event` done by `actor` at `at`, with the public notice text filled in.
    public static func make(sequence: Int, at: Date, actor: Actor, units: UnitDirectory, event: LifecycleEvent) -> HistoryEntry {
        let user = actor.staff
        let kind: String
        let name: String
        switch actor {
        case .staff(let u): kind = "staff"; name = u.displayName
        case .petitioner: kind = "petitioner"; name = "信访人"
        case .system: kind = "system"; name = "系统"
        }
        return HistoryEntry(sequence: sequence, at: at, actorKind: kind, actorUserID: user?.id, actorName: name,
                            actorRole: user?.role, actorUnitID: user?.unitID,
                            actorUnitName: user.flatMap { units.unit($0.unitID)?.name },
                            event: event, notice: Notices.publicText(for: event))
    }

    public var day: LocalDate { LocalDate.inChina(at) }
}

/// A petition with its current status: what pages and the API show.
public struct PetitionCase: Sendable, Hashable {
    public var record: PetitionRecord
    public var status: PetitionStatus

    public init(record: PetitionRecord, status: PetitionStatus) {
        self.record = record
        self.status = status
    }
}
