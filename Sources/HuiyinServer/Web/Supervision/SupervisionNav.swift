import HuiyinDomain

/// The second-level navigation of the supervision pages, and small shared pieces of their markup.
enum SupervisionNav {
    enum Tab { case queue, backlog, indicators, hotspots, dashboard, report }

    static func render(_ h: inout HTML, _ layout: Layout, current: Tab) {
        h.raw("<nav class=\"subnav\" aria-label=\"")
        h.text(layout.t("督查督办"))
        h.raw("\"><ul>")
        item(&h, layout, "/supervision", "督办工作台", current == .queue)
        item(&h, layout, "/supervision/backlog", "积案台账", current == .backlog)
        item(&h, layout, "/supervision/indicators", "考核指标", current == .indicators)
        item(&h, layout, "/supervision/hotspots", "热点与趋势", current == .hotspots)
        item(&h, layout, "/supervision/dashboard", "领导驾驶舱", current == .dashboard)
        item(&h, layout, "/supervision/report", "形势分析报告", current == .report)
        h.raw("</ul></nav>")
    }

    private static func item(_ h: inout HTML, _ layout: Layout, _ href: StaticString, _ label: String, _ current: Bool) {
        h.raw("<li><a href=\"")
        h.raw(href)
        h.raw(current ? "\" aria-current=\"page\">" : "\">")
        h.text(layout.t(label))
        h.raw("</a></li>")
    }

    /// `<h1>` with the page's title and a muted line under it (left out of print when not `print`).
    static func head(_ h: inout HTML, _ layout: Layout, title: String, subtitle: String, print: Bool = true) {
        h.raw(print ? "<div class=\"page-head\"><h1>" : "<div class=\"page-head noprint\"><h1>")
        h.text(layout.t(title))
        h.raw("</h1><p class=\"muted\">")
        h.text(subtitle)
        h.raw("</p></div>")
    }

    /// A form field's error line and the attributes that tie it to the input.
    static func fieldError(_ h: inout HTML, _ layout: Layout, name: String, _ errors: [String: String]) {
        guard let message = errors[name] else { return }
        h.raw("<p class=\"field-error\" id=\"")
        h.text(name)
        h.raw("-error\">")
        h.text(layout.t(message))
        h.raw("</p>")
    }

    static func invalidAttributes(_ h: inout HTML, name: String, _ errors: [String: String]) {
        guard errors[name] != nil else { return }
        h.raw(" aria-invalid=\"true\" aria-describedby=\"")
        h.text(name)
        h.raw("-error\"")
    }

    static func unitName(_ units: UnitDirectory, _ id: OrgUnit.ID?) -> String {
        units.unit(id)?.name ?? "—"
    }
}
