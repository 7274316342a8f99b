import Foundation
import HuiyinDomain
import HuiyinText

/// An earlier petition found for a new or draft one, with the stored facts the judge needs.
public struct StoredTextCandidate: Sendable {
    public var petition: PetitionCase
    /// How many LSH bands it shares with the query text (0 when found through the person only).
    public var sharedBands: Int
}

/// A petition with risk signals, for the duty supervisor's queue (值班督办).
public struct RiskQueueItem: Sendable {
    public var petition: PetitionCase
    public var assessment: RiskAssessment
}

/// A trained model as stored.
public struct StoredModel: Sendable {
    public var name: String
    public var trainedAt: Date
    /// Categorised petitions it was trained on (the taxonomy seed not counted).
    public var exampleCount: Int
    public var data: Data
}

/// What text intelligence needs from a database: the search index, the near-duplicate bands, person
/// lookup, risk signals, settings, models and routing. The search itself goes through
/// ``PetitionQuery/text`` and ``PetitionStore/list(_:)``.
public protocol TextStore: Sendable {
    func textSettings() async throws -> TextSettings
    func saveTextSettings(_ settings: TextSettings) async throws

    /// Petitions sharing at least one of the band `keys`, most shared bands first.
    func nearDuplicateCandidates(bandKeys: [Int64], excluding: PetitionRecord.ID?, limit: Int) async throws -> [StoredTextCandidate]
    /// Petitions of a person: by resident ID number, phone match key, or exact (normalised) name.
    func petitions(idNumbers: [String], phones: [String], names: [String], excluding: PetitionRecord.ID?, limit: Int) async throws -> [PetitionCase]

    /// The risk signals recorded at registration, if any.
    func riskAssessment(petitionID: PetitionRecord.ID) async throws -> RiskAssessment?
    /// Petitions with risk signals, newest first, within `visibleUnitIDs` (nil = all).
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
