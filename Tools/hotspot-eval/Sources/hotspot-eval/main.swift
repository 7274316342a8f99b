import Foundation
import HuiyinDomain

/// Prints the top 10 hot issues of the TipDM 2020 messages (4,326 messages to a city's leaders, with
/// public support counts) for a person to judge: window 2019-07-01…2019-12-31 against the half year
/// before; the place is the first district/county code in the text (A3区, B4县 …); no categories.
/// HOTSPOT_BY_CITY=1 groups districts with their city (A3区 with A市) before comparing texts: it does not
/// join the one split seen (丽发新城 under A2区 and under A市暮云街道: the two groups' texts stay below the
/// threshold) and it merges two different estates' 油烟扰民 complaints of A3区 and A5区, so by place is the
/// default.
/// Exits 0 with a note when the data file is absent.

struct Message: Decodable {
    var id: String
    var user: String
    var title: String
    var time: String
    var detail: String
    var support: Int?
}

let path = CommandLine.arguments.dropFirst().first ?? "../shared/data/tipdm2020/messages-with-votes.jsonl"
guard let data = FileManager.default.contents(atPath: path) else {
    print("hotspot-eval: \(path) not found; skipping.")
    exit(0)
}

/// The first "A3区" / "B4县" / "A市" style place code in the text.
func place(_ text: String) -> String {
    let s = Array(text.unicodeScalars)
    var best: String?
    var i = 0
    while i < s.count {
        if (0x41...0x5A).contains(s[i].value) {
            var j = i + 1
            while j < s.count, (0x30...0x39).contains(s[j].value) { j += 1 }
            if j < s.count, j > i + 1, "区县".unicodeScalars.contains(s[j]) {
                return String(String.UnicodeScalarView(s[i...j]))
            }
            if best == nil, j == i + 1, j < s.count, s[j] == "市" { best = String(String.UnicodeScalarView(s[i...j])) }
        }
        i += 1
    }
    return best ?? ""
}

/// The city a place code lies in ("A3区" → "A市"), the area with HOTSPOT_BY_CITY=1.
func area(_ place: String) -> String {
    guard let letter = place.unicodeScalars.first, (0x41...0x5A).contains(letter.value) else { return place }
    return String(letter) + "市"
}

let decoder = JSONDecoder()
var items: [HotspotItem] = []
for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
    guard let m = try? decoder.decode(Message.self, from: line),
          let day = LocalDate(iso: String(m.time.prefix(10))), let id = Int64(m.id) else { continue }
    let detail = String(m.detail.prefix(240))
    let p = place(m.title + m.detail)
    items.append(HotspotItem(id: id, number: m.id, title: m.title, text: m.title + "。" + m.title + "。" + detail,
                             category: "", place: p, petitioner: m.user, receivedOn: day, support: m.support,
                             area: ProcessInfo.processInfo.environment["HOTSPOT_BY_CITY"] == nil ? p : area(p)))
}
let window = LocalDate(iso: "2019-07-01")!...LocalDate(iso: "2019-12-31")!
let previous = LocalDate(iso: "2019-01-01")!...LocalDate(iso: "2019-06-30")!
let threshold = Double(ProcessInfo.processInfo.environment["HOTSPOT_THRESHOLD"] ?? "") ?? 0.4
let started = Date()
let detector = HotspotDetector(similarity: BigramCosine(corpus: items.map(\.text)), threshold: threshold, minimumCount: 3)
let hotspots = detector.detect(items, window: window, previous: previous)
let elapsed = Date().timeIntervalSince(started)
print("\(items.count) messages; window \(window.lowerBound.iso)…\(window.upperBound.iso) against the half year before;",
      "threshold \(threshold); \(hotspots.count) hotspots in \(Int(elapsed * 1000)) ms\n")
for (rank, h) in hotspots.prefix(10).enumerated() {
    print("\(rank + 1). 【\(h.place.isEmpty ? "地点不明" : h.place)】\(h.representative.title)")
    print("   热度 \(h.heat) · \(h.count) 件 · \(h.distinctPetitioners) 人 · 上期 \(h.previousCount) 件 · 点赞 \(h.support ?? 0) · \(h.firstDay.iso)…\(h.lastDay.iso)")
    for m in h.members.prefix(12) { print("   - \(m.receivedOn.iso) #\(m.number) [\(m.support ?? 0)] \(m.title)") }
    if h.count > 12 { print("   … and \(h.count - 12) more") }
    print("")
}
