import ArgumentParser
import Foundation
import HuiyinDomain
import HuiyinServer
import HuiyinStore

/// `huiyin analyse …`: the product's text analysis run on a file an analyst brings.
struct AnalyseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyse",
        abstract: "Analyse messages in a file (hot issues) with the engine the product uses.",
        subcommands: [AnalyseHotspots.self])
}

/// `huiyin analyse hotspots FILE [--from DATE --to DATE] [--top N] [--json]`: the hot issues (热点问题) of the
/// messages in a .jsonl, .csv or .xlsx file, hottest first, with their member ids — the engine of the hotspot
/// page (``HotspotService/detect(_:window:previous:)``). Growth is against the window of the same length before.
struct AnalyseHotspots: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hotspots",
        abstract: "Print the hot issues of a file of messages (.jsonl, .csv or .xlsx).",
        discussion: """
            Columns (first row, any order): id, title, detail or content, time, user, support — or the Chinese
            headers 留言编号, 留言主题, 留言详情, 留言时间, 留言用户, 点赞数 (and 编号, 标题, 内容, 信访内容, 时间, 信访人, 信访人数 …).
            --json prints [{"rank","title","place","heat","members":[ids], …}].
            """)

    @Argument(help: ArgumentHelp("The file of messages.", valueName: "file")) var file: String
    @Option(help: "First day of the window (2019-07-01); default: the earliest message.") var from: String?
    @Option(help: "Last day of the window; default: the latest message.") var to: String?
    @Option(help: "How many hot issues to print.") var top = 10
    @Flag(help: "Print JSON instead of text.") var json = false

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, MessageFile.date(value) == nil { throw ValidationError("\(name) 应为日期，如 2019-07-01 (a date)") }
        }
        guard top > 0 else { throw ValidationError("--top 应为正整数 (a positive number)") }
    }

    func run() throws {
        let messages: [MessageFile.Message]
        do {
            messages = try MessageFile.messages(TableFile.read(path: file))
        } catch let error as CustomStringConvertible where error is TableFile.ReadError || error is MessageFile.ReadError {
            throw ValidationError(error.description)
        } catch {
            throw ValidationError("无法读取文件 \(file)：\(error.localizedDescription) (cannot read the file)")
        }
        guard let first = messages.map(\.day).min(), let last = messages.map(\.day).max() else {
            throw ValidationError("文件中没有留言 (no messages in the file)")
        }
        let start = from.flatMap(MessageFile.date) ?? first, end = to.flatMap(MessageFile.date) ?? last
        guard start <= end else { throw ValidationError("--from 晚于 --to (--from is after --to)") }
        let length = start.days(until: end) + 1
        let previous = start.adding(days: -length)...start.adding(days: -1)
        let began = Date()
        let hot = HotspotService.detect(MessageFile.items(messages), window: start...end, previous: previous)
        // Emergence needs a baseline: with no message before the window, nothing is called new.
        let baseline = messages.contains { previous.contains($0.day) }
        let elapsed = Date().timeIntervalSince(began)
        if json {
            print(try Self.json(Array(hot.prefix(top)), baseline: baseline))
        } else {
            print("热点问题 \(start.iso) — \(end.iso)：\(messages.count) 条留言，发现 \(hot.count) 个热点，用时 \(String(format: "%.2f", elapsed)) 秒")
            for (i, h) in hot.prefix(top).enumerated() { print(Self.text(h, rank: i + 1, baseline: baseline)) }
        }
    }

    static func text(_ h: Hotspot, rank: Int, baseline: Bool) -> String {
        var lines = ["", "\(rank). \(h.title)\(baseline && h.isEmerging ? "（新发）" : "")",
                     "   热度 \(h.heat)；地点 \(h.placeName.isEmpty ? "—" : h.placeName)；关键词 \(h.keyPhrases.joined(separator: "、"))",
                     "   \(h.firstDay.iso) — \(h.lastDay.iso)；\(h.count) 件，\(h.distinctPetitioners) 名留言人，涉及 \(h.people) 人"
                        + (h.support.map { "，点赞 \($0)" } ?? "") + "；上期 \(h.previousCount) 件"]
        lines.append("   成员：" + h.members.map(\.number).joined(separator: " "))
        return lines.joined(separator: "\n")
    }

    static func json(_ hot: [Hotspot], baseline: Bool) throws -> String {
        let objects: [[String: Any]] = hot.enumerated().map { i, h in
            var o: [String: Any] = [
                "rank": i + 1, "title": h.title, "place": h.placeName, "heat": h.heat, "members": h.members.map(\.number),
                "keyPhrases": h.keyPhrases, "from": h.firstDay.iso, "to": h.lastDay.iso, "count": h.count,
                "petitioners": h.distinctPetitioners, "people": h.people, "previousCount": h.previousCount,
                "emerging": baseline && h.isEmerging,
            ]
            if let s = h.support { o["support"] = s }
            return o
        }
        let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
