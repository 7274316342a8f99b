import Foundation

/// A table read from a file an analyst or an administrator brings: JSON Lines, CSV or an Excel workbook
/// (.xlsx, its first sheet). Each row maps the header of each column to the cell's text.
public struct TableFile: Sendable {
    public var headers: [String]
    public var rows: [[String: String]]

    public init(headers: [String], rows: [[String: String]]) {
        self.headers = headers
        self.rows = rows
    }

    public enum ReadError: Error, CustomStringConvertible, Equatable {
        case unknownFormat(String)
        case malformed(String)

        public var description: String {
            switch self {
            case .unknownFormat(let ext): "不支持的文件类型 .\(ext)：请提供 .jsonl、.csv 或 .xlsx 文件 (unsupported file type)"
            case .malformed(let why): "文件无法读取：\(why) (malformed file)"
            }
        }
    }

    /// Reads `path` by its extension.
    public static func read(path: String) throws -> TableFile {
        let url = URL(fileURLWithPath: path)
        let data = try Data(contentsOf: url)
        switch url.pathExtension.lowercased() {
        case "jsonl", "ndjson": return try jsonLines(data)
        case "csv", "txt": return try CSVTable.parse(data)
        case "xlsx": return try XLSXTable.parse(data)
        case let other: throw ReadError.unknownFormat(other)
        }
    }

    /// One JSON object per line; numbers and booleans become their text, nested values are skipped.
    static func jsonLines(_ data: Data) throws -> TableFile {
        var headers: [String] = []
        var rows: [[String: String]] = []
        for (n, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
            guard line.contains(where: { !($0 == 0x20 || $0 == 0x0D || $0 == 0x09) }) else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw ReadError.malformed("第 \(n + 1) 行不是 JSON 对象 (line \(n + 1) is not a JSON object)")
            }
            var row: [String: String] = [:]
            for (key, value) in object {
                if !headers.contains(key) { headers.append(key) }
                switch value {
                case let s as String: row[key] = s
                case let n as NSNumber: row[key] = n.stringValue
                default: continue
                }
            }
            rows.append(row)
        }
        return TableFile(headers: headers, rows: rows)
    }
}
