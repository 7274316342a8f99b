import HuiyinDomain

/// A routing rule an administrator edits: petitions of a category (code prefix), optionally from a locality
/// (the unit or anywhere below it), go to a unit.
public struct RoutingRule: Sendable, Hashable, Codable {
    public var id: Int64?
    public var categoryPrefix: String
    public var localityUnitID: OrgUnit.ID?
    public var unitID: OrgUnit.ID

    public init(id: Int64? = nil, categoryPrefix: String, localityUnitID: OrgUnit.ID?, unitID: OrgUnit.ID) {
        self.id = id
        self.categoryPrefix = categoryPrefix
        self.localityUnitID = localityUnitID
        self.unitID = unitID
    }
}

/// How often past petitions of a category from a locality went to a unit (learned from forwarding).
public struct RoutingObservation: Sendable, Hashable {
    public var categoryCode: String
    public var localityUnitID: OrgUnit.ID
    public var unitID: OrgUnit.ID
    public var count: Int

    public init(categoryCode: String, localityUnitID: OrgUnit.ID, unitID: OrgUnit.ID, count: Int) {
        self.categoryCode = categoryCode
        self.localityUnitID = localityUnitID
        self.unitID = unitID
        self.count = count
    }
}

/// A suggested handling unit.
public struct UnitSuggestion: Sendable, Hashable, Codable {
    public var unitID: OrgUnit.ID
    public var confidence: Double
    /// `rule` (the administrator's routing table) or `history` (where such petitions went before).
    public var basis: String
}

/// Suggests the handling unit from the suggested categories and the locality: the administrator's routing
/// table first (the most specific rule wins), then the units that handled such petitions before.
public struct UnitSuggester: Sendable {
    public var rules: [RoutingRule]
    public var units: UnitDirectory

    public init(rules: [RoutingRule], units: UnitDirectory) {
        self.rules = rules
        self.units = units
    }

    /// The rule for a category and locality: the longest category prefix, then a locality rule over a
    /// county-wide one (the nearest locality ancestor wins).
    public func rule(category: String, locality: OrgUnit.ID?) -> RoutingRule? {
        rules.filter { r in
            category.hasPrefix(r.categoryPrefix)
                && (r.localityUnitID == nil || (locality.map { units.isWithin($0, ancestor: r.localityUnitID!) } ?? false))
        }.max { a, b in
            if a.categoryPrefix.count != b.categoryPrefix.count { return a.categoryPrefix.count < b.categoryPrefix.count }
            return depth(a.localityUnitID) < depth(b.localityUnitID)
        }
    }

    private func depth(_ id: OrgUnit.ID?) -> Int {
        var d = 0
        var cur = id.flatMap { units.unit($0) }
        while let u = cur { d += 1; cur = u.parentID.flatMap { units.unit($0) } }
        return d
    }

    /// Up to `top` units for the weighted categories (label = category code, confidence as weight).
    public func suggest(categories: [CategoryPrediction], locality: OrgUnit.ID?, history: [RoutingObservation],
                        top: Int = 3) -> [UnitSuggestion] {
        var score: [OrgUnit.ID: (Double, String)] = [:]
        func add(_ unit: OrgUnit.ID, _ s: Double, _ basis: String) {
            let old = score[unit] ?? (0, basis)
            score[unit] = (old.0 + s, old.1 == "rule" ? "rule" : basis)
        }
        for c in categories {
            if let r = rule(category: c.label, locality: locality) {
                add(r.unitID, c.confidence, "rule")
                continue
            }
            // History: the same category (or its level-2 parent) and the same locality subtree.
            let related = history.filter { h in
                (h.categoryCode == c.label || (c.label.count >= 4 && h.categoryCode.hasPrefix(String(c.label.prefix(4)))))
                    && (locality == nil || units.isWithin(h.localityUnitID, ancestor: locality!)
                        || units.isWithin(locality!, ancestor: h.localityUnitID) || h.localityUnitID == locality)
            }
            let total = related.reduce(0) { $0 + $1.count }
            guard total > 0 else { continue }
            for h in related { add(h.unitID, c.confidence * 0.9 * Double(h.count) / Double(total), "history") }
        }
        return score.sorted { $0.value.0 > $1.value.0 || ($0.value.0 == $1.value.0 && $0.key < $1.key) }.prefix(top).map {
            UnitSuggestion(unitID: $0.key, confidence: min(1, $0.value.0), basis: $0.value.1)
        }
    }
}
