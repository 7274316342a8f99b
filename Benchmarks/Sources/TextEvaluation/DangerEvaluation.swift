import Foundation
import HuiyinDemo
import HuiyinText

/// 3. The danger signal (issue 12, risk first): which messages the risk lexicon puts in the danger-to-life
/// tier (``RiskTier/danger``), printed in full for a person to judge, beside a seeded random sample and a
/// keyword-widened search for what it missed; then the same signal on the demo county, whose generator
/// knows which texts it wrote as danger to life.
enum DangerEvaluation {
    static let lexicon = RiskLexicon.standard
    /// The same words without exclusions, matched without context rules.
    static let wordsOnly = RiskLexicon(terms: RiskLexicon.standard.terms)

    /// Words around danger wider than the lexicon, to look for what the signal missed (read by a person).
    static let widened = [
        "死了", "去死", "想死", "寻死", "死路", "一死", "死给", "逼死", "活路", "绝路", "拼命", "拼了", "扬言", "恐吓", "威胁",
        "杀", "砍", "捅", "刀", "炸", "汽油", "农药", "安眠药", "跳下", "跳江", "跳湖", "跳桥", "自残", "伤害自己", "极端",
        "过激", "人命", "同归", "轻生", "了结", "上吊", "跳楼",
    ]

    static func cut(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n)) + "…" }
    static func oneLine(_ s: String) -> String { s.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ") }

    static func run(files: [(name: String, messages: [Message])]) {
        print("\n## Danger signal (风险层级 危及生命) on the real messages\n")
        print("A message is flagged when RiskLexicon.standard, with its context rules, finds a high word of self-harm,")
        print("violence or threat in title + detail (RiskAssessment.tier == .danger). 'Words only' is the same lexicon")
        print("without context rules and exclusions (what registration flagged before issue 12).\n")
        print("| file | messages | flagged (words only) | flagged (with context rules) | set aside by the rules | time |")
        print("|---|---|---|---|---|---|")
        var flagged: [(file: String, message: Message, assessment: RiskAssessment)] = []
        var setAside: [(file: String, message: Message, occurrence: RiskOccurrence)] = []
        for (name, messages) in files {
            let start = Date()
            var plainCount = 0, withRules = 0, aside = 0
            for m in messages {
                let text = RiskLexicon.joined(title: m.title, content: m.detail, demands: "")
                let plain = RiskAssessment(level: .high, matches: wordsOnly.matches(folded: TextFolding.fold(text)))
                if plain.tier == .danger { plainCount += 1 }
                let a = lexicon.assess(title: m.title, content: m.detail, demands: "")
                if a.tier == .danger { withRules += 1; flagged.append((name, m, a)) }
                let dangerAside = lexicon.occurrences(in: text).filter { $0.discount != nil && $0.term.level == .high && $0.term.category.threatensLife }
                if !dangerAside.isEmpty { aside += 1 }
                setAside += dangerAside.map { (name, m, $0) }
            }
            print(String(format: "| %@ | %d | %d | %d | %d | %.3f s |", name, messages.count, plainCount, withRules, aside, Date().timeIntervalSince(start)))
        }

        print("\n### Every flagged message (to judge: does the text signal danger to someone's life?)\n")
        for f in flagged {
            let text = RiskLexicon.joined(title: f.message.title, content: f.message.detail, demands: "")
            let decisive = Set(f.assessment.tierMatches.map(\.word))
            print("- \(f.file) \(f.message.id) [\(f.assessment.reason)] \(cut(f.message.title, 40))")
            for o in lexicon.occurrences(in: text) where o.discount == nil && decisive.contains(o.term.word) {
                print("    \(o.term.word): …\(oneLine(o.clause))…")
            }
        }

        print("\n### High danger words set aside by the context rules (to judge: rightly?)\n")
        for s in setAside {
            print("- \(s.file) \(s.message.id) \(s.occurrence.term.word) (\(s.occurrence.discount!.chineseName)): …\(oneLine(s.occurrence.clause))…")
        }

        // A reproducible sample over both files, for a person to read whole.
        var all = files.flatMap { f in f.messages.map { (file: f.name, message: $0) } }
        var rng = SeededGenerator(seed: 12)
        all.shuffle(using: &rng)
        let sample = Array(all.prefix(100))
        print("\n### Seeded random sample of 100 messages (seed 12, both files), for hand-checking\n")
        for (i, s) in sample.enumerated() {
            let a = lexicon.assess(title: s.message.title, content: s.message.detail, demands: "")
            let mark = a.tier == .danger ? "DANGER" : (a.level == .none ? "-" : "other:\(a.summary)")
            print("\(i + 1). \(s.file) \(s.message.id) [\(mark)] \(oneLine(s.message.title)) — \(cut(oneLine(s.message.detail), 160))")
        }
        let flaggedIDs = Set(flagged.map { $0.file + $0.message.id })
        print("\n### Keyword-widened search: unflagged messages with words near danger (to judge: missed?)\n")
        print("Words: \(widened.joined(separator: " "))\n")
        var widenedCount = 0
        for (name, messages) in files {
            for m in messages where !flaggedIDs.contains(name + m.id) {
                let text = m.title + "。" + m.detail
                let scalars = Array(text.unicodeScalars)
                var lines: [String] = []
                for w in widened {
                    guard let r = text.range(of: w) else { continue }
                    let at = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
                    let lo = max(0, at - 30), hi = min(scalars.count, at + w.unicodeScalars.count + 20)
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[lo..<hi])
                    lines.append("    \(w): …\(oneLine(String(view)))…")
                }
                guard !lines.isEmpty else { continue }
                widenedCount += 1
                print("- \(name) \(m.id) \(cut(m.title, 40))")
                lines.forEach { print($0) }
            }
        }
        print("\n(\(widenedCount) unflagged messages hold a widened word.)")
    }

    /// The demo county: texts from the generator (seeded), truth from its templates — `risk.wage.despair`
    /// is the one it writes as danger to life (有时候真觉得不想活了); `risk.requisition.gathering` reports
    /// hearsay of going to Beijing (有人说要一起去市里、去北京), `risk.resettlement.province` a conditional
    /// level-skipping, both collective.
    static func demo(count: Int = 20_000) {
        print("\n## Danger signal on the demo county (\(count) generated petitions, seed 2026)\n")
        let dangerTemplates: Set<String> = ["risk.wage.despair"]
        var rng = SeededGenerator(seed: 2026)
        let places = DemoTexts.townships.flatMap { t in t.villages.map { (t.name, $0) } }
        var tp = 0, fp = 0, fn = 0, tn = 0
        var tiers: [RiskTier: Int] = [:]
        var byTemplate: [String: (count: Int, danger: Int)] = [:]
        var wrong: [String] = []
        let start = Date()
        for i in 0..<count {
            let (township, village) = places[i % places.count]
            let text = DemoTexts.petition(township: township, village: village, using: &rng)
            let a = lexicon.assess(title: text.title, content: text.content, demands: text.demands, peopleCount: text.peopleCount)
            tiers[a.tier, default: 0] += 1
            let truth = dangerTemplates.contains(text.templateKey)
            let said = a.tier == .danger
            switch (truth, said) {
            case (true, true): tp += 1
            case (false, true): fp += 1
            case (true, false): fn += 1
            case (false, false): tn += 1
            }
            if truth != said, wrong.count < 10 { wrong.append("\(text.templateKey) [\(a.reason)] \(cut(text.content, 80))") }
            if text.templateKey.hasPrefix("risk.") || a.level != .none {
                var t = byTemplate[text.templateKey, default: (0, 0)]
                t.count += 1
                if said { t.danger += 1 }
                byTemplate[text.templateKey] = t
            }
        }
        let precision = tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp)
        let recall = tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn)
        print("| truth \\ signal | danger | not danger |")
        print("|---|---|---|")
        print("| danger template | \(tp) | \(fn) |")
        print("| other template | \(fp) | \(tn) |")
        print(String(format: "\nprecision %.3f, recall %.3f (%.2f s)", precision, recall, Date().timeIntervalSince(start)))
        print("tiers: " + RiskTier.allCases.reversed().map { "\($0.rawValue) \(tiers[$0] ?? 0)" }.joined(separator: ", "))
        print("\nTemplates with any signal (count, of which danger):")
        for (key, v) in byTemplate.sorted(by: { $0.key < $1.key }) { print("- \(key): \(v.count), \(v.danger)") }
        if !wrong.isEmpty {
            print("\nDisagreements (first 10):")
            wrong.forEach { print("- \($0)") }
        }
    }
}
