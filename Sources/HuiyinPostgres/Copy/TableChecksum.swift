import Crypto
import HuiyinStore

/// SHA-256 over a table's rows rendered canonically, in key order: the same function over the rows read
/// from SQLite and over the rows read back from PostgreSQL, so equal digests mean equal contents.
///
/// Each value is a tag byte and its bytes — `N`; `I` + the integer as 8 bytes big-endian (booleans are
/// 0/1); `R` + the IEEE-754 bits of the double, big-endian; `T`/`B` + the length as 8 bytes + the UTF-8
/// or raw bytes — and each row ends with a newline byte, so no two different tables render alike.
struct TableChecksum {
    private var hasher = SHA256()
    private(set) var rows = 0

    mutating func add(_ row: [CellValue]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        func append(_ v: UInt64) { for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: v >> UInt64(shift))) } }
        for value in row {
            switch value {
            case .null: bytes.append(UInt8(ascii: "N"))
            case .integer(let i): bytes.append(UInt8(ascii: "I")); append(UInt64(bitPattern: i))
            case .real(let d): bytes.append(UInt8(ascii: "R")); append(d.bitPattern)
            case .text(let s): bytes.append(UInt8(ascii: "T")); append(UInt64(s.utf8.count)); bytes.append(contentsOf: s.utf8)
            case .blob(let b): bytes.append(UInt8(ascii: "B")); append(UInt64(b.count)); bytes.append(contentsOf: b)
            }
        }
        bytes.append(UInt8(ascii: "\n"))
        hasher.update(data: bytes)
        rows += 1
    }

    /// The digest as lowercase hex.
    func hex() -> String {
        hasher.finalize().map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
}
