/// 信访形式: how the petition arrived.
public enum Channel: String, Sendable, Codable, CaseIterable {
    case online, letter, visit, phone, fax, hotline12345, leaderMailbox

    public var chineseName: String {
        switch self {
        case .online: "网上信访"
        case .letter: "来信"
        case .visit: "来访"
        case .phone: "来电"
        case .fax: "传真"
        case .hotline12345: "12345转办"
        case .leaderMailbox: "领导信箱"
        }
    }
}

/// 来源: where the petition came from.
public enum PetitionSource: String, Sendable, Codable, CaseIterable {
    /// 本级受理.
    case ownLevel
    /// 上级转送/交办.
    case fromAbove
    /// 12345 热线转办.
    case hotline12345
    /// 领导信箱.
    case leaderMailbox

    public var chineseName: String {
        switch self {
        case .ownLevel: "本级"
        case .fromAbove: "上级转交"
        case .hotline12345: "12345热线"
        case .leaderMailbox: "领导信箱"
        }
    }
}

/// 信访目的.
public enum Purpose: String, Sendable, Codable, CaseIterable {
    case demand, suggestion, accusation, appeal, enquiry

    public var chineseName: String {
        switch self {
        case .demand: "求决"
        case .suggestion: "意见建议"
        case .accusation: "揭发控告"
        case .appeal: "申诉"
        case .enquiry: "咨询"
        }
    }

    public init?(chineseName: String) {
        guard let p = Purpose.allCases.first(where: { $0.chineseName == chineseName }) else { return nil }
        self = p
    }
}

/// 风险等级 of the text and circumstances (never of a person).
public enum RiskLevel: String, Sendable, Codable, CaseIterable, Comparable {
    case none, low, high

    public static func < (a: RiskLevel, b: RiskLevel) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    public var chineseName: String {
        switch self {
        case .none: "无"
        case .low: "一般"
        case .high: "较高"
        }
    }
}
