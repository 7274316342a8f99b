import Foundation
import HuiyinDomain
import HuiyinText
import Synchronization

/// An earlier petition found for a new or draft one, and why.
public struct SimilarPetition: Sendable {
    public var petition: PetitionCase
    public var finding: SimilarityFinding
}

/// A draft as typed at registration: enough to find repeats, suggest a category and a unit, and see risk.
public struct TextDraft: Sendable {
    public var title: String
    public var content: String
    public var demands: String
    public var petitioners: [Petitioner]
    public var peopleCount: Int
    public var channel: Channel?
    public var localityUnitID: OrgUnit.ID?

    public init(title: String, content: String, demands: String, petitioners: [Petitioner] = [], peopleCount: Int = 1,
                channel: Channel? = nil, localityUnitID: OrgUnit.ID? = nil) {
        self.title = title
        self.content = content
        self.demands = demands
        self.petitioners = petitioners
        self.peopleCount = peopleCount
        self.channel = channel
        self.localityUnitID = localityUnitID
    }

    public init(_ r: Registration) {
        self.init(title: r.title, content: r.content, demands: r.demands, petitioners: r.petitioners, peopleCount: r.peopleCount,
                  channel: r.channel, localityUnitID: r.localityUnitID)
    }
}

/// What `huiyin model retrain` reports.
public struct RetrainReport: Sendable {
    public var algorithm: CategoryClassifier.Algorithm
    public var examples: Int
    public var seedExamples: Int
    public var categories: Int
    public var seconds: Double
}

/// The text-intelligence use cases over a store: repeats and near-duplicates, person lookup, category and
/// unit suggestion, risk, and the classifier's life cycle (trained on first use, retrained on demand or
/// automatically as categorised petitions grow).
public final class TextService: Sendable {
    public let store: any TextStore
    public let configuration: ConfigurationHolder
    public let clock: any HuiyinClock
    private let cached: Mutex<CategoryClassifier?> = Mutex(nil)
    private let retraining: Mutex<Bool> = Mutex(false)
    /// Categorised petitions the current model saw, and when growth was last checked.
    private let trainedOn: Mutex<(examples: Int?, checked: Date?)> = Mutex((nil, nil))
    /// Growth is checked at most this often (it counts the categorised petitions).
    public static let growthCheckInterval: TimeInterval = 600

    public static let categoryModel = "category"
    /// At most this many of the newest categorised petitions train the classifier.
    public static let trainingLimit = 20_000
    /// Below this many categorised petitions the automatic choice is naive Bayes.
    public static let svmMinimumExamples = 500

    public init(store: any TextStore, configuration: ConfigurationHolder, clock: any HuiyinClock) {
        self.store = store
        self.configuration = configuration
        self.clock = clock
    }

    // MARK: - Repeats and near-duplicates

    /// Earlier petitions like `draft`: possible repeats (same person, similar text), near-duplicates (similar
    /// text) and the same person's other petitions — repeats first, then by similarity; at most
    /// ``maxPerKind`` of each kind.
    public func similar(to draft: TextDraft, excluding: PetitionRecord.ID? = nil) async throws -> [SimilarPetition] {
        let settings = try await store.textSettings()
        let text = Shingles(PetitionText.nearDuplicateText(title: draft.title, content: draft.content, demands: draft.demands), size: settings.shingleSize)
        let keys = settings.banding.keys(settings.minHasher.signature(text))
        let persons = draft.petitioners.map(PersonKeys.init)
        let ids = persons.compactMap(\.residentID)
        let phones = persons.compactMap(\.phone)
        let names = draft.petitioners.map { TextNormalizer.personName($0.name) }.filter { !$0.isEmpty }
        var candidates = Set(try await store.nearDuplicateCandidates(bandKeys: keys, excluding: excluding, limit: settings.maxCandidates))
        candidates.formUnion(try await store.personCandidates(idNumbers: ids, phones: phones, names: names, excluding: excluding,
                                                              limit: settings.maxCandidates))
        // Verify on the text alone; read the whole case only for what is reported.
        let judge = SimilarityJudge(settings: settings)
        var findings: [PetitionRecord.ID: SimilarityFinding] = [:]
        for c in try await store.petitionTexts(ids: Array(candidates)) {
            let earlier = Shingles(PetitionText.nearDuplicateText(title: c.title, content: c.content, demands: c.demands), size: settings.shingleSize)
            findings[c.id] = judge.judge(text: text, persons: persons, earlierText: earlier, earlierPersons: c.petitioners.map(PersonKeys.init))
        }
        func rank(_ k: SimilarityFinding.Kind) -> Int {
            switch k { case .repeatPetition: 0; case .nearDuplicate: 1; case .samePerson: 2 }
        }
        let sorted = findings.sorted { a, b in
            if rank(a.value.kind) != rank(b.value.kind) { return rank(a.value.kind) < rank(b.value.kind) }
            if a.value.similarity != b.value.similarity { return a.value.similarity > b.value.similarity }
            return a.key > b.key
        }
        // Template letters can have hundreds of near-duplicates: show the closest of each kind.
        var shown: [SimilarityFinding.Kind: Int] = [:]
        let reported = sorted.filter { f in
            shown[f.value.kind, default: 0] += 1
            return shown[f.value.kind]! <= Self.maxPerKind
        }
        let cases = Dictionary(uniqueKeysWithValues: try await store.petitions(ids: reported.map(\.key)).map { ($0.record.id, $0) })
        return reported.compactMap { f in cases[f.key].map { SimilarPetition(petition: $0, finding: f.value) } }
    }

    /// At most this many petitions of each kind are reported.
    public static let maxPerKind = 20

    public func similar(to petition: PetitionCase) async throws -> [SimilarPetition] {
        try await similar(to: TextDraft(petition.record.registration), excluding: petition.record.id)
    }

    /// Petitions of a person found by ID number, phone, or name (with the address as the weak signal),
    /// strongest match first, then newest.
    public func personPetitions(name: String?, idNumber: String?, phone: String?, address: String?) async throws -> [(PetitionCase, PersonMatchReason)] {
        let settings = try await store.textSettings()
        let keys = PersonKeys(name: name, idNumber: idNumber, phone: phone, address: address)
        let normalisedName = name.map(TextNormalizer.personName).flatMap { $0.isEmpty ? nil : $0 }
        let found = try await store.petitions(idNumbers: keys.residentID.map { [$0] } ?? [], phones: keys.phone.map { [$0] } ?? [],
                                              names: normalisedName.map { [$0] } ?? [], excluding: nil, limit: settings.maxCandidates)
        let matcher = PersonMatcher(addressThreshold: settings.addressThreshold)
        return found.compactMap { c in
            matcher.bestReason([keys], c.record.registration.petitioners.map(PersonKeys.init)).map { (c, $0) }
        }.sorted { a, b in
            (a.1.isStrong ? 0 : 1, -a.0.record.id) < (b.1.isStrong ? 0 : 1, -b.0.record.id)
        }
    }

    // MARK: - Risk

    public func assessRisk(_ draft: TextDraft) async throws -> RiskAssessment {
        let settings = try await store.textSettings()
        return settings.riskLexicon.assess(title: draft.title, content: draft.content, demands: draft.demands,
                                           peopleCount: draft.peopleCount,
                                           collectiveThreshold: configuration.current.rules.collectiveThreshold,
                                           isVisit: draft.channel == .visit)
    }

    // MARK: - Category and unit

    public func suggestCategories(title: String, body: String, top: Int = 3) async throws -> [CategoryPrediction] {
        try await classifier().predict(title: title, body: body, top: top)
    }

    /// The handling units for a draft (登记时的建议承办单位): its categories, its locality, and the places
    /// its text names (`text`: title, facts and demands; nil reads no places).
    public func suggestUnits(categories: [CategoryPrediction], locality: OrgUnit.ID?, text: String? = nil,
                             top: Int = 3) async throws -> [UnitSuggestion] {
        let rules = try await store.routingRules()
        let units = configuration.current.units
        // Level-1 prefixes: a category with few petitions learns from its parents how often such matters
        // stay with the township (CategoryRoutingProfile).
        let prefixes = categories.map { String($0.label.prefix(2)) }
        let history = try await store.routingHistory(categoryPrefixes: prefixes)
        let places = text.map { PlaceExtractor(units: units).places(in: $0) } ?? []
        return UnitSuggester(rules: rules, units: units)
            .suggest(categories: categories, locality: locality, history: history, places: places, top: top)
    }

    /// The handling units for a registered petition (the forward and assign forms of the case page): its
    /// category as registered (the classifier's when it has none), its locality, the places its text
    /// names — never a unit the petition accuses, nor one inside it.
    public func suggestUnits(for petition: PetitionCase) async throws -> [UnitSuggestion] {
        let r = petition.record.registration
        let categories = r.categoryCode.isEmpty
            ? try await suggestCategories(title: r.title, body: r.content + "\u{3000}" + r.demands)
            : [CategoryPrediction(label: r.categoryCode, confidence: 1)]
        let units = configuration.current.units
        let text = [r.title, r.content, r.demands].joined(separator: "\u{3000}")
        let found = try await suggestUnits(categories: categories, locality: r.localityUnitID, text: text, top: 6)
        return Array(found.filter { s in !r.accusedUnitIDs.contains { units.isWithin(s.unitID, ancestor: $0) } }.prefix(3))
    }

    /// The current classifier: cached, else the stored one, else trained now.
    public func classifier() async throws -> CategoryClassifier {
        if let c = cached.withLock({ $0 }) { return c }
        if let stored = try await store.model(named: Self.categoryModel),
           let model = try? JSONDecoder().decode(CategoryClassifier.self, from: stored.data) {
            cached.withLock { $0 = model }
            trainedOn.withLock { $0.examples = stored.exampleCount }
            return model
        }
        _ = try await retrain()
        return cached.withLock { $0 }!
    }

    /// Trains the classifier on the taxonomy seed and the newest categorised petitions and stores it.
    @discardableResult
    public func retrain(algorithm: CategoryClassifier.Algorithm = .automatic) async throws -> RetrainReport {
        let started = Date()
        let seed = TaxonomySeed.examples(configuration.current.taxonomy)
        let stored = try await store.trainingExamples(limit: Self.trainingLimit)
        var options = CategoryClassifier.Options()
        // With one seed example per category and few petitions an SVM learns nothing naive Bayes would not.
        options.algorithm = algorithm == .automatic && stored.count < Self.svmMinimumExamples ? .complementNaiveBayes : algorithm
        let examples = seed.map { (title: $0.text, body: "", label: $0.label) } + stored.map { ($0.title, $0.body, $0.category) }
        let model = CategoryClassifier.train(titled: examples, options: options)
        let data = try JSONEncoder().encode(model)
        try await store.saveModel(StoredModel(name: Self.categoryModel, trainedAt: clock.now(), exampleCount: stored.count, data: data))
        cached.withLock { $0 = model }
        trainedOn.withLock { $0.examples = stored.count }
        return RetrainReport(algorithm: model.algorithm, examples: stored.count, seedExamples: seed.count,
                             categories: model.labels.count, seconds: Date().timeIntervalSince(started))
    }

    /// Retrains in the background when the categorised petitions grew enough since the last training
    /// (``TextSettings/retrainGrowth``, ``TextSettings/retrainMinimumNew``). Returns true when it started.
    @discardableResult
    public func retrainIfGrown() async throws -> Bool {
        let now = clock.now()
        let due = trainedOn.withLock { state -> Bool in
            if let last = state.checked, now.timeIntervalSince(last) < Self.growthCheckInterval { return false }
            state.checked = now
            return true
        }
        guard due else { return false }
        _ = try await classifier()
        let settings = try await store.textSettings()
        let count = try await store.categorisedCount()
        let trained = trainedOn.withLock { $0.examples } ?? 0
        let grown = count - min(trained, Self.trainingLimit)
        guard trained < Self.trainingLimit || count > trained,
              grown >= settings.retrainMinimumNew, Double(grown) >= Double(max(trained, 1)) * settings.retrainGrowth else { return false }
        let start = retraining.withLock { busy -> Bool in
            if busy { return false }
            busy = true
            return true
        }
        guard start else { return false }
        Task {
            defer { self.retraining.withLock { $0 = false } }
            _ = try? await self.retrain()
        }
        return true
    }
}
