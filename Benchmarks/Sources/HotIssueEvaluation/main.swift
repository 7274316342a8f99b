import Foundation
import HuiyinDomain
import HuiyinText

// Hot issues on the real messages (../shared/data/tipdm2020/messages-with-votes.jsonl, 4,326 messages from a
// provincial message board, 2017–2020): the engine of the hotspot page and of `huiyin analyse hotspots`
// (HotIssueEngine), over the whole period and 6-month windows. Prints the top ten with their members for a
// person to judge, cluster statistics and time, and checks five problems an analyst can recognise by
// keywords (our own reading of the file — the expert's grouping is not ours to use).
// Usage: swift run -c release hot-eval [data-dir] [--top N]

let args = CommandLine.arguments.dropFirst()
let top = args.firstIndex(of: "--top").flatMap { args.index(after: $0) < args.endIndex ? Int(args[args.index(after: $0)]) : nil } ?? 10
let dataDir = args.first { !$0.hasPrefix("--") && Int($0) == nil } ?? {
    let here = FileManager.default.currentDirectoryPath
    for candidate in ["\(here)/../../shared/data/tipdm2020", "\(here)/../shared/data/tipdm2020", "/work/shared/data/tipdm2020"]
    where FileManager.default.fileExists(atPath: candidate + "/messages-with-votes.jsonl") { return candidate }
    return "../../shared/data/tipdm2020"
}()
let path = dataDir + "/messages-with-votes.jsonl"
guard FileManager.default.fileExists(atPath: path) else {
    print("data not found in \(dataDir); pass the tipdm2020 folder as the first argument")
    exit(0)
}

var items: [HotspotItem] = []
for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
    let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
    let title = o["title"] as? String ?? "", detail = o["detail"] as? String ?? ""
    let day = LocalDate(iso: String((o["time"] as? String ?? "").prefix(10)))!
    items.append(HotspotItem(id: Int64(items.count), number: "\(o["id"]!)", title: title, text: title + "。" + detail,
                             category: "", place: "", petitioner: o["user"] as? String ?? "", receivedOn: day,
                             support: o["support"] as? Int))
}
let engine = HotIssueEngine()

func cut(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n)) + "…" }

func report(_ title: String, window: ClosedRange<LocalDate>, previous: ClosedRange<LocalDate>?, members: Bool) -> [Hotspot] {
    let inView = items.filter { window.contains($0.receivedOn) || previous?.contains($0.receivedOn) == true }
    let clock = ContinuousClock()
    var hot: [Hotspot] = []
    let elapsed = clock.measure { hot = engine.detect(items, window: window, previous: previous) }
    let inWindow = items.filter { window.contains($0.receivedOn) }.count
    let covered = hot.reduce(0) { $0 + $1.count }
    print("\n## \(title): \(window.lowerBound.iso) — \(window.upperBound.iso)\n")
    print("\(inWindow) messages in the window (\(inView.count) read with the previous window); \(hot.count) hot issues "
          + "holding \(covered) messages; sizes of the top ten \(hot.prefix(10).map(\.count)); time \(elapsed) on one core.\n")
    for (i, h) in hot.prefix(top).enumerated() {
        print("\(i + 1). \(h.title)\(previous != nil && h.isEmerging ? " (emerging)" : "") — heat \(h.heat), \(h.count) messages, "
              + "\(h.distinctPetitioners) users, support \(h.support ?? 0), place \(h.placeName.isEmpty ? "—" : h.placeName), "
              + "key phrases \(h.keyPhrases.joined(separator: "、")), \(h.firstDay.iso)–\(h.lastDay.iso), previous window \(h.previousCount)")
        if members {
            for m in h.members { print("   \(m.number) \(m.receivedOn.iso) \(cut(m.title, 48))") }
        }
    }
    return hot
}

let first = items.map(\.receivedOn).min()!, last = items.map(\.receivedOn).max()!
let whole = report("Whole period", window: first...last, previous: nil, members: true)
for (from, to) in [("2019-01-01", "2019-06-30"), ("2019-07-01", "2019-12-31")] {
    let f = LocalDate(iso: from)!, t = LocalDate(iso: to)!
    let length = f.days(until: t) + 1
    _ = report("Six months", window: f...t, previous: f.adding(days: -length)...f.adding(days: -1), members: false)
}

// Five local problems an analyst recognises in this file by keywords (a message belongs when its title or
// text names the place and the problem). For each: the hot issue holding most of them, its rank, the
// share of the problem's messages it holds (recall) and the share of its members that belong (purity).
let problems: [(String, (String) -> Bool)] = [
    ("伊景园滨河苑捆绑销售车位", { ($0.contains("伊景园") || $0.contains("滨河苑")) && ($0.contains("车位") || $0.contains("捆绑")) }),
    ("丽发新城附近搅拌站扰民", { $0.contains("丽发") && $0.contains("搅拌") }),
    ("魅力之城小区临街门面油烟噪音扰民", { $0.contains("魅力之城") && ($0.contains("油烟") || $0.contains("噪音") || $0.contains("扰民") || $0.contains("门面") || $0.contains("商铺")) }),
    ("58车贷案", { $0.contains("58车贷") || $0.contains("58车货") }),
    ("经济学院组织学生外出实习打工", { $0.contains("经济学院") && ($0.contains("实习") || $0.contains("打工") || $0.contains("工厂") || $0.contains("社会实践")) }),
]
print("\n## Five problems recognised by keywords, in the whole-period ranking\n")
print("| problem | messages | rank | recall | purity |")
print("|---|---|---|---|---|")
var inTop10 = 0
for (name, belongs) in problems {
    let truth = Set(items.filter { belongs($0.text) }.map(\.id))
    let best = whole.enumerated().max { a, b in
        truth.intersection(a.element.members.map(\.id)).count < truth.intersection(b.element.members.map(\.id)).count
    }
    guard let (rank, h) = best else { print("| \(name) | \(truth.count) | — | 0 | — |"); continue }
    let hit = truth.intersection(h.members.map(\.id)).count
    if rank < 10 { inTop10 += 1 }
    print(String(format: "| %@ | %d | %d | %.2f | %.2f |", name, truth.count, rank + 1, Double(hit) / Double(max(truth.count, 1)),
                 Double(hit) / Double(h.count)))
}
print("\n\(inTop10) of \(problems.count) in the top ten.")
