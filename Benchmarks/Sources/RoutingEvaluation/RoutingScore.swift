import Foundation

/// Top-1 and top-3 hits of one way of suggesting, over the petitions it was asked about.
struct RoutingScore {
    var asked = 0
    var top1 = 0
    var top3 = 0
    /// Petitions for which nothing at all was suggested.
    var empty = 0

    mutating func add(suggested: [Int64], truth: Int64) {
        asked += 1
        if suggested.isEmpty { empty += 1 }
        if suggested.first == truth { top1 += 1 }
        if suggested.prefix(3).contains(truth) { top3 += 1 }
    }

    func percent(_ n: Int) -> String {
        asked == 0 ? "—" : String(format: "%.1f%%", 100 * Double(n) / Double(asked))
    }

    var row: String { "\(percent(top1)) | \(percent(top3)) | \(empty)" }
}
