import HuiyinDomain
import HuiyinStore

/// The figures of a situation report (信访形势分析报告) for one period, gathered once and rendered as a
/// print-ready HTML document, a page and a `.docx`.
struct ReportData: Sendable {
    struct Totals: Sendable {
        var total = 0, collective = 0, repeats = 0, levelSkipping = 0
    }

    var period: IndicatorPeriod
    /// 环比: the period before.
    var previous: IndicatorPeriod
    /// 同比: the same period a year before.
    var lastYear: IndicatorPeriod
    var issuer: String
    var generatedOn: LocalDate
    var totals: Totals
    var previousTotals: Totals
    var lastYearTotals: Totals
    /// The twelve months up to the period's end.
    var trend: [SVGChart.Bar]
    var channels: [SVGChart.Bar]
    var purposes: [SVGChart.Bar]
    var categories: [SVGChart.Bar]
    var places: [SVGChart.Bar]
    var hotspots: HotspotReport
    var indicators: [IndicatorFigure]
    /// Units × indicators (及时受理率, 按期办结率, 参评群众满意率, 重复信访率).
    var unitIndicators: ExportTable
    var backlogOpen: Int
    var backlogSignedOff: Int
    var backlogEntered: Int
    var overdueNow: Int
    var risks: [String]
    /// The saved recommendations (empty when none were written).
    var recommendations: String

    /// The indicators compared by unit in the report.
    static let unitIndicatorSet: [Indicator] = [.timelyAcceptance, .onTimeCompletion, .satisfaction, .repeatRate]

    /// The same period one year earlier.
    static func yearBefore(_ p: IndicatorPeriod) -> IndicatorPeriod {
        switch p.kind {
        case .month: .month(p.start.year - 1, p.start.month)!
        case .quarter: .quarter(p.start.year - 1, (p.start.month + 2) / 3)!
        case .year: .year(p.start.year - 1)!
        case .custom: IndicatorPeriod(kind: .custom, start: p.start.adding(days: -365), end: p.end.adding(days: -365))
        }
    }

    /// "+12.5%" / "−3.0%" / "—" (no base).
    static func change(_ now: Int, _ before: Int) -> String {
        guard before > 0 else { return "—" }
        let c = (now - before) * 1000 / before
        return (c >= 0 ? "+" : "−") + "\(abs(c) / 10).\(abs(c) % 10)%"
    }

    /// The structure tables (for the document and for export).
    var structureTables: [ExportTable] {
        func table(_ title: String, _ stem: String, _ bars: [SVGChart.Bar]) -> ExportTable {
            let sum = max(1, bars.reduce(0) { $0 + $1.value })
            return ExportTable(title: title, headers: ["项目", "件数", "占比"],
                               rows: bars.map { [$0.label, String($0.value), "\($0.value * 1000 / sum / 10).\($0.value * 1000 / sum % 10)%"] },
                               fileStem: "report-\(period.code)-\(stem)")
        }
        return [table("按信访形式", "channels", channels), table("按信访目的", "purposes", purposes),
                table("按内容分类", "categories", categories), table("按问题属地", "places", places)]
    }

    /// Totals with month-on-month and year-on-year change.
    var totalsTable: ExportTable {
        func row(_ name: String, _ k: KeyPath<Totals, Int>) -> [String] {
            [name, String(totals[keyPath: k]), String(previousTotals[keyPath: k]), Self.change(totals[keyPath: k], previousTotals[keyPath: k]),
             String(lastYearTotals[keyPath: k]), Self.change(totals[keyPath: k], lastYearTotals[keyPath: k])]
        }
        return ExportTable(title: "总量与同比、环比", headers: ["项目", "本期", "上期", "环比", "去年同期", "同比"],
                           rows: [row("信访总量", \.total), row("集体访", \.collective), row("越级访", \.levelSkipping), row("重复信访", \.repeats)],
                           fileStem: "report-\(period.code)-totals")
    }

    /// The hotspots (top ten) as a table.
    func hotspotTable(_ config: CountyConfiguration) -> ExportTable {
        ExportTable(title: "热点问题", headers: ["热度", "问题", "属地", "类别", "件数", "信访人", "上期", "时间跨度"],
                    rows: hotspots.hotspots.prefix(10).map { h in
                        [String(h.heat), h.title, h.placeText(config),
                         config.taxonomy.category(code: h.category)?.name ?? h.category, String(h.count), String(h.distinctPetitioners),
                         String(h.previousCount), "\(h.firstDay.chinese)—\(h.lastDay.chinese)"]
                    }, fileStem: "report-\(period.code)-hotspots")
    }

    /// Every table of the report, by its stem (for exports).
    func tables(_ config: CountyConfiguration) -> [ExportTable] {
        [totalsTable] + structureTables + [hotspotTable(config), unitIndicators]
    }
}
