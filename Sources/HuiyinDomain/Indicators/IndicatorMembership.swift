/// Which counted facts put a petition in an indicator's denominator and numerator, named once in terms
/// of ``IndicatorCount`` (kind, outcome, before the kind's cutoff): ``IndicatorBoard`` sums the counts
/// by it, and a store that keeps facts rows translates it into the drill-down's query (the petitions
/// behind a figure), so both follow the rules of ``IndicatorCalculator``.
///
/// A petition is in the denominator when at least one of its parts counts (in the unit asked for, or
/// anywhere county-wide), and in the numerator when every part of it that counts is in the numerator
/// (及时受理率: triage by the bureau and acceptance by the unit are two parts of one petition).
public struct IndicatorMembership: Sendable, Hashable {
    /// When a count must wait for its kind's cutoff (``IndicatorCount/Kind/cutoff(today:)``).
    public enum Wait: Sendable, Hashable {
        /// Counts as soon as it is counted (received, published).
        case never
        /// A step still open counts once its deadline has passed; a step done counts at once.
        case whileOpen
        /// Counts only once the cutoff is passed (the quiet days after closing are over).
        case always
    }

    /// One kind of counted fact and the outcomes that put a petition in the denominator and numerator.
    public struct Part: Sendable, Hashable {
        public var kind: IndicatorCount.Kind
        /// The outcomes that count at all; nil: every outcome.
        public var outcomes: Set<String>?
        public var wait: Wait
        /// The outcomes in the numerator (a subset of those that count).
        public var numerator: Set<String>

        /// Whether a fact of this kind with `outcome`, dated before the cutoff or not, counts.
        public func counts(outcome: String, beforeCutoff: Bool) -> Bool {
            guard outcomes?.contains(outcome) ?? true else { return false }
            return switch wait {
            case .never: true
            case .whileOpen: outcome != IndicatorCount.open || beforeCutoff
            case .always: beforeCutoff
            }
        }
    }

    public var parts: [Part]

    /// The membership of `indicator`, or nil for 领导包案化解率, which counts backlog cases, not facts.
    public static func of(_ indicator: Indicator) -> IndicatorMembership? {
        let ratings = Set(Satisfaction.allCases.map(\.rawValue))
        func step(_ kind: IndicatorCount.Kind) -> Part {
            Part(kind: kind, outcomes: nil, wait: .whileOpen, numerator: [IndicatorCount.onTime])
        }
        return switch indicator {
        case .timelyAcceptance: IndicatorMembership(parts: [step(.triage), step(.acceptance)])
        case .onTimeCompletion: IndicatorMembership(parts: [step(.decision)])
        case .ratingParticipation: IndicatorMembership(parts: [Part(kind: .published, outcomes: nil, wait: .never, numerator: ratings)])
        case .satisfaction:
            IndicatorMembership(parts: [Part(kind: .published, outcomes: ratings, wait: .never,
                                             numerator: [Satisfaction.satisfied.rawValue, Satisfaction.basicallySatisfied.rawValue])])
        case .satisfiedOnly:
            IndicatorMembership(parts: [Part(kind: .published, outcomes: ratings, wait: .never, numerator: [Satisfaction.satisfied.rawValue])])
        case .repeatRate:
            IndicatorMembership(parts: [Part(kind: .received, outcomes: nil, wait: .never, numerator: [IndicatorCount.repeatPetition])])
        case .firstPetitionResolution:
            IndicatorMembership(parts: [Part(kind: .firstClosed, outcomes: nil, wait: .always, numerator: [IndicatorCount.quiet])])
        case .leaderOwnedResolution: nil
        }
    }
}

/// One page of the petitions behind an indicator's numerator or denominator (the drill-down), with the
/// figure they belong to.
public struct IndicatorDrill: Sendable, Hashable {
    /// The figure (counts only) of the unit asked for, or the county's.
    public var figure: IndicatorFigure
    /// The petitions of this page, by id ascending.
    public var ids: [Int64]
    /// The last id of this page when more follow (the next page starts after it).
    public var next: Int64?

    public init(figure: IndicatorFigure, ids: [Int64], next: Int64?) {
        self.figure = figure
        self.ids = ids
        self.next = next
    }

    /// A page of `all` (ids ascending): those after `after`, at most `limit`.
    public init(figure: IndicatorFigure, all: [Int64], after: Int64?, limit: Int) {
        let rest = after.map { a in all.filter { $0 > a } } ?? all
        let page = Array(rest.prefix(limit))
        self.init(figure: figure, ids: page, next: rest.count > page.count ? page.last : nil)
    }
}
