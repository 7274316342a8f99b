import HuiyinDomain

/// What the routing history says about one category (分办去向), backed off to its level-2 and level-1
/// parents when the category itself has few petitions: the share of its petitions handled by the
/// township or street where the problem lay (a local matter), and how the others spread over units.
struct CategoryRoutingProfile {
    /// 0…1; one half when nothing is known.
    var localShare: Double
    /// Units that took the category's petitions not handled locally, shares summing to 1 (or empty).
    var elsewhere: [OrgUnit.ID: Double]

    /// Pseudo-counts with which a parent level's estimate enters its child's.
    static let priorStrength = 2.0
    /// Weights of the category itself, its level-2 and its level-1 parent in the spread over units.
    static let levelWeights = [1.0, 0.5, 0.25]

    init(category code: String, history: [RoutingObservation], units: UnitDirectory) {
        // Level 1, level 2, the category: broadest first, each refining its parent's estimate.
        let prefixes = [String(code.prefix(2)), String(code.prefix(4)), code]
        var local = 0.5
        var spread: [OrgUnit.ID: Double] = [:]
        var seen = Set<String>()
        for (level, prefix) in prefixes.enumerated() where !prefix.isEmpty && seen.insert(prefix).inserted {
            let observations = history.filter { level == 2 ? $0.categoryCode == prefix : $0.categoryCode.hasPrefix(prefix) }
            var n = 0.0, nLocal = 0.0
            var others: [OrgUnit.ID: Double] = [:]
            for h in observations {
                n += Double(h.count)
                if Self.isLocal(h, units) { nLocal += Double(h.count) } else { others[h.unitID, default: 0] += Double(h.count) }
            }
            local = (nLocal + Self.priorStrength * local) / (n + Self.priorStrength)
            let otherTotal = others.values.reduce(0, +)
            guard otherTotal > 0 else { continue }
            let weight = Self.levelWeights[prefixes.count - 1 - level]
            for (unit, count) in others { spread[unit, default: 0] += weight * count / otherTotal }
        }
        let total = spread.values.reduce(0, +)
        localShare = local
        elsewhere = total > 0 ? spread.mapValues { $0 / total } : [:]
    }

    /// A petition handled by the township or street its locality lies in.
    static func isLocal(_ h: RoutingObservation, _ units: UnitDirectory) -> Bool {
        guard let unit = units.unit(h.unitID), unit.kind == .township || unit.kind == .street else { return false }
        return units.isWithin(h.localityUnitID, ancestor: unit.id)
    }
}
