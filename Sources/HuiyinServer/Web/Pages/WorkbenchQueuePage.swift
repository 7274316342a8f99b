import Hummingbird
import HuiyinDomain
import HuiyinStore

/// Renders the workbench: the user's queue with counts that narrow it, the table, and an empty state
/// that says what to do.
struct WorkbenchQueuePage {
    let layout: Layout
    let table: WorkbenchTable
    let queue: WorkbenchQueue
    let narrowing: WorkbenchNarrowing

    func render(page: CaseListPage, summary: QueueSummary, status: HTTPResponse.Status) -> Response {
        layout.render(status: status) { h in
            h.raw("<div class=\"page-head\"><h1>")
            h.text(layout.t("工作台"))
            h.raw("</h1><p class=\"muted\">")
            let today = table.today
            h.text(layout.lang == .zh ? today.chinese + " " + today.weekday.chinese : today.iso)
            h.raw(" · ")
            h.text(table.configuration.units.unit(table.user.unitID)?.name)
            h.raw(" · ")
            h.text(layout.t(table.user.role.chineseName))
            h.raw("</p></div>")
            if let error = narrowing.error {
                h.raw("<div class=\"notice error\" role=\"alert\">")
                h.text(layout.t(error))
                h.raw("</div>")
            }
            h.raw("<section class=\"card queue\" aria-labelledby=\"queue-heading\"><h2 id=\"queue-heading\">")
            h.text(layout.t(queue.heading))
            h.raw("</h2><p class=\"muted\">")
            h.text(layout.t(queue.intro))
            h.raw("</p>")
            counts(&h, summary)
            if page.rows.isEmpty {
                empty(&h)
            } else {
                table.render(&h, rows: page.rows, caption: layout.t(queue.heading))
                let expected = expectedTotal(summary)
                let hasNext = expected.map { narrowing.page * WorkbenchQueue.pageSize < $0 } ?? (page.rows.count == WorkbenchQueue.pageSize)
                WorkbenchTable.pager(&h, layout: layout, page: narrowing.page, hasNext: hasNext, link: narrowing.link(page:))
            }
            h.raw("<p class=\"more\"><a href=\"/petitions\">")
            h.text(layout.t("在案件查询中查看全部可见案件"))
            h.raw("</a></p></section>")
        }
    }

    /// The number of rows the current narrowing has, when the summary tells it.
    private func expectedTotal(_ summary: QueueSummary) -> Int? {
        switch (narrowing.state, narrowing.due) {
        case (nil, nil): summary.total
        case (let s?, nil): summary.byState[s] ?? 0
        case (nil, .overdue?): summary.overdue
        case (nil, .soon?): summary.dueSoon
        default: nil
        }
    }

    private func counts(_ h: inout HTML, _ summary: QueueSummary) {
        let states = queue.states.isEmpty
            ? PetitionState.allCases.filter { (summary.byState[$0] ?? 0) > 0 }
            : queue.states
        h.raw("<nav aria-label=\"")
        h.text(layout.t("按状态和期限筛选"))
        h.raw("\"><ul class=\"counts\">")
        chip(&h, href: "/", count: summary.total, label: "全部", current: narrowing.state == nil && narrowing.due == nil)
        for state in states {
            chip(&h, href: "/?state=" + state.rawValue, count: summary.byState[state] ?? 0, label: state.chineseName,
                 current: narrowing.state == state && narrowing.due == nil)
        }
        if queue.offersOverdue {
            chip(&h, href: "/?due=overdue", count: summary.overdue, label: "已超期", current: narrowing.state == nil && narrowing.due == .overdue,
                 tone: summary.overdue > 0 ? "due-over" : nil)
        }
        if queue.offersDueSoon {
            chip(&h, href: "/?due=soon", count: summary.dueSoon, label: "3日内到期", current: narrowing.state == nil && narrowing.due == .soon,
                 tone: summary.dueSoon > 0 ? "due-soon" : nil)
        }
        h.raw("</ul></nav>")
    }

    private func chip(_ h: inout HTML, href: String, count: Int, label: String, current: Bool, tone: StaticString? = nil) {
        h.raw("<li><a href=\"")
        h.text(href)
        h.raw(current ? "\" aria-current=\"page\"><strong" : "\"><strong")
        if let tone {
            h.raw(" class=\"")
            h.raw(tone)
            h.raw("\"")
        }
        h.raw(">")
        h.text(count)
        h.raw("</strong>")
        h.text(layout.t(label))
        h.raw("</a></li>")
    }

    private func empty(_ h: inout HTML) {
        h.raw("<div class=\"empty\"><p>")
        if narrowing.state != nil || narrowing.due != nil || narrowing.page > 1 {
            h.text(layout.t("没有符合条件的信访件。"))
            h.raw("</p><p><a class=\"button secondary\" href=\"/\">")
            h.text(layout.t("显示全部待办"))
            h.raw("</a>")
        } else {
            h.text(layout.t(queue.empty))
            if PetitionService.registeringRoles.contains(table.user.role) {
                h.raw("</p><p><a class=\"button\" href=\"/petitions/new\">")
                h.text(layout.t("登记新的信访件"))
                h.raw("</a>")
            }
        }
        h.raw("</p></div>")
    }
}
