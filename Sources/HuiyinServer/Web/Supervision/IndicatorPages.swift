import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The indicators (考核指标): `GET /supervision/indicators?period=2026-10&indicator=…` (every indicator
/// county-wide with its formula, and the units ranked on one), `GET /supervision/indicators/drill`
/// (the petitions behind a numerator or denominator) and `GET /supervision/indicators.csv`.
struct IndicatorPages {
    let services: HuiyinServices

    var supervision: SupervisionService { SupervisionService(petitions: services.petitions) }

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("supervision/indicators") { request, context in try await table(request, context) }
        group.get("supervision/indicators/drill") { request, context in try await drill(request, context) }
        group.get("supervision/indicators.csv") { request, context in try await csv(request, context) }
    }

    /// The period asked for (default: this month), or an error message for the field.
    func period(_ query: FormData) -> (IndicatorPeriod, String?) {
        let today = services.petitions.today
        let fallback = IndicatorPeriod.month(today.year, today.month)!
        let text = query.string("period").trimmingWhitespace
        guard !text.isEmpty else { return (fallback, nil) }
        guard let p = IndicatorPeriod.parse(text) else { return (fallback, "统计期间格式应为 2026-10、2026-Q4、2026 或 2026-01-01..2026-03-31") }
        return (p, nil)
    }

    private func table(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        let user = try SupervisionPages.reader(context)
        let query = FormData(request.uri.query ?? "")
        let (period, error) = period(query)
        let indicator = Indicator(rawValue: query.string("indicator")) ?? .timelyAcceptance
        let board = try await supervision.board(for: period)
        let layout = Layout(context: context, title: context.lang.t("考核指标"), section: .supervision)
        return IndicatorTableView(layout: layout, user: user, units: services.configuration.current.units, period: period,
                                  periodText: query.string("period"), periodError: error, indicator: indicator,
                                  totals: Indicator.allCases.map { board.total($0) },
                                  ranking: board.byUnit(indicator))
            .render(status: error == nil ? .ok : .unprocessableContent)
    }

    private func drill(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        let user = try SupervisionPages.reader(context)
        let query = FormData(request.uri.query ?? "")
        let (period, error) = period(query)
        guard error == nil, let indicator = Indicator(rawValue: query.string("indicator")) else { throw WebError.notFound }
        let unitID = Int64(query.string("unit"))
        let numerator = query.string("part") == "numerator"
        // Keyset paging: the page after the petition id `after` (ids ascending).
        let after = Int64(query.string("after"))
        let drill = try await supervision.drill(indicator, unitID: unitID, numerator: numerator, in: period, after: after,
                                                limit: Self.pageSize)
        let figure = drill.figure
        let total = numerator ? figure.numerator : figure.denominator
        let rows = try await services.store.caseRows(ids: drill.ids)
        let config = services.configuration.current
        let layout = Layout(context: context, title: context.lang.t(indicator.chineseName), section: .supervision)
        let table = WorkbenchTable(layout: layout, configuration: config, user: user, today: services.petitions.today)
        return layout.render { h in
            let scope = unitID.map { SupervisionNav.unitName(config.units, $0) } ?? layout.t("全县")
            SupervisionNav.head(&h, layout, title: indicator.chineseName, subtitle: scope + " · " + period.chineseName)
            SupervisionNav.render(&h, layout, current: .indicators)
            h.raw("<section class=\"card\"><p><strong>")
            h.text(layout.t(numerator ? "分子" : "分母"))
            h.raw("</strong>：")
            h.text(layout.t(numerator ? indicator.numeratorName : indicator.denominatorName))
            h.raw(" = ")
            h.text(total)
            h.raw("</p><p class=\"muted formula\">")
            h.text(layout.t(indicator.chineseName))
            h.raw(" = ")
            h.text(layout.t(indicator.numeratorName))
            h.raw(" ÷ ")
            h.text(layout.t(indicator.denominatorName))
            h.raw(" = ")
            h.text(figure.numerator)
            h.raw(" ÷ ")
            h.text(figure.denominator)
            h.raw(" = ")
            h.text(figure.percent)
            h.raw("</p>")
            if rows.isEmpty {
                h.raw("<p class=\"muted\">")
                h.text(layout.t("没有符合条件的信访件。"))
                h.raw("</p>")
            } else {
                table.render(&h, rows: rows, caption: layout.t(indicator.chineseName))
            }
            if drill.next != nil || after != nil {
                let base = "/supervision/indicators/drill?period=" + FormData.encode(period.code) + "&indicator=" + indicator.rawValue
                    + (unitID.map { "&unit=\($0)" } ?? "") + "&part=" + (numerator ? "numerator" : "denominator")
                h.raw("<nav class=\"pager\" aria-label=\"")
                h.text(layout.t("分页"))
                h.raw("\">")
                if after != nil {
                    h.raw("<a href=\"")
                    h.text(base)
                    h.raw("\">")
                    h.text(layout.t("回到第一页"))
                    h.raw("</a> ")
                }
                if let next = drill.next {
                    h.raw("<a rel=\"next\" href=\"")
                    h.text(base + "&after=\(next)")
                    h.raw("\">")
                    h.text(layout.t("下一页"))
                    h.raw("</a>")
                }
                h.raw("</nav>")
            }
            h.raw("<p><a href=\"/supervision/indicators?period=")
            h.text(FormData.encode(period.code))
            h.raw("&amp;indicator=")
            h.text(indicator.rawValue)
            h.raw("\">")
            h.text(layout.t("返回考核指标"))
            h.raw("</a></p></section>")
        }
    }

    /// Petitions per drill-down page.
    static let pageSize = 500

    /// Every indicator for every unit (and the county), as CSV with a BOM so Excel and WPS read UTF-8.
    private func csv(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        _ = try SupervisionPages.reader(context)
        let query = FormData(request.uri.query ?? "")
        let (period, error) = period(query)
        guard error == nil else { throw WebError.notFound }
        let board = try await supervision.board(for: period)
        let units = services.configuration.current.units
        var out = "\u{FEFF}统计期间,指标,单位,分子,分母,比率,公式\r\n"
        for indicator in Indicator.allCases {
            for f in [board.total(indicator)] + board.byUnit(indicator) {
                let unit = f.unitID.map { SupervisionNav.unitName(units, $0) } ?? "全县"
                out += [period.chineseName, indicator.chineseName, unit, String(f.numerator), String(f.denominator), f.percent,
                        indicator.formula].map(Self.csvField).joined(separator: ",") + "\r\n"
            }
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"indicators-\(period.code).csv\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: out)))
    }

    /// A CSV field, quoted when needed; a leading formula character is neutralised (CSV injection).
    static func csvField(_ s: String) -> String {
        var v = s
        if let first = v.first, "=+-@".contains(first), Double(v) == nil { v = "'" + v }
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
        return "\"" + v.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
