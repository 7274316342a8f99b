import Foundation
import HuiyinDomain

/// What registering a petition writes, worked out before any database is touched — the same for every
/// adapter: the receipt day, the registration event and the status it leads to, the first history entry,
/// the responsible unit and the JSON of the stored columns.
public struct PetitionIntake: Sendable {
    public let receivedAt: Date
    public let receivedOn: LocalDate
    public let status: PetitionStatus
    public let entry: HistoryEntry
    public let responsibleUnitID: OrgUnit.ID?
    public let registrationJSON: String
    public let statusJSON: String

    public init(_ registration: Registration, at: Date, actor: Actor, configuration: CountyConfiguration) throws {
        receivedAt = registration.receivedAt ?? at
        receivedOn = LocalDate.inChina(receivedAt)
        let event = Lifecycle.registrationEvent(receivedOn: receivedOn, calendar: configuration.calendar, rules: configuration.rules)
        var status = PetitionStatus(receivedOn: receivedOn)
        status.apply(event, on: LocalDate.inChina(at))
        self.status = status
        registrationJSON = try JSONCoding.encode(registration)
        statusJSON = try JSONCoding.encode(status)
        entry = HistoryEntry.make(sequence: 1, at: at, actor: actor, units: configuration.units, event: event)
        responsibleUnitID = Jurisdiction.responsibleUnit(status, units: configuration.units)
    }
}
