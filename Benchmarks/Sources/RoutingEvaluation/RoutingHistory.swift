import HuiyinDomain
import HuiyinText

/// The routing history as the store keeps it (`routingHistory`): counts of petitions by category, locality
/// and the unit handling them now.
enum RoutingHistory {
    static func add(_ history: inout [RoutingObservation], _ p: RoutedPetition, _ unit: OrgUnit.ID) {
        guard let locality = p.localityUnitID else { return }
        if let i = history.firstIndex(where: { $0.categoryCode == p.categoryCode && $0.localityUnitID == locality && $0.unitID == unit }) {
            history[i].count += 1
        } else {
            history.append(RoutingObservation(categoryCode: p.categoryCode, localityUnitID: locality, unitID: unit, count: 1))
        }
    }
}
