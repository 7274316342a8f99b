/// The organisation tree, loaded once and asked about ancestry and review bodies.
public struct UnitDirectory: Sendable {
    public private(set) var units: [OrgUnit]
    private var byID: [OrgUnit.ID: OrgUnit]
    private var byCode: [String: OrgUnit]

    public init(units: [OrgUnit]) {
        self.units = units
        self.byID = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.byCode = Dictionary(units.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func unit(_ id: OrgUnit.ID?) -> OrgUnit? { id.flatMap { byID[$0] } }
    public func unit(code: String) -> OrgUnit? { byCode[code] }

    /// The petition bureau (信访局) of the county, if configured.
    public var petitionBureau: OrgUnit? { units.first { $0.kind == .petitionBureau } }

    /// True when `unit` is `ancestor` or lies below it in the tree.
    public func isWithin(_ unit: OrgUnit.ID, ancestor: OrgUnit.ID) -> Bool {
        var current: OrgUnit.ID? = unit
        var guardCount = 0
        while let id = current, guardCount < 64 {
            if id == ancestor { return true }
            current = byID[id]?.parentID
            guardCount += 1
        }
        return false
    }

    /// The unit itself and every unit below it.
    public func subtree(of root: OrgUnit.ID) -> [OrgUnit.ID] {
        units.filter { isWithin($0.id, ancestor: root) }.map(\.id)
    }

    public func children(of id: OrgUnit.ID?) -> [OrgUnit] {
        units.filter { $0.parentID == id }
    }

    /// The body that reviews (复查) decisions of `unit`.
    public func reviewBody(of unit: OrgUnit.ID) -> OrgUnit? {
        self.unit(byID[unit]?.reviewBodyID)
    }

    /// Validates the tree: unique codes, known parents and review bodies, no cycles.
    public func validate() -> [String] {
        var problems: [String] = []
        if Set(units.map(\.code)).count != units.count { problems.append("单位代码重复") }
        for u in units {
            if let p = u.parentID, byID[p] == nil { problems.append("\(u.name) 的上级单位不存在") }
            if let r = u.reviewBodyID, byID[r] == nil { problems.append("\(u.name) 的复查机关不存在") }
            if let p = u.parentID, isWithin(p, ancestor: u.id) { problems.append("\(u.name) 的上级关系成环") }
        }
        return problems
    }
}
