import Hummingbird
import HuiyinDomain
import HuiyinStore

/// Renders the hotspot page: rising categories and places, then each hotspot with its heat, place,
/// time span and members.
struct HotspotView {
    let layout: Layout
    let config: CountyConfiguration
    let report: HotspotReport
    let periodText: String
    let periodError: String?

    /// How many hotspots the page lists.
    static let shown = 30

    func render(status: HTTPResponse.Status) -> Response {
        layout.render(status: status) { h in
            SupervisionNav.head(&h, layout, title: "热点与趋势", subtitle: report.period.chineseName)
            SupervisionNav.render(&h, layout, current: .hotspots)
            PeriodForm.render(&h, layout, action: "/supervision/hotspots", code: report.period.code, typed: periodText, error: periodError)
            h.raw("<div class=\"grid cols\">")
            rising(&h, id: "rising-cat", title: "上升最快的问题类别", keys: report.risingCategories) {
                config.taxonomy.category(code: $0)?.name ?? $0
            }
            rising(&h, id: "rising-place", title: "上升最快的问题属地", keys: report.risingPlaces) {
                Int64($0).flatMap { config.units.unit($0)?.name } ?? $0
            }
            h.raw("</div><section aria-labelledby=\"hotspots-h\"><h2 id=\"hotspots-h\">")
            h.text(layout.t("热点问题"))
            h.raw("</h2><p class=\"muted\">")
            h.text(layout.t("反映同一地点同一问题的信访件，措辞、标题、地名写法不同也归为一个热点（本期至少 3 件、2 名信访人）；热度 = 信访人数 + 同一人重复件数 × ½ + 较上期增加件数 × ½ + log₂(1 + 点赞数) + log₂(1 + 集体访多出的人数)。"))
            h.raw("</p>")
            ExportLinks.render(&h, layout, path: "/supervision/hotspots", query: "period=" + FormData.encode(report.period.code))
            if report.hotspots.isEmpty {
                h.raw("<p class=\"card muted\">")
                h.text(layout.t("本期没有发现热点问题。"))
                h.raw("</p>")
            }
            for (i, spot) in report.hotspots.prefix(Self.shown).enumerated() { hotspot(&h, spot, rank: i + 1) }
            h.raw("</section>")
        }
    }

    private func rising(_ h: inout HTML, id: StaticString, title: String, keys: [RisingKey], name: (String) -> String) {
        h.raw("<section class=\"card\" aria-labelledby=\"")
        h.raw(id)
        h.raw("\"><h2 id=\"")
        h.raw(id)
        h.raw("\">")
        h.text(layout.t(title))
        h.raw("</h2>")
        guard !keys.isEmpty else {
            h.raw("<p class=\"muted\">")
            h.text(layout.t("没有明显上升。"))
            h.raw("</p></section>")
            return
        }
        h.raw("<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">")
        h.text(layout.t("名称"))
        h.raw("</th><th scope=\"col\">")
        h.text(layout.t("本期"))
        h.raw("</th><th scope=\"col\">")
        h.text(layout.t("前三期平均"))
        h.raw("</th><th scope=\"col\">")
        h.text(layout.t("变化"))
        h.raw("</th></tr></thead><tbody>")
        for k in keys.prefix(8) {
            h.raw("<tr><td>")
            h.text(name(k.key))
            h.raw("</td><td>")
            h.text(k.current)
            h.raw("</td><td>")
            h.text(String((k.baseline * 10).rounded() / 10))
            h.raw("</td><td>")
            h.text(layout.t(k.changeText))
            h.raw("</td></tr>")
        }
        h.raw("</tbody></table></div></section>")
    }

    private func hotspot(_ h: inout HTML, _ spot: Hotspot, rank: Int) {
        h.raw("<article class=\"card hotspot\"><h3><span class=\"badge\">")
        h.text(layout.t("热度"))
        h.raw(" ")
        h.text(String(spot.heat))
        h.raw("</span> ")
        if spot.isEmerging {
            h.raw("<span class=\"badge emerging\">")
            h.text(layout.t("新发"))
            h.raw("</span> ")
        }
        h.text(rank)
        h.raw(". ")
        h.text(spot.title)
        h.raw("</h3><dl class=\"facts\"><dt>")
        h.text(layout.t("属地"))
        h.raw("</dt><dd>")
        h.text(spot.placeText(config))
        if !spot.keyPhrases.isEmpty {
            h.raw("</dd><dt>")
            h.text(layout.t("关键词"))
            h.raw("</dt><dd>")
            h.text(spot.keyPhrases.joined(separator: "、"))
        }
        h.raw("</dd><dt>")
        h.text(layout.t("类别"))
        h.raw("</dt><dd>")
        h.text(config.taxonomy.category(code: spot.category)?.name ?? spot.category)
        h.raw("</dd><dt>")
        h.text(layout.t("时间跨度"))
        h.raw("</dt><dd>")
        h.text(spot.firstDay.chinese)
        h.raw(" — ")
        h.text(spot.lastDay.chinese)
        h.raw("</dd><dt>")
        h.text(layout.t("件数 / 信访人 / 涉及人数"))
        h.raw("</dt><dd>")
        h.text("\(spot.count) / \(spot.distinctPetitioners) / \(spot.people)")
        h.raw("</dd><dt>")
        h.text(layout.t("上期同类"))
        h.raw("</dt><dd>")
        h.text(spot.previousCount)
        h.raw("</dd></dl><details><summary>")
        h.text(layout.t("相关信访件"))
        h.raw("（")
        h.text(spot.count)
        h.raw("）</summary><ul class=\"hotspot-members\">")
        for m in spot.members.prefix(50) {
            h.raw("<li><a href=\"/petitions/")
            h.text(String(m.id))
            h.raw("\">")
            h.text(m.number)
            h.raw("</a> ")
            h.text(m.receivedOn.chinese)
            h.raw(" ")
            h.text(m.title)
            h.raw("</li>")
        }
        h.raw("</ul></details></article>")
    }
}
