import Hummingbird
import HuiyinDomain
import HuiyinStore

/// Renders the leader dashboard.
struct DashboardView {
    let layout: Layout
    let period: IndicatorPeriod
    let periodError: String?
    let periodText: String
    let totals: (total: Int, collective: Int, repeats: Int)
    let previous: (total: Int, collective: Int, repeats: Int)
    let trend: [SVGChart.Bar]
    let channels: [SVGChart.Bar]
    let categories: [SVGChart.Bar]
    let places: [SVGChart.Bar]
    let purposes: [SVGChart.Bar]
    let indicators: [IndicatorFigure]
    let backlogOpen: Int
    let backlogSignedOff: Int
    /// Petitions with risk signals, danger to life first (``RiskQueueTable``).
    let risks: [RiskQueueItem]

    func render(status: HTTPResponse.Status) -> Response {
        layout.render(status: status) { h in
            SupervisionNav.head(&h, layout, title: "领导驾驶舱", subtitle: period.chineseName)
            SupervisionNav.render(&h, layout, current: .dashboard)
            PeriodForm.render(&h, layout, action: "/supervision/dashboard", code: period.code, typed: periodText, error: periodError)
            h.raw("<ul class=\"counts dashboard-totals\">")
            total(&h, "信访总量", totals.total, previous.total)
            total(&h, "集体访", totals.collective, previous.collective)
            total(&h, "重复信访", totals.repeats, previous.repeats)
            h.raw("<li><a href=\"/supervision/backlog\"><strong>")
            h.text(backlogOpen)
            h.raw("</strong> ")
            h.text(layout.t("在办积案"))
            h.raw("<small> · ")
            h.text(layout.t("已销号"))
            h.raw(" ")
            h.text(backlogSignedOff)
            h.raw("</small></a></li></ul>")
            riskSection(&h)
            chart(&h, "按月趋势") { SVGChart.columns(&$0, title: layout.t("按月趋势"), bars: trend) }
            h.raw("<div class=\"dashboard-charts\">")
            chart(&h, "按信访形式") { SVGChart.rows(&$0, title: layout.t("按信访形式"), bars: channels) }
            chart(&h, "按信访目的") { SVGChart.rows(&$0, title: layout.t("按信访目的"), bars: purposes) }
            chart(&h, "按内容分类（前十）") { SVGChart.rows(&$0, title: layout.t("按内容分类（前十）"), bars: categories) }
            chart(&h, "按问题属地（前十）") { SVGChart.rows(&$0, title: layout.t("按问题属地（前十）"), bars: places) }
            h.raw("</div><section class=\"card\" aria-labelledby=\"dash-ind-h\"><h2 id=\"dash-ind-h\">")
            h.text(layout.t("考核指标"))
            h.raw("</h2><dl class=\"facts\">")
            for f in indicators {
                h.raw("<dt>")
                h.text(layout.t(f.indicator.chineseName))
                h.raw("</dt><dd><strong>")
                h.text(f.percent)
                h.raw("</strong> <small class=\"muted\">")
                h.text("\(f.numerator) ÷ \(f.denominator)")
                h.raw("</small></dd>")
            }
            h.raw("</dl><p><a href=\"/supervision/indicators?period=")
            h.text(FormData.encode(period.code))
            h.raw("\">")
            h.text(layout.t("查看各单位指标与明细"))
            h.raw("</a></p></section>")
        }
    }

    private func total(_ h: inout HTML, _ label: String, _ now: Int, _ before: Int) {
        h.raw("<li><strong>")
        h.text(now)
        h.raw("</strong> ")
        h.text(layout.t(label))
        h.raw("<small> · ")
        h.text(layout.t("上期"))
        h.raw(" ")
        h.text(before)
        if before > 0 {
            let change = (now - before) * 1000 / before
            h.raw("（")
            h.text(layout.t("环比"))
            h.raw(change >= 0 ? " +" : " −")
            h.text("\(abs(change) / 10).\(abs(change) % 10)%")
            h.raw("）")
        }
        h.raw("</small></li>")
    }

    private func chart(_ h: inout HTML, _ title: String, _ body: (inout HTML) -> Void) {
        h.raw("<section class=\"card\"><h2>")
        h.text(layout.t(title))
        h.raw("</h2>")
        body(&h)
        h.raw("</section>")
    }
}
