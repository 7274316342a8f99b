import Foundation
import HuiyinDomain

/// An earlier petition of the same person (同人), found by a resident ID number or a phone number typed
/// at registration, so the registrar can link a repeat petition (重复信访) to its matter.
public struct EarlierPetition: Sendable, Hashable {
    public var petition: PetitionCase
    /// At least one petitioner of this petition has one of the ID numbers searched for.
    public var matchedByIDNumber: Bool
    /// At least one petitioner of this petition has one of the phone numbers searched for.
    public var matchedByPhone: Bool

    public init(petition: PetitionCase, matchedByIDNumber: Bool, matchedByPhone: Bool) {
        self.petition = petition
        self.matchedByIDNumber = matchedByIDNumber
        self.matchedByPhone = matchedByPhone
    }
}

/// Finds petitions by their petitioners' identity keys (the `petitioners` index).
public protocol PersonLookupStore: Sendable {
    /// Petitions with a petitioner whose ID number is in `idNumbers` or whose phone match key
    /// (``PhoneNumber/matchKey``) is in `phoneKeys`, newest received first, at most `limit`.
    ///
    /// - Parameter visibleUnitIDs: jurisdiction — only petitions involving one of these units (nil = all).
    func earlierPetitions(idNumbers: [String], phoneKeys: [String], visibleUnitIDs: [OrgUnit.ID]?,
                          limit: Int) async throws -> [EarlierPetition]
}
