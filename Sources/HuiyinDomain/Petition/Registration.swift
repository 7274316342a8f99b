import Foundation

/// 登记: what a registrar (or the online form) submits for a new petition, before validation.
///
/// All text is normalised by ``validated(rules:taxonomy:units:now:)``, which either returns a
/// clean copy or every problem found, each named by its field.
public struct Registration: Sendable, Hashable, Codable {
    public var channel: Channel
    public var source: PetitionSource
    /// When the petition was received; defaults to the moment of registration.
    public var receivedAt: Date?
    public var peopleCount: Int
    public var petitioners: [Petitioner]
    public var purpose: Purpose
    /// A level-3 (or, if the clerk cannot tell, level-1/2) code of the content taxonomy.
    public var categoryCode: String
    /// 问题属地: the unit (township, street, village …) where the problem happened.
    public var localityUnitID: OrgUnit.ID
    public var localityAddress: String?
    public var title: String
    public var content: String
    public var demands: String
    public var flags: PetitionFlags
    /// For accusations: the units named as accused; their users never see the informant.
    public var accusedUnitIDs: [OrgUnit.ID]

    public init(
        channel: Channel, source: PetitionSource = .ownLevel, receivedAt: Date? = nil, peopleCount: Int = 1,
        petitioners: [Petitioner], purpose: Purpose, categoryCode: String, localityUnitID: OrgUnit.ID,
        localityAddress: String? = nil, title: String, content: String, demands: String,
        flags: PetitionFlags = PetitionFlags(), accusedUnitIDs: [OrgUnit.ID] = []
    ) {
        self.channel = channel
        self.source = source
        self.receivedAt = receivedAt
        self.peopleCount = peopleCount
        self.petitioners = petitioners
        self.purpose = purpose
        self.categoryCode = categoryCode
        self.localityUnitID = localityUnitID
        self.localityAddress = localityAddress
        self.title = title
        self.content = content
        self.demands = demands
        self.flags = flags
        self.accusedUnitIDs = accusedUnitIDs
    }

    /// 集体访: at least ``RuleTable/collectiveThreshold`` people.
    public func isCollective(rules: RuleTable) -> Bool { peopleCount >= rules.collectiveThreshold }

    public static let maxContentLength = 20_000
    public static let maxTitleLength = 100
}
