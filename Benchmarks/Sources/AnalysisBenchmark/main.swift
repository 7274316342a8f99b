import Foundation
import HuiyinDomain
import HuiyinStore

// The dashboard's and the indicator table's queries on a large database (issue 7, point 8).
// Usage: swift run -c release analysis-bench DATABASE [--to N] [--runs R] [--baseline]
//   DATABASE  a demo database (`huiyin demo seed`, then `huiyin demo enlarge --to N`); it is migrated
//             (copy it first if it must stay as it is)
//   --to N    first enlarge it to N petitions (copies of the demo petitions, `huiyin demo enlarge`)
//   --runs R  timed runs of each query (default 30), after one warm-up run
//   --baseline  also time the domain's calculator over every petition once per period, and the drill-down
//               by the calculator over the period's facts (seconds at 1M)
// Prints, per period (a month, a quarter, a year), p50 and p95 of each query, and of the whole dashboard
// and indicator page reads one after another, as the pages make them.

let args = Array(CommandLine.arguments.dropFirst())
guard let path = args.first, !path.hasPrefix("-") else {
    print("usage: analysis-bench DATABASE [--to N] [--runs R] [--baseline]")
    exit(2)
}
func option(_ name: String) -> Int? { args.firstIndex(of: name).flatMap { args.count > $0 + 1 ? Int(args[$0 + 1]) : nil } }
let runs = option("--runs") ?? 30
let baseline = args.contains("--baseline")

func wallClock() -> Double { Date().timeIntervalSince1970 }
func percentile(_ xs: [Double], _ p: Double) -> Double {
    let s = xs.sorted()
    return s[min(s.count - 1, max(0, Int((Double(s.count) * p).rounded(.up)) - 1))]
}
func ms(_ x: Double) -> String { String(format: x < 0.01 ? "%.2f ms" : "%.0f ms", x * 1000) }
func say(_ s: String) { print(s); fflush(nil) }

/// p50 and p95 of `body` over `runs` runs after one warm-up.
func time(_ body: () async throws -> Void) async throws -> (p50: Double, p95: Double) {
    try await body()
    var xs: [Double] = []
    for _ in 0..<runs {
        let t = wallClock()
        try await body()
        xs.append(wallClock() - t)
    }
    return (percentile(xs, 0.5), percentile(xs, 0.95))
}

var t = wallClock()
let store = try SQLiteStore(path: path)
say("# analysis-bench \(path)\nopen + migrate: \(ms(wallClock() - t))")
let config = try await CountyConfiguration.load(from: store)
let calendarDays = IndicatorDueDays.table(for: config)
func count() async throws -> Int {
    try await store.petitionTotals(from: LocalDate(iso: "1990-01-01")!, through: LocalDate(iso: "2100-01-01")!, collectiveThreshold: 5).total
}
// The counts first (a rebuild when the database had none), so that an enlargement keeps them by triggers.
t = wallClock()
let rebuilt = try await store.prepareIndicatorCounts(dueDays: calendarDays.days, fingerprint: calendarDays.fingerprint)
say("petitions: \(try await count()); indicator counts \(rebuilt ? "rebuilt" : "already current"): \(ms(wallClock() - t))")
if let target = option("--to") {
    t = wallClock()
    let n = try await store.enlargeForLoadTesting(to: target) { n in print("\r  enlarging: \(n)", terminator: ""); fflush(nil) }
    say("\nenlarged to \(n) petitions (indicator counts kept by triggers): \(ms(wallClock() - t))")
}
let today = LocalDate.inChina(Date())
say("petitions: \(try await count()); today \(today.iso)\n")

let periods = [IndicatorPeriod.month(today.year, today.month == 1 ? 1 : today.month - 1)!,
               IndicatorPeriod.quarter(today.year, (today.month + 2) / 3)!, IndicatorPeriod.year(today.year)!]
say("| period | query | p50 | p95 |\n|---|---|---:|---:|")
for period in periods {
    let previous = period.previous
    let threshold = config.rules.collectiveThreshold
    let trendStart = period.kind == .month ? period.start.adding(days: -330) : period.start
    let trendFrom = LocalDate(year: trendStart.year, month: trendStart.month, day: 1)!
    let backlog = try await store.backlogCases()
    var queries: [(String, () async throws -> Void)] = [
        ("totals (this and previous period)", {
            _ = try await store.petitionTotals(from: period.start, through: period.end, collectiveThreshold: threshold)
            _ = try await store.petitionTotals(from: previous.start, through: previous.end, collectiveThreshold: threshold)
        }),
        ("counts by month (trend)", { _ = try await store.petitionCounts(by: .month, from: trendFrom, through: period.end) }),
    ]
    for d in [PetitionDimension.channel, .category, .place, .purpose] {
        queries.append(("counts by \(d.rawValue)", { _ = try await store.petitionCounts(by: d, from: period.start, through: period.end) }))
    }
    queries.append(("backlog counts", { _ = try await store.backlogCounts() }))
    queries.append(("indicators: every indicator, county and units", {
        _ = try await store.indicatorBoard(for: period, today: today, configuration: config)
    }))
    for (name, body) in queries {
        let r = try await time(body)
        say("| \(period.code) | \(name) | \(ms(r.p50)) | \(ms(r.p95)) |")
    }
    let dashboard = try await time { for (_, body) in queries { try await body() } }
    say("| \(period.code) | **dashboard: all of the above, one after another** | **\(ms(dashboard.p50))** | **\(ms(dashboard.p95))** |")
    let indicators = try await time { _ = try await store.indicatorBoard(for: period, today: today, configuration: config) }
    say("| \(period.code) | **indicator table: every indicator, county and units** | **\(ms(indicators.p50))** | **\(ms(indicators.p95))** |")
    // The drill-down (the first page of petitions behind a figure, as the page asks for it): 及时受理率's
    // county denominator, then the slowest of every indicator × (county, the unit with most, the unit with
    // fewest) × (numerator, denominator).
    let pageSize = 500
    let board = try await store.indicatorBoard(for: period, today: today, configuration: config)
    let drill = try await time {
        _ = try await store.indicatorDrill(.timelyAcceptance, unitID: nil, numerator: false, in: period, today: today,
                                           configuration: config, after: nil, limit: pageSize)
    }
    say("| \(period.code) | drill-down: first page of 及时受理率's county denominator | \(ms(drill.p50)) | \(ms(drill.p95)) |")
    var worst: (name: String, p50: Double, p95: Double) = ("", 0, 0)
    for indicator in Indicator.allCases {
        let units = board.byUnit(indicator).sorted { $0.denominator < $1.denominator }
        for unit in [nil, units.last?.unitID, units.first?.unitID] {
            for numerator in [false, true] {
                let r = try await time {
                    _ = try await store.indicatorDrill(indicator, unitID: unit, numerator: numerator, in: period, today: today,
                                                       configuration: config, after: nil, limit: pageSize)
                }
                if r.p95 > worst.p95 {
                    worst = ("\(indicator.rawValue) \(unit.map { "unit \($0)" } ?? "county") \(numerator ? "numerator" : "denominator")", r.p50, r.p95)
                }
            }
        }
    }
    say("| \(period.code) | drill-down: slowest first page of all (\(worst.name)) | \(ms(worst.p50)) | \(ms(worst.p95)) |")
    if baseline {
        t = wallClock()
        let calc = try await store.indicatorCalculator(for: period, today: today, configuration: config, backlog: backlog)
        let slowBoard = calc.board(in: period)
        let slow = wallClock() - t
        let fast = try await store.indicatorBoard(for: period, today: today, configuration: config)
        say("| \(period.code) | baseline: the calculator over every petition (one run) | \(ms(slow)) | equal: \(fast == slowBoard.countsOnly) |")
        t = wallClock()
        let facts = try await store.indicatorFacts(for: .timelyAcceptance, in: period, configuration: config)
        _ = IndicatorCalculator(facts: facts, today: today).total(.timelyAcceptance, in: period)
        say("| \(period.code) | baseline: drill-down by the calculator over the period's facts (one run) | \(ms(wallClock() - t)) | |")
    }
}
