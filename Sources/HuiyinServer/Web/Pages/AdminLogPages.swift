import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The admin log (管理日志): every administration change, sign-in and identity reveal from the audit
/// log, newest first, a page at a time, narrowed by kind.
struct AdminLogPages {
    let services: HuiyinServices
    static let pageSize = 50

    /// The kinds of entries one can narrow the log to: query value, label, action prefix.
    static let kinds: [(value: String, label: String, prefix: String?)] = [
        ("", "全部", nil),
        ("admin", "管理操作", "admin-"),
        ("sign-in", "登录记录", "sign-in"),
        ("reveal", "查看身份信息", "reveal"),
    ]

    /// Names of the actions recorded across the application.
    static let actionNames: [String: String] = [
        "admin-user-create": "新建用户",
        "admin-user-update": "修改用户",
        "admin-user-password": "重置密码",
        "admin-unit-create": "新增单位",
        "admin-unit-review-body": "修改复查机关",
        "admin-calendar-save": "录入官方日历",
        "admin-rules-save": "修改时限规则",
        "admin-template-save": "修改文书模板",
        "sign-in": "登录",
        "sign-in-failed": "登录失败",
        "password-change": "修改本人密码",
        "reveal-identity": "查看信访人身份信息",
    ]

    func register(on admin: RouterGroup<HuiyinContext>) {
        admin.get("log") { request, context in try await page(request, context) }
    }

    private func page(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        let q = request.uri.queryParameters
        let kind = Self.kinds.first { $0.value == (q.get("kind") ?? "") } ?? Self.kinds[0]
        let number = max(1, min(q.get("page").flatMap { Int($0) } ?? 1, 10_000))
        var entries = try await services.store.auditLog(actionPrefix: kind.prefix, offset: (number - 1) * Self.pageSize,
                                                        limit: Self.pageSize + 1)
        let hasMore = entries.count > Self.pageSize
        if hasMore { entries.removeLast() }
        let lang = context.lang
        let page = AdminPage(context: context, title: "管理日志", area: .log)
        return page.render { h in
            h.raw("<h1>")
            h.text(page.t("管理日志"))
            h.raw("</h1><p class=\"muted\">")
            h.text(page.t("系统管理的每一项改动、每次登录和每次查看信访人身份信息都记录在此，不可修改。"))
            h.raw("</p><ul class=\"counts\" aria-label=\"")
            h.text(page.t("按类别查看"))
            h.raw("\">")
            for k in Self.kinds {
                h.raw("<li><a href=\"/admin/log")
                if !k.value.isEmpty {
                    h.raw("?kind=")
                    h.text(k.value)
                }
                h.raw(k.value == kind.value ? "\" aria-current=\"page\">" : "\">")
                h.text(page.t(k.label))
                h.raw("</a></li>")
            }
            h.raw("</ul>")
            guard !entries.isEmpty else {
                h.raw("<p class=\"card\">")
                h.text(page.t("没有记录。"))
                h.raw("</p>")
                return
            }
            h.raw("<div class=\"table-wrap\"><table class=\"stack admin-log\"><thead><tr>")
            for th in ["时间", "用户", "操作", "内容"] {
                h.raw("<th scope=\"col\">")
                h.text(page.t(th))
                h.raw("</th>")
            }
            h.raw("</tr></thead><tbody>")
            for e in entries {
                h.raw("<tr><td")
                h.attr("data-label", page.t("时间"))
                h.raw("><time")
                h.attr("datetime", e.at.ISO8601Format())
                h.raw(">")
                h.text(WebFormat.time(e.at, lang: lang))
                h.raw("</time></td><td")
                h.attr("data-label", page.t("用户"))
                h.raw(">")
                h.text(e.username)
                h.raw("</td><td")
                h.attr("data-label", page.t("操作"))
                h.raw(">")
                h.text(Self.actionNames[e.action].map { page.t($0) } ?? e.action)
                h.raw("</td><td")
                h.attr("data-label", page.t("内容"))
                h.raw(">")
                if let id = e.petitionID {
                    h.raw("<a")
                    h.attr("href", "/petitions/\(id)")
                    h.raw(">")
                    h.text(page.t("信访件"))
                    h.raw(" #")
                    h.text(Int(id))
                    h.raw("</a> ")
                }
                h.text(e.detail)
                h.raw("</td></tr>")
            }
            h.raw("</tbody></table></div><nav class=\"pager\"")
            h.attr("aria-label", page.t("翻页"))
            h.raw(">")
            if number > 1 { link(&h, kind: kind.value, page: number - 1, label: page.t("← 较新")) }
            h.raw("<span>")
            h.text(lang == .zh ? "第 \(number) 页" : "Page \(number)")
            h.raw("</span>")
            if hasMore { link(&h, kind: kind.value, page: number + 1, label: page.t("较早 →")) }
            h.raw("</nav>")
        }
    }

    private func link(_ h: inout HTML, kind: String, page: Int, label: String) {
        h.raw("<a class=\"button secondary\"")
        h.attr("href", "/admin/log?kind=\(FormData.encode(kind))&page=\(page)")
        h.raw(">")
        h.text(label)
        h.raw("</a>")
    }
}
