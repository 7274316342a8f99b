/// 单位: a body in the county's organisation tree — the county government, the petition bureau,
/// a county department, a township or street, a village or community.
///
/// Units form a tree (``parentID``). Each unit also names its *review body* (复查机关, "one level up",
/// RULES.md §2), which is usually but not always its parent: a township's review body is the county
/// government, a vertically managed department's is its upper department.
public struct OrgUnit: Sendable, Hashable, Codable, Identifiable {
    public typealias ID = Int64

    public var id: ID
    /// Administrative-division or organisation code, unique (e.g. `330123101` for a township).
    public var code: String
    public var name: String
    public var kind: UnitKind
    public var parentID: ID?
    /// The body that decides a review (复查) of this unit's decisions; nil for the top of the tree.
    public var reviewBodyID: ID?

    public init(id: ID, code: String, name: String, kind: UnitKind, parentID: ID?, reviewBodyID: ID?) {
        self.id = id
        self.code = code
        self.name = name
        self.kind = kind
        self.parentID = parentID
        self.reviewBodyID = reviewBodyID
    }
}

/// What kind of body a ``OrgUnit`` is.
public enum UnitKind: String, Sendable, Codable, CaseIterable {
    /// 市级人民政府 — above the county; decides re-reviews (复核).
    case city
    /// 县人民政府.
    case countyGovernment
    /// 县信访局 — registers, triages, may handle directly, sees every case.
    case petitionBureau
    /// 县直部门.
    case department
    /// 乡镇.
    case township
    /// 街道.
    case street
    /// 村.
    case village
    /// 社区.
    case community

    public var chineseName: String {
        switch self {
        case .city: "市级机关"
        case .countyGovernment: "县人民政府"
        case .petitionBureau: "信访局"
        case .department: "县直部门"
        case .township: "乡镇"
        case .street: "街道"
        case .village: "村"
        case .community: "社区"
        }
    }

    /// The county or city government: above every unit in the tree, but not their employer.
    public var isGovernment: Bool { self == .countyGovernment || self == .city }

    /// Whether a petition may be forwarded or assigned to a unit of this kind for handling.
    public var canHandlePetitions: Bool {
        switch self {
        case .countyGovernment, .department, .township, .street, .petitionBureau: true
        case .city, .village, .community: false
        }
    }
}
