import Foundation
import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The supervisor queue (督办工作台): overdue steps, steps due soon, 不满意 ratings, open supervision
/// orders, the units' supervision figures and the latest notifications.
struct SupervisionQueueView {
    let layout: Layout
    let table: WorkbenchTable
    let today: LocalDate
    let soonDays: Int
    let overdue: CaseListPage
    let soon: CaseListPage
    let dissatisfied: [CaseListRow]
    let openOrders: [SupervisionOrder]
    let orderRows: [CaseListRow]
    let tallies: [SupervisionUnitTally]
    let outbox: [OutboxMessage]
    /// Petitions whose text raised risk signals, newest first (值班督办).
    var risks: [RiskQueueItem] = []

    var units: UnitDirectory { table.configuration.units }

    func render() -> Response {
        layout.render { h in
            SupervisionNav.head(&h, layout, title: "督查督办",
                                subtitle: WebFormat.date(today, lang: layout.lang) + " · " + layout.t("期限预警、督办单与群众评价"))
            SupervisionNav.render(&h, layout, current: .queue)
            h.raw("<ul class=\"counts\" aria-label=\"")
            h.text(layout.t("概况"))
            h.raw("\">")
            count(&h, "#overdue", "已超期", overdue.total ?? overdue.rows.count, overdue.totalIsCapped)
            count(&h, "#soon", "即将到期", soon.total ?? soon.rows.count, soon.totalIsCapped)
            count(&h, "#dissatisfied", "不满意评价", dissatisfied.count, false)
            count(&h, "#orders", "未报告的督办单", openOrders.count, false)
            count(&h, "#risks", "风险提示", risks.count, risks.count >= SupervisionQueueView.riskLimit)
            h.raw("</ul>")
            ExportLinks.render(&h, layout, path: "/supervision/queue")
            riskSection(&h)
            section(&h, id: "overdue", "已超期", rows: overdue.rows, empty: "没有超期的环节。")
            section(&h, id: "soon", layout.t("即将到期") + "（\(soonDays) " + layout.t("天内") + "）", rows: soon.rows,
                    empty: "近期没有即将到期的环节。")
            section(&h, id: "dissatisfied", "不满意评价", rows: dissatisfied, empty: "没有不满意评价。")
            ordersSection(&h)
            talliesSection(&h)
            outboxSection(&h)
        }
    }

    private func count(_ h: inout HTML, _ href: StaticString, _ label: String, _ n: Int, _ capped: Bool) {
        h.raw("<li><a href=\"")
        h.raw(href)
        h.raw("\"><strong>")
        h.text(n)
        if capped { h.raw("+") }
        h.raw("</strong> ")
        h.text(layout.t(label))
        h.raw("</a></li>")
    }

    private func section(_ h: inout HTML, id: StaticString, _ title: String, rows: [CaseListRow], empty: String) {
        guard ListTable.section(&h, layout, id: id, title: title, anchor: true, empty: rows.isEmpty ? empty : nil) else { return }
        table.render(&h, rows: rows, caption: layout.t(title))
        h.raw("</section>")
    }

    private func ordersSection(_ h: inout HTML) {
        guard ListTable.section(&h, layout, id: "orders", title: "未报告的督办单", anchor: true,
                                empty: openOrders.isEmpty ? "所有督办单均已报告进展。" : nil) else { return }
        let byID = Dictionary(orderRows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let table = ListTable.open(&h, labels: ["编号", "标题", "被督办单位", "督办级别", "督办日期", "报告期限"].map(layout.t))
        for o in openOrders {
            let row = byID[o.petitionID]
            h.raw("<tr>")
            table.cell(&h, 0) { h in
                h.raw("<a href=\"/supervision/petitions/")
                h.text(Int(o.petitionID))
                h.raw("\">")
                h.text(row?.number ?? "#\(o.petitionID)")
                h.raw("</a>")
            }
            table.cell(&h, 1, text: row?.title)
            table.cell(&h, 2, text: SupervisionNav.unitName(units, o.unitID))
            table.cell(&h, 3, text: layout.t(o.level.chineseName))
            table.cell(&h, 4, text: WebFormat.date(o.issuedOn, lang: layout.lang))
            table.cell(&h, 5, class: WebFormat.dueClass(due: o.dueDate, today: today)) { h in
                if let due = o.dueDate {
                    h.text(WebFormat.date(due, lang: layout.lang))
                    h.raw("<br><small>")
                    h.text(WebFormat.countdown(due: due, today: today, lang: layout.lang))
                    h.raw("</small>")
                } else {
                    h.text("—")
                }
            }
            h.raw("</tr>")
        }
        table.close(&h)
        h.raw("</section>")
    }

    private func talliesSection(_ h: inout HTML) {
        guard ListTable.section(&h, layout, id: "tally", title: "各单位督办情况", empty: tallies.isEmpty ? "尚无督办记录。" : nil) else { return }
        let table = ListTable.open(&h, labels: ["单位", "督办件次", "未报告", "逾期未报告", "逾期报告", "最高级别"].map(layout.t), numbers: true)
        for t in tallies {
            h.raw("<tr>")
            table.cell(&h, 0, header: true, text: SupervisionNav.unitName(units, t.unitID))
            for (i, n) in [t.orders, t.open, t.overdue, t.answeredLate].enumerated() {
                table.cell(&h, i + 1, class: i >= 2 && n > 0 ? "due-over" : "") { $0.text(n) }
            }
            table.cell(&h, 5, text: t.highestLevel.map { layout.t($0.chineseName) } ?? "—")
            h.raw("</tr>")
        }
        table.close(&h)
        h.raw("</section>")
    }

    private func outboxSection(_ h: inout HTML) {
        guard ListTable.section(&h, layout, id: "outbox", title: "最近的预警通知", empty: outbox.isEmpty ? "尚无通知。" : nil) else { return }
        h.raw("<ul class=\"plain\">")
        for m in outbox {
            h.raw("<li><small class=\"muted\">")
            h.text(WebFormat.time(m.createdAt, lang: layout.lang))
            h.raw(" → ")
            h.text(m.recipientName)
            h.raw(m.sentAt == nil ? " · " : " · ✓ ")
            h.text(layout.t(m.sentAt == nil ? "待发送" : "已发送"))
            h.raw("</small><br>")
            h.text(m.subject)
            h.raw("</li>")
        }
        h.raw("</ul></section>")
    }
}
