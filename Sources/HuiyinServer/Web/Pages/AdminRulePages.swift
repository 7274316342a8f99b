import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The rule table (时限规则): every time limit of the workflow with its days, how days are counted and
/// where it comes from, plus the collective-petition thresholds. Edited in one form, checked with
/// ``RuleTable/validate()`` field by field, stored whole and effective at once.
struct AdminRulePages {
    let services: HuiyinServices

    func register(on admin: RouterGroup<HuiyinContext>) {
        admin.get("rules") { request, context in
            page(context, values: AdminRuleValues(services.configuration.current.rules), errors: [:], done: AdminPage.done(request))
        }
        admin.post("rules") { request, context in try await save(request, context) }
    }

    private func save(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        let session = try context.requireSession()
        let values = AdminRuleValues(try await context.form(request))
        let current = services.configuration.current.rules
        switch values.table() {
        case .failure(let refusal):
            return page(context, values: values, errors: refusal.errors.mapValues { context.lang.t($0) }, done: nil,
                        status: .unprocessableContent)
        case .success(let table):
            let changes = AdminRuleValues.changes(from: current, to: table)
            guard !changes.isEmpty else { return Response.redirect(to: "/admin/rules?done=rules-unchanged", type: .normal) }
            try await services.store.saveRuleTable(table)
            try await services.reloadConfiguration()
            try await services.recordAdminChange(by: session, action: "admin-rules-save", detail: "修改时限规则：" + changes.joined(separator: "；"))
            return Response.redirect(to: "/admin/rules?done=rules-saved", type: .normal)
        }
    }

    private func page(_ context: HuiyinContext, values: AdminRuleValues, errors: [String: String], done: String?,
                      status: HTTPResponse.Status = .ok) -> Response {
        let page = AdminPage(context: context, title: "时限规则", area: .rules)
        let fields = AdminFields(layout: page.layout, errors: errors)
        return page.render(status: status, done: done) { h in
            h.raw("<h1>")
            h.text(page.t("时限规则"))
            h.raw("</h1><p class=\"muted\">")
            h.text(page.t("期限从触发事件的次日起算。按“日”计算的期限末日遇节假日顺延至下一个工作日；按“工作日”计算的只数官方日历中的工作日。修改只影响此后开始计算的期限。"))
            h.raw("</p>")
            fields.summary(&h)
            h.raw("<form method=\"post\" action=\"/admin/rules\" novalidate>")
            page.layout.csrf(&h)
            h.raw("<div class=\"table-wrap\"><table class=\"stack admin-rules\"><thead><tr>")
            for th in ["时限", "天数", "计算方式", "依据", "法定值"] {
                h.raw("<th scope=\"col\">")
                h.text(page.t(th))
                h.raw("</th>")
            }
            h.raw("</tr></thead><tbody>")
            for rule in RuleTable.Limit.allCases {
                let days = "days-" + rule.rawValue, count = "count-" + rule.rawValue
                h.raw("<tr><th scope=\"row\"><label")
                h.attr("for", days)
                h.raw(">")
                h.text(page.t(rule.chineseName))
                h.raw("</label></th><td")
                h.attr("data-label", page.t("天数"))
                h.raw("><input type=\"number\" min=\"1\" max=\"365\" inputmode=\"numeric\" class=\"admin-days\" required")
                h.attr("id", days)
                h.attr("name", days)
                h.attr("value", values.days[rule] ?? "")
                fields.invalidAttributes(&h, days)
                h.raw(">")
                fields.message(&h, days)
                h.raw("</td><td")
                h.attr("data-label", page.t("计算方式"))
                h.raw("><select")
                h.attr("id", count)
                h.attr("name", count)
                h.attr("aria-label", page.t(rule.chineseName) + " " + page.t("计算方式"))
                h.raw(">")
                for (value, label) in [("calendar", "日（自然日）"), ("working", "工作日")] {
                    h.raw("<option")
                    h.attr("value", value)
                    if values.counts[rule] == value { h.raw(" selected") }
                    h.raw(">")
                    h.text(page.t(label))
                    h.raw("</option>")
                }
                h.raw("</select></td><td")
                h.attr("data-label", page.t("依据"))
                h.raw(">")
                h.text(page.t(rule.source))
                h.raw("</td><td")
                h.attr("data-label", page.t("法定值"))
                h.raw(">")
                h.text(Self.describe(RuleTable.statutory[rule], lang: context.lang))
                h.raw("</td></tr>")
            }
            h.raw("</tbody></table></div><div class=\"grid admin-thresholds\"><div>")
            fields.input(&h, "collectiveThreshold", "集体访人数门槛", value: values.collectiveThreshold, type: "number", required: true,
                         hint: "达到此人数为集体访", extra: " min=\"2\" max=\"1000\" inputmode=\"numeric\"")
            h.raw("</div><div>")
            fields.input(&h, "maxRepresentatives", "代表人数上限", value: values.maxRepresentatives, type: "number", required: true,
                         hint: "集体访推选代表不超过此数", extra: " min=\"1\" max=\"20\" inputmode=\"numeric\"")
            h.raw("</div></div><p><button type=\"submit\">")
            h.text(page.t("保存"))
            h.raw("</button></p></form>")
        }
    }

    /// `15日` / `5个工作日`, or in English `15 days` / `5 working days`.
    static func describe(_ limit: TimeLimit, lang: Lang) -> String {
        guard lang == .en else { return limit.description }
        return limit.count == .calendar ? "\(limit.days) days" : "\(limit.days) working days"
    }
}
