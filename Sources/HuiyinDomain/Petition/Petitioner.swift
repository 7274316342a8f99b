/// 信访人: one person (or organisation) on a petition.
public struct Petitioner: Sendable, Hashable, Codable {
    public enum IDType: String, Sendable, Codable, CaseIterable {
        case residentID, passport, other, none
    }

    /// 本人 / 代表 / 代理人.
    public enum PetitionerRole: String, Sendable, Codable, CaseIterable {
        case selfRole = "self", representative, agent

        public var chineseName: String {
            switch self {
            case .selfRole: "本人"
            case .representative: "代表"
            case .agent: "代理人"
            }
        }
    }

    public enum Sex: String, Sendable, Codable, CaseIterable { case male, female, unknown }

    public var name: String
    public var idType: IDType
    public var idNumber: String?
    public var sex: Sex
    public var phone: String?
    public var address: String?
    public var workplace: String?
    public var role: PetitionerRole

    public init(
        name: String, idType: IDType = .none, idNumber: String? = nil, sex: Sex = .unknown,
        phone: String? = nil, address: String? = nil, workplace: String? = nil, role: PetitionerRole = .selfRole
    ) {
        self.name = name
        self.idType = idType
        self.idNumber = idNumber
        self.sex = sex
        self.phone = phone
        self.address = address
        self.workplace = workplace
        self.role = role
    }

    /// The same petitioner with identity fields masked (for lists and for users who have not asked to see them).
    public var masked: Petitioner {
        var copy = self
        if let n = idNumber { copy.idNumber = (try? ResidentID.parse(n))?.masked ?? String(repeating: "*", count: n.count) }
        if let p = phone { copy.phone = (try? PhoneNumber.parse(p))?.masked ?? "****" }
        if address != nil { copy.address = "（已隐藏）" }
        return copy
    }

    /// Identity removed entirely (for a unit named as accused).
    public var withheld: Petitioner {
        Petitioner(name: "（信息保密）", idType: .none, idNumber: nil, sex: .unknown, phone: nil, address: nil, workplace: nil, role: role)
    }
}
