import HuiyinDomain
import HuiyinStore

/// Writes a situation report's sections (一、总体情况 … 八、对策建议) as HTML: inside the page, or as a
/// standalone print-ready A4 document (`huiyin report`, the `.html` download).
struct ReportDocument {
    let data: ReportData
    let config: CountyConfiguration

    var title: String { "\(data.period.chineseName)信访形势分析报告" }

    /// A whole document with its own print stylesheet (no external resources, so the file stands alone).
    func standalone() -> [UInt8] {
        var h = HTML(capacity: 64 * 1024)
        h.raw("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
        h.text(title)
        h.raw("</title><style>")
        h.raw(Self.printStyle)
        h.raw("</style></head><body><article class=\"report\">")
        body(&h)
        h.raw("</article></body></html>")
        return h.bytes
    }

    static let printStyle: StaticString = """
        @page{size:A4;margin:25mm 22mm}body{font-family:"SimSun","Songti SC","Noto Serif CJK SC",serif;color:#1d2733;\
        font-size:12pt;line-height:1.7;max-width:170mm;margin:0 auto}h1{text-align:center;font-size:20pt;margin:0 0 4pt}\
        .report-meta{text-align:center;color:#5b6573;margin:0 0 18pt}h2{font-size:15pt;margin:18pt 0 6pt;break-after:avoid}\
        h3{font-size:12.5pt;margin:10pt 0 4pt;break-after:avoid}table{border-collapse:collapse;width:100%;margin:6pt 0 10pt;\
        font-size:10.5pt}tr,caption{break-inside:avoid}caption{break-after:avoid}th,td{border:1px solid #8a94a3;padding:3pt 5pt;text-align:left}th{background:#eef1f5}\
        figure{margin:6pt 0;break-inside:avoid}figure svg{width:100%;height:auto}figcaption{text-align:center;font-size:10pt;\
        color:#5b6573}.report-charts figure{margin:4pt 0 10pt}.report-charts svg{display:block;max-width:120mm;margin:0 auto}p.lead{text-indent:2em}caption{font-weight:600;padding-bottom:3pt}\
        ol.risks li,.recommendations{margin:2pt 0}.muted{color:#5b6573}
        """

    /// The report's sections.
    func body(_ h: inout HTML) {
        let d = data
        h.raw("<h1>")
        h.text(title)
        h.raw("</h1><p class=\"report-meta\">")
        h.text(d.issuer)
        h.raw(" · ")
        h.text(d.generatedOn.chinese)
        h.raw("</p><h2>一、总体情况</h2><p class=\"lead\">")
        h.text("\(d.period.chineseName)，全县共受理信访事项 \(d.totals.total) 件，环比\(Self.phrase(d.totals.total, d.previousTotals.total))，"
            + "同比\(Self.phrase(d.totals.total, d.lastYearTotals.total))。其中集体访 \(d.totals.collective) 件，越级访 \(d.totals.levelSkipping) 件，"
            + "重复信访 \(d.totals.repeats) 件。")
        h.raw("</p>")
        table(&h, d.totalsTable)
        SVGChart.columns(&h, title: "近十二个月信访量", bars: d.trend)
        h.raw("<h2>二、结构分析</h2><div class=\"report-charts\">")
        SVGChart.rows(&h, title: "按信访形式", bars: d.channels)
        SVGChart.rows(&h, title: "按信访目的", bars: d.purposes)
        SVGChart.rows(&h, title: "按内容分类（前十）", bars: d.categories)
        SVGChart.rows(&h, title: "按问题属地（前十）", bars: d.places)
        h.raw("</div>")
        for t in d.structureTables { table(&h, t) }
        h.raw("<h2>三、集体访、越级访和重复信访</h2><p class=\"lead\">")
        h.text("集体访 \(d.totals.collective) 件（上期 \(d.previousTotals.collective) 件，环比 \(ReportData.change(d.totals.collective, d.previousTotals.collective))）；"
            + "越级访 \(d.totals.levelSkipping) 件（上期 \(d.previousTotals.levelSkipping) 件）；重复信访 \(d.totals.repeats) 件，"
            + "占信访总量的 \(Self.share(d.totals.repeats, d.totals.total))。")
        h.raw("</p><h2>四、热点问题和苗头性、倾向性问题</h2>")
        if d.hotspots.hotspots.isEmpty {
            h.raw("<p class=\"lead\">本期未发现同一属地、同类内容集中反映的热点问题。</p>")
        } else {
            table(&h, d.hotspotTable(config))
        }
        if !d.hotspots.risingCategories.isEmpty || !d.hotspots.risingPlaces.isEmpty {
            h.raw("<h3>上升较快的类别和属地</h3><ul>")
            for r in d.hotspots.risingCategories.prefix(5) { rising(&h, config.taxonomy.category(code: r.key)?.name ?? r.key, r) }
            for r in d.hotspots.risingPlaces.prefix(5) { rising(&h, Int64(r.key).flatMap { config.units.unit($0)?.name } ?? r.key, r) }
            h.raw("</ul>")
        }
        h.raw("<h2>五、考核指标完成情况</h2><table><thead><tr><th>指标</th><th>完成值</th><th>分子 / 分母</th><th>计算公式</th></tr></thead><tbody>")
        for f in d.indicators {
            h.raw("<tr><td>")
            h.text(f.indicator.chineseName)
            h.raw("</td><td>")
            h.text(f.percent)
            h.raw("</td><td>")
            h.text("\(f.numerator) / \(f.denominator)")
            h.raw("</td><td>")
            h.text(f.indicator.formula)
            h.raw("</td></tr>")
        }
        h.raw("</tbody></table>")
        table(&h, d.unitIndicators)
        h.raw("<h2>六、积案化解</h2><p class=\"lead\">")
        h.text("积案台账在办 \(d.backlogOpen) 件，已销号 \(d.backlogSignedOff) 件；本期新列入台账 \(d.backlogEntered) 件。")
        h.raw("</p><h2>七、风险研判</h2><ol class=\"risks\">")
        for r in d.risks {
            h.raw("<li>")
            h.text(r)
            h.raw("</li>")
        }
        h.raw("</ol><h2>八、对策建议</h2><div class=\"recommendations\">")
        if d.recommendations.isEmpty {
            h.raw("<p class=\"muted\">（尚未填写对策建议。）</p>")
        } else {
            for p in d.recommendations.split(whereSeparator: \.isNewline) where !p.allSatisfy(\.isWhitespace) {
                h.raw("<p class=\"lead\">")
                h.text(String(p))
                h.raw("</p>")
            }
        }
        h.raw("</div>")
    }

    private func rising(_ h: inout HTML, _ name: String, _ r: RisingKey) {
        h.raw("<li>")
        h.text("\(name)：本期 \(r.current) 件，前三期平均 \((r.baseline * 10).rounded() / 10) 件（\(r.changeText)）")
        h.raw("</li>")
    }

    /// A table with a caption.
    func table(_ h: inout HTML, _ t: ExportTable) {
        h.raw("<table><caption>")
        h.text(t.title)
        h.raw("</caption><thead><tr>")
        for c in t.headers {
            h.raw("<th scope=\"col\">")
            h.text(c)
            h.raw("</th>")
        }
        h.raw("</tr></thead><tbody>")
        for row in t.rows {
            h.raw("<tr>")
            for c in row {
                h.raw("<td>")
                h.text(c)
                h.raw("</td>")
            }
            h.raw("</tr>")
        }
        h.raw("</tbody></table>")
    }

    /// "增长 12.5%" / "下降 3.0%" / "持平" / "无可比数据".
    static func phrase(_ now: Int, _ before: Int) -> String {
        guard before > 0 else { return "无可比数据" }
        if now == before { return "持平" }
        let c = abs(now - before) * 1000 / before
        return (now > before ? "增长 " : "下降 ") + "\(c / 10).\(c % 10)%"
    }

    static func share(_ part: Int, _ whole: Int) -> String {
        guard whole > 0 else { return "0%" }
        let c = part * 1000 / whole
        return "\(c / 10).\(c % 10)%"
    }
}
