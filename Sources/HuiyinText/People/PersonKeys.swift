import HuiyinDomain

/// Keys under which the same petitioner (同人) is found again across channels and spellings: the resident
/// ID number, the phone number's match key, and — a weaker signal — the folded name with the address.
///
/// These keys find earlier petitions of a person to help the registrar; they never label a person.
public struct PersonKeys: Sendable, Hashable {
    /// The 18-character resident ID number when it is valid (upper-case `X`).
    public var residentID: String?
    /// ``PhoneNumber/matchKey`` when the phone parses.
    public var phone: String?
    /// Folded personal name (width, case, spaces and middle dots folded: `张 三` is `张三`).
    public var name: String?
    /// Folded address, for the weak name + address comparison.
    public var address: [Unicode.Scalar]

    public init(_ p: Petitioner) {
        self.init(name: p.name, idNumber: p.idNumber, phone: p.phone, address: p.address)
    }

    public init(name: String?, idNumber: String?, phone: String?, address: String?) {
        residentID = idNumber.flatMap { try? ResidentID.parse($0).number }
        self.phone = phone.flatMap { try? PhoneNumber.parse($0).matchKey }
        let n = name.map { TextFolding.foldedString(TextNormalizer.personName($0)) } ?? ""
        self.name = n.isEmpty ? nil : n
        self.address = address.map(TextFolding.fold) ?? []
    }
}

/// Why two petitioners look like the same person, strongest first.
public enum PersonMatchReason: Sendable, Hashable, Codable {
    /// 身份证号相同.
    case sameResidentID
    /// 联系电话相同.
    case samePhone
    /// 姓名相同、地址相近 (a weaker signal): the address similarity (Jaccard of character bigrams).
    case sameNameSimilarAddress(Double)

    /// Strong reasons identify the person; the weak one only suggests.
    public var isStrong: Bool {
        switch self {
        case .sameResidentID, .samePhone: true
        case .sameNameSimilarAddress: false
        }
    }

    public var code: String {
        switch self {
        case .sameResidentID: "sameIdNumber"
        case .samePhone: "samePhone"
        case .sameNameSimilarAddress: "sameNameSimilarAddress"
        }
    }

    public var chineseDescription: String {
        switch self {
        case .sameResidentID: "身份证号相同"
        case .samePhone: "联系电话相同"
        case .sameNameSimilarAddress(let s): "姓名相同、地址相近（\(Self.format(s))）"
        }
    }

    /// A similarity in [0, 1] with two decimals: `0.00`, `0.50`, `0.87`, `1.00`. Values outside the range
    /// (or NaN) are clamped, so a reason never reads `0.100` or `-0.01`. Integer arithmetic keeps
    /// HuiyinText free of Foundation's `String(format:)`.
    static func format(_ s: Double) -> String {
        let clamped = s.isNaN ? 0 : min(max(s, 0), 1)
        let hundredths = Int((clamped * 100).rounded())
        let fraction = hundredths % 100
        return String(hundredths / 100) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}

/// Compares petitioners.
public struct PersonMatcher: Sendable {
    /// Minimum address similarity (Jaccard of character bigrams) for the name + address signal.
    public var addressThreshold: Double

    public init(addressThreshold: Double = 0.5) {
        self.addressThreshold = addressThreshold
    }

    /// Every reason `a` and `b` look like the same person, strongest first; empty when none.
    public func reasons(_ a: PersonKeys, _ b: PersonKeys) -> [PersonMatchReason] {
        var out: [PersonMatchReason] = []
        if let x = a.residentID, x == b.residentID { out.append(.sameResidentID) }
        if let x = a.phone, x == b.phone { out.append(.samePhone) }
        if let x = a.name, x == b.name, !a.address.isEmpty, !b.address.isEmpty {
            let s = Shingles(folded: a.address, size: 2).jaccard(Shingles(folded: b.address, size: 2))
            if s >= addressThreshold { out.append(.sameNameSimilarAddress(s)) }
        }
        return out
    }

    /// The strongest reason any petitioner of `a` matches any of `b`, or nil.
    public func bestReason(_ a: [PersonKeys], _ b: [PersonKeys]) -> PersonMatchReason? {
        var best: PersonMatchReason?
        func rank(_ r: PersonMatchReason) -> Double {
            switch r {
            case .sameResidentID: 3
            case .samePhone: 2
            case .sameNameSimilarAddress(let s): s
            }
        }
        for x in a {
            for y in b {
                for r in reasons(x, y) where best == nil || rank(r) > rank(best!) { best = r }
            }
        }
        return best
    }
}
