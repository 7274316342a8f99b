import Foundation
import HuiyinDomain

/// A 不满意 (dissatisfied) rating a petitioner gave, for the supervisor's follow-up queue.
public struct DissatisfiedRating: Sendable, Hashable {
    public var petitionID: PetitionRecord.ID
    public var number: String
    public var title: String
    public var ratedAt: Date
    public var acceptance: Satisfaction?
    public var handling: Satisfaction?
    /// The petitioner's comment, if any.
    public var comment: String
    /// The unit that handled the petition (whose work was rated).
    public var handlingUnitID: OrgUnit.ID?

    public init(petitionID: PetitionRecord.ID, number: String, title: String, ratedAt: Date, acceptance: Satisfaction?,
                handling: Satisfaction?, comment: String, handlingUnitID: OrgUnit.ID?) {
        self.petitionID = petitionID
        self.number = number
        self.title = title
        self.ratedAt = ratedAt
        self.acceptance = acceptance
        self.handling = handling
        self.comment = comment
        self.handlingUnitID = handlingUnitID
    }
}

/// Ratings (满意度评价) read back for supervision: every rating with 不满意 in it since a moment.
public protocol RatingStore: Sendable {
    /// Ratings with at least one 不满意, newest first, at or after `since`.
    func dissatisfiedRatings(since: Date, limit: Int) async throws -> [DissatisfiedRating]
}
