import Foundation
import HuiyinDomain
import HuiyinText

/// The place extractor over real messages from another city (tipdm2020: places masked as A市A2区, but
/// streets, villages and estates named): built from the demo county's units, every place it finds there
/// is a false hit. Prints how many messages had one, the names found, and each hit in its context.
enum RealMessages {
    static func defaultPath() -> String? {
        let here = FileManager.default.currentDirectoryPath
        return ["\(here)/../../shared/data/tipdm2020", "\(here)/../shared/data/tipdm2020", "/work/shared/data/tipdm2020"]
            .map { $0 + "/messages-with-votes.jsonl" }.first { FileManager.default.fileExists(atPath: $0) }
    }

    static func check(path: String, extractor: PlaceExtractor, units: UnitDirectory) throws {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        var texts: [String] = []
        for line in lines {
            guard let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            texts.append([o["title"], o["detail"] ?? o["content"]].compactMap { $0 as? String }.joined(separator: "\u{3000}"))
        }
        let started = Date()
        let found = texts.map { extractor.places(in: $0) }
        let seconds = Date().timeIntervalSince(started)
        let characters = texts.reduce(0) { $0 + $1.count }
        print("\n## Place extractor on \(texts.count) real messages (demo county's units: every hit is a false one)\n")
        print(String(format: "%d characters in %.0f ms (%.1f µs per message)", characters, seconds * 1000, seconds * 1e6 / Double(texts.count)))
        let hit = found.filter { !$0.isEmpty }.count
        print("messages with a place found: \(hit) of \(texts.count)")
        var names: [String: Int] = [:]
        for mentions in found { for m in mentions { names["\(m.name) → \(units.unit(m.unitID)?.name ?? "?") (\(m.form.rawValue))", default: 0] += 1 } }
        for (name, n) in names.sorted(by: { $0.value > $1.value }) { print("  \(n) × \(name)") }
        print("\nplaces (not departments) in context, at most 30:")
        var shown = 0
        for (text, mentions) in zip(texts, found) where !mentions.isEmpty && shown < 30 {
            for m in mentions where shown < 30 && m.kind != .department {
                let from = text.index(m.range.lowerBound, offsetBy: -12, limitedBy: text.startIndex) ?? text.startIndex
                let to = text.index(m.range.upperBound, offsetBy: 12, limitedBy: text.endIndex) ?? text.endIndex
                print("  …\(text[from..<m.range.lowerBound])【\(m.name)】\(text[m.range.upperBound..<to])…".replacingOccurrences(of: "\n", with: " "))
                shown += 1
            }
        }
    }
}
