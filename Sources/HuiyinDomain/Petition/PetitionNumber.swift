/// Petition numbers (信访件编号) and query codes (查询码).
public enum PetitionNumber {
    /// `XF-2026-000123`: the year of registration and a sequence that restarts each year.
    public static func format(year: Int, sequence: Int) -> String {
        let digits = String(sequence)
        let padded = digits.count >= 6 ? digits : String(repeating: "0", count: 6 - digits.count) + digits
        return "XF-\(year)-\(padded)"
    }

    /// Parses a number back into year and sequence; nil when malformed.
    public static func parse(_ s: String) -> (year: Int, sequence: Int)? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "XF", parts[1].count == 4, parts[2].count >= 6,
              let y = Int(parts[1]), let n = Int(parts[2]), n > 0 else { return nil }
        return (y, n)
    }
}

public enum QueryCode {
    /// Letters and digits that cannot be confused when read aloud or copied by hand (no 0/O, 1/I/L).
    public static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
    public static let length = 8

    /// A new random code: 8 characters from a 31-letter alphabet (about 40 bits).
    public static func generate<R: RandomNumberGenerator>(using rng: inout R) -> String {
        String((0..<length).map { _ in alphabet[Int(rng.next(upperBound: UInt64(alphabet.count)))] })
    }

    public static func generate() -> String {
        var rng = SystemRandomNumberGenerator()
        return generate(using: &rng)
    }

    /// Upper-cases and drops spaces and dashes, so "abcd-2345" matches "ABCD2345".
    public static func normalise(_ s: String) -> String {
        String(s.uppercased().filter { $0 != " " && $0 != "-" })
    }
}
