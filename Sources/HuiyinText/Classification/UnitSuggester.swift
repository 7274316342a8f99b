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

/// Suggests the handling unit (承办单位) of a petition from its categories, its locality and the places
/// its text names.
///
/// The administrator's routing table comes first (the most specific rule wins). Otherwise the history
/// says two things about a category: how often its petitions went to the township or street where the
/// problem lies (a local matter: 征地, 村务, 修路) rather than to a department, and which departments took
/// the others. The township of this petition comes from the places the text names (``PlaceExtractor``:
/// 柳塘镇新塘村 → 柳塘镇) and from the locality field; a department the text names (人社局) is a
/// candidate too. Without any place (``readsPlaces`` off, or nothing named and no locality) it suggests
/// from history alone, as before places were read.
public struct UnitSuggester: Sendable {
    public var rules: [RoutingRule]
    public var units: UnitDirectory
    /// Whether the places named and the locality's township count (on by default; off gives the suggester
    /// of history and rules alone, kept to measure against).
    public var readsPlaces: Bool

    /// What a department the text names adds to its score.
    static let namedDepartmentWeight = 0.2
    /// History never makes a unit certain.
    static let historyWeight = 0.9

    public init(rules: [RoutingRule], units: UnitDirectory, readsPlaces: Bool = true) {
        self.rules = rules
        self.units = units
        self.readsPlaces = readsPlaces
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

    /// Up to `top` units for the weighted categories (label = category code, confidence as weight), the
    /// locality given at registration, and the places the text names (``PlaceExtractor/places(in:)``).
    public func suggest(categories: [CategoryPrediction], locality: OrgUnit.ID?, history: [RoutingObservation],
                        places: [PlaceMention] = [], top: Int = 3) -> [UnitSuggestion] {
        var tally = Tally()
        let evidence = readsPlaces ? PlaceEvidence(mentions: places, locality: locality, units: units) : nil
        let ruleLocality = locality ?? evidence?.mostSpecific
        for c in categories {
            if let r = rule(category: c.label, locality: ruleLocality) {
                tally.add(r.unitID, c.confidence, .rule)
            } else if let evidence, !evidence.townships.isEmpty {
                placeAndHistory(&tally, category: c, evidence: evidence, history: history)
            } else {
                historyAlone(&tally, category: c, locality: locality, history: history)
            }
        }
        if let evidence {
            let weight = Self.namedDepartmentWeight * min(1, categories.reduce(0) { $0 + $1.confidence } + 0.5)
            for d in evidence.departments where units.unit(d)?.kind.canHandlePetitions ?? false {
                tally.add(d, weight, .place)
            }
        }
        return tally.ranked(top: top, names: evidence?.names ?? [:])
    }

    /// History by category and locality, as before places were read: the same category (or its level-2
    /// parent) from the same locality subtree, anywhere when no locality is given.
    private func historyAlone(_ tally: inout Tally, category c: CategoryPrediction, locality: OrgUnit.ID?,
                              history: [RoutingObservation]) {
        let related = history.filter { h in
            (h.categoryCode == c.label || (c.label.count >= 4 && h.categoryCode.hasPrefix(String(c.label.prefix(4)))))
                && (locality == nil || units.isWithin(h.localityUnitID, ancestor: locality!)
                    || units.isWithin(locality!, ancestor: h.localityUnitID) || h.localityUnitID == locality)
        }
        let total = related.reduce(0) { $0 + $1.count }
        guard total > 0 else { return }
        for h in related { tally.add(h.unitID, c.confidence * Self.historyWeight * Double(h.count) / Double(total), .history) }
    }

    /// The petition's own township for the share of the category's petitions that went to their own
    /// township; the departments that took the rest of them for the remainder.
    private func placeAndHistory(_ tally: inout Tally, category c: CategoryPrediction, evidence: PlaceEvidence,
                                 history: [RoutingObservation]) {
        let profile = CategoryRoutingProfile(category: c.label, history: history, units: units)
        let w = c.confidence * Self.historyWeight
        for (township, share) in evidence.townships {
            let named = evidence.names[township] != nil
            tally.add(township, w * profile.localShare * share, named ? .place : .locality)
            if named, evidence.localityTownship == township { tally.add(township, 0, .locality) }
        }
        for (unit, share) in profile.elsewhere { tally.add(unit, w * (1 - profile.localShare) * share, .history) }
    }
}
