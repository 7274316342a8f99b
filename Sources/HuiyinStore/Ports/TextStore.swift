import Foundation
import HuiyinDomain
import HuiyinText

/// What similarity needs of a stored petition: its text and its petitioners (far cheaper to read than the
/// whole case, so that hundreds of candidates can be verified).
public struct StoredPetitionText: Sendable {
    public var id: PetitionRecord.ID
    public var title: String
    public var content: String
    public var demands: String
    public var petitioners: [Petitioner]

    public init(id: PetitionRecord.ID, title: String, content: String, demands: String, petitioners: [Petitioner]) {
        self.id = id
        self.title = title
        self.content = content
        self.demands = demands
        self.petitioners = petitioners
    }
}

/// A petition with risk signals, for the duty supervisor's queue (值班督办).
public struct RiskQueueItem: Sendable {
    public var petition: PetitionCase
    public var assessment: RiskAssessment

    public init(petition: PetitionCase, assessment: RiskAssessment) {
        self.petition = petition
        self.assessment = assessment
    }
}

/// A trained model as stored.
public struct StoredModel: Sendable {
    public var name: String
    public var trainedAt: Date
    /// Categorised petitions it was trained on (the taxonomy seed not counted).
    public var exampleCount: Int
    public var data: Data

    public init(name: String, trainedAt: Date, exampleCount: Int, data: Data) {
        self.name = name
        self.trainedAt = trainedAt
        self.exampleCount = exampleCount
        self.data = data
    }
}

/// What text intelligence needs from a database: the search index, the near-duplicate bands, person
/// lookup, risk signals, settings, models and routing. The search itself goes through
/// ``PetitionQuery/text`` and ``PetitionStore/list(_:)``.
public protocol TextStore: Sendable {
    func textSettings() async throws -> TextSettings
    func saveTextSettings(_ settings: TextSettings) async throws

    /// Petitions sharing at least one of the band `keys`, most shared bands first.
    func nearDuplicateCandidates(bandKeys: [Int64], excluding: PetitionRecord.ID?, limit: Int) async throws -> [PetitionRecord.ID]
    /// Petitions of a person (as ``petitions(idNumbers:phones:names:excluding:limit:)``), ids only, newest first.
    func personCandidates(idNumbers: [String], phones: [String], names: [String], excluding: PetitionRecord.ID?, limit: Int) async throws -> [PetitionRecord.ID]
    /// The text and petitioners of these petitions.
    func petitionTexts(ids: [PetitionRecord.ID]) async throws -> [StoredPetitionText]
    /// These petitions, newest first.
    func petitions(ids: [PetitionRecord.ID]) async throws -> [PetitionCase]
    /// Petitions of a person: by resident ID number, phone match key, or exact (normalised) name.
    func petitions(idNumbers: [String], phones: [String], names: [String], excluding: PetitionRecord.ID?, limit: Int) async throws -> [PetitionCase]

    /// The risk signals recorded at registration, if any.
    func riskAssessment(petitionID: PetitionRecord.ID) async throws -> RiskAssessment?
    /// Petitions with risk signals within `visibleUnitIDs` (nil = all): by ``RiskTier`` (danger to life, then
    /// collective, then the rest), then level, then the date received, newest first — ordered before the
    /// `limit` cuts, so that no danger case falls off a short list.
    func riskQueue(visibleUnitIDs: [OrgUnit.ID]?, limit: Int) async throws -> [RiskQueueItem]

    func model(named: String) async throws -> StoredModel?
    func saveModel(_ model: StoredModel) async throws
    /// Categorised petitions for training, newest first: (title, content + demands, category code).
    func trainingExamples(limit: Int) async throws -> [(title: String, body: String, category: String)]
    func categorisedCount() async throws -> Int

    func routingRules() async throws -> [RoutingRule]
    @discardableResult func saveRoutingRule(_ rule: RoutingRule) async throws -> RoutingRule
    func deleteRoutingRule(id: Int64) async throws
    /// Where petitions went before (the handling unit), by category and locality.
    func routingHistory(categoryPrefixes: [String]) async throws -> [RoutingObservation]

    /// Rebuilds the search index, the near-duplicate bands and the risk signals of every petition.
    /// Returns the number of petitions indexed.
    @discardableResult func rebuildTextIndex() async throws -> Int
}
