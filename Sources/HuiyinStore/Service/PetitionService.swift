import Foundation
import HuiyinDomain
import HuiyinText

/// The use cases over petitions: register, act, read with authorisation. Callers (the HTTP handlers,
/// the CLI, the demo generator) go through here, so every path applies the same rules.
public struct PetitionService: Sendable {
    public let store: any HuiyinStore
    public let configuration: ConfigurationHolder
    public let clock: any HuiyinClock

    public init(store: any HuiyinStore, configuration: ConfigurationHolder, clock: any HuiyinClock) {
        self.store = store
        self.configuration = configuration
        self.clock = clock
    }

    /// Who may register: registrars and triage officers, and handlers of a unit receiving a petition
    /// directly (RULES.md §2 step 1: "any body receiving it").
    public static let registeringRoles: Set<Role> = [.registrar, .triageOfficer, .handler, .unitHead]

    /// Validates and stores a new petition.
    public func register(_ registration: Registration, by user: StaffUser?, queryCode: String = QueryCode.generate()) async throws -> PetitionCase {
        let config = configuration.current
        let now = clock.now()
        if let user, !Self.registeringRoles.contains(user.role) {
            throw LifecycleError.roleNotAllowed(action: "register", role: user.role.chineseName)
        }
        var clean = try registration.validated(rules: config.rules, taxonomy: config.taxonomy, units: config.units, now: now)
        // Words of danger raise the risk flag; the store records the matched words with the petition.
        if let text = store as? any TextStore {
            let risk = try await text.textSettings().riskLexicon.assess(clean, collectiveThreshold: config.rules.collectiveThreshold)
            if risk.level > clean.flags.risk { clean.flags.risk = risk.level }
        }
        guard let unit = user?.unitID ?? config.units.petitionBureau?.id else {
            throw LifecycleError.invalid(field: "unit", message: "未配置信访局")
        }
        return try await store.register(clean, queryCode: queryCode, at: now, actor: user.map(Actor.staff) ?? .petitioner,
                                         registeredUnitID: unit, configuration: config)
    }

    /// Decides `action` by the rules and records it, only if the petition is still at `expectedVersion`
    /// (when given). A concurrent change surfaces as ``StoreError/staleVersion(current:)``.
    public func act(_ action: PetitionAction, on id: PetitionRecord.ID, expectedVersion: Int?, actor: Actor) async throws -> PetitionCase {
        guard let current = try await store.petition(id: id) else { throw StoreError.notFound }
        if let user = actor.staff, !Jurisdiction.canSee(user, current.record, current.status, units: configuration.current.units) {
            throw StoreError.notFound
        }
        return try await act(action, on: current, expectedVersion: expectedVersion, actor: actor)
    }

    public func act(_ action: PetitionAction, on current: PetitionCase, expectedVersion: Int?, actor: Actor) async throws -> PetitionCase {
        if let expected = expectedVersion, expected != current.status.version {
            throw StoreError.staleVersion(current: current.status.version)
        }
        let config = configuration.current
        let now = clock.now()
        var ctx = ActionContext(actor: actor, now: now, calendar: config.calendar, rules: config.rules, units: config.units)
        if case .linkMatter(let matterID) = action {
            ctx.linkTarget = try await linkTarget(matterID, actor: actor)
        }
        let event = try Lifecycle.decide(action, for: current.record, status: current.status, in: ctx)
        var status = current.status
        status.apply(event, on: ctx.today)
        let entry = HistoryEntry.make(sequence: status.version, at: now, actor: actor, units: config.units, event: event)
        return try await store.append(entry, to: current.record.id, expectedVersion: current.status.version, newStatus: status,
                                      responsibleUnitID: Jurisdiction.responsibleUnit(status, units: config.units))
    }

    /// A petition the user may see, or nil (a case outside one's jurisdiction looks like no case).
    public func petition(id: PetitionRecord.ID, for user: StaffUser) async throws -> PetitionCase? {
        guard let c = try await store.petition(id: id),
              Jurisdiction.canSee(user, c.record, c.status, units: configuration.current.units) else { return nil }
        return c
    }

    /// The petition for the petitioner, only with the right query code.
    public func petitionForPetitioner(number: String, code: String) async throws -> PetitionCase? {
        guard let c = try await store.petition(number: number.uppercased()) else { return nil }
        let given = QueryCode.normalise(code)
        // Constant-time comparison: the code is a secret.
        let a = Array(given.utf8), b = Array(c.record.queryCode.utf8)
        guard a.count == b.count else { return nil }
        var diff: UInt8 = 0
        for i in a.indices { diff |= a[i] ^ b[i] }
        return diff == 0 ? c : nil
    }

    /// Lists with the user's jurisdiction applied.
    public func list(_ query: PetitionQuery, for user: StaffUser) async throws -> PetitionPage {
        var q = query
        q.visibleUnitIDs = Jurisdiction.visibleUnits(for: user, units: configuration.current.units)
        q.searchNames = Jurisdiction.seesAll(user, units: configuration.current.units)
        return try await store.list(q)
    }

    public var today: LocalDate { LocalDate.inChina(clock.now()) }
}
