import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The chrome around every staff page: header with navigation and the signed-in user, the language
/// switch, a skip link, and the main region. Pages write only their own content.
struct Layout {
    enum Section { case workbench, register, cases, supervision, admin, account, none }

    let context: HuiyinContext
    let title: String
    var section: Section = .none

    var lang: Lang { context.lang }

    func t(_ zh: String) -> String { lang.t(zh) }

    func render(status: HTTPResponse.Status = .ok, _ body: (inout HTML) -> Void) -> Response {
        // Room for a 50-row workbench page without growing the buffer.
        var h = HTML(capacity: 64 * 1024)
        h.raw("<!doctype html><html lang=\"")
        h.raw(lang.htmlLang)
        h.raw("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        h.text(title)
        h.raw(" · ")
        h.text(t("回音"))
        h.raw("</title><link rel=\"stylesheet\" href=\"/static/huiyin.css\"><link rel=\"icon\" href=\"/static/favicon.svg\"></head><body>")
        h.raw("<a class=\"skip\" href=\"#main\">")
        h.text(t("跳到主要内容"))
        h.raw("</a><header class=\"top\"><a class=\"brand\" href=\"/\"><span class=\"logo\" aria-hidden=\"true\">回</span>")
        h.text(t("回音"))
        h.raw("<small>")
        h.text(t("信访事项办理系统"))
        h.raw("</small></a>")
        if let session = context.session {
            nav(&h, user: session.user)
            h.raw("<div class=\"me\"><span>")
            h.text(session.user.displayName)
            h.raw("<small>")
            h.text(t(session.user.role.chineseName))
            h.raw("</small></span>")
            langSwitch(&h)
            h.raw("<a href=\"/account/password\">")
            h.text(t("修改密码"))
            h.raw("</a><form method=\"post\" action=\"/logout\" class=\"inline\">")
            csrf(&h)
            h.raw("<button type=\"submit\" class=\"link\">")
            h.text(t("退出"))
            h.raw("</button></form></div>")
        } else {
            h.raw("<div class=\"me\">")
            langSwitch(&h)
            h.raw("</div>")
        }
        h.raw("</header><main id=\"main\" tabindex=\"-1\">")
        body(&h)
        h.raw("</main><footer class=\"foot\">")
        h.text(t("件件有着落、件件有回音"))
        h.raw("</footer></body></html>")
        return h.response(status: status)
    }

    private func nav(_ h: inout HTML, user: StaffUser) {
        h.raw("<nav aria-label=\"主导航\"><ul>")
        item(&h, "/", "工作台", .workbench)
        if PetitionService.registeringRoles.contains(user.role) { item(&h, "/petitions/new", "登记", .register) }
        item(&h, "/petitions", "案件查询", .cases)
        if SupervisionService.mayRead(user) { item(&h, "/supervision", "督查督办", .supervision) }
        if user.role == .admin { item(&h, "/admin", "系统管理", .admin) }
        h.raw("</ul></nav>")
    }

    private func item(_ h: inout HTML, _ href: StaticString, _ label: String, _ s: Section) {
        h.raw("<li><a href=\"")
        h.raw(href)
        h.raw(section == s ? "\" aria-current=\"page\">" : "\">")
        h.text(t(label))
        h.raw("</a></li>")
    }

    private func langSwitch(_ h: inout HTML) {
        h.raw("<a class=\"lang\" href=\"?lang=")
        h.raw(lang == .zh ? "en\" lang=\"en\">English" : "zh\" lang=\"zh-CN\">中文")
        h.raw("</a>")
    }

    /// The hidden CSRF field every form carries.
    func csrf(_ h: inout HTML) {
        h.raw("<input type=\"hidden\" name=\"_csrf\" value=\"")
        h.text(context.session?.csrf ?? "")
        h.raw("\">")
    }
}
