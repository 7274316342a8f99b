import HuiyinDomain
import HuiyinText

/// The text findings as a given user may see them — the case page, the similar list, the registration
/// hints and the API all read them through here, so the jurisdiction and the informant's protection are
/// applied in one place.
extension TextService {
    /// Earlier petitions like `petition` that `user` may see: outside the user's jurisdiction left out, and
    /// every finding made through the person left out when ``Jurisdiction/maySeePersonMatch(_:viewing:found:units:)``
    /// says no (the whole finding, not only its reason: its presence would tell the same).
    public func similar(to petition: PetitionCase, for user: StaffUser) async throws -> [SimilarPetition] {
        visible(try await similar(to: petition), viewing: petition.record, to: user)
    }

    /// Earlier petitions like a draft being registered, as `user` may see them.
    public func similar(to draft: TextDraft, for user: StaffUser) async throws -> [SimilarPetition] {
        visible(try await similar(to: draft), viewing: nil, to: user)
    }

    /// A person's petitions that `user` may see, found by the keys typed (all of them through the person).
    public func personPetitions(name: String?, idNumber: String?, phone: String?, address: String?,
                                for user: StaffUser) async throws -> [(PetitionCase, PersonMatchReason)] {
        let units = configuration.current.units
        return try await personPetitions(name: name, idNumber: idNumber, phone: phone, address: address).filter { c, _ in
            Jurisdiction.canSee(user, c.record, c.status, units: units)
                && Jurisdiction.maySeePersonMatch(user, viewing: nil, found: c.record, units: units)
        }
    }

    private func visible(_ found: [SimilarPetition], viewing viewed: PetitionRecord?, to user: StaffUser) -> [SimilarPetition] {
        let units = configuration.current.units
        return found.filter { s in
            guard Jurisdiction.canSee(user, s.petition.record, s.petition.status, units: units) else { return false }
            return s.finding.person == nil
                || Jurisdiction.maySeePersonMatch(user, viewing: viewed, found: s.petition.record, units: units)
        }
    }
}
