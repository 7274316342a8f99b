import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The leader dashboard (领导驾驶舱, `GET /supervision/dashboard?period=2026`): totals against the
/// previous period, the monthly trend and the breakdowns by channel, category, place and purpose as SVG
/// charts, the county indicators, the backlog, and the petitions with risk signals (danger to life first).
struct DashboardPages {
    let services: HuiyinServices

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("supervision/dashboard") { request, context in try await dashboard(request, context) }
    }

    private func dashboard(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        let user = try SupervisionPages.reader(context)
        let today = services.petitions.today
        let query = FormData(request.uri.query ?? "")
        let text = query.string("period").trimmingWhitespace
        let parsed = text.isEmpty ? IndicatorPeriod.year(today.year) : IndicatorPeriod.parse(text)
        let period = parsed ?? IndicatorPeriod.year(today.year)!
        let config = services.configuration.current
        let store = services.store
        let previous = period.previous
        async let totals = store.petitionTotals(from: period.start, through: period.end, collectiveThreshold: config.rules.collectiveThreshold)
        async let before = store.petitionTotals(from: previous.start, through: previous.end, collectiveThreshold: config.rules.collectiveThreshold)
        let trendStart = period.kind == .month ? period.start.adding(days: -330) : period.start
        async let months = store.petitionCounts(by: .month, from: LocalDate(year: trendStart.year, month: trendStart.month, day: 1)!, through: period.end)
        async let channels = store.petitionCounts(by: .channel, from: period.start, through: period.end)
        async let categories = store.petitionCounts(by: .category, from: period.start, through: period.end)
        async let places = store.petitionCounts(by: .place, from: period.start, through: period.end)
        async let purposes = store.petitionCounts(by: .purpose, from: period.start, through: period.end)
        async let backlog = store.backlogCounts()
        let textStore = services.text?.store
        async let risks = textStore?.riskQueue(visibleUnitIDs: Jurisdiction.visibleUnits(for: user, units: config.units),
                                               limit: DashboardView.riskLimit)
        let board = try await SupervisionService(petitions: services.petitions).board(for: period)
        let layout = Layout(context: context, title: context.lang.t("领导驾驶舱"), section: .supervision)
        let t = layout.t
        let view = DashboardView(
            layout: layout, period: period, periodError: parsed == nil ? "统计期间格式应为 2026-10、2026-Q4、2026 或 2026-01-01..2026-03-31" : nil,
            periodText: text, totals: try await totals, previous: try await before,
            trend: try await months.map { SVGChart.Bar(label: String($0.key.suffix(5)), value: $0.count) },
            channels: try await channels.map { SVGChart.Bar(label: t(Channel(rawValue: $0.key)?.chineseName ?? $0.key), value: $0.count) },
            categories: try await categories.prefix(10).map {
                SVGChart.Bar(label: config.taxonomy.category(code: $0.key)?.name ?? $0.key, value: $0.count)
            },
            places: try await places.prefix(10).map {
                SVGChart.Bar(label: Int64($0.key).flatMap { config.units.unit($0)?.name } ?? $0.key, value: $0.count)
            },
            purposes: try await purposes.map { SVGChart.Bar(label: t(Purpose(rawValue: $0.key)?.chineseName ?? $0.key), value: $0.count) },
            indicators: Indicator.allCases.map { board.total($0) },
            backlogOpen: try await backlog.open, backlogSignedOff: try await backlog.signedOff, risks: try await risks ?? [])
        return view.render(status: parsed == nil ? .unprocessableContent : .ok)
    }
}
