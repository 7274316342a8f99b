import HuiyinDomain

/// The triage and acceptance deadlines of petitions received (or routed) on `day`, as the calendar and
/// the rule table give them: what a store that counts indicators in SQL cannot compute itself.
public struct IndicatorDueDay: Sendable, Hashable {
    public var day: LocalDate
    public var triageDue: LocalDate
    public var acceptanceDue: LocalDate

    public init(day: LocalDate, triageDue: LocalDate, acceptanceDue: LocalDate) {
        self.day = day
        self.triageDue = triageDue
        self.acceptanceDue = acceptanceDue
    }
}

extension BacklogStore {
    public func backlogCounts() async throws -> (open: Int, signedOff: Int) {
        let cases = try await backlogCases()
        let signedOff = cases.filter(\.isSignedOff).count
        return (cases.count - signedOff, signedOff)
    }
}

extension SupervisionStore where Self: BacklogStore {
    /// The domain's calculator over every petition that can matter to `period` (received up to a year
    /// before it, and up to the 90 quiet days after it): slow at a million petitions, always right.
    public func indicatorBoard(for period: IndicatorPeriod, today: LocalDate, configuration: CountyConfiguration) async throws -> IndicatorBoard {
        try await indicatorCalculator(for: period, today: today, configuration: configuration, backlog: try await backlogCases())
            .board(in: period).countsOnly
    }
}

extension SupervisionStore {
    public func prepareIndicatorCounts(dueDays: [IndicatorDueDay], fingerprint: String) async throws -> Bool { false }

    public func indicatorFacts(for indicator: Indicator, in period: IndicatorPeriod, configuration: CountyConfiguration) async throws -> [IndicatorFact] {
        try await indicatorFacts(receivedFrom: period.start.adding(days: -366),
                                 through: period.end.adding(days: Indicator.firstPetitionQuietDays + 1), configuration: configuration)
    }

    /// The calculator behind the drill-down (petition ids) and the default board.
    public func indicatorCalculator(for period: IndicatorPeriod, today: LocalDate, configuration: CountyConfiguration,
                                    backlog: [BacklogCase]) async throws -> IndicatorCalculator {
        let facts = try await indicatorFacts(receivedFrom: period.start.adding(days: -366),
                                             through: period.end.adding(days: Indicator.firstPetitionQuietDays + 1),
                                             configuration: configuration)
        var unitOf: [Int64: OrgUnit.ID] = [:]
        for f in facts { unitOf[f.id] = f.unitID }
        let bureau = configuration.units.petitionBureau?.id ?? 0
        return IndicatorCalculator(facts: facts, ownedCases: OwnedCases.facts(backlog, bureau: bureau) { unitOf[$0] }, today: today)
    }
}

enum OwnedCases {
    /// Leader-owned backlog cases (包案) with the unit each counts under (the petition's, else the bureau).
    static func facts(_ backlog: [BacklogCase], bureau: OrgUnit.ID, unitOf: (Int64) -> OrgUnit.ID?) -> [OwnedCaseFact] {
        backlog.compactMap { c -> OwnedCaseFact? in
            guard c.ownerUserID != nil else { return nil }
            return OwnedCaseFact(petitionID: c.petitionID, unitID: unitOf(c.petitionID) ?? bureau, ownedSince: c.ownedSince ?? c.enteredOn,
                                 resolvedOn: c.signedOffOn)
        }
    }
}

extension SupervisionStore where Self: BacklogStore {
    public func indicatorDrill(_ indicator: Indicator, unitID: OrgUnit.ID?, numerator: Bool, in period: IndicatorPeriod, today: LocalDate,
                               configuration: CountyConfiguration, after: Int64?, limit: Int) async throws -> IndicatorDrill {
        try await calculatorDrill(indicator, unitID: unitID, numerator: numerator, in: period, today: today,
                                  configuration: configuration, after: after, limit: limit)
    }

    /// The drill-down by the domain's calculator over the facts of the indicator's period (and the
    /// leader-owned backlog cases for 领导包案化解率): every such petition is read.
    public func calculatorDrill(_ indicator: Indicator, unitID: OrgUnit.ID?, numerator: Bool, in period: IndicatorPeriod, today: LocalDate,
                                configuration: CountyConfiguration, after: Int64?, limit: Int) async throws -> IndicatorDrill {
        let facts = try await indicatorFacts(for: indicator, in: period, configuration: configuration)
        var unitOf: [Int64: OrgUnit.ID] = [:]
        for f in facts { unitOf[f.id] = f.unitID }
        let backlog = indicator == .leaderOwnedResolution ? try await backlogCases() : []
        let owned = OwnedCases.facts(backlog, bureau: configuration.units.petitionBureau?.id ?? 0) { unitOf[$0] }
        let calculator = IndicatorCalculator(facts: facts, ownedCases: owned, today: today)
        let figure = unitID.map { calculator.figure(indicator, unitID: $0, in: period) } ?? calculator.total(indicator, in: period)
        return IndicatorDrill(figure: IndicatorFigure(indicator: indicator, unitID: unitID, numerator: figure.numerator, denominator: figure.denominator),
                              all: numerator ? figure.numeratorIDs : figure.denominatorIDs, after: after, limit: limit)
    }
}
