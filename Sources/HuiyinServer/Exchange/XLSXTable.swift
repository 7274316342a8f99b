import Foundation
import ZIPFoundation

/// The first worksheet of an Excel workbook (.xlsx, Office Open XML): shared strings, inline strings and
/// numbers; the first non-empty row is the header. Dates stay as Excel writes them (a serial number, or
/// text); ``MessageFile`` reads both.
enum XLSXTable {
    static func parse(_ data: Data) throws -> TableFile {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch {
            throw TableFile.ReadError.malformed("不是有效的 .xlsx 文件 (not an .xlsx workbook)")
        }
        func file(_ path: String) throws -> String? {
            guard let entry = archive[path] else { return nil }
            var out = Data()
            _ = try archive.extract(entry) { out.append($0) }
            return String(decoding: out, as: UTF8.self)
        }
        let sheets: [String] = archive.map { (entry: Entry) -> String in entry.path }
            .filter { (p: String) -> Bool in p.hasPrefix("xl/worksheets/") && p.hasSuffix(".xml") }
        // sheet1.xml before sheet10.xml.
        let sheetPath: String? = sheets.min { (a: String, b: String) -> Bool in a.count != b.count ? a.count < b.count : a < b }
        guard let sheetPath, let sheet = try file(sheetPath) else {
            throw TableFile.ReadError.malformed("工作簿中没有工作表 (no worksheet)")
        }
        let shared = try file("xl/sharedStrings.xml").map(sharedStrings) ?? []
        var grid: [[Int: String]] = []
        for row in elements("row", in: sheet) {
            var cells: [Int: String] = [:]
            for cell in elementsWithAttributes("c", in: row) {
                // Cells without a reference follow the one before.
                let column = attribute("r", cell.attributes).map(columnIndex) ?? cells.count
                let type = attribute("t", cell.attributes) ?? "n"
                let value: String
                switch type {
                case "s": value = elements("v", in: cell.body).first.flatMap { Int($0) }.flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
                case "inlineStr": value = texts(in: cell.body)
                default: value = elements("v", in: cell.body).first.map(unescape) ?? ""
                }
                cells[column] = value
            }
            if !cells.isEmpty { grid.append(cells) }
        }
        guard let header = grid.first else { return TableFile(headers: [], rows: []) }
        let columns = header.keys.sorted()
        let headers = columns.map { header[$0]!.trimmingCharacters(in: .whitespacesAndNewlines) }
        let rows = grid.dropFirst().map { cells in
            Dictionary(zip(columns, headers).compactMap { c, h in cells[c].map { (h, $0) } }, uniquingKeysWith: { a, _ in a })
        }
        return TableFile(headers: headers, rows: Array(rows))
    }

    static func sharedStrings(_ xml: String) -> [String] { elements("si", in: xml).map(texts) }

    /// The text of every `<t>` inside, joined (rich text runs).
    static func texts(in xml: String) -> String {
        var body = xml
        // Phonetic runs (<rPh>, furigana and pinyin guides) are not part of the cell's text.
        while let start = body.range(of: "<rPh"), let end = body.range(of: "</rPh>", range: start.upperBound..<body.endIndex) {
            body.removeSubrange(start.lowerBound..<end.upperBound)
        }
        return elements("t", in: body).map(unescape).joined()
    }

    /// "B12" → 1 (columns from 0).
    static func columnIndex(_ reference: String) -> Int {
        var n = 0
        for u in reference.unicodeScalars {
            guard (65...90).contains(u.value) else { break }
            n = n * 26 + Int(u.value - 64)
        }
        return n - 1
    }

    /// The bodies of the elements named `name` (not nested in one another), empty elements as "".
    static func elements(_ name: String, in xml: String) -> [String] { elementsWithAttributes(name, in: xml).map(\.body) }

    static func elementsWithAttributes(_ name: String, in xml: String) -> [(attributes: Substring, body: String)] {
        var out: [(Substring, String)] = []
        var rest = xml[...]
        let open = "<" + name
        let close = "</" + name + ">"
        while let start = rest.range(of: open) {
            let after = rest[start.upperBound...]
            guard let next = after.first, next == " " || next == ">" || next == "/" else { rest = after; continue }
            guard let tagEnd = after.firstIndex(of: ">") else { break }
            let attributes = after[..<tagEnd]
            if attributes.hasSuffix("/") {
                out.append((attributes, ""))
                rest = after[after.index(after: tagEnd)...]
                continue
            }
            let body = after[after.index(after: tagEnd)...]
            guard let end = body.range(of: close) else { break }
            out.append((attributes, String(body[..<end.lowerBound])))
            rest = body[end.upperBound...]
        }
        return out
    }

    static func attribute(_ name: String, _ attributes: Substring) -> String? {
        guard let r = attributes.range(of: " " + name + "=\"") else { return nil }
        let value = attributes[r.upperBound...]
        return value.firstIndex(of: "\"").map { String(value[..<$0]) }
    }

    static func unescape(_ s: String) -> String {
        guard s.contains("&") else { return s }
        return s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&#10;", with: "\n").replacingOccurrences(of: "&amp;", with: "&")
    }
}
