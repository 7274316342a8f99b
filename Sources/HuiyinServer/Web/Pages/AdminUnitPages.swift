import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The units tree (单位): every body in the county with its kind, code and review body (复查机关); adding
/// a unit and changing a unit's review body. The tree is checked with ``UnitDirectory/validate()`` before
/// anything is stored, and the configuration is reloaded after.
struct AdminUnitPages {
    let services: HuiyinServices

    func register(on admin: RouterGroup<HuiyinContext>) {
        admin.get("units") { request, context in tree(context, done: AdminPage.done(request)) }
        admin.get("units/new") { _, context in newUnit(context, form: AdminUnitForm(), errors: [:], problems: []) }
        admin.post("units") { request, context in try await create(request, context) }
        admin.get("units/{id}") { request, context in
            let unit = try unit(context)
            return edit(context, unit: unit, reviewBody: unit.reviewBodyID.map(String.init) ?? "", errors: [:], done: AdminPage.done(request))
        }
        admin.post("units/{id}") { request, context in try await setReviewBody(request, context) }
    }

    private func unit(_ context: HuiyinContext) throws -> OrgUnit {
        guard let id = context.parameters.get("id").flatMap({ Int64($0) }),
              let unit = services.configuration.current.units.unit(id) else { throw WebError.notFound }
        return unit
    }

    // MARK: - Handlers

    private func create(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        let session = try context.requireSession()
        let form = AdminUnitForm(try await context.form(request))
        let units = services.configuration.current.units
        var (errors, problems) = form.problems(units: units)
        if errors.isEmpty, problems.isEmpty, let kind = form.parsedKind {
            do {
                let unit = try await services.store.insertUnit(code: form.code, name: form.name, kind: kind, parentID: form.parentID,
                                                               reviewBodyID: form.reviewBodyID)
                try await services.reloadConfiguration()
                try await services.recordAdminChange(
                    by: session, action: "admin-unit-create",
                    detail: "新增单位 \(unit.name)（\(kind.chineseName)，代码 \(unit.code)，上级 \(units.unit(unit.parentID)?.name ?? "无")，复查机关 \(units.unit(unit.reviewBodyID)?.name ?? "无")）")
                return Response.redirect(to: "/admin/units?done=unit-created#unit-\(unit.id)", type: .normal)
            } catch StoreError.duplicate {
                errors["code"] = "该单位代码已存在"
            }
        }
        problems = problems.map { context.lang.t($0) }
        return newUnit(context, form: form, errors: errors.mapValues { context.lang.t($0) }, problems: problems, status: .unprocessableContent)
    }

    private func setReviewBody(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        let session = try context.requireSession()
        let unit = try unit(context)
        let raw = try await context.form(request).string("reviewBody")
        let units = services.configuration.current.units
        let newID = Int64(raw)
        var error: String?
        if !raw.isEmpty, newID.flatMap({ units.unit($0) }) == nil {
            error = "请选择复查机关"
        } else if let newID, units.isWithin(newID, ancestor: unit.id) {
            error = "复查机关不能是本单位或其下级单位"
        } else {
            var changed = units.units
            if let i = changed.firstIndex(where: { $0.id == unit.id }) { changed[i].reviewBodyID = newID }
            if let problem = UnitDirectory(units: changed).validate().first { error = problem }
        }
        if let error {
            return edit(context, unit: unit, reviewBody: raw, errors: ["reviewBody": context.lang.t(error)], done: nil,
                        status: .unprocessableContent)
        }
        if newID != unit.reviewBodyID {
            try await services.store.setReviewBody(unitID: unit.id, reviewBodyID: newID)
            try await services.reloadConfiguration()
            try await services.recordAdminChange(
                by: session, action: "admin-unit-review-body",
                detail: "\(unit.name) 的复查机关 \(units.unit(unit.reviewBodyID)?.name ?? "无")→\(units.unit(newID)?.name ?? "无")")
        }
        return Response.redirect(to: "/admin/units?done=unit-updated#unit-\(unit.id)", type: .normal)
    }

    // MARK: - Views

    private func tree(_ context: HuiyinContext, done: String?) -> Response {
        let units = services.configuration.current.units
        let ordered = AdminUnitTree.ordered(units.units)
        let problems = units.validate()
        let page = AdminPage(context: context, title: "单位", area: .units)
        return page.render(done: done) { h in
            h.raw("<div class=\"row admin-head\"><h1>")
            h.text(page.t("单位"))
            h.raw("</h1><span class=\"spacer\"></span><a class=\"button\" href=\"/admin/units/new\">")
            h.text(page.t("新增单位"))
            h.raw("</a></div>")
            AdminFields(layout: page.layout).problems(&h, problems)
            h.raw("<p class=\"muted\">")
            h.text(page.t("复查机关决定对本单位处理意见的复查申请，通常是上一级单位。"))
            h.raw("</p><div class=\"table-wrap\"><table class=\"stack admin-tree\"><thead><tr>")
            for th in ["单位名称", "类别", "代码", "复查机关", "操作"] {
                h.raw("<th scope=\"col\">")
                h.text(page.t(th))
                h.raw("</th>")
            }
            h.raw("</tr></thead><tbody>")
            for (u, depth) in ordered {
                h.raw("<tr")
                h.attr("id", "unit-\(u.id)")
                h.raw("><th scope=\"row\" class=\"d")
                h.text(min(depth, 5))
                h.raw("\">")
                h.text(u.name)
                h.raw("</th><td")
                h.attr("data-label", page.t("类别"))
                h.raw(">")
                h.text(page.t(u.kind.chineseName))
                h.raw("</td><td")
                h.attr("data-label", page.t("代码"))
                h.raw("><code>")
                h.text(u.code)
                h.raw("</code></td><td")
                h.attr("data-label", page.t("复查机关"))
                h.raw(">")
                h.text(units.unit(u.reviewBodyID)?.name ?? "—")
                h.raw("</td><td><a")
                h.attr("href", "/admin/units/\(u.id)")
                h.raw(">")
                h.text(page.t("修改复查机关"))
                h.raw("<span class=\"admin-hidden\">：")
                h.text(u.name)
                h.raw("</span></a></td></tr>")
            }
            h.raw("</tbody></table></div>")
        }
    }

    private func newUnit(_ context: HuiyinContext, form: AdminUnitForm, errors: [String: String], problems: [String],
                         status: HTTPResponse.Status = .ok) -> Response {
        let tree = AdminUnitTree.ordered(services.configuration.current.units.units)
        let options = AdminFields.unitOptions(tree, lang: context.lang)
        let page = AdminPage(context: context, title: "新增单位", area: .units)
        let fields = AdminFields(layout: page.layout, errors: errors)
        return page.render(status: status) { h in
            h.raw("<p><a href=\"/admin/units\">")
            h.text(page.t("← 返回单位列表"))
            h.raw("</a></p><section class=\"card admin-form\"><h1>")
            h.text(page.t("新增单位"))
            h.raw("</h1>")
            fields.summary(&h)
            fields.problems(&h, problems)
            h.raw("<form method=\"post\" action=\"/admin/units\" novalidate>")
            page.layout.csrf(&h)
            fields.input(&h, "name", "单位名称", value: form.name, required: true)
            fields.input(&h, "code", "单位代码", value: form.code, required: true, hint: "行政区划或组织机构代码，数字或大写字母，不可重复",
                         extra: " autocapitalize=\"characters\" spellcheck=\"false\"")
            fields.select(&h, "kind", "类别", options: UnitKind.allCases.map { ($0.rawValue, context.lang.t($0.chineseName), 0) },
                          selected: form.kind, required: true, blank: "请选择")
            fields.select(&h, "parent", "上级单位", options: options, selected: form.parent, required: true, blank: "请选择")
            fields.select(&h, "reviewBody", "复查机关", options: options, selected: form.reviewBody, blank: "与上级单位相同")
            h.raw("<p><button type=\"submit\">")
            h.text(page.t("新增单位"))
            h.raw("</button> <a class=\"button secondary\" href=\"/admin/units\">")
            h.text(page.t("取消"))
            h.raw("</a></p></form></section>")
        }
    }

    private func edit(_ context: HuiyinContext, unit: OrgUnit, reviewBody: String, errors: [String: String], done: String?,
                      status: HTTPResponse.Status = .ok) -> Response {
        let units = services.configuration.current.units
        let options = AdminFields.unitOptions(AdminUnitTree.ordered(units.units), lang: context.lang)
        let page = AdminPage(context: context, title: "修改复查机关", area: .units)
        let fields = AdminFields(layout: page.layout, errors: errors)
        return page.render(status: status, done: done) { h in
            h.raw("<p><a href=\"/admin/units\">")
            h.text(page.t("← 返回单位列表"))
            h.raw("</a></p><section class=\"card admin-form\"><h1>")
            h.text(unit.name)
            h.raw("</h1><dl class=\"facts\"><dt>")
            h.text(page.t("类别"))
            h.raw("</dt><dd>")
            h.text(page.t(unit.kind.chineseName))
            h.raw("</dd><dt>")
            h.text(page.t("代码"))
            h.raw("</dt><dd><code>")
            h.text(unit.code)
            h.raw("</code></dd><dt>")
            h.text(page.t("上级单位"))
            h.raw("</dt><dd>")
            h.text(units.unit(unit.parentID)?.name ?? "—")
            h.raw("</dd></dl><h2>")
            h.text(page.t("修改复查机关"))
            h.raw("</h2><form method=\"post\" novalidate")
            h.attr("action", "/admin/units/\(unit.id)")
            h.raw(">")
            page.layout.csrf(&h)
            fields.select(&h, "reviewBody", "复查机关", options: options, selected: reviewBody, blank: "无（最高一级）")
            h.raw("<p><button type=\"submit\">")
            h.text(page.t("保存"))
            h.raw("</button></p></form></section>")
        }
    }
}
