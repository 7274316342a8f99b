import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The ledger's list: open cases first, with reasons, owning leader and state.
struct BacklogListView {
    let layout: Layout
    let user: StaffUser
    let cases: [BacklogCase]
    let rows: [CaseListRow]
    let users: [StaffUser]
    let settings: BacklogSettings
    let added: Int?
    let today: LocalDate

    func render() -> Response {
        layout.render { h in
            let open = cases.filter { !$0.isSignedOff }.count
            SupervisionNav.head(&h, layout, title: "积案台账",
                                subtitle: layout.t("在办") + " \(open) · " + layout.t("已销号") + " \(cases.count - open)")
            SupervisionNav.render(&h, layout, current: .backlog)
            if let added {
                h.raw("<div class=\"notice ok\" role=\"status\">")
                h.text(layout.t("扫描完成，新增积案"))
                h.raw(" ")
                h.text(added)
                h.raw("</div>")
            }
            h.raw("<section class=\"card\"><p class=\"muted\">")
            h.text(layout.t("入账条件"))
            h.raw("：")
            h.text(layout.t("受理后超过"))
            h.raw(" "); h.text(settings.ageDays); h.raw(" ")
            h.text(layout.t("天未化解；重复信访达到"))
            h.raw(" "); h.text(settings.repeatThreshold); h.raw(" ")
            h.text(layout.t("次；或群众评价不满意。"))
            h.raw("</p>")
            if BacklogRules.mayManage(user) {
                h.raw("<form method=\"post\" action=\"/supervision/backlog/scan\" class=\"inline\">")
                layout.csrf(&h)
                h.raw("<button type=\"submit\" class=\"secondary\">")
                h.text(layout.t("按条件扫描入账"))
                h.raw("</button></form>")
            }
            h.raw("</section>")
            guard ListTable.section(&h, layout, id: "ledger", title: "积案", empty: cases.isEmpty ? "台账中暂无积案。" : nil) else { return }
            ExportLinks.render(&h, layout, path: "/supervision/backlog")
            let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let names = Dictionary(users.map { ($0.id, $0.displayName) }, uniquingKeysWith: { a, _ in a })
            let table = ListTable.open(&h, labels: ["编号", "标题", "入账原因", "入账日期", "包案领导", "状态"].map(layout.t))
            for c in cases {
                let row = byID[c.petitionID]
                h.raw("<tr>")
                table.cell(&h, 0) { h in
                    h.raw("<a href=\"/supervision/backlog/")
                    h.text(Int(c.id))
                    h.raw("\">")
                    h.text(row?.number ?? "#\(c.petitionID)")
                    h.raw("</a>")
                }
                table.cell(&h, 1, text: row?.title)
                table.cell(&h, 2, text: c.reasons.map { layout.t($0.chineseName) }.joined(separator: "、"))
                table.cell(&h, 3, text: WebFormat.date(c.enteredOn, lang: layout.lang))
                table.cell(&h, 4, text: c.ownerUserID.flatMap { names[$0] } ?? layout.t("未明确"))
                table.cell(&h, 5) { h in
                    if let off = c.signedOffOn {
                        h.text(layout.t("已销号"))
                        h.raw(" ")
                        h.text(WebFormat.date(off, lang: layout.lang))
                    } else {
                        h.text(layout.t("在办"))
                    }
                }
                h.raw("</tr>")
            }
            table.close(&h)
            h.raw("</section>")
        }
    }
}
