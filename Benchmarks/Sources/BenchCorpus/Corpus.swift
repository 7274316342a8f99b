import Foundation
import HuiyinDemo
import HuiyinDomain

/// The synthetic corpus of the benchmarks (text-bench, pg-bench): demo-generator petitions (150–350 characters) with ~5% planted near-duplicates —
/// the same petitioner again, the text with a few small edits.
public struct Corpus: Sendable {
    public struct Doc: Sendable {
        public var title: String
        public var content: String
        public var demands: String
        public var category: String
        public var person: Petitioner
        public var channel: Channel
        public var peopleCount: Int
    }

    public var docs: [Doc] = []
    /// (earlier, later) indices of planted pairs.
    public var planted: [(Int, Int)] = []

    static func residentID(_ rng: inout SeededGenerator) -> String {
        let year = 1950 + Int(rng.next() % 50), month = 1 + Int(rng.next() % 12), day = 1 + Int(rng.next() % 28)
        func pad(_ n: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
        let body = "370921" + pad(year, 4) + pad(month, 2) + pad(day, 2) + pad(Int(rng.next() % 1000), 3)
        return body + String(ResidentID.checkCharacter(forFirst17: body)!)
    }

    /// A few character edits: replace, insert or delete, with characters from the text itself.
    static func edited(_ text: String, edits: Int, rng: inout SeededGenerator) -> String {
        var chars = Array(text)
        for _ in 0..<edits where chars.count > 20 {
            let i = Int(rng.next() % UInt64(chars.count))
            let c = chars[Int(rng.next() % UInt64(chars.count))]
            switch rng.next() % 3 {
            case 0: chars[i] = c
            case 1: chars.insert(c, at: i)
            default: chars.remove(at: i)
            }
        }
        return String(chars)
    }

    public init(count: Int, duplicateShare: Double = 0.05, seed: UInt64 = 2026, taxonomy: CategoryTaxonomy) {
        var rng = SeededGenerator(seed: seed)
        let channels: [Channel] = [.online, .online, .online, .letter, .visit, .visit, .phone, .hotline12345]
        docs.reserveCapacity(count)
        for i in 0..<count {
            if i > 100, Double(rng.next() % 10_000) / 10_000 < duplicateShare {
                let j = Int(rng.next() % UInt64(i))
                var d = docs[j]
                d.content = Self.edited(d.content, edits: 1 + Int(rng.next() % 5), rng: &rng)
                if rng.next() % 2 == 0 { d.title = Self.edited(d.title, edits: 1, rng: &rng) }
                d.channel = channels[Int(rng.next() % UInt64(channels.count))]
                docs.append(d)
                planted.append((j, i))
                continue
            }
            let place = DemoTexts.townships[Int(rng.next() % UInt64(DemoTexts.townships.count))]
            let village = place.villages[Int(rng.next() % UInt64(place.villages.count))]
            let t = DemoTexts.petition(township: place.name, village: village, using: &rng)
            let category = taxonomy.find(level1: t.level1, level2: t.level2, level3: t.level3)?.code ?? "01"
            let phone = "1" + ["38", "39", "58", "59", "86", "87", "35", "77"][Int(rng.next() % 8)]
                + String((0..<8).map { _ in Character(String(rng.next() % 10)) })
            let person = Petitioner(name: DemoTexts.personName(using: &rng), idType: .residentID, idNumber: Self.residentID(&rng),
                                    phone: phone, address: DemoTexts.address(township: place.name, village: village, using: &rng))
            docs.append(Doc(title: t.title, content: t.content, demands: t.demands, category: category, person: person,
                            channel: channels[Int(rng.next() % UInt64(channels.count))], peopleCount: t.peopleCount))
        }
    }
}
