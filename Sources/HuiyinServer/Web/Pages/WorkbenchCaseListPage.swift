import Hummingbird
import HuiyinDomain
import HuiyinStore

/// Renders the case list (案件查询): a GET form of filters (works without JavaScript), the total,
/// the table and pages that keep the filters.
struct WorkbenchCaseListPage {
    let layout: Layout
    let table: WorkbenchTable
    let filter: WorkbenchCaseFilter
    let unitOptions: [OrgUnit]

    /// `result` is nil when a filter was refused; the form then shows why, beside the field.
    func render(result: CaseListPage?, status: HTTPResponse.Status) -> Response {
        layout.render(status: status) { h in
            h.raw("<div class=\"page-head\"><h1>")
            h.text(layout.t("案件查询"))
            h.raw("</h1></div>")
            form(&h)
            guard let result else {
                h.raw("<p class=\"muted\">")
                h.text(layout.t("请更正筛选条件后再查询。"))
                h.raw("</p>")
                return
            }
            h.raw("<section aria-labelledby=\"results-heading\"><h2 id=\"results-heading\" class=\"results-head\">")
            h.text(layout.t("查询结果"))
            h.raw(" <small class=\"muted\">")
            total(&h, result)
            h.raw("</small></h2>")
            if result.rows.isEmpty {
                h.raw("<div class=\"empty card\"><p>")
                if filter.page > 1 {
                    h.text(layout.t("这一页没有信访件。"))
                    h.raw("</p><p><a class=\"button secondary\" href=\"")
                    h.text(filter.link(page: 1))
                    h.raw("\">")
                    h.text(layout.t("回到第一页"))
                    h.raw("</a>")
                } else if filter.narrows {
                    h.text(layout.t("没有符合条件的信访件。可以放宽或清除筛选条件。"))
                } else {
                    h.text(layout.t("您的查询范围内还没有信访件。"))
                }
                h.raw("</p></div>")
            } else {
                table.render(&h, rows: result.rows, caption: layout.t("查询结果"))
                let shown = filter.page * WorkbenchQueue.pageSize
                let hasNext = result.totalIsCapped || shown < (result.total ?? 0)
                WorkbenchTable.pager(&h, layout: layout, page: filter.page, hasNext: hasNext, link: filter.link(page:))
                // The export takes the same filters (every page, masked: ExportPages).
                let link = filter.link(page: 1)
                ExportLinks.render(&h, layout, path: "/petitions/export", query: link.split(separator: "?", maxSplits: 1).dropFirst().first.map(String.init) ?? "")
            }
            h.raw("</section>")
        }
    }

    private func total(_ h: inout HTML, _ result: CaseListPage) {
        let n = result.total ?? result.rows.count
        let count = result.totalIsCapped ? "\(n)+" : "\(n)"
        h.text(layout.lang == .zh ? "共 \(count) 件" : "\(count) in total")
    }

    private func form(_ h: inout HTML) {
        h.raw("<form method=\"get\" action=\"/petitions\" class=\"card filters\" role=\"search\" aria-label=\"")
        h.text(layout.t("筛选案件"))
        h.raw("\">")
        if !filter.isValid {
            h.raw("<div class=\"notice error\" role=\"alert\">")
            h.text(layout.t("筛选条件有误，请按提示更正。"))
            if let page = filter.errors["page"] {
                // The page number has no field of its own: say it here.
                h.raw(" ")
                h.text(layout.t(page))
            }
            h.raw("</div>")
        }
        h.raw("<div class=\"filter-grid\">")
        select(&h, "state", "办理状态", options: PetitionState.allCases.map { ($0.rawValue, layout.t($0.chineseName)) })
        select(&h, "category", "内容分类", options: table.configuration.taxonomy.children(of: nil).map { ($0.code, $0.name) })
        select(&h, "unit", "当前办理单位", options: unitOptions.map { (String($0.id), $0.name) })
        select(&h, "channel", "信访形式", options: Channel.allCases.map { ($0.rawValue, layout.t($0.chineseName)) })
        date(&h, "from", "收到日期（起）")
        date(&h, "to", "收到日期（止）")
        select(&h, "sort", "排序", options: WorkbenchCaseFilter.sorts.map { ($0.rawValue, layout.t(Self.sortName($0))) }, blank: nil)
        h.raw("<div class=\"field check\"><label for=\"f-overdue\"><input type=\"checkbox\" id=\"f-overdue\" name=\"overdue\" value=\"1\"")
        if filter.overdue { h.raw(" checked") }
        h.raw("> ")
        h.text(layout.t("只看已超期"))
        h.raw("</label></div></div><div class=\"actions\"><button type=\"submit\">")
        h.text(layout.t("查询"))
        h.raw("</button> <a class=\"button secondary\" href=\"/petitions\">")
        h.text(layout.t("清除筛选"))
        h.raw("</a></div></form>")
    }

    static func sortName(_ sort: CaseListSort) -> String {
        switch sort {
        case .newest: "收到时间（新→旧）"
        case .oldest: "收到时间（旧→新）"
        case .due: "办理期限（近→远）"
        case .recentlyRegistered: "登记时间（新→旧）"
        }
    }

    /// Opens a field: the label, and the attributes that tie an error to the control.
    private func fieldStart(_ h: inout HTML, _ name: String, _ label: String) {
        h.raw("<div class=\"field\"><label for=\"f-")
        h.text(name)
        h.raw("\">")
        h.text(layout.t(label))
        h.raw("</label>")
    }

    private func invalidAttributes(_ h: inout HTML, _ name: String) {
        guard filter.errors[name] != nil else { return }
        h.raw(" aria-invalid=\"true\" aria-describedby=\"f-")
        h.text(name)
        h.raw("-error\"")
    }

    private func fieldEnd(_ h: inout HTML, _ name: String) {
        if let message = filter.errors[name] {
            h.raw("<p class=\"field-error\" id=\"f-")
            h.text(name)
            h.raw("-error\">")
            h.text(layout.t(message))
            h.raw("</p>")
        }
        h.raw("</div>")
    }

    private func select(_ h: inout HTML, _ name: String, _ label: String, options: [(String, String)], blank: String? = "全部") {
        fieldStart(&h, name, label)
        h.raw("<select id=\"f-")
        h.text(name)
        h.raw("\" name=\"")
        h.text(name)
        h.raw("\"")
        invalidAttributes(&h, name)
        h.raw(">")
        let chosen = filter.typed[name] ?? (name == "sort" ? filter.sort.rawValue : "")
        if let blank {
            h.raw("<option value=\"\">")
            h.text(layout.t(blank))
            h.raw("</option>")
        }
        for (value, text) in options {
            h.raw("<option value=\"")
            h.text(value)
            h.raw(value == chosen ? "\" selected>" : "\">")
            h.text(text)
            h.raw("</option>")
        }
        h.raw("</select>")
        fieldEnd(&h, name)
    }

    private func date(_ h: inout HTML, _ name: String, _ label: String) {
        fieldStart(&h, name, label)
        h.raw("<input type=\"date\" id=\"f-")
        h.text(name)
        h.raw("\" name=\"")
        h.text(name)
        h.raw("\" value=\"")
        h.text(filter.typed[name] ?? "")
        h.raw("\"")
        invalidAttributes(&h, name)
        h.raw(">")
        fieldEnd(&h, name)
    }
}
