import Foundation

/// One cell as both engines can hold it: the neutral form in which `huiyin copy` moves rows from one
/// engine to the other and renders them for the checksums.
public enum CellValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}

/// A table as the copy sees it: its columns in order, its primary key (empty when it has none; rows are
/// then ordered by every column) and the tables its foreign keys reference.
public struct TableShape: Sendable, Hashable {
    public var name: String
    public var columns: [String]
    public var primaryKey: [String]
    public var references: Set<String>

    public init(name: String, columns: [String], primaryKey: [String], references: Set<String> = []) {
        self.name = name
        self.columns = columns
        self.primaryKey = primaryKey
        self.references = references
    }

    /// The columns rows are ordered by: the primary key, or every column.
    public var orderColumns: [String] { primaryKey.isEmpty ? columns : primaryKey }

    /// Tables in an order where each comes after the tables it references (ties by name). References
    /// to itself (a unit's parent) and cycles do not block: their rows are copied in key order.
    public static func dependencyOrder(_ tables: [TableShape]) -> [TableShape] {
        var remaining = tables.sorted { $0.name < $1.name }
        var placed: Set<String> = []
        var ordered: [TableShape] = []
        let known = Set(tables.map(\.name))
        while !remaining.isEmpty {
            let index = remaining.firstIndex { t in
                t.references.allSatisfy { $0 == t.name || placed.contains($0) || !known.contains($0) }
            } ?? 0
            let next = remaining.remove(at: index)
            placed.insert(next.name)
            ordered.append(next)
        }
        return ordered
    }

    /// True when `name` is a plain SQL identifier (letters, digits, underscores), safe to quote into SQL.
    public static func isPlainIdentifier(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "_" || CharacterSet.alphanumerics.contains($0)) }
    }
}
