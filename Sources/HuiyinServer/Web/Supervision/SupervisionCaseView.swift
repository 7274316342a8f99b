import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The supervision panel of one case (`/supervision/petitions/{id}`): its orders and their answers, the
/// deadline warnings, the form to issue or escalate an order (supervisors) and the form for the
/// progress report (the unit that owes the step).
struct SupervisionCaseView {
    let layout: Layout
    let user: StaffUser
    let petition: PetitionCase
    let orders: [SupervisionOrder]
    let config: CountyConfiguration
    let today: LocalDate
    let warnings: [HistoryEntry]
    var notice: String?
    var form: FormData?
    var errors: [String: String] = [:]
    var formKind: SupervisionPages.ActKind?

    var status: PetitionStatus { petition.status }
    var path: String { "/supervision/petitions/\(petition.record.id)" }

    var maySupervise: Bool { user.role == .supervisor && status.state.isStaffStepOpen }
    var mayReport: Bool {
        status.state.isStaffStepOpen && status.supervisionCount > 0 && [.handler, .unitHead, .triageOfficer].contains(user.role)
            && Jurisdiction.responsibleUnit(status, units: config.units) == user.unitID
    }

    func render(status code: HTTPResponse.Status = .ok) -> Response {
        layout.render(status: code) { h in
            h.raw("<div class=\"page-head\"><p class=\"muted\"><a href=\"/petitions/")
            h.text(Int(petition.record.id))
            h.raw("\">")
            h.text(petition.record.number)
            h.raw("</a> · ")
            h.text(layout.t(status.state.chineseName))
            if let due = status.stepDue {
                h.raw(" · <span class=\"")
                h.raw(WebFormat.dueClass(due: due, today: today))
                h.raw("\">")
                h.text(layout.t(status.stepName ?? ""))
                h.raw(" ")
                h.text(WebFormat.countdown(due: due, today: today, lang: layout.lang))
                h.raw("</span>")
            }
            h.raw("</p><h1>")
            h.text(layout.t("督办情况"))
            h.raw("：")
            h.text(petition.record.registration.title)
            h.raw("</h1></div>")
            if let notice {
                h.raw("<div class=\"notice error\" role=\"alert\">")
                h.text(layout.t(notice))
                h.raw("</div>")
            } else if !errors.isEmpty {
                h.raw("<div class=\"notice error\" role=\"alert\">")
                h.text(layout.t("请按提示修改后重新提交。"))
                h.raw("</div>")
            }
            ordersList(&h)
            if maySupervise { orderForm(&h) }
            if mayReport { progressForm(&h) }
            warningsList(&h)
        }
    }

    private func ordersList(_ h: inout HTML) {
        guard ListTable.section(&h, layout, id: "orders", title: "督办单", empty: orders.isEmpty ? "本件尚未督办。" : nil) else { return }
        h.raw("<ol class=\"timeline\">")
        for o in orders {
            h.raw("<li><h3>")
            h.text(layout.t(o.level.chineseName))
            h.raw(" · ")
            h.text(WebFormat.date(o.issuedOn, lang: layout.lang))
            h.raw("</h3><dl class=\"facts\"><dt>")
            h.text(layout.t("被督办单位"))
            h.raw("</dt><dd>")
            h.text(SupervisionNav.unitName(config.units, o.unitID))
            h.raw("</dd><dt>")
            h.text(layout.t("督办事由"))
            h.raw("</dt><dd>")
            h.multiline(o.reason)
            h.raw("</dd>")
            if !o.progressRequired.isEmpty {
                h.raw("<dt>")
                h.text(layout.t("报告要求"))
                h.raw("</dt><dd>")
                h.multiline(o.progressRequired)
                h.raw("</dd>")
            }
            h.raw("<dt>")
            h.text(layout.t("报告期限"))
            h.raw("</dt><dd class=\"")
            h.raw(o.answeredOn == nil ? WebFormat.dueClass(due: o.dueDate, today: today) : "due-ok")
            h.raw("\">")
            h.text(o.dueDate.map { WebFormat.date($0, lang: layout.lang) } ?? "—")
            if o.isOverdue(on: today) {
                h.raw(" （")
                h.text(layout.t("逾期未报告"))
                h.raw("）")
            }
            h.raw("</dd><dt>")
            h.text(layout.t("办理进展"))
            h.raw("</dt><dd>")
            if let answered = o.answeredOn {
                h.text(WebFormat.date(answered, lang: layout.lang))
                if o.wasAnsweredLate { h.raw(" （"); h.text(layout.t("逾期报告")); h.raw("）") }
                h.raw("<br>")
                h.multiline(o.answer ?? "")
            } else {
                h.text(layout.t("尚未报告"))
            }
            h.raw("</dd></dl></li>")
        }
        h.raw("</ol></section>")
    }

    private func value(_ name: String) -> String { form?.string(name) ?? "" }

    private func orderForm(_ h: inout HTML) {
        let current = status.supervisionLevel
        let mine = formKind == .order
        let errs = mine ? errors : [:]
        h.raw("<section class=\"card\" aria-labelledby=\"order-h\"><h2 id=\"order-h\">")
        h.text(layout.t(orders.isEmpty ? "发出督办单" : "继续督办或升级督办"))
        h.raw("</h2><form method=\"post\" action=\"")
        h.text(path)
        h.raw("/orders\">")
        layout.csrf(&h)
        h.raw("<input type=\"hidden\" name=\"version\" value=\"")
        h.text(status.version)
        h.raw("\"><div class=\"field\"><label for=\"level\">")
        h.text(layout.t("督办级别"))
        h.raw(" <span class=\"required\">*</span></label><select id=\"level\" name=\"level\" required")
        SupervisionNav.invalidAttributes(&h, name: "level", errs)
        h.raw(">")
        let chosen = mine ? value("level") : (current?.next ?? current ?? .written).rawValue
        for level in SupervisionLevel.allCases where current.map({ level >= $0 }) ?? true {
            h.raw("<option")
            h.attr("value", level.rawValue)
            if level.rawValue == chosen { h.raw(" selected") }
            h.raw(">")
            h.text(layout.t(level.chineseName))
            h.raw("</option>")
        }
        h.raw("</select>")
        SupervisionNav.fieldError(&h, layout, name: "level", errs)
        h.raw("</div>")
        textarea(&h, name: "reason", label: "督办事由", required: true, errs: errs, mine: mine)
        textarea(&h, name: "progressRequired", label: "报告要求", required: false, errs: errs, mine: mine)
        h.raw("<div class=\"field\"><label for=\"dueDate\">")
        h.text(layout.t("报告期限"))
        h.raw("</label><input type=\"date\" id=\"dueDate\" name=\"dueDate\"")
        h.attr("value", mine ? value("dueDate") : today.adding(days: 7).iso)
        SupervisionNav.invalidAttributes(&h, name: "dueDate", errs)
        h.raw(">")
        SupervisionNav.fieldError(&h, layout, name: "dueDate", errs)
        h.raw("</div><button type=\"submit\">")
        h.text(layout.t("发出督办单"))
        h.raw("</button></form></section>")
    }

    private func progressForm(_ h: inout HTML) {
        let mine = formKind == .progress
        h.raw("<section class=\"card\" aria-labelledby=\"progress-h\"><h2 id=\"progress-h\">")
        h.text(layout.t("报告办理进展"))
        h.raw("</h2><form method=\"post\" action=\"")
        h.text(path)
        h.raw("/progress\">")
        layout.csrf(&h)
        h.raw("<input type=\"hidden\" name=\"version\" value=\"")
        h.text(status.version)
        h.raw("\">")
        textarea(&h, name: "text", label: "办理进展", required: true, errs: mine ? errors : [:], mine: mine)
        h.raw("<button type=\"submit\">")
        h.text(layout.t("提交进展报告"))
        h.raw("</button></form></section>")
    }

    private func textarea(_ h: inout HTML, name: String, label: String, required: Bool, errs: [String: String], mine: Bool) {
        h.raw("<div class=\"field\"><label")
        h.attr("for", name)
        h.raw(">")
        h.text(layout.t(label))
        if required { h.raw(" <span class=\"required\">*</span>") }
        h.raw("</label><textarea rows=\"3\"")
        h.attr("id", name)
        h.attr("name", name)
        if required { h.raw(" required") }
        SupervisionNav.invalidAttributes(&h, name: name, errs)
        h.raw(">")
        if mine { h.text(value(name)) }
        h.raw("</textarea>")
        SupervisionNav.fieldError(&h, layout, name: name, errs)
        h.raw("</div>")
    }

    private func warningsList(_ h: inout HTML) {
        guard !warnings.isEmpty else { return }
        h.raw("<section class=\"card\" aria-labelledby=\"warn-h\"><h2 id=\"warn-h\">")
        h.text(layout.t("期限预警记录"))
        h.raw("</h2><ul class=\"plain\">")
        for w in warnings {
            guard case .deadlineWarning(let step, let due, let level) = w.event else { continue }
            h.raw("<li>")
            h.text(WebFormat.date(w.at, lang: layout.lang))
            h.raw(" · <span class=\"")
            h.raw(level == .overdue ? "due-over" : "due-soon")
            h.raw("\">")
            h.text(layout.t(level.chineseName))
            h.raw("</span> · ")
            h.text(layout.t(step))
            h.raw(" · ")
            h.text(layout.t("期限"))
            h.raw(" ")
            h.text(WebFormat.date(due, lang: layout.lang))
            h.raw("</li>")
        }
        h.raw("</ul></section>")
    }
}
