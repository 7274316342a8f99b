import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The indicators table: every indicator county-wide with its formula beside the figure and links to the
/// petitions behind numerator and denominator; then the units ranked on the chosen indicator.
struct IndicatorTableView {
    let layout: Layout
    let user: StaffUser
    let units: UnitDirectory
    let period: IndicatorPeriod
    let periodText: String
    let periodError: String?
    let indicator: Indicator
    let totals: [IndicatorFigure]
    let ranking: [IndicatorFigure]

    func render(status: HTTPResponse.Status) -> Response {
        layout.render(status: status) { h in
            SupervisionNav.head(&h, layout, title: "考核指标", subtitle: period.chineseName)
            SupervisionNav.render(&h, layout, current: .indicators)
            periodForm(&h)
            h.raw("<section class=\"card\" aria-labelledby=\"ind-h\"><h2 id=\"ind-h\">")
            h.text(layout.t("全县指标"))
            h.raw("</h2><div class=\"table-wrap\"><table class=\"stack indicators\"><thead><tr>")
            let labels = ["指标", "数值", "分子", "分母", "计算公式"].map(layout.t)
            for l in labels { h.raw("<th scope=\"col\">"); h.text(l); h.raw("</th>") }
            h.raw("</tr></thead><tbody>")
            for f in totals {
                h.raw("<tr><th scope=\"row\" data-label=\"")
                h.text(labels[0])
                h.raw("\"><a href=\"?period=")
                h.text(FormData.encode(period.code))
                h.raw("&amp;indicator=")
                h.text(f.indicator.rawValue)
                h.raw("#rank-h\">")
                h.text(layout.t(f.indicator.chineseName))
                h.raw("</a></th><td data-label=\"")
                h.text(labels[1])
                h.raw("\" class=\"figure")
                if let t = f.indicator.threshold, let r = f.rate, r < t { h.raw(" due-over") }
                h.raw("\">")
                h.text(f.percent)
                h.raw("</td>")
                cell(&h, labels[2], f, part: "numerator")
                cell(&h, labels[3], f, part: "denominator")
                h.raw("<td data-label=\"")
                h.text(labels[4])
                h.raw("\" class=\"formula\">")
                h.text(layout.t(f.indicator.numeratorName))
                h.raw(" ÷ ")
                h.text(layout.t(f.indicator.denominatorName))
                if let t = f.indicator.threshold {
                    h.raw("<br><small>")
                    h.text(layout.t("考核线"))
                    h.raw(" "); h.text(Int(t * 100)); h.raw("%</small>")
                }
                h.raw("</td></tr>")
            }
            h.raw("</tbody></table></div>")
            ExportLinks.render(&h, layout, path: "/supervision/indicators", query: "period=" + FormData.encode(period.code))
            h.raw("</section>")
            rankingSection(&h)
        }
    }

    private func cell(_ h: inout HTML, _ label: String, _ f: IndicatorFigure, part: StaticString) {
        h.raw("<td data-label=\"")
        h.text(label)
        h.raw("\"><a href=\"/supervision/indicators/drill?period=")
        h.text(FormData.encode(period.code))
        h.raw("&amp;indicator=")
        h.text(f.indicator.rawValue)
        if let unit = f.unitID {
            h.raw("&amp;unit=")
            h.text(Int(unit))
        }
        h.raw("&amp;part=")
        h.raw(part)
        h.raw("\">")
        h.text(part.description == "numerator" ? f.numerator : f.denominator)
        h.raw("</a></td>")
    }

    private func periodForm(_ h: inout HTML) {
        h.raw("<form method=\"get\" action=\"/supervision/indicators\" class=\"card row\"><div class=\"field\"><label for=\"period\">")
        h.text(layout.t("统计期间"))
        h.raw("</label><input id=\"period\" name=\"period\" inputmode=\"numeric\"")
        h.attr("value", periodError == nil ? period.code : periodText)
        h.raw(" aria-describedby=\"period-hint")
        if periodError != nil { h.raw(" period-error\" aria-invalid=\"true") }
        h.raw("\"><p class=\"muted\" id=\"period-hint\">")
        h.text(layout.t("月 2026-10，季 2026-Q4，年 2026，自定义 2026-01-01..2026-03-31"))
        h.raw("</p>")
        if let periodError {
            h.raw("<p class=\"field-error\" id=\"period-error\">")
            h.text(layout.t(periodError))
            h.raw("</p>")
        }
        h.raw("</div><input type=\"hidden\" name=\"indicator\"")
        h.attr("value", indicator.rawValue)
        h.raw("><button type=\"submit\">")
        h.text(layout.t("查看"))
        h.raw("</button> ")
        for (label, p) in [("上一期", period.previous)] {
            h.raw("<a class=\"button secondary\" href=\"?period=")
            h.text(FormData.encode(p.code))
            h.raw("&amp;indicator=")
            h.text(indicator.rawValue)
            h.raw("\">")
            h.text(layout.t(label))
            h.raw("</a>")
        }
        h.raw("</form>")
    }

    private func rankingSection(_ h: inout HTML) {
        h.raw("<section class=\"card\" aria-labelledby=\"rank-h\"><h2 id=\"rank-h\">")
        h.text(layout.t("各单位排名"))
        h.raw("：")
        h.text(layout.t(indicator.chineseName))
        h.raw("</h2><p class=\"muted formula\">")
        h.text(layout.t(indicator.numeratorName))
        h.raw(" ÷ ")
        h.text(layout.t(indicator.denominatorName))
        h.raw("</p>")
        guard !ranking.isEmpty else {
            h.raw("<p class=\"muted\">")
            h.text(layout.t("本期没有可计算的数据。"))
            h.raw("</p></section>")
            return
        }
        let labels = ["名次", "单位", "数值", "分子", "分母"].map(layout.t)
        h.raw("<div class=\"table-wrap\"><table class=\"stack\"><thead><tr>")
        for l in labels { h.raw("<th scope=\"col\">"); h.text(l); h.raw("</th>") }
        h.raw("</tr></thead><tbody>")
        for (i, f) in ranking.enumerated() {
            h.raw("<tr><td data-label=\"")
            h.text(labels[0])
            h.raw("\">")
            h.text(i + 1)
            h.raw("</td><th scope=\"row\" data-label=\"")
            h.text(labels[1])
            h.raw("\">")
            h.text(SupervisionNav.unitName(units, f.unitID))
            h.raw("</th><td data-label=\"")
            h.text(labels[2])
            h.raw("\" class=\"figure\">")
            h.text(f.percent)
            h.raw("</td>")
            cell(&h, labels[3], f, part: "numerator")
            cell(&h, labels[4], f, part: "denominator")
            h.raw("</tr>")
        }
        h.raw("</tbody></table></div></section>")
    }
}
