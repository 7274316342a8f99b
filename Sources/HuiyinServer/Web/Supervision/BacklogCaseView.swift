import Hummingbird
import HuiyinDomain
import HuiyinStore

/// One backlog case: owning leader and plan (一案一策), progress log, and the sign-off (销号) that asks
/// for the five closing conditions (五不结案).
struct BacklogCaseView {
    let layout: Layout
    let user: StaffUser
    let backlog: BacklogCase
    let log: [BacklogProgress]
    let row: CaseListRow?
    let leaders: [StaffUser]
    var error: BacklogError?
    var form: FormData?

    var path: String { "/supervision/backlog/\(backlog.id)" }
    var manages: Bool { BacklogRules.mayManage(user) && !backlog.isSignedOff }

    func render(status: HTTPResponse.Status = .ok) -> Response {
        layout.render(status: status) { h in
            h.raw("<div class=\"page-head\"><p class=\"muted\"><a href=\"/supervision/backlog\">")
            h.text(layout.t("积案台账"))
            h.raw("</a> · <a href=\"/petitions/")
            h.text(Int(backlog.petitionID))
            h.raw("\">")
            h.text(row?.number ?? "")
            h.raw("</a></p><h1>")
            h.text(row?.title ?? layout.t("积案"))
            h.raw("</h1></div>")
            if let error {
                h.raw("<div class=\"notice error\" role=\"alert\">")
                h.text(layout.t(error.message))
                h.raw("</div>")
            }
            h.raw("<section class=\"card\"><dl class=\"facts\"><dt>")
            h.text(layout.t("入账原因"))
            h.raw("</dt><dd>")
            h.text(backlog.reasons.map { layout.t($0.chineseName) }.joined(separator: "、"))
            h.raw("</dd><dt>")
            h.text(layout.t("入账日期"))
            h.raw("</dt><dd>")
            h.text(WebFormat.date(backlog.enteredOn, lang: layout.lang))
            h.raw("</dd><dt>")
            h.text(layout.t("状态"))
            h.raw("</dt><dd>")
            h.text(backlog.signedOffOn.map { layout.t("已销号") + " " + WebFormat.date($0, lang: layout.lang) } ?? layout.t("在办"))
            h.raw("</dd></dl></section>")
            ownerForm(&h)
            progress(&h)
            if manages { signOffForm(&h) }
        }
    }

    private func ownerForm(_ h: inout HTML) {
        h.raw("<section class=\"card\" aria-labelledby=\"plan-h\"><h2 id=\"plan-h\">")
        h.text(layout.t("包案领导与化解方案"))
        h.raw("</h2>")
        let ownerName = leaders.first { $0.id == backlog.ownerUserID }?.displayName
        guard manages else {
            h.raw("<dl class=\"facts\"><dt>")
            h.text(layout.t("包案领导"))
            h.raw("</dt><dd>")
            h.text(ownerName ?? layout.t("未明确"))
            h.raw("</dd><dt>")
            h.text(layout.t("化解方案（一案一策）"))
            h.raw("</dt><dd>")
            h.multiline(backlog.plan.isEmpty ? "—" : backlog.plan)
            h.raw("</dd></dl></section>")
            return
        }
        let invalid: [String: String] = if case .invalid(let f, let m)? = error { [f: m] } else { [:] }
        h.raw("<form method=\"post\"")
        h.attr("action", path)
        h.raw(">")
        layout.csrf(&h)
        h.raw("<div class=\"field\"><label for=\"owner\">")
        h.text(layout.t("包案领导"))
        h.raw("</label><select id=\"owner\" name=\"owner\"")
        SupervisionNav.invalidAttributes(&h, name: "owner", invalid)
        h.raw("><option value=\"\">")
        h.text(layout.t("（未明确）"))
        h.raw("</option>")
        let chosen = form?.string("owner") ?? backlog.ownerUserID.map { String($0) } ?? ""
        for l in leaders {
            h.raw("<option")
            h.attr("value", String(l.id))
            if String(l.id) == chosen { h.raw(" selected") }
            h.raw(">")
            h.text(l.displayName)
            h.raw("</option>")
        }
        h.raw("</select>")
        SupervisionNav.fieldError(&h, layout, name: "owner", invalid)
        h.raw("</div><div class=\"field\"><label for=\"plan\">")
        h.text(layout.t("化解方案（一案一策）"))
        h.raw("</label><textarea id=\"plan\" name=\"plan\" rows=\"4\"")
        SupervisionNav.invalidAttributes(&h, name: "plan", invalid)
        h.raw(">")
        h.text(form?.string("plan") ?? backlog.plan)
        h.raw("</textarea>")
        SupervisionNav.fieldError(&h, layout, name: "plan", invalid)
        h.raw("</div><button type=\"submit\">")
        h.text(layout.t("保存"))
        h.raw("</button></form></section>")
    }

    private func progress(_ h: inout HTML) {
        h.raw("<section class=\"card\" aria-labelledby=\"log-h\"><h2 id=\"log-h\">")
        h.text(layout.t("化解进展"))
        h.raw("</h2>")
        if log.isEmpty {
            h.raw("<p class=\"muted\">")
            h.text(layout.t("尚无进展记录。"))
            h.raw("</p>")
        } else {
            h.raw("<ol class=\"timeline\">")
            for entry in log {
                h.raw("<li><p class=\"muted\">")
                h.text(WebFormat.date(entry.at, lang: layout.lang))
                h.raw(" · ")
                h.text(entry.authorName)
                h.raw("</p><p>")
                h.multiline(entry.text)
                h.raw("</p></li>")
            }
            h.raw("</ol>")
        }
        if BacklogRules.mayLogProgress(user, on: backlog), !backlog.isSignedOff {
            h.raw("<form method=\"post\" action=\"")
            h.text(path)
            h.raw("/progress\">")
            layout.csrf(&h)
            h.raw("<div class=\"field\"><label for=\"text\">")
            h.text(layout.t("新的进展"))
            h.raw("</label><textarea id=\"text\" name=\"text\" rows=\"3\" required></textarea></div><button type=\"submit\">")
            h.text(layout.t("记录进展"))
            h.raw("</button></form>")
        }
        h.raw("</section>")
    }

    private func signOffForm(_ h: inout HTML) {
        h.raw("<section class=\"card\" aria-labelledby=\"signoff-h\"><h2 id=\"signoff-h\">")
        h.text(layout.t("销号"))
        h.raw("</h2><p class=\"muted\">")
        h.text(layout.t("五不结案：以下条件须逐项确认后方可销号。"))
        h.raw("</p><form method=\"post\" action=\"")
        h.text(path)
        h.raw("/signoff\">")
        layout.csrf(&h)
        h.raw("<fieldset><legend>")
        h.text(layout.t("销号条件"))
        h.raw("</legend>")
        let ticked = Set(form?.all("condition") ?? [])
        for c in ClosingCondition.allCases {
            h.raw("<label class=\"check\"><input type=\"checkbox\" name=\"condition\"")
            h.attr("value", c.rawValue)
            if ticked.contains(c.rawValue) { h.raw(" checked") }
            h.raw("> ")
            h.text(layout.t(c.chineseName))
            h.raw("</label>")
        }
        h.raw("</fieldset><button type=\"submit\">")
        h.text(layout.t("确认销号"))
        h.raw("</button></form></section>")
    }
}
