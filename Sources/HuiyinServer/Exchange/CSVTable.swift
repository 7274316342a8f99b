import Foundation

/// CSV as spreadsheets write it (RFC 4180): quoted fields with doubled quotes and line breaks inside,
/// comma or tab separated (whichever the header line has more of), a UTF-8 byte-order mark ignored.
enum CSVTable {
    static func parse(_ data: Data) throws -> TableFile {
        guard var text = String(data: data, encoding: .utf8) else {
            throw TableFile.ReadError.malformed("CSV 文件须为 UTF-8 编码 (CSV must be UTF-8)")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" }
        let separator: Character = firstLine.filter { $0 == "\t" }.count > firstLine.filter { $0 == "," }.count ? "\t" : ","
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.append(c) }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: quoted = true
            case separator: record.append(field); field = ""
            case "\n", "\r\n":
                record.append(field); field = ""
                records.append(record); record = []
            case "\r": continue
            default: field.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        records.removeAll { $0.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        guard let header = records.first else { return TableFile(headers: [], rows: []) }
        let headers = header.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let rows = records.dropFirst().map { r in
            Dictionary(zip(headers, r).map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
        }
        return TableFile(headers: headers, rows: Array(rows))
    }
}
