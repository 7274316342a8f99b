import Foundation
import HuiyinDomain

extension PetitionService {
    /// Earlier petitions of the same person (同人), for the repeat hints of the registration form.
    ///
    /// ID numbers and phones are read the way registration stores them (resident IDs in canonical form,
    /// phones by their match key); values that cannot be parsed are ignored. The result is limited to
    /// the user's jurisdiction, and an accusation never shows up for a user of a unit it accuses: that
    /// an ID number appears on it would reveal the informant (RULES.md §4). Each search that had a key
    /// is recorded in the audit log, because it reads personal data.
    public func earlierPetitions(idNumbers: [String], phones: [String], for user: StaffUser,
                                 excluding excluded: PetitionRecord.ID? = nil, limit: Int = 20) async throws -> [EarlierPetition] {
        let ids = idNumbers.compactMap(Self.lookupKey(idNumber:))
        let phoneKeys = phones.compactMap(Self.lookupKey(phone:))
        guard !ids.isEmpty || !phoneKeys.isEmpty else { return [] }
        let units = configuration.current.units
        let found = try await store.earlierPetitions(
            idNumbers: ids, phoneKeys: phoneKeys, visibleUnitIDs: Jurisdiction.visibleUnits(for: user, units: units), limit: limit)
        let visible = found.filter {
            $0.petition.record.id != excluded
                && Jurisdiction.canSee(user, $0.petition.record, $0.petition.status, units: units)
                && !Jurisdiction.hidesIdentity(from: user, $0.petition.record, units: units)
        }
        try await store.record(AuditEntry(
            at: clock.now(), userID: user.id, username: user.username, action: "person-lookup", petitionID: nil,
            detail: "keys=\(ids.count + phoneKeys.count) found=\(visible.count)"))
        return visible
    }

    /// A resident ID in canonical form, or another document number as typed (trimmed), as registration stores it.
    static func lookupKey(idNumber raw: String) -> String? {
        let s = TextNormalizer.line(raw)
        guard s.count >= 6, s.count <= 32 else { return nil }
        if let id = try? ResidentID.parse(s) { return id.number }
        return s
    }

    static func lookupKey(phone raw: String) -> String? {
        let s = TextNormalizer.line(raw)
        guard !s.isEmpty, s.count <= 40 else { return nil }
        return (try? PhoneNumber.parse(s))?.matchKey
    }
}
