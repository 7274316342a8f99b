import HuiyinDomain

/// A place or unit a text names (地名/单位名称): where in the text, which unit of the tree, and the
/// unit's locality chain (问题属地: a village with its township or street).
public struct PlaceMention: Sendable, Hashable {
    /// How the text names the unit.
    public enum Form: String, Sendable, Hashable, Codable {
        /// The unit's name as registered (柳塘镇, 新塘村, 县人力资源和社会保障局), with or without the
        /// county's name before it.
        case full
        /// A form people use instead: a township without 镇/乡/街道 (柳塘), a department's usual short
        /// name (人社局, 住建局).
        case short
    }

    /// The text as written, e.g. `柳塘` or `新塘村`.
    public var name: String
    /// Where ``name`` stands in the text the mention was found in.
    public var range: Range<String.Index>
    /// The position of ``name`` in Unicode scalars from the start of the text (one per Chinese character).
    public var offset: Int
    public var unitID: OrgUnit.ID
    public var kind: UnitKind
    public var form: Form
    /// The unit and the units above it, up to (not including) the county: `[新塘村, 柳塘镇]`,
    /// `[柳塘镇]`, `[县人社局]`.
    public var localityChain: [OrgUnit.ID]
    /// The township or street (乡镇/街道) the place lies in, itself for a township or street; nil for a
    /// county department.
    public var townshipID: OrgUnit.ID?
    /// How many units the name could mean. 1 when it names one unit; more when a full name belongs to
    /// several units (two villages named 团结村 in different townships) and nothing else in the text told
    /// them apart — the extractor then reports one mention per unit, each with this count.
    public var alternatives: Int

    public init(name: String, range: Range<String.Index>, offset: Int, unitID: OrgUnit.ID, kind: UnitKind, form: Form,
                localityChain: [OrgUnit.ID], townshipID: OrgUnit.ID?, alternatives: Int = 1) {
        self.name = name
        self.range = range
        self.offset = offset
        self.unitID = unitID
        self.kind = kind
        self.form = form
        self.localityChain = localityChain
        self.townshipID = townshipID
        self.alternatives = alternatives
    }

    /// True when the name means one unit only.
    public var isUnambiguous: Bool { alternatives == 1 }

    /// Village or community 3, township or street 2, department 1: the order of ``PlaceExtractor/places(in:)``.
    var specificity: Int {
        switch kind {
        case .village, .community: 3
        case .township, .street: 2
        default: 1
        }
    }
}
