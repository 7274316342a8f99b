import Hummingbird
import HuiyinDomain
import HuiyinStore

/// 文书模板 (`/admin/templates`, administrators only): the list of templates and an editor per kind.
/// A template must compile and may only use the kind's variables; every change is audited.
struct DocumentTemplatePages {
    let services: HuiyinServices

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("admin/templates") { request, context in
            try requireAdmin(context)
            return try await list(context, saved: request.uri.queryParameters.get("saved").flatMap(DocumentKind.init(rawValue:)))
        }
        group.get("admin/templates/{kind}") { _, context in
            try requireAdmin(context)
            let kind = try Self.kind(context)
            let stored = try await services.store.documentTemplate(kind: kind)
            return editor(context, kind: kind, body: stored?.body ?? DocumentTemplate.defaultBody(for: kind), stored: stored, error: nil)
        }
        group.post("admin/templates/{kind}") { request, context in
            try await save(request, context)
        }
    }

    private func requireAdmin(_ context: HuiyinContext) throws {
        guard try context.requireSession().user.role == .admin else {
            throw WebError.forbidden(context.lang.t("只有系统管理员可以修改文书模板"))
        }
    }

    private static func kind(_ context: HuiyinContext) throws -> DocumentKind {
        guard let kind = context.parameters.get("kind").flatMap(DocumentKind.init(rawValue:)) else { throw WebError.notFound }
        return kind
    }

    private func save(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        try requireAdmin(context)
        let session = try context.requireSession()
        let kind = try Self.kind(context)
        let form = try await context.form(request)
        let restore = form.bool("restore")
        let body = restore ? DocumentTemplate.defaultBody(for: kind) : form.string("body").replacingCRLF
        let stored = try await services.store.documentTemplate(kind: kind)
        guard !body.trimmingWhitespace.isEmpty else {
            return editor(context, kind: kind, body: body, stored: stored, error: context.lang.t("模板内容不能为空"), status: .unprocessableContent)
        }
        guard body.count <= 20_000 else {
            return editor(context, kind: kind, body: body, stored: stored, error: context.lang.t("模板内容过长"), status: .unprocessableContent)
        }
        do {
            _ = try DocumentTemplateText(kind: kind, body: body)
        } catch {
            return editor(context, kind: kind, body: body, stored: stored, error: error.message, status: .unprocessableContent)
        }
        let now = services.clock.now()
        try await services.store.saveDocumentTemplate(DocumentTemplate(kind: kind, body: body, updatedAt: now, updatedBy: session.user.displayName))
        try await services.store.record(AuditEntry(
            at: now, userID: session.user.id, username: session.user.username, action: "admin-template-save", petitionID: nil,
            detail: (restore ? "恢复默认文书模板：" : "修改文书模板：") + kind.title))
        return Response.redirect(to: "/admin/templates?saved=\(kind.rawValue)", type: .normal)
    }

    private func list(_ context: HuiyinContext, saved: DocumentKind?) async throws -> Response {
        let templates = try await services.store.documentTemplates()
        let page = AdminPage(context: context, title: "文书模板", area: .templates)
        return page.render { h in
            h.raw("<section class=\"card\"><h1>")
            h.text(page.t("文书模板"))
            h.raw("</h1>")
            if let saved {
                h.raw("<div class=\"notice ok\" role=\"status\">")
                h.text(page.t("已保存：") + page.t(saved.title))
                h.raw("</div>")
            }
            h.raw("<p class=\"muted\">")
            h.text(page.t("各类告知书和意见书的正文从这些模板生成；修改后，打印和下载的文书即按新模板出具。"))
            h.raw("</p><div class=\"table-wrap\"><table class=\"stack\"><thead><tr><th scope=\"col\">")
            h.text(page.t("文书"))
            h.raw("</th><th scope=\"col\">")
            h.text(page.t("最后修改"))
            h.raw("</th><th scope=\"col\"><span class=\"visually-hidden\">")
            h.text(page.t("操作"))
            h.raw("</span></th></tr></thead><tbody>")
            for kind in DocumentKind.allCases {
                let stored = templates.first { $0.kind == kind }
                h.raw("<tr><td>")
                h.text(page.t(kind.title))
                h.raw("</td><td")
                h.attr("data-label", page.t("最后修改"))
                h.raw(">")
                if let at = stored?.updatedAt {
                    h.text(WebFormat.time(at, lang: context.lang))
                    h.raw(" · ")
                    h.text(stored?.updatedBy ?? "")
                } else {
                    h.text(page.t("默认模板"))
                }
                h.raw("</td><td><a")
                h.attr("href", "/admin/templates/\(kind.rawValue)")
                h.raw(">")
                h.text(page.t("编辑"))
                h.raw("</a></td></tr>")
            }
            h.raw("</tbody></table></div></section>")
        }
    }

    private func editor(_ context: HuiyinContext, kind: DocumentKind, body: String, stored: DocumentTemplate?, error: String?,
                        status: HTTPResponse.Status = .ok) -> Response {
        let page = AdminPage(context: context, title: kind.title, area: .templates)
        return page.render(status: status) { h in
            h.raw("<section class=\"card\"><p class=\"crumbs\"><a href=\"/admin/templates\">")
            h.text(page.t("文书模板"))
            h.raw("</a></p><h1>")
            h.text(page.t(kind.title))
            h.raw("</h1>")
            if let at = stored?.updatedAt {
                h.raw("<p class=\"muted\">")
                h.text(page.t("最后修改") + "：" + WebFormat.time(at, lang: context.lang) + " · " + (stored?.updatedBy ?? ""))
                h.raw("</p>")
            }
            h.raw("<div class=\"cols\"><form method=\"post\" novalidate")
            h.attr("action", "/admin/templates/\(kind.rawValue)")
            h.raw(">")
            page.layout.csrf(&h)
            h.raw("<label for=\"template-body\" class=\"required\">")
            h.text(page.t("模板正文"))
            h.raw("<span class=\"hint\">")
            h.text(page.t("每行一段；{{变量}} 处填入案件内容；{{#变量}}…{{/变量}} 仅在有值时出现"))
            h.raw("</span></label><textarea id=\"template-body\" name=\"body\" rows=\"16\" class=\"template-body\"")
            if error != nil { h.raw(" aria-invalid=\"true\" aria-describedby=\"template-body-error\"") }
            h.raw(">")
            h.text(body)
            h.raw("</textarea>")
            if let error {
                h.raw("<p class=\"field-error\" id=\"template-body-error\">")
                h.text(error)
                h.raw("</p>")
            }
            h.raw("<p class=\"row\"><button type=\"submit\">")
            h.text(page.t("保存"))
            h.raw("</button><button type=\"submit\" name=\"restore\" value=\"1\" class=\"secondary\">")
            h.text(page.t("恢复默认模板"))
            h.raw("</button><a href=\"/admin/templates\">")
            h.text(page.t("取消"))
            h.raw("</a></p></form><aside aria-labelledby=\"h-vars\"><h2 id=\"h-vars\">")
            h.text(page.t("可用变量"))
            h.raw("</h2><dl class=\"facts vars\">")
            for v in DocumentVariables.all(for: kind) {
                h.raw("<dt><code>{{")
                h.text(v.name)
                h.raw("}}</code></dt><dd>")
                h.text(page.t(v.meaning))
                h.raw("</dd>")
            }
            h.raw("</dl></aside></div></section>")
        }
    }
}

extension String {
    /// Browsers send textarea line breaks as CRLF; templates keep LF.
    fileprivate var replacingCRLF: String {
        String(unicodeScalars.filter { $0 != "\r" }.map(Character.init))
    }
}
