import Hummingbird
import HuiyinDomain
import HuiyinStore
import HuiyinText

/// Renders 全文检索: a GET form (works without JavaScript), a short syntax help, the results with the
/// matched text in `<mark>` (escaped like all text), an empty-result message with hints, and pages that
/// keep the query and the filters.
struct SearchPage {
    let layout: Layout
    let form: SearchForm
    let config: CountyConfiguration
    let user: StaffUser
    let today: LocalDate
    let unitOptions: [OrgUnit]
    /// Field name → message (Chinese; translated when shown).
    var errors: [String: String] = [:]
    /// The parsed query and the page of results; nil until searched.
    var text: SearchQuery?
    var sort: PetitionQuery.Sort = .relevance
    var result: PetitionPage?

    static let sorts: [(PetitionQuery.Sort, String)] = [
        (.relevance, "相关程度"), (.registeredNewest, "登记时间（新→旧）"), (.receivedNewest, "收到时间（新→旧）"),
        (.receivedOldest, "收到时间（旧→新）"), (.dueDate, "办理期限（近→远）"),
    ]

    func render(status: HTTPResponse.Status = .ok) -> Response {
        layout.render(status: status) { h in
            h.raw("<div class=\"page-head\"><h1>")
            h.text(layout.t("全文检索"))
            h.raw("</h1></div>")
            searchForm(&h)
            help(&h, open: result == nil && errors.isEmpty)
            if let result, let text { results(&h, result, text) }
        }
    }

    // MARK: Form

    private func searchForm(_ h: inout HTML) {
        h.raw("<form method=\"get\" action=\"/search\" class=\"card filters search-form\" role=\"search\" aria-label=\"")
        h.text(layout.t("全文检索"))
        h.raw("\">")
        if !errors.isEmpty {
            h.raw("<div class=\"notice error\" role=\"alert\">")
            h.text(layout.t("检索条件有误，请按提示更正。"))
            if let page = errors["page"] {
                h.raw(" ")
                h.text(layout.t(page))
            }
            h.raw("</div>")
        }
        h.raw("<div class=\"field search-q\"><label for=\"s-q\">")
        h.text(layout.t("检索词"))
        h.raw("<span class=\"hint\">")
        h.text(layout.t("空格分隔多个词；\"引号\"内为短语；-词 表示排除"))
        h.raw("</span></label><div class=\"search-row\"><input type=\"search\" id=\"s-q\" name=\"q\" maxlength=\"200\" autocomplete=\"off\"")
        h.attr("value", form.q)
        h.raw(" aria-describedby=\"s-help")
        if errors["q"] != nil { h.raw(" s-q-error\" aria-invalid=\"true") }
        h.raw("\"><button type=\"submit\">")
        h.text(layout.t("检索"))
        h.raw("</button></div>")
        fieldError(&h, "q")
        h.raw("</div><div class=\"filter-grid\">")
        select(&h, "state", "办理状态", PetitionState.allCases.map { ($0.rawValue, layout.t($0.chineseName)) })
        select(&h, "category", "内容分类", config.taxonomy.children(of: nil).map { ($0.code, $0.name) })
        select(&h, "unit", "当前办理单位", unitOptions.map { (String($0.id), $0.name) })
        select(&h, "channel", "信访形式", Channel.allCases.map { ($0.rawValue, layout.t($0.chineseName)) })
        date(&h, "from", "收到日期（起）")
        date(&h, "to", "收到日期（止）")
        select(&h, "sort", "排序", Self.sorts.map { ($0.0.rawValue, layout.t($0.1)) }, blank: nil)
        h.raw("</div><div class=\"actions\"><button type=\"submit\">")
        h.text(layout.t("检索"))
        h.raw("</button> <a class=\"button secondary\" href=\"/search\">")
        h.text(layout.t("清除"))
        h.raw("</a></div></form>")
    }

    private func fieldStart(_ h: inout HTML, _ name: String, _ label: String) {
        h.raw("<div class=\"field\"><label")
        h.attr("for", "s-" + name)
        h.raw(">")
        h.text(layout.t(label))
        h.raw("</label>")
    }

    private func invalid(_ h: inout HTML, _ name: String) {
        guard errors[name] != nil else { return }
        h.raw(" aria-invalid=\"true\"")
        h.attr("aria-describedby", "s-" + name + "-error")
    }

    private func fieldError(_ h: inout HTML, _ name: String) {
        guard let message = errors[name] else { return }
        h.raw("<p class=\"field-error\"")
        h.attr("id", "s-" + name + "-error")
        h.raw(">")
        h.text(layout.t(message))
        h.raw("</p>")
    }

    private func select(_ h: inout HTML, _ name: String, _ label: String, _ options: [(String, String)], blank: String? = "全部") {
        fieldStart(&h, name, label)
        h.raw("<select")
        h.attr("id", "s-" + name)
        h.attr("name", name)
        invalid(&h, name)
        h.raw(">")
        let chosen = form[name].isEmpty && name == "sort" ? sort.rawValue : form[name]
        if let blank {
            h.raw("<option value=\"\">")
            h.text(layout.t(blank))
            h.raw("</option>")
        }
        for (value, text) in options {
            h.raw("<option")
            h.attr("value", value)
            if value == chosen { h.raw(" selected") }
            h.raw(">")
            h.text(text)
            h.raw("</option>")
        }
        h.raw("</select>")
        fieldError(&h, name)
        h.raw("</div>")
    }

    private func date(_ h: inout HTML, _ name: String, _ label: String) {
        fieldStart(&h, name, label)
        h.raw("<input type=\"date\"")
        h.attr("id", "s-" + name)
        h.attr("name", name)
        h.attr("value", form[name])
        invalid(&h, name)
        h.raw(">")
        fieldError(&h, name)
        h.raw("</div>")
    }

    /// The query syntax in a few lines; open until the first search.
    private func help(_ h: inout HTML, open: Bool) {
        h.raw(open ? "<details class=\"card search-help\" id=\"s-help\" open><summary>" : "<details class=\"card search-help\" id=\"s-help\"><summary>")
        h.text(layout.t("检索语法"))
        h.raw("</summary><ul>")
        for (zh, example) in Self.syntax {
            h.raw("<li>")
            h.text(layout.t(zh))
            h.raw(" <code>")
            h.text(example)
            h.raw("</code></li>")
        }
        h.raw("</ul><p class=\"muted\">")
        h.text(layout.t("检索范围为标题、主要事实和理由、诉求和信访人姓名；不区分全角半角和大小写，标点和空格不影响匹配；单个汉字也可以检索。"))
        h.raw("</p></details>")
    }

    static let syntax: [(String, String)] = [
        ("多个词用空格分开，须同时包含：", "拖欠 工资"),
        ("用引号检索完整短语（也可用中文引号）：", "\"拖欠工资\""),
        ("词前加减号排除含有该词的信访件：", "工资 -噪音"),
    ]

    // MARK: Results

    private func results(_ h: inout HTML, _ result: PetitionPage, _ text: SearchQuery) {
        h.raw("<section aria-labelledby=\"results-heading\"><h2 id=\"results-heading\" class=\"results-head\">")
        h.text(layout.t("检索结果"))
        h.raw(" <small class=\"muted\" role=\"status\">")
        h.text(layout.lang == .zh ? "共 \(result.total) 件" : "\(result.total) found")
        h.raw("</small></h2>")
        guard !result.items.isEmpty else {
            empty(&h, result)
            h.raw("</section>")
            return
        }
        let start = (result.page - 1) * result.pageSize
        h.raw("<ol class=\"search-results\"")
        h.attr("start", String(start + 1))
        h.raw(">")
        for c in result.items { SearchResultView(layout: layout, config: config, user: user, terms: text.required).render(&h, c) }
        h.raw("</ol>")
        WorkbenchTable.pager(&h, layout: layout, page: result.page, hasNext: start + result.items.count < result.total, link: form.link(page:))
        h.raw("</section>")
    }

    private func empty(_ h: inout HTML, _ result: PetitionPage) {
        h.raw("<div class=\"empty card\"><p>")
        if result.page > 1 {
            h.text(layout.t("这一页没有结果。"))
            h.raw(" <a")
            h.attr("href", form.link(page: 1))
            h.raw(">")
            h.text(layout.t("回到第一页"))
            h.raw("</a></p></div>")
            return
        }
        h.text(layout.lang == .zh ? "没有找到与“\(form.q)”相符的信访件。" : "No petition matches “\(form.q)”.")
        h.raw("</p><ul>")
        var hints = ["检查检索词是否有错别字，或换一个说法（如“欠薪”与“拖欠工资”）。",
                     "多个词须同时出现：减少检索词，或去掉引号。"]
        if form.values.keys.contains(where: { $0 != "q" && $0 != "sort" }) { hints.append("放宽或清除筛选条件（状态、分类、单位、形式、日期）。") }
        hints.append("只能查到您查看范围内的信访件。")
        for hint in hints {
            h.raw("<li>")
            h.text(layout.t(hint))
            h.raw("</li>")
        }
        h.raw("</ul></div>")
    }
}

extension SearchPage {
    /// The search box in the header of every staff page: a plain GET form to `/search`.
    static func headerBox(_ h: inout HTML, layout: Layout) {
        h.raw("<form method=\"get\" action=\"/search\" class=\"top-search\" role=\"search\"><label for=\"top-q\" class=\"visually-hidden\">")
        h.text(layout.t("全文检索"))
        h.raw("</label><input type=\"search\" id=\"top-q\" name=\"q\" maxlength=\"200\" autocomplete=\"off\"")
        h.attr("placeholder", layout.t("检索信访件"))
        h.raw("><button type=\"submit\" class=\"secondary\">")
        h.text(layout.t("检索"))
        h.raw("</button></form>")
    }
}
