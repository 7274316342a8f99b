import Foundation
import HuiyinDomain
import HuiyinText

// Routing evaluation: how often the suggested handling unit (承办单位) is the one the demo county's triage
// officer chose, top-1 and top-3, over the demo petitions whose unit is known (RoutingCorpus).
//
// Train/test by time: the petitions are taken in order of receipt; the later half is predicted. For each
// predicted petition the routing history holds only the petitions received before it (as the product's
// history holds only petitions routed before), and the category classifier is trained on the taxonomy
// seed and the earlier half. No routing rules are configured (the demo has none), so every suggestion
// comes from history and, with place reading, from the places named.
//
// Three suggesters: "today" (history and rules only, as before places were read: UnitSuggester with
// readsPlaces off), "+ locality" (the township of the locality field, no text read), "+ text places"
// (the places the text names as well: what the product does).
//
// Then the place extractor, built from the demo county's units, runs over the real messages in
// ../shared/data/tipdm2020/messages-with-votes.jsonl (another county: every hit is a false one) to see
// that it does not invent places.
//
// Usage: swift run -c release routing-eval [--petitions N] [--seed S] [--messages FILE]

var petitionCount = 400
var seed: UInt64 = 2026
var messagesPath: String?
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let a = arguments.next() {
    switch a {
    case "--petitions": petitionCount = Int(arguments.next() ?? "") ?? petitionCount
    case "--seed": seed = UInt64(arguments.next() ?? "") ?? seed
    case "--messages": messagesPath = arguments.next()
    default: print("unknown argument \(a)"); exit(2)
    }
}

let started = Date()
let corpus = try await RoutingCorpus.generate(petitions: petitionCount, seed: seed)
let routed = corpus.petitions.filter(\.isRouted)
print("## Routing suggestions on the demo county (\(petitionCount) petitions, seed \(seed))\n")
print("\(routed.count) petitions forwarded or assigned (the handling unit known); generated in "
      + String(format: "%.1f s", Date().timeIntervalSince(started)) + "\n")

let split = corpus.petitions.count / 2
let training = corpus.petitions[..<split]
var options = CategoryClassifier.Options()
options.algorithm = training.count < 500 ? .complementNaiveBayes : .automatic
let classifier = CategoryClassifier.train(
    titled: TaxonomySeed.examples(corpus.taxonomy).map { (title: $0.text, body: "", label: $0.label) }
        + training.map { (title: $0.title, body: $0.content + "\u{3000}" + $0.demands, label: $0.categoryCode) },
    options: options)

/// What the suggester is given: the categories and the locality as at registration or on the case page.
enum Scenario: CaseIterable {
    case casePage, registration, registrationWithoutLocality

    var name: String {
        switch self {
        case .casePage: "case page (registered category, locality)"
        case .registration: "registration (classifier top 3, locality)"
        case .registrationWithoutLocality: "registration (classifier top 3, no locality)"
        }
    }
}

/// Ways of suggesting, compared on the same petitions.
enum Variant: CaseIterable {
    case today, locality, textPlaces

    var name: String {
        switch self {
        case .today: "today (history, rules)"
        case .locality: "+ locality's township"
        case .textPlaces: "+ places in the text"
        }
    }
}

let extractor = PlaceExtractor(units: corpus.units)
var scores: [Scenario: [Variant: RoutingScore]] = [:]
var history: [RoutingObservation] = []
var predicted = 0
var extractionTime = 0.0
for (i, p) in corpus.petitions.enumerated() {
    defer { if let unit = p.handlingUnitID { RoutingHistory.add(&history, p, unit) } }
    guard i >= split, p.isRouted else { continue }
    predicted += 1
    let classified = classifier.predict(title: p.title, body: p.content + "\u{3000}" + p.demands, top: 3)
    let t0 = Date()
    let places = extractor.places(in: [p.title, p.content, p.demands].joined(separator: "\u{3000}"))
    extractionTime += Date().timeIntervalSince(t0)
    for scenario in Scenario.allCases {
        let categories = scenario == .casePage ? [CategoryPrediction(label: p.categoryCode, confidence: 1)] : classified
        let locality = scenario == .registrationWithoutLocality ? nil : p.localityUnitID
        for variant in Variant.allCases {
            let suggester = UnitSuggester(rules: [], units: corpus.units, readsPlaces: variant != .today)
            let suggested = suggester.suggest(categories: categories, locality: locality, history: history,
                                              places: variant == .textPlaces ? places : []).map(\.unitID)
            scores[scenario, default: [:]][variant, default: RoutingScore()].add(suggested: suggested, truth: p.truth)
        }
    }
}

print("Predicted: the later \(predicted) routed petitions (history: every petition received before each one).\n")
print("| scenario | suggester | top-1 | top-3 | none suggested |")
print("|---|---|---|---|---|")
for scenario in Scenario.allCases {
    for variant in Variant.allCases {
        print("| \(scenario.name) | \(variant.name) | \(scores[scenario]![variant]!.row) |")
    }
}
print(String(format: "\nplace extraction: %.1f µs per petition", 1e6 * extractionTime / Double(max(1, predicted))))

if let path = messagesPath ?? RealMessages.defaultPath() {
    try RealMessages.check(path: path, extractor: extractor, units: corpus.units)
}
print(String(format: "\ntime %.1f s", Date().timeIntervalSince(started)))
