import HuiyinDomain

extension UnitSuggester {
    /// Scores by unit and by reason while suggesting.
    struct Tally {
        var scores: [OrgUnit.ID: [UnitSuggestion.Basis: Double]] = [:]

        mutating func add(_ unit: OrgUnit.ID, _ score: Double, _ basis: UnitSuggestion.Basis) {
            scores[unit, default: [:]][basis, default: 0] += score
        }

        /// The `top` units by total score (ties by id), each with its reasons — a rule first whenever one
        /// applies, then by weight — and the text's words for it.
        func ranked(top: Int, names: [OrgUnit.ID: [String]]) -> [UnitSuggestion] {
            let totals = scores.mapValues { $0.values.reduce(0, +) }
            return totals
                .sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
                .prefix(top).map { unit, total in
                    let bases = scores[unit]!.sorted { a, b in
                        if (a.key == .rule) != (b.key == .rule) { return a.key == .rule }
                        return a.value != b.value ? a.value > b.value : a.key.rawValue < b.key.rawValue
                    }.map(\.key)
                    let places = bases.contains(.place) ? names[unit] ?? [] : []
                    return UnitSuggestion(unitID: unit, confidence: min(1, total), basis: bases[0].rawValue, bases: bases,
                                          places: places)
                }
        }
    }
}
