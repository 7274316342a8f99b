import HuiyinDomain

/// The tunable numbers and word lists of text intelligence, stored by the county and documented in the
/// docs/text-intelligence.md. Changing ``shingleSize``, ``permutations`` or ``banding`` needs a rebuild
/// of the near-duplicate index (`huiyin model retrain --reindex`).
public struct TextSettings: Sendable, Hashable, Codable {
    /// Exact Jaccard similarity (character 3-shingles) at or above which two petitions are near-duplicates.
    public var nearDuplicateThreshold: Double = 0.7
    /// A lower similarity suffices when the petitioner is the same (同人): at or above it, a
    /// same-person petition is a possible repeat (同人同事).
    public var repeatThreshold: Double = 0.5
    /// Address similarity (character-bigram Jaccard) for the weak same-name signal.
    public var addressThreshold: Double = 0.5
    public var shingleSize: Int = 3
    public var permutations: Int = 128
    public var banding = LSHBanding(bands: 20, rows: 5)
    /// At most this many candidates are verified and reported.
    public var maxCandidates: Int = 200
    /// Retrain the classifier automatically once the categorised petitions grew by this share since the
    /// last training (and at least ``retrainMinimumNew``).
    public var retrainGrowth: Double = 0.2
    public var retrainMinimumNew: Int = 200
    public var riskLexicon: RiskLexicon = .standard

    public init() {}

    public init(from decoder: any Decoder) throws {
        let d = TextSettings()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        nearDuplicateThreshold = try c.decodeIfPresent(Double.self, forKey: .nearDuplicateThreshold) ?? d.nearDuplicateThreshold
        repeatThreshold = try c.decodeIfPresent(Double.self, forKey: .repeatThreshold) ?? d.repeatThreshold
        addressThreshold = try c.decodeIfPresent(Double.self, forKey: .addressThreshold) ?? d.addressThreshold
        shingleSize = try c.decodeIfPresent(Int.self, forKey: .shingleSize) ?? d.shingleSize
        permutations = try c.decodeIfPresent(Int.self, forKey: .permutations) ?? d.permutations
        banding = try c.decodeIfPresent(LSHBanding.self, forKey: .banding) ?? d.banding
        maxCandidates = try c.decodeIfPresent(Int.self, forKey: .maxCandidates) ?? d.maxCandidates
        retrainGrowth = try c.decodeIfPresent(Double.self, forKey: .retrainGrowth) ?? d.retrainGrowth
        retrainMinimumNew = try c.decodeIfPresent(Int.self, forKey: .retrainMinimumNew) ?? d.retrainMinimumNew
        riskLexicon = try c.decodeIfPresent(RiskLexicon.self, forKey: .riskLexicon) ?? d.riskLexicon
    }

    /// Problems that make the settings unusable, in Chinese for the administrator; empty when valid.
    public func problems() -> [String] {
        var out: [String] = []
        if !(0.05...1).contains(nearDuplicateThreshold) { out.append("近似重复阈值应在 0.05–1 之间") }
        if !(0.05...1).contains(repeatThreshold) { out.append("重复信访阈值应在 0.05–1 之间") }
        if !(0...1).contains(addressThreshold) { out.append("地址相似度阈值应在 0–1 之间") }
        if !(1...3).contains(shingleSize) { out.append("分片长度应为 1–3") }
        if permutations <= 0 || permutations % 8 != 0 || permutations > 1024 { out.append("置换数应为 8 的倍数，不超过 1024") }
        if banding.bands * banding.rows > permutations { out.append("分带数×每带行数不能超过置换数") }
        if !(1...10_000).contains(maxCandidates) { out.append("候选数上限应在 1–10000 之间") }
        return out
    }

    public var minHasher: MinHasher { MinHasher(permutations: permutations, shingleSize: shingleSize) }
}
