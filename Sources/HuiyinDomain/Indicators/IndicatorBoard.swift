/// Every indicator of one period, county-wide and per unit (ranked): what the indicator table, the
/// dashboard, the report and the exports show. Built either by ``IndicatorCalculator/board(in:)`` from
/// petition facts, or by ``init(period:counts:overlaps:ownedCases:bureauID:today:)`` from the counts a
/// store keeps, so that a million petitions are never read to draw a page.
public struct IndicatorBoard: Sendable, Hashable {
    public var period: IndicatorPeriod
    private var totals: [Indicator: IndicatorFigure]
    private var units: [Indicator: [IndicatorFigure]]

    /// `figures`: the county-wide ones (unit nil) and any number per unit, in any order.
    public init(period: IndicatorPeriod, figures: [IndicatorFigure]) {
        self.period = period
        var totals: [Indicator: IndicatorFigure] = [:]
        var units: [Indicator: [IndicatorFigure]] = [:]
        for f in figures {
            if f.unitID == nil { totals[f.indicator] = f } else { units[f.indicator, default: []].append(f) }
        }
        self.totals = totals
        self.units = units.mapValues { IndicatorFigure.ranked($0, by: $0[0].indicator) }
    }

    /// The county-wide figure (0 ÷ 0 when nothing counted).
    public func total(_ indicator: Indicator) -> IndicatorFigure {
        totals[indicator] ?? IndicatorFigure(indicator: indicator, unitID: nil, numerator: 0, denominator: 0)
    }

    /// One figure per unit that has anything counted, best first.
    public func byUnit(_ indicator: Indicator) -> [IndicatorFigure] { units[indicator] ?? [] }

    /// One unit's figure (0 ÷ 0 when nothing counted there).
    public func figure(_ indicator: Indicator, unitID: OrgUnit.ID) -> IndicatorFigure {
        byUnit(indicator).first { $0.unitID == unitID }
            ?? IndicatorFigure(indicator: indicator, unitID: unitID, numerator: 0, denominator: 0)
    }

    /// Without the petition ids (a calculator's board compared with a counted one).
    public var countsOnly: IndicatorBoard {
        var copy = self
        func strip(_ f: IndicatorFigure) -> IndicatorFigure {
            IndicatorFigure(indicator: f.indicator, unitID: f.unitID, numerator: f.numerator, denominator: f.denominator)
        }
        copy.totals = totals.mapValues(strip)
        copy.units = units.mapValues { $0.map(strip) }
        return copy
    }
}

extension IndicatorBoard {
    /// The figures from counts summed over the period (see ``IndicatorCount``), by the rules of
    /// ``IndicatorCalculator``: a step counts once its deadline has passed or it is done, and is in the
    /// numerator when done on time; a rated result counts for participation, 满意/基本满意 for
    /// satisfaction; a first petition closed in the period counts once its quiet days are over.
    /// 及时受理率 counts a petition once even when it owed two steps (triage and acceptance) in the
    /// period: `overlaps` are those petitions, and each is taken off once from what the steps add up to
    /// — off the denominator always, off the numerator when at least one of its two steps was on time
    /// (it stays in only if both were).
    public init(period: IndicatorPeriod, counts: [IndicatorCount], overlaps: [IndicatorOverlap],
                ownedCases: [OwnedCaseFact], bureauID: OrgUnit.ID, today: LocalDate) {
        struct Sum { var numerator = 0, denominator = 0 }
        var sums: [Indicator: [OrgUnit.ID: Sum]] = [:]
        func add(_ indicator: Indicator, _ unit: OrgUnit.ID, numerator: Int, denominator: Int) {
            sums[indicator, default: [:]][unit, default: Sum()].numerator += numerator
            sums[indicator, default: [:]][unit, default: Sum()].denominator += denominator
        }
        // Each count goes to every indicator with a part of its kind (``IndicatorMembership``).
        let parts = Indicator.allCases.flatMap { indicator in (IndicatorMembership.of(indicator)?.parts ?? []).map { (indicator, $0) } }
        for c in counts {
            let unit = c.unitID == IndicatorCount.bureau ? bureauID : c.unitID
            for (indicator, part) in parts where part.kind == c.kind && part.counts(outcome: c.outcome, beforeCutoff: c.beforeCutoff) {
                add(indicator, unit, numerator: part.numerator.contains(c.outcome) ? c.n : 0, denominator: c.n)
            }
        }
        var totals: [Indicator: Sum] = [:]
        for (indicator, byUnit) in sums {
            for s in byUnit.values {
                totals[indicator, default: Sum()].numerator += s.numerator
                totals[indicator, default: Sum()].denominator += s.denominator
            }
        }
        for o in overlaps where o.triageCounted && o.acceptanceCounted {
            let eitherOnTime = o.triageOnTime || o.acceptanceOnTime
            totals[.timelyAcceptance, default: Sum()].denominator -= o.n
            if eitherOnTime { totals[.timelyAcceptance, default: Sum()].numerator -= o.n }
            // Both steps fall to one unit only when the bureau routed a petition to itself.
            if o.acceptanceUnitID == bureauID {
                sums[.timelyAcceptance, default: [:]][bureauID, default: Sum()].denominator -= o.n
                if eitherOnTime { sums[.timelyAcceptance, default: [:]][bureauID, default: Sum()].numerator -= o.n }
            }
        }
        var figures: [IndicatorFigure] = []
        for indicator in Indicator.allCases where indicator != .leaderOwnedResolution {
            let t = totals[indicator] ?? Sum()
            figures.append(IndicatorFigure(indicator: indicator, unitID: nil, numerator: t.numerator, denominator: t.denominator))
            for (unit, s) in sums[indicator] ?? [:] where s.denominator > 0 {
                figures.append(IndicatorFigure(indicator: indicator, unitID: unit, numerator: s.numerator, denominator: s.denominator))
            }
        }
        figures += IndicatorCalculator.ownedFigures(ownedCases, in: period).map {
            IndicatorFigure(indicator: $0.indicator, unitID: $0.unitID, numerator: $0.numerator, denominator: $0.denominator)
        }
        self.init(period: period, figures: figures)
    }
}

/// A count a store keeps per (kind, unit, day, outcome) over the petitions' indicator facts, summed
/// over a period by the store and split by whether the day is before the kind's ``cutoff(today:)``.
public struct IndicatorCount: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The bureau's triage step; day = its deadline.
        case triage = "T"
        /// A forwarded-to or assigned-to unit's acceptance step; day = its deadline.
        case acceptance = "A"
        /// The written decision; day = its deadline (with any approved extension).
        case decision = "D"
        /// The result published to the petitioner; day = the day published; outcome = the rating or `none`.
        case published = "P"
        /// Received; outcome `repeat` or `first`.
        case received = "R"
        /// A first petition (not a repeat) closed; day = the day closed; outcome `quiet` or `repeated`
        /// (a repeat of its matter received within the quiet days after closing).
        case firstClosed = "F"

        /// Days before this count (a step's deadline passed; the quiet days after closing are over).
        public func cutoff(today: LocalDate) -> LocalDate {
            self == .firstClosed ? today.adding(days: -Indicator.firstPetitionQuietDays) : today
        }
    }

    /// The unit id stores write for the petition bureau (its id belongs to the configuration).
    public static let bureau: OrgUnit.ID = 0
    public static let onTime = "ok", late = "late", open = "open"
    public static let repeatPetition = "repeat", firstPetition = "first"
    public static let quiet = "quiet", repeated = "repeated"
    public static let notRated = "none"

    public var kind: Kind
    public var unitID: OrgUnit.ID
    public var outcome: String
    public var beforeCutoff: Bool
    public var n: Int

    public init(kind: Kind, unitID: OrgUnit.ID, outcome: String, beforeCutoff: Bool, n: Int) {
        self.kind = kind
        self.unitID = unitID
        self.outcome = outcome
        self.beforeCutoff = beforeCutoff
        self.n = n
    }
}

/// Petitions that owed both triage and acceptance with both deadlines in the period, counted by how
/// each step stands (see ``IndicatorBoard/init(period:counts:overlaps:ownedCases:bureauID:today:)``).
public struct IndicatorOverlap: Sendable, Hashable {
    public var acceptanceUnitID: OrgUnit.ID
    public var triageCounted: Bool
    public var triageOnTime: Bool
    public var acceptanceCounted: Bool
    public var acceptanceOnTime: Bool
    public var n: Int

    public init(acceptanceUnitID: OrgUnit.ID, triageCounted: Bool, triageOnTime: Bool, acceptanceCounted: Bool,
                acceptanceOnTime: Bool, n: Int) {
        self.acceptanceUnitID = acceptanceUnitID
        self.triageCounted = triageCounted
        self.triageOnTime = triageOnTime
        self.acceptanceCounted = acceptanceCounted
        self.acceptanceOnTime = acceptanceOnTime
        self.n = n
    }

    /// A step counts when done, or once its deadline has passed (as ``IndicatorCount``).
    public static func counted(outcome: String, beforeCutoff: Bool) -> Bool {
        outcome != IndicatorCount.open || beforeCutoff
    }
}
