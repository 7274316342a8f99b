import Foundation
import HuiyinText

// Evaluation of HuiyinText on real public messages (../shared/data/tipdm2020, see its README):
//  1. category classification: 5-fold stratified cross-validation on messages-labelled.jsonl (7 classes),
//     title + detail as input; macro-F1 and accuracy per configuration;
//  2. repeat detection on messages-with-votes.jsonl: messages linked to an earlier message of the same user
//     (same person + similar text), with a sample of pairs printed for a person to judge;
//  3. the danger signal (risk tier 危及生命) on messages-with-votes.jsonl and messages-with-replies.jsonl: every
//     flagged message, the words the context rules set aside, a seeded sample of 100 and a keyword-widened
//     search, for a person to judge (DangerEvaluation.swift); then on the demo county, whose generator knows
//     its danger texts. `text-eval danger` runs only this part.
// Usage: swift run -c release text-eval [data-dir]

struct Message {
    var id: String
    var user: String
    var title: String
    var time: String
    var detail: String
    var category: String?
}

func load(_ path: String) throws -> [Message] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return try text.split(separator: "\n").map { line in
        let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        return Message(id: "\(o["id"] ?? "")", user: o["user"] as? String ?? "", title: o["title"] as? String ?? "",
                       time: o["time"] as? String ?? "", detail: o["detail"] as? String ?? "", category: o["category"] as? String)
    }
}

let args = CommandLine.arguments
let dataDir = args.count > 1 && args[1] != "danger" ? args[1] : {
    // Benchmarks/ lives in the repository; the data sits beside the repository in ../shared.
    let here = FileManager.default.currentDirectoryPath
    for candidate in ["\(here)/../../shared/data/tipdm2020", "\(here)/../shared/data/tipdm2020", "/work/shared/data/tipdm2020"]
    where FileManager.default.fileExists(atPath: candidate + "/messages-labelled.jsonl") { return candidate }
    return "../../shared/data/tipdm2020"
}()
guard FileManager.default.fileExists(atPath: dataDir + "/messages-labelled.jsonl") else {
    print("data not found in \(dataDir); pass the tipdm2020 folder as the first argument")
    exit(0)
}

if args.contains("danger") {
    DangerEvaluation.run(files: [("votes", try load(dataDir + "/messages-with-votes.jsonl")),
                                 ("replies", try load(dataDir + "/messages-with-replies.jsonl"))])
    DangerEvaluation.demo()
    exit(0)
}

// MARK: - 1. Classification

let labelled = try load(dataDir + "/messages-labelled.jsonl")
let classes = Array(Set(labelled.compactMap(\.category))).sorted()
print("## Category classification: \(labelled.count) messages, \(classes.count) classes, 5-fold stratified CV\n")

/// Stratified folds: within each class, a seeded shuffle, then round-robin over the folds.
func folds(_ labels: [String], k: Int, seed: UInt64) -> [Int] {
    var fold = [Int](repeating: 0, count: labels.count)
    var state = seed
    func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    for c in Set(labels).sorted() {
        var members = labels.indices.filter { labels[$0] == c }
        for i in stride(from: members.count - 1, to: 0, by: -1) { members.swapAt(i, Int(next() % UInt64(i + 1))) }
        for (n, m) in members.enumerated() { fold[m] = n % k }
    }
    return fold
}

func macroF1(truth: [String], predicted: [String], classes: [String]) -> Double {
    var sum = 0.0
    for c in classes {
        var tp = 0.0, fp = 0.0, fn = 0.0
        for (t, p) in zip(truth, predicted) {
            if p == c && t == c { tp += 1 } else if p == c { fp += 1 } else if t == c { fn += 1 }
        }
        sum += tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn)
    }
    return sum / Double(classes.count)
}

let labels = labelled.map { $0.category! }
let k = 5
let foldOf = folds(labels, k: k, seed: 2020)

struct Config {
    var name: String
    var options: CategoryClassifier.Options
}

func config(_ name: String, _ algorithm: CategoryClassifier.Algorithm, maxN: Int, titleWeight: Int, c: Double = 1, alpha: Double = 0.3) -> Config {
    var o = CategoryClassifier.Options()
    o.algorithm = algorithm
    o.maxN = maxN
    o.titleWeight = titleWeight
    o.c = c
    o.alpha = alpha
    return Config(name: name, options: o)
}

let configs = [
    config("SVM char 1-2, title×1 (baseline)", .linearSVM, maxN: 2, titleWeight: 1),
    config("SVM char 1-2, title×2 (product default)", .linearSVM, maxN: 2, titleWeight: 2),
    config("SVM char 1-3, title×2", .linearSVM, maxN: 3, titleWeight: 2),
    config("SVM char 1-2, title×3", .linearSVM, maxN: 2, titleWeight: 3),
    config("SVM char 1-2, title×2, C=0.5", .linearSVM, maxN: 2, titleWeight: 2, c: 0.5),
    config("complement NB char 1-2, title×2", .complementNaiveBayes, maxN: 2, titleWeight: 2),
    config("complement NB char 1-3, title×2", .complementNaiveBayes, maxN: 3, titleWeight: 2),
]

print("| model | macro-F1 (mean of folds) | accuracy | macro-F1 (pooled) | train+predict |")
print("|---|---|---|---|---|")
for cfg in configs {
    let start = Date()
    var predicted = [String](repeating: "", count: labelled.count)
    var foldF1: [Double] = []
    for f in 0..<k {
        let train = labelled.indices.filter { foldOf[$0] != f }
        let test = labelled.indices.filter { foldOf[$0] == f }
        let model = CategoryClassifier.train(titled: train.map { (labelled[$0].title, labelled[$0].detail, labels[$0]) },
                                             options: cfg.options)
        for i in test {
            predicted[i] = model.predict(title: labelled[i].title, body: labelled[i].detail, top: 1)[0].label
        }
        foldF1.append(macroF1(truth: test.map { labels[$0] }, predicted: test.map { predicted[$0] }, classes: classes))
    }
    let accuracy = Double(zip(labels, predicted).filter { $0 == $1 }.count) / Double(labels.count)
    let pooled = macroF1(truth: labels, predicted: predicted, classes: classes)
    let mean = foldF1.reduce(0, +) / Double(k)
    print(String(format: "| %@ | %.3f | %.3f | %.3f | %.2f s |", cfg.name, mean, accuracy, pooled, Date().timeIntervalSince(start)))
}
print("\nReference (issue 5, scikit-learn, same protocol): jieba words + TF-IDF + LinearSVC 0.739; char 1–2-grams + TF-IDF + LinearSVC 0.777.\n")

// MARK: - 2. Repeat detection

let votes = try load(dataDir + "/messages-with-votes.jsonl").sorted { ($0.time, $0.id) < ($1.time, $1.id) }
let settings = TextSettings()
print("## Repeat detection: \(votes.count) messages (messages-with-votes.jsonl), in time order\n")
print("Engine: MinHash \(settings.permutations) permutations, LSH \(settings.banding.bands)×\(settings.banding.rows), exact Jaccard of character \(settings.shingleSize)-shingles of title + detail.")
print("A repeat (同人同事) = same user + Jaccard ≥ repeatThreshold \(settings.repeatThreshold); a near-duplicate = any user + Jaccard ≥ \(settings.nearDuplicateThreshold).\n")

var index = NearDuplicateIndex(hasher: settings.minHasher, banding: settings.banding)
var repeats: [(new: Int, earlier: Int, similarity: Double)] = []
var nearDuplicatesOtherUser = 0
var sameUserEarlier = 0
var sameUserPairsAll = 0
var byUser: [String: [Int]] = [:]
var bestSameUserExact: [Double] = []
var lshRepeats = 0
let start = Date()
for (i, m) in votes.enumerated() {
    let (id, candidates) = index.add(m.title + "\u{3000}" + m.detail)
    let earlierSameUser = byUser[m.user] ?? []
    if !earlierSameUser.isEmpty { sameUserEarlier += 1; sameUserPairsAll += earlierSameUser.count }
    // Exact best similarity to any earlier message of the same user (brute force, to measure LSH recall).
    let exactBest = earlierSameUser.map { (e: $0, s: index.shingles(of: id).jaccard(index.shingles(of: $0))) }.max { $0.s < $1.s }
    if let b = exactBest, b.s >= settings.repeatThreshold { bestSameUserExact.append(b.s) }
    // As in the product: LSH candidates plus the same person's earlier petitions (found there by ID number
    // or phone, here by the user id), all verified by exact Jaccard.
    let lshOnly = index.verified(id, candidates: candidates, threshold: settings.repeatThreshold)
    if lshOnly.contains(where: { votes[$0.id].user == m.user }) { lshRepeats += 1 }
    let verified = index.verified(id, candidates: Array(Set(candidates + earlierSameUser)).sorted(),
                                  threshold: min(settings.repeatThreshold, settings.nearDuplicateThreshold))
    if let r = verified.first(where: { votes[$0.id].user == m.user && $0.similarity >= settings.repeatThreshold }) {
        repeats.append((i, r.id, r.similarity))
    }
    if verified.contains(where: { votes[$0.id].user != m.user && $0.similarity >= settings.nearDuplicateThreshold }) {
        nearDuplicatesOtherUser += 1
    }
    byUser[m.user, default: []].append(i)
}
let elapsed = Date().timeIntervalSince(start)
print("| figure | value |")
print("|---|---|")
print("| messages with an earlier message of the same user | \(sameUserEarlier) |")
print("| … of which some earlier one has exact Jaccard ≥ \(settings.repeatThreshold) (brute force) | \(bestSameUserExact.count) |")
print("| messages the engine links to an earlier message of the same user (repeat) | \(repeats.count) |")
print(String(format: "| … found by the LSH bands alone (without the person lookup) | %d (%.3f) |", lshRepeats, bestSameUserExact.isEmpty ? 1 : Double(lshRepeats) / Double(bestSameUserExact.count)))
print("| messages with a near-duplicate (≥ \(settings.nearDuplicateThreshold)) from another user | \(nearDuplicatesOtherUser) |")
print(String(format: "| time (signatures, LSH, verification) | %.2f s |", elapsed))

print("\nSample of linked pairs (every k-th, for a person to judge):\n")
let step = max(1, repeats.count / 12)
for r in stride(from: 0, to: repeats.count, by: step).map({ repeats[$0] }).prefix(12) {
    let a = votes[r.earlier], b = votes[r.new]
    func cut(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n)) + "…" }
    print(String(format: "- similarity %.2f, user %@", r.similarity, b.user))
    print("  earlier \(a.id) \(a.time): \(cut(a.title, 40)) — \(cut(a.detail, 50))")
    print("  later   \(b.id) \(b.time): \(cut(b.title, 40)) — \(cut(b.detail, 50))")
}

// MARK: - 3. Danger signal

DangerEvaluation.run(files: [("votes", try load(dataDir + "/messages-with-votes.jsonl")),
                             ("replies", try load(dataDir + "/messages-with-replies.jsonl"))])
DangerEvaluation.demo()
