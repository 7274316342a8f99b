import HuiyinStore

/// A column of the target table and the kind of value it holds, which decides how a source value is bound
/// and how both sides render it for the checksum.
struct CopyColumn: Sendable, Hashable {
    var name: String
    var kind: Kind

    enum Kind: Sendable, Hashable {
        case integer, boolean, real, text, blob
        /// A type the copy does not move (arrays, tsvector): only in derived tables or target-only columns.
        case other(String)

        /// The kind of an `information_schema.columns.data_type`.
        init(dataType: String) {
            switch dataType {
            case "bigint", "integer", "smallint": self = .integer
            case "boolean": self = .boolean
            case "double precision", "real": self = .real
            case "text", "character varying", "character": self = .text
            case "bytea": self = .blob
            default: self = .other(dataType)
            }
        }
    }

    /// A value read from either engine in its canonical form for this column: integers and booleans as
    /// `.integer` (true = 1), numbers as `.real`, text as `.text`, bytes as `.blob`. Throws when the value
    /// cannot be held by the column without changing it.
    func canonical(_ value: CellValue, table: String) throws -> CellValue {
        func refuse() -> CopyFailure { .unconvertible(table: table, column: name, value: "\(value)") }
        switch (kind, value) {
        case (_, .null): return .null
        case (.integer, .integer), (.boolean, .integer): return value
        case (.integer, .real(let d)), (.boolean, .real(let d)):
            guard let i = Int64(exactly: d) else { throw refuse() }
            return .integer(i)
        case (.real, .real): return value
        case (.real, .integer(let i)):
            guard let d = Double(exactly: i) else { throw refuse() }
            return .real(d)
        case (.text, .text), (.blob, .blob): return value
        case (.blob, .text(let s)): return .blob(Array(s.utf8))
        default: throw refuse()
        }
    }
}
