import Testing
@testable import HuiyinDomain

/// Indicators against figures computed by hand (RULES.md §6). Bureau = unit 3, township = unit 6.
@Suite("Indicators")
struct IndicatorTests {
    static func d(_ s: String) -> LocalDate { LocalDate(iso: s)! }
    static let october = IndicatorPeriod.parse("2026-10")!
    typealias O = IndicatorFact.Obligation

    static func fact(_ id: Int64, matter: Int64? = nil, repeat isRepeat: Bool = false, received: String, unit: OrgUnit.ID = 3,
                     acceptance: [O] = [], decision: O? = nil, published: String? = nil, rating: Satisfaction? = nil,
                     closed: String? = nil) -> IndicatorFact {
        IndicatorFact(id: id, matterID: matter ?? id, isRepeat: isRepeat, receivedOn: d(received), unitID: unit, acceptance: acceptance,
                      decision: decision, publishedOn: published.map(d), rating: rating, closedOn: closed.map(d))
    }

    /// | petition | received | bureau triage due / done | unit acceptance due / done | decision due / done | published, rating |
    /// |---|---|---|---|---|---|
    /// | 1 | 10-01 | 10-05 / 10-03 on time | 6: 10-20 / 10-22 late | 6: 10-30 / 10-28 on time | 10-28 满意 |
    /// | 2 | 10-02 repeat | 10-10 / 10-12 late | | | 10-15 不满意 (declined) |
    /// | 3 | 10-05 | 10-25 / — missed | | | 10-20 not rated |
    /// | 4 | 09-28 | 11-20 / — (not yet due, other period) | | | |
    /// | 5 | 10-10 | 10-31 / — missed | | | |
    static let facts = [
        fact(1, received: "2026-10-01", unit: 6,
             acceptance: [O(unitID: 3, due: d("2026-10-05"), doneOn: d("2026-10-03")), O(unitID: 6, due: d("2026-10-20"), doneOn: d("2026-10-22"))],
             decision: O(unitID: 6, due: d("2026-10-30"), doneOn: d("2026-10-28")), published: "2026-10-28", rating: .satisfied),
        fact(2, repeat: true, received: "2026-10-02", acceptance: [O(unitID: 3, due: d("2026-10-10"), doneOn: d("2026-10-12"))],
             published: "2026-10-15", rating: .dissatisfied),
        fact(3, received: "2026-10-05", acceptance: [O(unitID: 3, due: d("2026-10-25"), doneOn: nil)], published: "2026-10-20"),
        fact(4, received: "2026-09-28", acceptance: [O(unitID: 3, due: d("2026-11-20"), doneOn: nil)]),
        fact(5, received: "2026-10-10", acceptance: [O(unitID: 3, due: d("2026-10-31"), doneOn: nil)]),
    ]

    let calc = IndicatorCalculator(facts: facts, today: d("2026-11-15"))

    @Test("及时受理率: the bureau 1 of 4, the township 0 of 1; county-wide a petition counts once, on time only if every step was")
    func timelyAcceptance() {
        let byUnit = calc.byUnit(.timelyAcceptance, in: Self.october)
        let bureau = byUnit.first { $0.unitID == 3 }!, township = byUnit.first { $0.unitID == 6 }!
        #expect(bureau.numeratorIDs == [1] && bureau.denominatorIDs == [1, 2, 3, 5])
        #expect(bureau.percent == "25.0%")
        #expect(township.numerator == 0 && township.denominator == 1)
        #expect(byUnit.map(\.unitID) == [3, 6])  // ranked best first
        let total = calc.total(.timelyAcceptance, in: Self.october)
        #expect(total.numerator == 0 && total.denominatorIDs == [1, 2, 3, 5])
    }

    @Test("按期办结率, 参评率, 满意率 and 满意 alone")
    func completionAndRatings() {
        #expect(calc.total(.onTimeCompletion, in: Self.october).percent == "100.0%")
        let participation = calc.total(.ratingParticipation, in: Self.october)
        #expect(participation.numeratorIDs == [1, 2] && participation.denominatorIDs == [1, 2, 3])
        #expect(participation.percent == "66.7%")
        #expect(calc.total(.satisfaction, in: Self.october).numeratorIDs == [1])
        #expect(calc.total(.satisfaction, in: Self.october).percent == "50.0%")
        #expect(calc.total(.satisfiedOnly, in: Self.october).denominatorIDs == [1, 2])
        #expect(calc.total(.onTimeCompletion, in: IndicatorPeriod.parse("2026-09")!).rate == nil)
    }

    @Test("重复信访率: 1 repeat among the 4 petitions received in October; lower ranks first")
    func repeatRate() {
        let r = calc.total(.repeatRate, in: Self.october)
        #expect(r.numeratorIDs == [2] && r.denominatorIDs == [1, 2, 3, 5])
        #expect(r.percent == "25.0%")
        #expect(calc.byUnit(.repeatRate, in: Self.october).map(\.unitID) == [6, 3])
    }

    @Test("初信初访化解率: a first petition with a repeat within 90 days of closing is not resolved")
    func firstPetition() {
        let facts = [
            Self.fact(1, received: "2026-09-01", closed: "2026-10-05"),
            Self.fact(6, matter: 1, repeat: true, received: "2026-12-01"),
            Self.fact(3, received: "2026-09-10", closed: "2026-10-10"),
            Self.fact(7, received: "2026-09-10", closed: "2026-12-20"),
        ]
        let early = IndicatorCalculator(facts: facts, today: Self.d("2026-11-15"))
        #expect(early.total(.firstPetitionResolution, in: Self.october).denominator == 0)  // 90 days not passed yet
        let later = IndicatorCalculator(facts: facts, today: Self.d("2027-02-15"))
        let f = later.total(.firstPetitionResolution, in: Self.october)
        #expect(f.numeratorIDs == [3] && f.denominatorIDs == [1, 3])
    }

    @Test("领导包案化解率 counts cases owned by the period's end, resolved when signed off by then, against 85%")
    func leaderOwned() {
        let owned = [
            OwnedCaseFact(petitionID: 10, unitID: 6, ownedSince: Self.d("2026-09-01"), resolvedOn: Self.d("2026-10-15")),
            OwnedCaseFact(petitionID: 11, unitID: 6, ownedSince: Self.d("2026-10-20"), resolvedOn: nil),
            OwnedCaseFact(petitionID: 12, unitID: 6, ownedSince: Self.d("2026-11-05"), resolvedOn: nil),
            OwnedCaseFact(petitionID: 13, unitID: 6, ownedSince: Self.d("2026-09-05"), resolvedOn: Self.d("2026-11-02")),
        ]
        let f = IndicatorCalculator(facts: [], ownedCases: owned, today: Self.d("2026-11-15")).total(.leaderOwnedResolution, in: Self.october)
        #expect(f.numeratorIDs == [10] && f.denominatorIDs == [10, 11, 13])
        #expect(f.rate! < Indicator.leaderOwnedResolution.threshold!)
    }

    @Test("periods parse, name themselves and step back", arguments: [
        ("2026-10", "2026-10-01", "2026-10-31", "2026年10月", "2026-09"),
        ("2026-q4", "2026-10-01", "2026-12-31", "2026年第四季度", "2026-Q3"),
        ("2026", "2026-01-01", "2026-12-31", "2026年", "2025"),
        ("2026-01-01..2026-01-10", "2026-01-01", "2026-01-10", "2026年1月1日至2026年1月10日", "2025-12-22..2025-12-31"),
    ])
    func periods(text: String, start: String, end: String, name: String, previous: String) throws {
        let p = try #require(IndicatorPeriod.parse(text))
        #expect(p.start.iso == start && p.end.iso == end && p.chineseName == name)
        #expect(p.previous.code == previous)
        #expect(IndicatorPeriod.parse(p.code) == p)
    }

    @Test("bad periods are refused", arguments: ["2026-13", "2026-Q5", "26", "2026-10-31..2026-10-01", "abc", ""])
    func badPeriods(text: String) {
        #expect(IndicatorPeriod.parse(text) == nil)
    }

    @Test("a stored status becomes the right obligations: bureau triage, the unit's acceptance, the decision")
    func factFromStatus() throws {
        let status = try LifecycleFixture.status(in: .replied)
        let f = IndicatorFact(id: 1, matterID: 1, isRepeat: false, receivedOn: LifecycleFixture.mainReceived, status: status,
                              calendar: .shipped, rules: .statutory, bureauID: LifecycleFixture.bureauID)
        #expect(f.acceptance == [
            O(unitID: LifecycleFixture.bureauID, due: Self.d("2026-03-17"), doneOn: Self.d("2026-03-03")),
            O(unitID: LifecycleFixture.qingshanID, due: Self.d("2026-03-18"), doneOn: Self.d("2026-03-05")),
        ])
        #expect(f.decision == O(unitID: LifecycleFixture.qingshanID, due: Self.d("2026-05-06"), doneOn: Self.d("2026-04-15")))
        #expect(f.publishedOn == Self.d("2026-04-15") && f.unitID == LifecycleFixture.qingshanID)
    }
}
