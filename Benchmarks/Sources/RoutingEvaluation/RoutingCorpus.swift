import Foundation
import HuiyinDemo
import HuiyinDomain
import HuiyinStore

/// One demo petition whose handling unit is known: the unit the demo's triage officer first forwarded or
/// assigned it to (the demo chooses it by rule: the 纪委监委 for accusations, the township for 城乡建设 and
/// 农村农业 matters, the competent department otherwise). Petitions handled directly by the bureau,
/// declined, or not yet triaged are left out: nothing in their text says who handles them.
struct RoutedPetition {
    var receivedAt: Date
    var title: String
    var content: String
    var demands: String
    var categoryCode: String
    var localityUnitID: OrgUnit.ID?
    /// The first unit the petition was forwarded or assigned to; nil when it never was.
    var truthUnitID: OrgUnit.ID?
    /// The unit handling it now (after an objection, another one): what the store's routing history counts.
    var handlingUnitID: OrgUnit.ID?

    var isRouted: Bool { truthUnitID != nil }
    var truth: OrgUnit.ID { truthUnitID! }
}

/// The demo county generated into a temporary SQLite database, read back in order of receipt: every
/// petition (the history is made of all that have a handling unit), the routed ones marked.
struct RoutingCorpus {
    var units: UnitDirectory
    var taxonomy: CategoryTaxonomy
    var petitions: [RoutedPetition]

    static func generate(petitions count: Int, seed: UInt64) async throws -> RoutingCorpus {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("huiyin-routing-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let store = try SQLiteStore(path: path)
        let now = LocalDate(iso: "2026-11-20")!.startInChina.addingTimeInterval(10 * 3600)
        _ = try await DemoCounty.seed(store: store, now: now, petitions: count, seed: seed, passwordHash: "not-a-real-hash")
        let config = try await CountyConfiguration.load(from: store)
        var routed: [RoutedPetition] = []
        for id in 1...Int64(count) {
            guard let c = try await store.petition(id: id) else { continue }
            let first = try await store.history(petitionID: id).lazy.compactMap { entry -> OrgUnit.ID? in
                switch entry.event {
                case .forwarded(let unit, _, _, _, _): unit
                case .assigned(let unit, _, _, _, _, _): unit
                default: nil
                }
            }.first
            let r = c.record.registration
            routed.append(RoutedPetition(receivedAt: c.record.receivedAt, title: r.title, content: r.content, demands: r.demands,
                                         categoryCode: r.categoryCode, localityUnitID: r.localityUnitID, truthUnitID: first,
                                         handlingUnitID: c.status.handlingUnitID))
        }
        routed.sort { $0.receivedAt < $1.receivedAt }
        return RoutingCorpus(units: config.units, taxonomy: config.taxonomy, petitions: routed)
    }
}
