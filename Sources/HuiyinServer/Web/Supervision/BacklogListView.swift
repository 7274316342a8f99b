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
            h.raw("</section><section class=\"card\" aria-labelledby=\"ledger-h\"><h2 id=\"ledger-h\">")
            h.text(layout.t("积案"))
            h.raw("</h2>")
            if cases.isEmpty {
                h.raw("<p class=\"muted\">")
                h.text(layout.t("台账中暂无积案。"))
                h.raw("</p></section>")
                return
            }
            let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let names = Dictionary(users.map { ($0.id, $0.displayName) }, uniquingKeysWith: { a, _ in a })
            let labels = ["编号", "标题", "入账原因", "入账日期", "包案领导", "状态"].map(layout.t)
            h.raw("<div class=\"table-wrap\"><table class=\"stack\"><thead><tr>")
            for l in labels { h.raw("<th scope=\"col\">"); h.text(l); h.raw("</th>") }
            h.raw("</tr></thead><tbody>")
            for c in cases {
                let row = byID[c.petitionID]
                h.raw("<tr><td data-label=\"")
                h.text(labels[0])
                h.raw("\"><a href=\"/supervision/backlog/")
                h.text(Int(c.id))
                h.raw("\">")
                h.text(row?.number ?? "#\(c.petitionID)")
                h.raw("</a></td><td data-label=\"")
                h.text(labels[1])
                h.raw("\">")
                h.text(row?.title)
                h.raw("</td><td data-label=\"")
                h.text(labels[2])
                h.raw("\">")
                h.text(c.reasons.map { layout.t($0.chineseName) }.joined(separator: "、"))
                h.raw("</td><td data-label=\"")
                h.text(labels[3])
                h.raw("\">")
                h.text(WebFormat.date(c.enteredOn, lang: layout.lang))
                h.raw("</td><td data-label=\"")
                h.text(labels[4])
                h.raw("\">")
                h.text(c.ownerUserID.flatMap { names[$0] } ?? layout.t("未明确"))
                h.raw("</td><td data-label=\"")
                h.text(labels[5])
                h.raw("\">")
                if let off = c.signedOffOn {
                    h.text(layout.t("已销号"))
                    h.raw(" ")
                    h.text(WebFormat.date(off, lang: layout.lang))
                } else {
                    h.text(layout.t("在办"))
                }
                h.raw("</td></tr>")
            }
            h.raw("</tbody></table></div></section>")
        }
    }
}
