import Foundation
import HuiyinDemo
import HuiyinDomain
import HuiyinStore

/// A demo organisation on a fresh store of one engine, with a movable clock, and the registration and
/// action use cases exactly as ``PetitionService`` runs them (which needs every port; this needs only
/// the ones the conformance suite covers).
struct ConformanceFixture: Sendable {
    let store: any ConformingStore
    let clock: MutableClock
    let org: DemoOrganisation
    let config: CountyConfiguration
    let cleanup: @Sendable () async -> Void

    static func instant(_ date: String, hour: Double = 10) -> Date {
        LocalDate(iso: date)!.startInChina.addingTimeInterval(hour * 3600)
    }

    init(_ engine: Engine, today: String = "2026-03-02") async throws {
        let open = try await engine.make()
        store = open.store
        cleanup = open.cleanup
        org = try await DemoOrganisation.create(in: open.store, passwordHash: "not-a-real-hash")
        clock = MutableClock(Self.instant(today))
        config = try await CountyConfiguration.load(from: open.store)
    }

    func user(_ name: String) -> StaffUser { org.users[name]! }
    func staff(_ name: String) -> Actor { .staff(user(name)) }
    func set(_ date: String) { clock.set(Self.instant(date)) }

    func registration(title: String) -> Registration {
        Registration(
            channel: .letter, peopleCount: 1,
            petitioners: [Petitioner(name: "李四", idType: .residentID, idNumber: "11010519491231002X", phone: "13800138000")],
            purpose: .demand, categoryCode: "010101", localityUnitID: org.townships["柳塘镇"]!.id,
            title: title, content: "道路被冲毁，至今无人维修。", demands: "尽快修复")
    }

    /// Registers a petition as the bureau's registrar (PetitionService.register).
    @discardableResult
    func register(_ title: String = "新塘村道路损毁", _ registration: Registration? = nil) async throws -> PetitionCase {
        let now = clock.now()
        let clean = try (registration ?? self.registration(title: title))
            .validated(rules: config.rules, taxonomy: config.taxonomy, units: config.units, now: now)
        let registrar = user("dengji")
        return try await store.register(clean, queryCode: QueryCode.generate(), at: now, actor: .staff(registrar),
                                        registeredUnitID: registrar.unitID, configuration: config)
    }

    /// Decides `action` by the rules and appends it at the case's version (PetitionService.act).
    func act(_ action: PetitionAction, on current: PetitionCase, as username: String) async throws -> PetitionCase {
        try await act(action, on: current, by: staff(username))
    }

    /// Decides `action` by `actor` (staff, the petitioner or the system) and appends it.
    func act(_ action: PetitionAction, on current: PetitionCase, by actor: Actor) async throws -> PetitionCase {
        let now = clock.now()
        var ctx = ActionContext(actor: actor, now: now, calendar: config.calendar, rules: config.rules, units: config.units)
        if case .linkMatter(let matterID) = action {
            ctx.linkTarget = try await store.matterSummary(id: matterID)
        }
        let event = try Lifecycle.decide(action, for: current.record, status: current.status, in: ctx)
        var status = current.status
        status.apply(event, on: ctx.today)
        let entry = HistoryEntry.make(sequence: status.version, at: now, actor: actor, units: config.units, event: event)
        return try await store.append(entry, to: current.record.id, expectedVersion: current.status.version, newStatus: status,
                                      responsibleUnitID: Jurisdiction.responsibleUnit(status, units: config.units))
    }
}
