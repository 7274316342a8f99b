/// Flags recorded on a petition at registration (RULES.md §7).
public struct PetitionFlags: Sendable, Hashable, Codable {
    /// 越级: a visit that skips levels.
    public var levelSkipping: Bool
    /// 涉法涉诉 / should go to litigation, arbitration or reconsideration.
    public var legalProcedure: Bool
    /// 揭发控告, confidential: the informant's identity is hidden from the accused.
    public var confidential: Bool
    public var anonymous: Bool
    /// 赴省进京 or other emergency circumstances noted by the registrar.
    public var emergency: Bool
    public var risk: RiskLevel

    public init(levelSkipping: Bool = false, legalProcedure: Bool = false, confidential: Bool = false,
                anonymous: Bool = false, emergency: Bool = false, risk: RiskLevel = .none) {
        self.levelSkipping = levelSkipping
        self.legalProcedure = legalProcedure
        self.confidential = confidential
        self.anonymous = anonymous
        self.emergency = emergency
        self.risk = risk
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        levelSkipping = try c.decodeIfPresent(Bool.self, forKey: .levelSkipping) ?? false
        legalProcedure = try c.decodeIfPresent(Bool.self, forKey: .legalProcedure) ?? false
        confidential = try c.decodeIfPresent(Bool.self, forKey: .confidential) ?? false
        anonymous = try c.decodeIfPresent(Bool.self, forKey: .anonymous) ?? false
        emergency = try c.decodeIfPresent(Bool.self, forKey: .emergency) ?? false
        risk = try c.decodeIfPresent(RiskLevel.self, forKey: .risk) ?? RiskLevel.none
    }
}
