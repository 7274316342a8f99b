import Foundation

/// A mainland-China phone number: a mobile number (11 digits, `1[3-9]xxxxxxxxx`)
/// or a landline (area code `0xx`/`0xxx` + 7–8 digit local number, optional extension).
///
/// Accepted input: `+86` / `0086` country prefixes (also a bare `86` directly in
/// front of an 11-digit mobile number), spaces, dashes, dots, full-width digits
/// and punctuation, parentheses around the area code, and an extension given
/// after `转`, `分机`, `ext`, `x` or `#`, or as a trailing separated group
/// (`0731-84561234-123`).
///
/// Area codes: `010` and `02x` are three digits, every other area code is four
/// digits (`0731`). A local number starts with 2–9.
///
/// `description` returns the **masked** form so that numbers interpolated into
/// logs do not leak; use `normalized` for the full value. Codable as the single
/// `normalized` string; decoding validates.
public struct PhoneNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable {
        case mobile
        case landline
    }

    /// Mobile: `13812345678`; landline: `0731-84561234`, with `-ext` if any (`0731-84561234-123`).
    public let normalized: String
    public let kind: Kind

    private init(normalized: String, kind: Kind) {
        self.normalized = normalized
        self.kind = kind
    }

    // MARK: - Parsing

    public static func parse(_ raw: String) throws(PhoneNumberError) -> PhoneNumber {
        let scalars = Array(raw.unicodeScalars)
        var groups: [[UInt8]] = []          // digit groups of the main number
        var current: [UInt8] = []
        var ext: [UInt8]? = nil              // non-nil once an extension marker was seen
        var sawPlus = false
        guard raw.unicodeScalars.contains(where: { !$0.properties.isWhitespace && !isInvisible($0.value) })
        else { throw .empty }

        func closeGroup() {
            if !current.isEmpty { groups.append(current); current = [] }
        }

        var i = 0
        while i < scalars.count {
            let v = mapped(scalars[i].value)
            i += 1
            if v >= 0x30, v <= 0x39 {
                if ext != nil { ext!.append(UInt8(v)) } else { current.append(UInt8(v)) }
                continue
            }
            if isSeparator(v) {
                if ext == nil { closeGroup() }
                continue
            }
            if isInvisible(v) { continue }
            if v == 0x2B { // "+"
                guard !sawPlus, ext == nil, groups.isEmpty, current.isEmpty else { throw .invalid }
                sawPlus = true
                continue
            }
            // Extension markers.
            guard ext == nil, !(groups.isEmpty && current.isEmpty) else { throw .invalid }
            switch v {
            case 0x8F6C, 0x23: // 转 #
                break
            case 0x5206: // 分机(号)
                guard i < scalars.count, scalars[i].value == 0x673A else { throw .invalid }
                i += 1
                if i < scalars.count, scalars[i].value == 0x53F7 { i += 1 } // 号
            case 0x65, 0x45: // ext / ext.
                guard i + 1 < scalars.count,
                      mapped(scalars[i].value) | 0x20 == 0x78,
                      mapped(scalars[i + 1].value) | 0x20 == 0x74
                else { throw .invalid }
                i += 2
                if i < scalars.count, mapped(scalars[i].value) == 0x2E { i += 1 }
            case 0x78, 0x58: // x X
                break
            default:
                throw .invalid
            }
            closeGroup()
            ext = []
        }
        closeGroup()

        // Strip the country prefix.
        var digits = groups.flatMap { $0 }
        var hadCountryPrefix = false
        if sawPlus {
            guard digits.starts(with: [0x38, 0x36]) else { throw .invalid } // only +86
            digits.removeFirst(2)
            hadCountryPrefix = true
        } else if digits.starts(with: [0x30, 0x30, 0x38, 0x36]) { // 0086
            digits.removeFirst(4)
            hadCountryPrefix = true
        } else if digits.count == 13, digits.starts(with: [0x38, 0x36, 0x31]) { // 86 + mobile
            digits.removeFirst(2)
            hadCountryPrefix = true
        }

        if let ext {
            guard let number = classify(digits, ext: ext, afterCountryPrefix: hadCountryPrefix)
            else { throw .invalid }
            return number
        }
        if let number = classify(digits, ext: nil, afterCountryPrefix: hadCountryPrefix) {
            return number
        }
        // A trailing separated group may be an extension: "0731-84561234-123".
        if groups.count >= 2, let last = groups.last, last.count < digits.count {
            let main = Array(digits.dropLast(last.count))
            if let number = classify(main, ext: last, afterCountryPrefix: hadCountryPrefix),
               number.kind == .landline {
                return number
            }
        }
        throw .invalid
    }

    /// Returns `true` when `raw` parses.
    public static func isValid(_ raw: String) -> Bool {
        (try? parse(raw)) != nil
    }

    /// Builds a number from national-format digits (no country prefix).
    private static func classify(_ d: [UInt8], ext: [UInt8]?, afterCountryPrefix: Bool) -> PhoneNumber? {
        // Mobile.
        if d.count == 11, d[0] == 0x31, d[1] >= 0x33, d[1] <= 0x39 {
            guard ext == nil else { return nil }
            return PhoneNumber(normalized: String(decoding: d, as: UTF8.self), kind: .mobile)
        }
        // Landline. After +86 the trunk prefix 0 is normally dropped; put it back.
        var d = d
        if afterCountryPrefix, d.first != 0x30 { d.insert(0x30, at: 0) }
        guard d.count >= 3, d[0] == 0x30 else { return nil }
        let areaLength: Int
        switch d[1] {
        case 0x31: // 010 only
            guard d[2] == 0x30 else { return nil }
            areaLength = 3
        case 0x32:
            areaLength = 3
        case 0x33...0x39:
            areaLength = 4
        default:
            return nil
        }
        let localCount = d.count - areaLength
        guard localCount >= 7, localCount <= 8, d[areaLength] >= 0x32 else { return nil }
        var out = d
        out.insert(0x2D, at: areaLength)
        if let ext {
            guard !ext.isEmpty, ext.count <= 6 else { return nil }
            out.append(0x2D)
            out.append(contentsOf: ext)
        }
        return PhoneNumber(normalized: String(decoding: out, as: UTF8.self), kind: .landline)
    }

    /// Full-width ASCII → half-width, ideographic space → space.
    private static func mapped(_ v: UInt32) -> UInt32 {
        switch v {
        case 0xFF01...0xFF5E: return v - 0xFEE0
        case 0x3000: return 0x20
        default: return v
        }
    }

    private static func isSeparator(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0,             // space tab newlines nbsp
             0x2D, 0x2E, 0x28, 0x29,                  // - . ( )
             0x2010...0x2015, 0x2212,                 // hyphens, dashes, minus sign
             0x3010, 0x3011:                          // 【 】
            return true
        default:
            return false
        }
    }

    private static func isInvisible(_ v: UInt32) -> Bool {
        switch v {
        case 0x200B...0x200D, 0x2060, 0xFEFF: return true
        default: return false
        }
    }

    // MARK: - Derived forms

    /// Mobile: `138****5678`. Landline: area code kept, local number masked except
    /// its last 4 digits (`0731-****1234`); the extension is omitted.
    public var masked: String {
        let parts = normalized.split(separator: "-")
        switch kind {
        case .mobile:
            return "\(normalized.prefix(3))****\(normalized.suffix(4))"
        case .landline:
            let local = parts[1]
            return "\(parts[0])-\(String(repeating: "*", count: local.count - 4))\(local.suffix(4))"
        }
    }

    /// Digits of `normalized` only (no country prefix, extension digits included):
    /// `13812345678`, `073184561234`, `073184561234123`.
    public var matchKey: String {
        String(String.UnicodeScalarView(normalized.unicodeScalars.filter { $0 != "-" }))
    }

    /// Area code of a landline (`0731`), `nil` for mobiles.
    public var areaCode: String? {
        kind == .landline ? normalized.split(separator: "-").first.map(String.init) : nil
    }

    /// Extension of a landline, if any.
    public var phoneExtension: String? {
        let parts = normalized.split(separator: "-")
        return parts.count == 3 ? String(parts[2]) : nil
    }

    /// The masked form (see type documentation).
    public var description: String { masked }

    // MARK: - Codable (single string)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        do {
            self = try PhoneNumber.parse(raw)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(normalized)
    }
}

/// Why a phone number was rejected.
public enum PhoneNumberError: Error, Equatable, Sendable {
    case empty
    case invalid

    /// A message suitable for showing to a clerk.
    public var message: String {
        switch self {
        case .empty:
            return "电话号码不能为空"
        case .invalid:
            return "电话号码格式不正确（手机号码为 11 位，固定电话须含区号，如 0731-84561234）"
        }
    }
}
