import Foundation

/// 居民身份证号码 (GB 11643-1999).
///
/// 18 characters: 6-digit region code, 8-digit birth date `YYYYMMDD`,
/// 3-digit sequence (odd = male, even = female) and a check character
/// `0`–`9` or `X` computed with ISO 7064 MOD 11-2.
///
/// `description` deliberately returns the **masked** form so that an ID
/// number interpolated into a log line or error message does not leak;
/// use `number` when the full value is really needed.
public struct ResidentID: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Normalised number: 18 half-width characters, check character `X` in uppercase.
    public let number: String

    private init(validated number: String) {
        self.number = number
    }

    // MARK: - Parsing

    /// Parses and validates a resident ID number.
    ///
    /// Leading/trailing whitespace (including the ideographic space U+3000) is
    /// trimmed; full-width digits `０`–`９`, `Ｘ`/`ｘ` and lowercase `x` are
    /// normalised; zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are
    /// ignored. Internal whitespace is not removed.
    ///
    /// Checks, in order: empty, length, characters, birth date (real calendar
    /// date, year ≥ 1900, and — only when `today` is given — not after `today`),
    /// check character.
    public static func parse(
        _ raw: String,
        today: (year: Int, month: Int, day: Int)? = nil
    ) throws(ResidentIDError) -> ResidentID {
        // Normalise into ASCII bytes; anything that is not a digit or X is kept
        // as a sentinel so that the length is reported in user-visible characters.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(18)
        var sawInvalid = false
        for scalar in trimmedScalars(raw) {
            let v = scalar.value
            switch v {
            case 0x30...0x39: bytes.append(UInt8(v))
            case 0xFF10...0xFF19: bytes.append(UInt8(v - 0xFF10 + 0x30))
            case 0x58, 0x78, 0xFF38, 0xFF58: bytes.append(0x58) // X x Ｘ ｘ
            case 0x200B...0x200D, 0x2060, 0xFEFF: continue // invisible, e.g. from pasted text
            default:
                bytes.append(0)
                sawInvalid = true
            }
        }
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count == 18 else { throw .wrongLength(bytes.count) }
        if sawInvalid { throw .invalidCharacter }
        for i in 0..<17 where bytes[i] == 0x58 { throw .invalidCharacter }

        let year = decimal(bytes, 6, 4)
        let month = decimal(bytes, 10, 2)
        let day = decimal(bytes, 12, 2)
        guard year >= 1900, month >= 1, month <= 12, day >= 1,
              day <= daysInMonth(year: year, month: month)
        else { throw .invalidBirthDate }
        if let today {
            if (year, month, day) > (today.year, today.month, today.day) {
                throw .birthDateInFuture
            }
        }

        let expected = checkValue(bytes)
        guard bytes[17] == expected else {
            throw .badCheckDigit(expected: Character(Unicode.Scalar(expected)))
        }
        return ResidentID(validated: String(decoding: bytes, as: UTF8.self))
    }

    /// Returns `true` when `raw` parses without error (no future check).
    public static func isValid(_ raw: String) -> Bool {
        (try? parse(raw)) != nil
    }

    /// The ISO 7064 MOD 11-2 check character for the first 17 digits of an
    /// ID, or `nil` if `first17` is not exactly 17 ASCII digits.
    public static func checkCharacter(forFirst17 first17: String) -> Character? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(17)
        for b in first17.utf8 {
            guard b >= 0x30, b <= 0x39 else { return nil }
            bytes.append(b)
        }
        guard bytes.count == 17 else { return nil }
        return Character(Unicode.Scalar(checkValue(bytes)))
    }

    // MARK: - Derived fields

    /// Birth year (4 digits).
    public var birthYear: Int { Self.decimal(utf8Bytes, 6, 4) }
    /// Birth month 1–12.
    public var birthMonth: Int { Self.decimal(utf8Bytes, 10, 2) }
    /// Birth day 1–31.
    public var birthDay: Int { Self.decimal(utf8Bytes, 12, 2) }

    /// `true` when the 3-digit sequence number (positions 15–17) is odd.
    public var isMale: Bool {
        let seqLast = number.utf8[number.utf8.index(number.utf8.startIndex, offsetBy: 16)]
        return (seqLast - 0x30) % 2 == 1
    }

    /// Administrative region code (first 6 digits).
    public var regionCode: String { String(number.prefix(6)) }

    /// Birth date as `YYYY-MM-DD`.
    public var birthDateString: String {
        let b = utf8Bytes
        let s: [UInt8] = Array(b[6..<10]) + [0x2D] + Array(b[10..<12]) + [0x2D] + Array(b[12..<14])
        return String(decoding: s, as: UTF8.self)
    }

    /// Age in completed years on the given date.
    public func age(onYear year: Int, month: Int, day: Int) -> Int {
        var age = year - birthYear
        if (month, day) < (birthMonth, birthDay) { age -= 1 }
        return age
    }

    /// First 6 characters, 8 stars, last 4 characters: `110105********002X`.
    public var masked: String {
        "\(number.prefix(6))********\(number.suffix(4))"
    }

    /// The masked form (see type documentation).
    public var description: String { masked }

    // MARK: - Codable (single string)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        do {
            self = try ResidentID.parse(raw)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(number)
    }

    // MARK: - Helpers

    private static let weights: [Int] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkMap: [UInt8] = Array("10X98765432".utf8)

    private var utf8Bytes: [UInt8] { Array(number.utf8) }

    /// Check character (as an ASCII byte) for the first 17 bytes (ASCII digits).
    private static func checkValue(_ bytes: [UInt8]) -> UInt8 {
        var sum = 0
        for i in 0..<17 { sum += Int(bytes[i] - 0x30) * weights[i] }
        return checkMap[sum % 11]
    }

    private static func decimal(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int {
        var v = 0
        for i in start..<(start + count) { v = v * 10 + Int(bytes[i] - 0x30) }
        return v
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        default: return 0
        }
    }

    /// Unicode scalars of `s` with leading/trailing whitespace removed.
    private static func trimmedScalars(_ s: String) -> Substring.UnicodeScalarView {
        let scalars = s.unicodeScalars
        var lo = scalars.startIndex
        var hi = scalars.endIndex
        while lo < hi, scalars[lo].properties.isWhitespace { lo = scalars.index(after: lo) }
        while lo < hi {
            let prev = scalars.index(before: hi)
            guard scalars[prev].properties.isWhitespace else { break }
            hi = prev
        }
        return scalars[lo..<hi]
    }
}

/// Why a resident ID number was rejected.
public enum ResidentIDError: Error, Equatable, Sendable {
    case empty
    case wrongLength(Int)
    case invalidCharacter
    case invalidBirthDate
    case birthDateInFuture
    case badCheckDigit(expected: Character)

    /// A message suitable for showing to a clerk.
    public var message: String {
        switch self {
        case .empty:
            return "身份证号码不能为空"
        case .wrongLength(let n):
            return "身份证号码应为 18 位（当前为 \(n) 位）"
        case .invalidCharacter:
            return "身份证号码含有无效字符（前 17 位应为数字，末位为数字或 X）"
        case .invalidBirthDate:
            return "身份证号码中的出生日期无效"
        case .birthDateInFuture:
            return "身份证号码中的出生日期晚于今天"
        case .badCheckDigit(let expected):
            return "身份证号码校验位错误（应为 \(expected)）"
        }
    }
}
