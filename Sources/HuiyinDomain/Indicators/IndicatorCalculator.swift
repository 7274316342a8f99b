/// Computes the indicators of RULES.md §6 from facts, per unit and for the whole county. Pure.
///
/// Period rules [design]: a step counts in the period its deadline falls in, once the deadline has
/// passed on `today` or the step is done; ratings count in the period the result was published; the
/// repeat rate counts petitions received in the period; first-petition resolution counts first
/// petitions closed in the period whose 90 quiet days have passed; leader-owned cases count when owned
/// by the period's end, resolved when signed off by then.
public struct IndicatorCalculator: Sendable {
    public var facts: [IndicatorFact]
    public var ownedCases: [OwnedCaseFact]
    public var today: LocalDate

    public init(facts: [IndicatorFact], ownedCases: [OwnedCaseFact] = [], today: LocalDate) {
        self.facts = facts
        self.ownedCases = ownedCases
        self.today = today
    }

    /// One (numerator, denominator) membership per petition and unit.
    private struct Entry { var unitID: OrgUnit.ID; var petitionID: Int64; var inNumerator: Bool }

    private func entries(_ indicator: Indicator, in period: IndicatorPeriod) -> [Entry] {
        var out: [Entry] = []
        switch indicator {
        case .timelyAcceptance:
            for f in facts {
                for o in f.acceptance where counts(o, in: period) {
                    out.append(Entry(unitID: o.unitID, petitionID: f.id, inNumerator: o.doneOn.map { $0 <= o.due } ?? false))
                }
            }
        case .onTimeCompletion:
            for f in facts {
                if let o = f.decision, counts(o, in: period) {
                    out.append(Entry(unitID: o.unitID, petitionID: f.id, inNumerator: o.doneOn.map { $0 <= o.due } ?? false))
                }
            }
        case .ratingParticipation:
            for f in facts {
                if let p = f.publishedOn, period.contains(p) {
                    out.append(Entry(unitID: f.unitID, petitionID: f.id, inNumerator: f.rating != nil))
                }
            }
        case .satisfaction, .satisfiedOnly:
            for f in facts {
                guard let p = f.publishedOn, period.contains(p), let r = f.rating else { continue }
                let good = indicator == .satisfiedOnly ? r == .satisfied : r != .dissatisfied
                out.append(Entry(unitID: f.unitID, petitionID: f.id, inNumerator: good))
            }
        case .repeatRate:
            for f in facts where period.contains(f.receivedOn) {
                out.append(Entry(unitID: f.unitID, petitionID: f.id, inNumerator: f.isRepeat))
            }
        case .firstPetitionResolution:
            var repeatsByMatter: [Int64: [LocalDate]] = [:]
            for f in facts where f.isRepeat { repeatsByMatter[f.matterID, default: []].append(f.receivedOn) }
            let quiet = Indicator.firstPetitionQuietDays
            for f in facts where !f.isRepeat {
                guard let closed = f.closedOn, period.contains(closed), closed.adding(days: quiet) < today else { continue }
                let repeated = (repeatsByMatter[f.matterID] ?? []).contains { $0 > closed && $0 <= closed.adding(days: quiet) }
                out.append(Entry(unitID: f.unitID, petitionID: f.id, inNumerator: !repeated))
            }
        case .leaderOwnedResolution:
            for c in ownedCases where c.ownedSince <= period.end {
                out.append(Entry(unitID: c.unitID, petitionID: c.petitionID, inNumerator: c.resolvedOn.map { $0 <= period.end } ?? false))
            }
        }
        return out
    }

    private func counts(_ o: IndicatorFact.Obligation, in period: IndicatorPeriod) -> Bool {
        period.contains(o.due) && (o.doneOn != nil || o.due < today)
    }

    /// The county-wide figure.
    public func total(_ indicator: Indicator, in period: IndicatorPeriod) -> IndicatorFigure {
        figure(indicator, unitID: nil, entries(indicator, in: period))
    }

    /// One figure per unit that has anything due, ranked best first (ties: larger denominator first).
    public func byUnit(_ indicator: Indicator, in period: IndicatorPeriod) -> [IndicatorFigure] {
        var groups: [OrgUnit.ID: [Entry]] = [:]
        for e in entries(indicator, in: period) { groups[e.unitID, default: []].append(e) }
        return IndicatorFigure.ranked(groups.map { figure(indicator, unitID: $0.key, $0.value) }, by: indicator)
    }

    /// Every indicator of `period`, county-wide and per unit (what the pages show).
    public func board(in period: IndicatorPeriod) -> IndicatorBoard {
        var figures: [IndicatorFigure] = []
        for indicator in Indicator.allCases {
            figures.append(total(indicator, in: period))
            figures += byUnit(indicator, in: period)
        }
        return IndicatorBoard(period: period, figures: figures)
    }

    /// The leader-owned cases of `period` as figures (few: computed here on both paths).
    static func ownedFigures(_ cases: [OwnedCaseFact], in period: IndicatorPeriod) -> [IndicatorFigure] {
        let calc = IndicatorCalculator(facts: [], ownedCases: cases, today: period.end)
        return [calc.total(.leaderOwnedResolution, in: period)] + calc.byUnit(.leaderOwnedResolution, in: period)
    }

    /// The figure of one unit (empty when nothing is due there).
    public func figure(_ indicator: Indicator, unitID: OrgUnit.ID, in period: IndicatorPeriod) -> IndicatorFigure {
        figure(indicator, unitID: unitID, entries(indicator, in: period).filter { $0.unitID == unitID })
    }

    private func figure(_ indicator: Indicator, unitID: OrgUnit.ID?, _ entries: [Entry]) -> IndicatorFigure {
        // A petition counts once; in the numerator only if every step it owed in the period was on time
        // (county-wide, triage by the bureau and acceptance by the unit are both steps of one petition).
        var good: [Int64: Bool] = [:]
        for e in entries { good[e.petitionID] = (good[e.petitionID] ?? true) && e.inNumerator }
        let den = good.keys.sorted()
        return IndicatorFigure(indicator: indicator, unitID: unitID, numeratorIDs: den.filter { good[$0]! }, denominatorIDs: den)
    }
}
