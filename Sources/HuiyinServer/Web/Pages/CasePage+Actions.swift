import HuiyinDomain
import HuiyinStore

/// The action forms: one small form per action this user may take now, each with the fields its rule
/// needs, the case's version (so a concurrent change is caught), and errors beside the fields.
extension CasePage {
    /// Routes a petitioner is often told about when a matter is declined (RULES.md §3).
    static let commonRoutes = [
        "向有管辖权的人民法院提起诉讼", "向劳动人事争议仲裁委员会申请仲裁", "依法申请行政复议",
        "向人民检察院申请法律监督", "向纪检监察机关反映", "向人大常委会反映", "通过12345政务服务便民热线咨询",
    ]

    func actions(_ h: inout HTML) {
        let names = available
        h.raw("<section class=\"card actions\" id=\"actions\" aria-labelledby=\"h-actions\"><h2 id=\"h-actions\">")
        h.text(t("办理操作"))
        h.raw("</h2>")
        if names.isEmpty {
            h.raw("<p class=\"muted\">")
            h.text(t("当前没有您可以执行的操作。"))
            h.raw("</p>")
        }
        for name in names { actionForm(&h, name) }
        h.raw("</section>")
    }

    private func actionForm(_ h: inout HTML, _ name: String) {
        let open = formState?.action == name
        h.raw("<details class=\"action\"")
        h.attr("id", "act-" + name)
        h.raw(open ? " open><summary>" : "><summary>")
        h.text(t(Lifecycle.chineseName(of: name)))
        h.raw("</summary><form method=\"post\" novalidate")
        h.attr("action", "\(path)/actions/\(name)")
        h.raw(">")
        layout.csrf(&h)
        h.raw("<input type=\"hidden\" name=\"version\" value=\"")
        h.text(status.version)
        h.raw("\">")
        switch name {
        case "forward", "assign":
            unitSelect(&h, name)
            if name == "assign" { input(&h, name, "reportDue", "办结报告期限", type: "date", required: false, hint: "不填则按规定期限") }
            textarea(&h, name, "note", "附言", required: false, rows: 2)
        case "handleDirectly", "accept", "close":
            textarea(&h, name, "note", "说明", required: false, rows: 2)
        case "decline":
            textarea(&h, name, "reason", "不予受理的理由", required: true, rows: 3)
            input(&h, name, "properRoute", "告知信访人的途径", list: "routes-\(name)")
            h.raw("<datalist")
            h.attr("id", "routes-\(name)")
            h.raw(">")
            for route in Self.commonRoutes {
                h.raw("<option")
                h.attr("value", route)
                h.raw(">")
            }
            h.raw("</datalist>")
        case "refuseAgain":
            textarea(&h, name, "reason", "不再受理的理由", required: true, rows: 3)
        case "object":
            textarea(&h, name, "reason", "异议理由", required: true, rows: 3)
        case "extend":
            let max = config.rules[.extensionMax].days
            input(&h, name, "days", "延长天数", type: "number", hint: "1–\(max) 日，只能延期一次", min: 1, max: max)
            textarea(&h, name, "reason", "延期理由", required: true, rows: 3)
        case "reply":
            select(&h, name, "outcome", "处理结果", DecisionOutcome.allCases.map { ($0.rawValue, $0.chineseName) })
            textarea(&h, name, "factsFound", "查明的事实", required: true, rows: 5)
            textarea(&h, name, "basis", "法律法规或政策依据", required: true, rows: 3)
            textarea(&h, name, "opinion", "处理意见", required: true, rows: 5)
        case "requestReview", "requestRecheck":
            h.raw("<p class=\"muted\">")
            h.text(t("代信访人登记其来信、来访提出的申请。"))
            h.raw("</p>")
            textarea(&h, name, "reasons", name == "requestReview" ? "申请复查的理由" : "申请复核的理由", required: true, rows: 3)
        case "decideReview", "decideRecheck":
            select(&h, name, "outcome", name == "decideReview" ? "复查结论" : "复核结论",
                   ReviewOutcome.allCases.map { ($0.rawValue, $0.chineseName) })
            textarea(&h, name, "opinion", name == "decideReview" ? "复查意见" : "复核意见", required: true, rows: 5)
        case "supervise":
            textarea(&h, name, "reason", "督办事由", required: true, rows: 3)
            input(&h, name, "dueDate", "督办期限", type: "date", required: false, hint: "可不填")
        case "comment":
            textarea(&h, name, "text", "备注内容", required: true, rows: 3)
        case "linkMatter":
            input(&h, name, "petitionNumber", "同一事项的信访件编号", hint: "如 XF-2026-000123")
        default:
            break
        }
        h.raw("<p><button type=\"submit\"")
        if name == "decline" || name == "refuseAgain" { h.raw(" class=\"danger\"") }
        h.raw(">")
        h.text(t("确认") + t(Lifecycle.chineseName(of: name)))
        h.raw("</button></p></form></details>")
    }

    // MARK: Fields

    private func value(_ action: String, _ field: String) -> String {
        formState?.action == action ? formState?.form.string(field) ?? "" : ""
    }

    private func error(_ action: String, _ field: String) -> String? {
        formState?.action == action ? formState?.errors[field] : nil
    }

    private func input(_ h: inout HTML, _ action: String, _ field: String, _ text: String, type: StaticString = "text",
                       required: Bool = true, hint: String? = nil, list: String? = nil, min: Int? = nil, max: Int? = nil) {
        let id = "\(action)-\(field)", message = error(action, field)
        FormField.label(&h, for: id, t(text), required: required, hint: hint.map(t))
        h.raw("<input type=\"")
        h.raw(type)
        h.raw("\"")
        h.attr("id", id)
        h.attr("name", field)
        h.attr("value", value(action, field))
        if let list { h.attr("list", list) }
        if let min { h.attr("min", String(min)) }
        if let max { h.attr("max", String(max)) }
        FormField.describedBy(&h, id: id, invalid: message != nil)
        h.raw(">")
        FormField.message(&h, id: id, message)
    }

    private func textarea(_ h: inout HTML, _ action: String, _ field: String, _ text: String, required: Bool, rows: Int) {
        let id = "\(action)-\(field)", message = error(action, field)
        FormField.label(&h, for: id, t(text), required: required)
        h.raw("<textarea")
        h.attr("id", id)
        h.attr("name", field)
        h.attr("rows", String(rows))
        FormField.describedBy(&h, id: id, invalid: message != nil)
        h.raw(">")
        h.text(value(action, field))
        h.raw("</textarea>")
        FormField.message(&h, id: id, message)
    }

    private func select(_ h: inout HTML, _ action: String, _ field: String, _ text: String, _ options: [(String, String)]) {
        let id = "\(action)-\(field)", message = error(action, field), current = value(action, field)
        FormField.label(&h, for: id, t(text), required: true)
        h.raw("<select")
        h.attr("id", id)
        h.attr("name", field)
        FormField.describedBy(&h, id: id, invalid: message != nil)
        h.raw(">")
        FormField.blankOption(&h, t("请选择"))
        for (v, label) in options { FormField.option(&h, value: v, t(label), selected: v == current) }
        h.raw("</select>")
        FormField.message(&h, id: id, message)
    }

    /// The units that may receive a forwarded or assigned petition, grouped by kind; never an accused unit.
    /// The suggested ones are listed with their reasons above the list and again in a first group 建议,
    /// where the first is chosen while nothing else is.
    private func unitSelect(_ h: inout HTML, _ action: String) {
        let id = "\(action)-unitId", message = error(action, "unitId"), typed = value(action, "unitId")
        let accused = registration.accusedUnitIDs
        let kinds: [(String, Set<UnitKind>)] = [("乡镇、街道", [.township, .street]), ("县直部门", [.department]), ("县人民政府", [.countyGovernment])]
        let groups = kinds.map { groupName, kinds in
            (groupName, config.units.units.filter { u in
                kinds.contains(u.kind) && !accused.contains { config.units.isWithin(u.id, ancestor: $0) }
            })
        }
        let suggested = selectableSuggestions(Set(groups.flatMap { $0.1.map(\.id) }))
        let fresh = typed.isEmpty && formState?.action != action
        var current = fresh ? suggested.first.map { String($0.unitID) } ?? "" : typed
        FormField.label(&h, for: id, t("承办单位"), required: true)
        if !suggested.isEmpty { suggestionList(&h, id: id + "-suggested", suggested) }
        h.raw("<select")
        h.attr("id", id)
        h.raw(" name=\"unitId\"")
        FormField.describedBy(&h, id: id, invalid: message != nil, also: suggested.isEmpty ? nil : id + "-suggested")
        h.raw(">")
        FormField.blankOption(&h, t("请选择"))
        let named = suggested.compactMap { s in config.units.unit(s.unitID) }
        for (groupName, units) in [("建议", named)] + groups where !units.isEmpty {
            h.raw("<optgroup")
            h.attr("label", t(groupName))
            h.raw(">")
            for u in units {
                // Chosen once: in the first group that holds it.
                let chosen = String(u.id) == current
                if chosen { current = "" }
                FormField.option(&h, value: String(u.id), u.name, selected: chosen)
            }
            h.raw("</optgroup>")
        }
        h.raw("</select>")
        FormField.message(&h, id: id, message)
    }
}
