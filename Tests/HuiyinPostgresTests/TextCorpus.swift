import Foundation
import HuiyinDemo
import HuiyinDomain
import HuiyinStore
import HuiyinText

/// Petitions for the search and near-duplicate checks: demo-generator texts from several townships and
/// channels, planted near-duplicates (the same person again with a few edits) and hand-made edge cases
/// (full-width Latin and digits, punctuation inside a word, one-character fields, a two-person petition).
/// Deterministic, so that two engines can be given the same data.
enum TextCorpus {
    static func registrations(_ f: ConformanceFixture, count: Int) -> [Registration] {
        var rng = SeededGenerator(seed: 7)
        let channels: [Channel] = [.letter, .online, .phone, .letter]
        let townships = Array(f.org.townships.values).sorted { $0.id < $1.id }
        var out: [Registration] = []
        for i in 0..<count {
            if i > 10, i % 9 == 0 {
                // A planted repeat: an earlier petition again, by the same person, slightly edited.
                var again = out[Int(rng.next() % UInt64(out.count))]
                again.content = edited(again.content, &rng)
                again.channel = channels[i % channels.count]
                out.append(again)
                continue
            }
            let place = DemoTexts.townships[i % DemoTexts.townships.count]
            let text = DemoTexts.petition(township: place.name, village: place.villages[0], using: &rng)
            var r = f.registration(title: text.title)
            r.content = text.content
            r.demands = text.demands
            r.channel = channels[i % channels.count]
            r.localityUnitID = townships[i % townships.count].id
            r.petitioners[0].name = DemoTexts.personName(using: &rng)
            r.petitioners[0].idNumber = nil
            r.petitioners[0].phone = "139" + String(10_000_000 + i)
            out.append(r)
        }
        var edge = f.registration(title: "ＧＤＰ与Ａ３区　噪音")
        edge.content = "拆，迁补偿款（２０２５年）未到位；工资"
        edge.demands = "水"
        out.append(edge)
        var two = f.registration(title: "道路损毁")
        two.petitioners.append(Petitioner(name: "欧阳明月", idType: .residentID, idNumber: nil, phone: nil))
        two.peopleCount = 2
        out.append(two)
        var danger = f.registration(title: "讨薪无果")
        danger.content = "老板拖欠工资一年，我真的不想活了。"
        out.append(danger)
        return out
    }

    /// A few character edits: replace, insert or delete, with characters from the text itself.
    static func edited(_ text: String, _ rng: inout SeededGenerator) -> String {
        var chars = Array(text)
        for _ in 0..<(1 + Int(rng.next() % 3)) where chars.count > 20 {
            let i = Int(rng.next() % UInt64(chars.count)), c = chars[Int(rng.next() % UInt64(chars.count))]
            switch rng.next() % 3 {
            case 0: chars[i] = c
            case 1: chars.insert(c, at: i)
            default: chars.remove(at: i)
            }
        }
        return String(chars)
    }

    /// Registers the corpus; returns each registration by petition number.
    static func register(_ f: ConformanceFixture, count: Int) async throws -> [String: Registration] {
        var out: [String: Registration] = [:]
        for (i, r) in registrations(f, count: count).enumerated() {
            if i % 10 == 0 { f.set(LocalDate(iso: "2026-03-02")!.adding(days: i / 10).iso) }
            let c = try await f.register("", r)
            out[c.record.number] = c.record.registration
        }
        return out
    }

    /// Search strings: fixed terms that probe the edges, terms of 1–6 characters cut from the texts,
    /// AND, phrases and exclusions.
    static func queries(_ corpus: [String: Registration]) -> [String] {
        var terms = ["拆迁", "噪音", "工资", "补偿", "水", "区", "gdp", "ａ３区", "拆迁补偿", "迁补", "2025", "不存在的词", "款未",
                     "欧阳明月", "阳明", "明", "不想活"]
        var rng = SeededGenerator(seed: 11)
        let texts = corpus.keys.sorted().map { Array(TextFolding.fold(corpus[$0]!.content)) }
        for length in 1...6 {
            for _ in 0..<5 {
                let t = texts[Int(rng.next() % UInt64(texts.count))]
                let start = Int(rng.next() % UInt64(max(1, t.count - length)))
                var v = String.UnicodeScalarView()
                v.append(contentsOf: t[start..<min(t.count, start + length)])
                terms.append(String(v))
            }
        }
        return terms + ["拆迁 补偿", "\"拆迁 补偿\"", "工资 -拖欠", "村 镇 -水", "-工资", "补偿 -不存在的词", "道路 -明月", "-明月", "镇 村 反映"]
    }

    /// The reference: a substring scan of the folded fields (names only when `names`).
    static func scan(_ q: SearchQuery, _ corpus: [String: Registration], names: Bool = true) -> Set<String> {
        Set(corpus.filter { _, r in
            q.matches(fields: [r.title, r.content, r.demands] + (names ? [r.petitioners.map(\.name).joined(separator: " ")] : []))
        }.keys)
    }
}
