import Hummingbird
import HuiyinDomain
import HuiyinStore

/// Users and roles (用户与角色): the list of accounts, a new account, editing one, resetting a password.
/// Deactivating an account or resetting its password signs it out everywhere.
struct AdminUserPages {
    let services: HuiyinServices

    func register(on admin: RouterGroup<HuiyinContext>) {
        admin.get("users") { request, context in
            try await list(context, form: AdminUserForm(), errors: [:], done: AdminPage.done(request))
        }
        admin.post("users") { request, context in try await create(request, context) }
        admin.get("users/{id}") { request, context in
            let user = try await user(context)
            return edit(context, user: user, form: AdminUserForm(user), errors: [:], done: AdminPage.done(request))
        }
        admin.post("users/{id}") { request, context in try await update(request, context) }
        admin.post("users/{id}/password") { request, context in try await resetPassword(request, context) }
    }

    private func user(_ context: HuiyinContext) async throws -> StaffUser {
        guard let id = context.parameters.get("id").flatMap({ Int64($0) }), let user = try await services.store.user(id: id) else {
            throw WebError.notFound
        }
        return user
    }

    private func translated(_ errors: [String: String], _ lang: Lang) -> [String: String] {
        errors.mapValues { lang.t($0) }
    }

    // MARK: - Handlers

    private func create(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        let session = try context.requireSession()
        let form = AdminUserForm(try await context.form(request))
        let units = services.configuration.current.units
        var errors = form.problems(units: units, creating: true)
        if errors.isEmpty, let role = form.parsedRole, let unitID = form.unitID {
            do {
                let user = try await services.store.insertUser(username: form.username, displayName: form.displayName, role: role,
                                                               unitID: unitID, passwordHash: try await Passwords.hash(form.password))
                try await services.recordAdminChange(
                    by: session, action: "admin-user-create",
                    detail: "新建用户 \(user.username)（\(user.displayName)，\(role.chineseName)，\(units.unit(unitID)?.name ?? "")）")
                return Response.redirect(to: "/admin/users?done=user-created#main", type: .normal)
            } catch StoreError.duplicate {
                errors["username"] = "该用户名已被使用"
            } catch StoreError.notFound {
                errors["unit"] = "请选择所属单位"
            }
        }
        var kept = form
        kept.password = ""
        return try await list(context, form: kept, errors: translated(errors, context.lang), done: nil, status: .unprocessableContent)
    }

    private func update(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        let session = try context.requireSession()
        let old = try await user(context)
        let form = AdminUserForm(try await context.form(request))
        let units = services.configuration.current.units
        var errors = form.problems(units: units, creating: false)
        if old.id == session.user.id, !form.active || form.parsedRole != .admin {
            // An administrator who locks themselves out leaves the county without one.
            errors["role"] = "不能停用自己的账号或取消自己的管理员角色"
        }
        guard errors.isEmpty, let role = form.parsedRole, let unitID = form.unitID else {
            var kept = form
            kept.username = old.username
            return edit(context, user: old, form: kept, errors: translated(errors, context.lang), done: nil, status: .unprocessableContent)
        }
        try await services.store.updateUser(id: old.id, displayName: form.displayName, role: role, unitID: unitID, active: form.active)
        if !form.active || role != old.role || unitID != old.unitID {
            // What the user may see changed: their open sessions must not keep the old rights.
            try await services.store.deleteSessions(userID: old.id)
        }
        try await services.recordAdminChange(by: session, action: "admin-user-update",
                                             detail: "修改用户 \(old.username)：\(form.changes(from: old, units: units))")
        return Response.redirect(to: "/admin/users/\(old.id)?done=user-updated", type: .normal)
    }

    private func resetPassword(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        let session = try context.requireSession()
        let user = try await user(context)
        let password = try await context.form(request).string("newPassword")
        if let problem = Passwords.problem(with: password) {
            return edit(context, user: user, form: AdminUserForm(user), errors: ["newPassword": context.lang.t(problem)], done: nil,
                        status: .unprocessableContent)
        }
        try await services.store.setPassword(userID: user.id, hash: try await Passwords.hash(password))
        try await services.store.resetLoginFailures(userID: user.id)
        try await services.store.deleteSessions(userID: user.id)
        try await services.recordAdminChange(by: session, action: "admin-user-password", detail: "重置用户 \(user.username) 的密码")
        return Response.redirect(to: "/admin/users/\(user.id)?done=password-reset", type: .normal)
    }

    // MARK: - Views

    private func list(_ context: HuiyinContext, form: AdminUserForm, errors: [String: String], done: String?,
                      status: HTTPResponse.Status = .ok) async throws -> Response {
        let users = try await services.store.users()
        let units = services.configuration.current.units
        let tree = AdminUnitTree.ordered(units.units)
        let page = AdminPage(context: context, title: "用户与角色", area: .users)
        let fields = AdminFields(layout: page.layout, errors: errors)
        return page.render(status: status, done: done) { h in
            h.raw("<div class=\"row admin-head\"><h1>")
            h.text(page.t("用户与角色"))
            h.raw("</h1><span class=\"spacer\"></span><a class=\"button\" href=\"#new-user\">")
            h.text(page.t("新建账号"))
            h.raw("</a></div><div class=\"cols\"><section aria-labelledby=\"users-h\"><h2 id=\"users-h\">")
            h.text(page.t("全部账号"))
            h.raw("</h2><div class=\"table-wrap\"><table class=\"stack\"><thead><tr>")
            for th in ["用户名", "姓名", "角色", "所属单位", "状态"] {
                h.raw("<th scope=\"col\">")
                h.text(page.t(th))
                h.raw("</th>")
            }
            h.raw("</tr></thead><tbody>")
            for u in users {
                h.raw("<tr><td")
                h.attr("data-label", page.t("用户名"))
                h.raw("><a href=\"/admin/users/")
                h.text(Int(u.id))
                h.raw("\">")
                h.text(u.username)
                h.raw("</a></td><td")
                h.attr("data-label", page.t("姓名"))
                h.raw(">")
                h.text(u.displayName)
                h.raw("</td><td")
                h.attr("data-label", page.t("角色"))
                h.raw(">")
                h.text(page.t(u.role.chineseName))
                h.raw("</td><td")
                h.attr("data-label", page.t("所属单位"))
                h.raw(">")
                h.text(units.unit(u.unitID)?.name ?? "—")
                h.raw("</td><td")
                h.attr("data-label", page.t("状态"))
                h.raw(u.active ? "><span class=\"badge\">" : "><span class=\"badge risk\">")
                h.text(page.t(u.active ? "启用" : "已停用"))
                h.raw("</span></td></tr>")
            }
            h.raw("</tbody></table></div></section><section class=\"card\" id=\"new-user\" aria-labelledby=\"new-user-h\"><h2 id=\"new-user-h\">")
            h.text(page.t("新建账号"))
            h.raw("</h2>")
            fields.summary(&h)
            h.raw("<form method=\"post\" action=\"/admin/users#new-user\" novalidate>")
            page.layout.csrf(&h)
            fields.input(&h, "username", "用户名", value: form.username, required: true, hint: "小写字母、数字、. _ -",
                         extra: " autocapitalize=\"none\" spellcheck=\"false\"")
            fields.input(&h, "displayName", "姓名", value: form.displayName, required: true)
            roleAndUnit(&h, fields, form: form, tree: tree, lang: context.lang)
            fields.input(&h, "password", "初始密码", value: "", type: "password", required: true, hint: "至少 8 位，不能全是数字",
                         autocomplete: "new-password")
            h.raw("<p><button type=\"submit\">")
            h.text(page.t("创建账号"))
            h.raw("</button></p></form></section></div>")
        }
    }

    private func roleAndUnit(_ h: inout HTML, _ fields: AdminFields, form: AdminUserForm, tree: [(unit: OrgUnit, depth: Int)], lang: Lang) {
        fields.select(&h, "role", "角色", options: Role.allCases.map { ($0.rawValue, lang.t($0.chineseName), 0) },
                      selected: form.role, required: true, blank: "请选择")
        fields.select(&h, "unit", "所属单位", options: AdminFields.unitOptions(tree, lang: lang), selected: form.unit,
                      required: true, blank: "请选择")
    }

    private func edit(_ context: HuiyinContext, user: StaffUser, form: AdminUserForm, errors: [String: String], done: String?,
                      status: HTTPResponse.Status = .ok) -> Response {
        let units = services.configuration.current.units
        let page = AdminPage(context: context, title: "修改账号", area: .users)
        let fields = AdminFields(layout: page.layout, errors: errors)
        return page.render(status: status, done: done) { h in
            h.raw("<p><a href=\"/admin/users\">")
            h.text(page.t("← 返回用户列表"))
            h.raw("</a></p><h1>")
            h.text(page.t("修改账号"))
            h.raw("：")
            h.text(user.username)
            h.raw("</h1><div class=\"grid\"><section class=\"card\" aria-labelledby=\"edit-h\"><h2 id=\"edit-h\">")
            h.text(page.t("姓名、角色与单位"))
            h.raw("</h2>")
            fields.summary(&h)
            h.raw("<form method=\"post\" novalidate")
            h.attr("action", "/admin/users/\(user.id)")
            h.raw(">")
            page.layout.csrf(&h)
            fields.input(&h, "displayName", "姓名", value: form.displayName, required: true)
            roleAndUnit(&h, fields, form: form, tree: AdminUnitTree.ordered(units.units), lang: context.lang)
            h.raw("<div class=\"checks\"><label><input type=\"checkbox\" name=\"active\" value=\"on\"")
            if form.active { h.raw(" checked") }
            h.raw("> ")
            h.text(page.t("启用（取消勾选即停用，该用户立即退出登录）"))
            h.raw("</label></div><p><button type=\"submit\">")
            h.text(page.t("保存"))
            h.raw("</button></p></form></section><section class=\"card\" aria-labelledby=\"pw-h\"><h2 id=\"pw-h\">")
            h.text(page.t("重置密码"))
            h.raw("</h2><p class=\"muted\">")
            h.text(page.t("重置后该用户在所有设备上退出登录，并解除因密码错误造成的锁定。请当面或电话告知新密码。"))
            h.raw("</p><form method=\"post\" novalidate")
            h.attr("action", "/admin/users/\(user.id)/password")
            h.raw(">")
            page.layout.csrf(&h)
            fields.input(&h, "newPassword", "新密码", value: "", type: "password", required: true, hint: "至少 8 位，不能全是数字",
                         autocomplete: "new-password")
            h.raw("<p><button type=\"submit\" class=\"secondary\">")
            h.text(page.t("重置密码"))
            h.raw("</button></p></form></section></div>")
        }
    }
}
