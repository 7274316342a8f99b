import Foundation

/// A cluster of petitions about the same problem in the same place within a window (苗头性、倾向性问题).
public struct Hotspot: Sendable, Hashable {
    /// Stable while the cluster's earliest petition stays in view: category, place and that petition's id.
    public var key: String
    public var category: String
    public var place: String
    /// The member whose text is closest to all the others.
    public var representative: HotspotItem
    /// Members received in the window, oldest first.
    public var members: [HotspotItem]
    /// Similar petitions received in the previous window of the same length.
    public var previousCount: Int
    public var distinctPetitioners: Int
    /// Summed public support of the members, nil when no member's support is known.
    public var support: Int?
    /// A title a leader can read: the title of the member closest to the others.
    public var title: String
    /// The site the members name (an estate, road, school …), when the text names one: shown beside the
    /// locality unit of ``place``.
    public var placeName: String
    /// The phrases that name the problem, heaviest first.
    public var keyPhrases: [String]
    /// People involved: the summed head counts of the members (a collective petition counts all its people).
    public var people: Int

    public init(key: String, category: String, place: String, representative: HotspotItem, members: [HotspotItem],
                previousCount: Int, distinctPetitioners: Int, support: Int?, title: String? = nil,
                placeName: String = "", keyPhrases: [String] = [], people: Int? = nil) {
        self.key = key
        self.category = category
        self.place = place
        self.representative = representative
        self.members = members
        self.previousCount = previousCount
        self.distinctPetitioners = distinctPetitioners
        self.support = support
        self.title = title ?? representative.title
        self.placeName = placeName
        self.keyPhrases = keyPhrases
        self.people = people ?? members.reduce(0) { $0 + $1.people }
    }

    public var count: Int { members.count }
    public var firstDay: LocalDate { members.first!.receivedOn }
    public var lastDay: LocalDate { members.last!.receivedOn }

    /// Growth against the previous window: (now − before) ÷ max(before, 1).
    public var growth: Double { Double(count - previousCount) / Double(max(previousCount, 1)) }

    /// The heat score [design]: each distinct petitioner counts 1, each further petition from the same
    /// people ½, each petition more than in the previous window ½, public support log₂(1 + support), and
    /// the people of collective petitions beyond one per petition log₂(1 + extra), so that 108 villagers
    /// weigh more than one, without one collective letter outweighing fifty separate people.
    public var heat: Double {
        let petitioners = Double(distinctPetitioners)
        let repeats = Double(count - distinctPetitioners) * 0.5
        let rise = Double(max(0, count - previousCount)) * 0.5
        let backing = support.map { log2(1 + Double(max(0, $0))) } ?? 0
        let crowd = log2(1 + Double(max(0, people - count)))
        return ((petitioners + repeats + rise + backing + crowd) * 10).rounded() / 10
    }

    /// Emerging (新发): growing fast against its own baseline — at least twice the previous window's count
    /// and at least three more petitions than then.
    public var isEmerging: Bool {
        count >= 2 * max(previousCount, 1) && count - previousCount >= 3
    }
}

/// A category or place whose count in the window rose against its baseline (倾向性).
public struct RisingKey: Sendable, Hashable {
    public var key: String
    public var current: Int
    /// Average count per window over the baseline windows.
    public var baseline: Double

    public init(key: String, current: Int, baseline: Double) {
        self.key = key
        self.current = current
        self.baseline = baseline
    }

    /// (now − baseline) ÷ √(baseline + 1): a rise that stands out of the usual noise ranks higher.
    public var score: Double { (Double(current) - baseline) / (baseline + 1).squareRoot() }

    /// The rise as a percentage of the baseline ("+150%"), or "新出现" when there was none.
    public var changeText: String {
        guard baseline > 0 else { return "新出现" }
        let pct = Int(((Double(current) - baseline) / baseline * 100).rounded())
        return pct >= 0 ? "+\(pct)%" : "−\(-pct)%"
    }

    /// Keys ranked by how far `current` rose above the average of `baseline` windows; only keys with at
    /// least `minimum` petitions now and a positive rise.
    public static func rising(current: [String: Int], baselineTotals: [String: Int], baselineWindows: Int,
                              minimum: Int = 3) -> [RisingKey] {
        let windows = Double(max(1, baselineWindows))
        return current.compactMap { key, n -> RisingKey? in
            let r = RisingKey(key: key, current: n, baseline: Double(baselineTotals[key] ?? 0) / windows)
            return n >= minimum && r.score > 0 ? r : nil
        }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.key < $1.key }
    }
}
