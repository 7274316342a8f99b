import HuiyinDomain

/// A suggested handling unit (建议承办单位), with the reasons for it.
public struct UnitSuggestion: Sendable, Hashable, Codable {
    /// Why a unit is suggested.
    public enum Basis: String, Sendable, Hashable, Codable, CaseIterable {
        /// 分办规则: the administrator's routing table.
        case rule
        /// 正文提到: the text names the unit, or a village or community inside it.
        case place
        /// 问题属地: the locality given at registration lies in the unit.
        case locality
        /// 以往去向: where petitions of the category went before.
        case history
    }

    public var unitID: OrgUnit.ID
    public var confidence: Double
    /// The main reason, as the API has always given it (`rule`, `history`, and now `place`, `locality`):
    /// the routing table whenever a rule applies, otherwise the reason that weighed most.
    public var basis: String
    /// Every reason that contributed, the main one first.
    public var bases: [Basis]
    /// The places in the text that name the unit or lie in it, as written, joined where they stand
    /// together (`柳塘镇新塘村`, `人社局`); empty when the text names none.
    public var places: [String]

    public init(unitID: OrgUnit.ID, confidence: Double, basis: String, bases: [Basis] = [], places: [String] = []) {
        self.unitID = unitID
        self.confidence = confidence
        self.basis = basis
        self.bases = bases.isEmpty ? Basis(rawValue: basis).map { [$0] } ?? [] : bases
        self.places = places
    }
}
