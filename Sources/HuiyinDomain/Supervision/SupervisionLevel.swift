/// The level of a supervision order (督办级别), in escalating order: written urging (书面督办), interview of
/// the unit's responsible person (约谈督办), supervision on site (现场督办), and joint supervision with other
/// bodies (联合督办). A new order may keep or raise the level, never lower it.
public enum SupervisionLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case written
    case interview
    case onSite
    case joint

    public var chineseName: String {
        switch self {
        case .written: "书面督办"
        case .interview: "约谈督办"
        case .onSite: "现场督办"
        case .joint: "联合督办"
        }
    }

    /// The next level up, or nil at the top.
    public var next: SupervisionLevel? {
        switch self {
        case .written: .interview
        case .interview: .onSite
        case .onSite: .joint
        case .joint: nil
        }
    }

    var rank: Int {
        switch self {
        case .written: 0
        case .interview: 1
        case .onSite: 2
        case .joint: 3
        }
    }

    public static func < (a: SupervisionLevel, b: SupervisionLevel) -> Bool { a.rank < b.rank }
}

/// How pressing a deadline warning is: the open step is due within the "soon" window, or past due.
public enum DeadlineLevel: String, Sendable, Hashable, Codable, CaseIterable {
    /// 即将到期.
    case dueSoon
    /// 已超期.
    case overdue

    public var chineseName: String {
        switch self {
        case .dueSoon: "即将到期"
        case .overdue: "已超期"
        }
    }
}
