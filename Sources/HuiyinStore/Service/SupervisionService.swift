import Foundation
import HuiyinDomain

/// The supervisor's and the leader's use cases beyond single actions: the backlog ledger (积案台账) and
/// the indicators (考核指标). Authorisation is checked here so every caller applies the same rules.
public struct SupervisionService: Sendable {
    public let petitions: PetitionService

    public init(petitions: PetitionService) { self.petitions = petitions }

    var store: any HuiyinStore { petitions.store }

    /// Who may read the supervision pages: supervisors, leaders and administrators.
    public static func mayRead(_ user: StaffUser) -> Bool { [.supervisor, .leader, .admin].contains(user.role) }

    // MARK: - Backlog ledger

    /// Enters every matter that meets the ledger's criteria today; returns how many were added.
    @discardableResult
    public func scanBacklog() async throws -> Int {
        let today = petitions.today
        let settings = try await store.supervisionSettings()
        var added = 0
        for m in try await store.backlogMatterFacts() {
            let reasons = BacklogRules.reasons(m, today: today, settings: settings)
            guard !reasons.isEmpty else { continue }
            if try await store.enterBacklog(matterID: m.matterID, petitionID: m.leadPetitionID, reasons: reasons, on: today) { added += 1 }
        }
        return added
    }

    /// Sets the owning leader (must be a leader) and the plan.
    public func updateBacklog(id: Int64, ownerUserID: StaffUser.ID?, plan: String, by user: StaffUser) async throws {
        guard BacklogRules.mayManage(user) else { throw BacklogError.notAllowed("只有督办人员可以维护积案台账") }
        if let owner = ownerUserID {
            guard let leader = try await store.user(id: owner), leader.role == .leader, leader.active else {
                throw BacklogError.invalid(field: "owner", message: "包案领导须为在岗的领导")
            }
        }
        let plan = TextNormalizer.text(plan)
        guard plan.count <= 5000 else { throw BacklogError.invalid(field: "plan", message: "化解方案过长") }
        try await store.updateBacklog(id: id, ownerUserID: ownerUserID, plan: plan, on: petitions.today)
    }

    public func logProgress(id: Int64, text: String, by user: StaffUser) async throws {
        guard let (c, _) = try await store.backlogCase(id: id) else { throw StoreError.notFound }
        guard BacklogRules.mayLogProgress(user, on: c) else { throw BacklogError.notAllowed("只有督办人员和包案领导可以记录化解进展") }
        guard !c.isSignedOff else { throw BacklogError.alreadySignedOff }
        let text = TextNormalizer.text(text)
        guard !text.isEmpty else { throw BacklogError.invalid(field: "text", message: "请填写化解进展") }
        try await store.addBacklogProgress(id: id, at: petitions.clock.now(), authorName: user.displayName, text: text)
    }

    /// 销号: all five closing conditions confirmed (五不结案).
    public func signOff(id: Int64, confirming: Set<ClosingCondition>, by user: StaffUser) async throws {
        guard BacklogRules.mayManage(user) else { throw BacklogError.notAllowed("只有督办人员可以销号") }
        guard let (c, _) = try await store.backlogCase(id: id) else { throw StoreError.notFound }
        try BacklogRules.checkSignOff(c, confirming: confirming)
        try await store.signOffBacklog(id: id, conditions: confirming, on: petitions.today, by: user.id)
    }

    // MARK: - Indicators

    /// Every indicator of `period`, county-wide and per unit, from the store's counts (no petition is
    /// read: milliseconds at a million petitions). The counts are first brought in line with the
    /// current calendar and rule table.
    public func board(for period: IndicatorPeriod) async throws -> IndicatorBoard {
        let config = petitions.configuration.current
        try await prepareIndicatorCounts(config)
        return try await store.indicatorBoard(for: period, today: petitions.today, configuration: config)
    }

    /// The calculator over every petition that can matter to `period` (received up to a year before it,
    /// and up to the 90 quiet days after it), and the leader-owned backlog cases: the drill-down's
    /// petition ids. Reads every such petition.
    public func indicators(for period: IndicatorPeriod) async throws -> IndicatorCalculator {
        try await store.indicatorCalculator(for: period, today: petitions.today, configuration: petitions.configuration.current,
                                            backlog: try await store.backlogCases())
    }

    /// One page of the petitions behind `indicator`'s numerator or denominator in `period` for `unitID`
    /// (nil: the county), with the figure: the store selects only the page's ids.
    public func drill(_ indicator: Indicator, unitID: OrgUnit.ID?, numerator: Bool, in period: IndicatorPeriod,
                      after: Int64?, limit: Int) async throws -> IndicatorDrill {
        let config = petitions.configuration.current
        try await prepareIndicatorCounts(config)
        return try await store.indicatorDrill(indicator, unitID: unitID, numerator: numerator, in: period, today: petitions.today,
                                              configuration: config, after: after, limit: limit)
    }

    /// Rebuilds the store's indicator counts when the calendar or the rule table changed since they were
    /// kept (a no-op read otherwise). Returns true when it rebuilt them.
    @discardableResult
    public func prepareIndicatorCounts(_ config: CountyConfiguration? = nil) async throws -> Bool {
        let (days, fingerprint) = IndicatorDueDays.table(for: config ?? petitions.configuration.current)
        return try await store.prepareIndicatorCounts(dueDays: days, fingerprint: fingerprint)
    }
}
