import Foundation
import HuiyinDomain

/// Messages brought in a file (a 12345 export, an online message board, a ledger) read as the hot-issue
/// engine's items: columns by their usual English or Chinese headers.
public enum MessageFile {
    /// The headers each field is recognised by, in order of preference.
    public static let columns: [(field: String, headers: [String])] = [
        ("id", ["id", "留言编号", "编号", "工单编号", "信访件编号", "序号"]),
        ("title", ["title", "留言主题", "主题", "标题", "信访事项"]),
        ("detail", ["detail", "content", "留言详情", "详情", "内容", "信访内容", "反映问题", "诉求内容"]),
        ("time", ["time", "留言时间", "时间", "日期", "登记时间", "来信日期", "信访日期", "受理时间"]),
        ("user", ["user", "留言用户", "用户", "信访人", "姓名", "来电人"]),
        ("support", ["support", "点赞数", "点赞", "支持数"]),
        ("people", ["people", "信访人数", "人数"]),
    ]

    public struct Message: Sendable {
        public var id: String
        public var title: String
        public var detail: String
        public var day: LocalDate
        public var user: String
        public var support: Int?
        public var people: Int
    }

    public enum ReadError: Error, CustomStringConvertible, Equatable {
        case missingColumn(String, headers: [String])
        case badDate(row: Int, value: String)

        public var description: String {
            switch self {
            case .missingColumn(let field, let headers):
                let names = MessageFile.columns.first { $0.field == field }?.headers.joined(separator: "、") ?? field
                return "缺少“\(field)”列（可用列名：\(names)）；文件中的列：\(headers.joined(separator: "、")) (missing column)"
            case .badDate(let row, let value):
                return "第 \(row) 行的时间“\(value)”无法识别，请用 2019-07-01、2019/7/1、2019年7月1日 或 Excel 日期 (unreadable date)"
            }
        }
    }

    /// The messages of a table; a title or a detail is required, and a time.
    public static func messages(_ table: TableFile) throws -> [Message] {
        // Every header a field is known by, in order of preference: a row takes the first that has a value
        // (some exports write `content` in one row and `detail` in another).
        func headers(_ field: String) -> [String] {
            columns.first { $0.field == field }!.headers.compactMap { w in table.headers.first { $0.lowercased() == w.lowercased() } }
        }
        let title = headers("title"), detail = headers("detail"), time = headers("time")
        guard !(title.isEmpty && detail.isEmpty) else { throw ReadError.missingColumn("title", headers: table.headers) }
        guard !time.isEmpty else { throw ReadError.missingColumn("time", headers: table.headers) }
        let id = headers("id"), user = headers("user"), support = headers("support"), people = headers("people")
        func value(_ row: [String: String], _ names: [String]) -> String? {
            names.lazy.compactMap { row[$0] }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        var out: [Message] = []
        for (n, row) in table.rows.enumerated() {
            let t = value(row, title) ?? "", d = value(row, detail) ?? ""
            guard !(t.isEmpty && d.isEmpty) else { continue }
            let raw = value(row, time) ?? ""
            guard let day = date(raw) else { throw ReadError.badDate(row: n + 2, value: raw) }
            out.append(Message(
                id: value(row, id) ?? String(n + 1),
                title: t.trimmingCharacters(in: .whitespacesAndNewlines),
                detail: d.trimmingCharacters(in: .whitespacesAndNewlines), day: day,
                user: value(row, user) ?? "",
                support: value(row, support).flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }.map { Int($0) },
                people: value(row, people).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 1))
        }
        return out
    }

    /// 2019-07-01, 2019-07-01T10:20:00, 2019/7/1 10:20, 2019年7月1日, or an Excel serial day (43647).
    public static func date(_ raw: String) -> LocalDate? {
        let s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let serial = Double(s), serial > 20000, serial < 80000 {
            return LocalDate(iso: "1899-12-30")?.adding(days: Int(serial))
        }
        let digits = s.split { !$0.isNumber }.prefix(3).compactMap { Int($0) }
        guard digits.count == 3, (1900...2100).contains(digits[0]) else { return nil }
        return LocalDate(iso: String(format: "%04d-%02d-%02d", digits[0], digits[1], digits[2]))
    }

    /// The messages as hot-issue items (the item id is the row's position; ``HotspotItem/number`` is the file's id).
    public static func items(_ messages: [Message]) -> [HotspotItem] {
        messages.enumerated().map { n, m in
            HotspotItem(id: Int64(n), number: m.id, title: m.title.isEmpty ? String(m.detail.prefix(30)) : m.title,
                        text: m.title + "。" + m.detail, category: "", place: "", petitioner: m.user, receivedOn: m.day,
                        support: m.support, people: m.people)
        }
    }
}
