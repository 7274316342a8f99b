import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The chrome around every staff page, in the ``DocumentShell``: header with navigation, search and the
/// signed-in user, the language switch. Pages write only their own content.
struct Layout: PageChrome {
    enum Section { case workbench, register, cases, supervision, admin, account, none }

    let context: HuiyinContext
    let title: String
    var section: Section = .none

    func render(status: HTTPResponse.Status = .ok, _ body: (inout HTML) -> Void) -> Response {
        let shell = DocumentShell(lang: lang, title: title, site: t("回音"), tagline: t("信访事项办理系统"), home: "/", bodyStart: "</head><body>")
        // Room for a 50-row workbench page without growing the buffer.
        return shell.render(status: status, capacity: 64 * 1024, header: { h in
            if let session = context.session {
                nav(&h, user: session.user)
                SearchPage.headerBox(&h, layout: self)
                h.raw("<div class=\"me\"><span>")
                h.text(session.user.displayName)
                h.raw("<small>")
                h.text(t(session.user.role.chineseName))
                h.raw("</small></span>")
                DocumentShell.languageSwitch(&h, lang)
                h.raw("<a href=\"/account/password\">")
                h.text(t("修改密码"))
                h.raw("</a><form method=\"post\" action=\"/logout\" class=\"inline\">")
                csrf(&h)
                h.raw("<button type=\"submit\" class=\"link\">")
                h.text(t("退出"))
                h.raw("</button></form></div>")
            } else {
                h.raw("<div class=\"me\">")
                DocumentShell.languageSwitch(&h, lang)
                h.raw("</div>")
            }
        }, main: body, footer: { h in
            h.text(t("件件有着落、件件有回音"))
        })
    }

    private func nav(_ h: inout HTML, user: StaffUser) {
        h.raw("<nav")
        h.attr("aria-label", t("主导航"))
        h.raw("><ul>")
        item(&h, "/", "工作台", .workbench)
        if PetitionService.registeringRoles.contains(user.role) { item(&h, "/petitions/new", "登记", .register) }
        item(&h, "/petitions", "案件查询", .cases)
        if SupervisionService.mayRead(user) { item(&h, "/supervision", "督查督办", .supervision) }
        if user.role == .admin { item(&h, "/admin", "系统管理", .admin) }
        h.raw("</ul></nav>")
    }

    private func item(_ h: inout HTML, _ href: StaticString, _ label: String, _ s: Section) {
        DocumentShell.navItem(&h, href, t(label), current: section == s)
    }

    /// The hidden CSRF field every form carries.
    func csrf(_ h: inout HTML) {
        h.raw("<input type=\"hidden\" name=\"_csrf\" value=\"")
        h.text(context.session?.csrf ?? "")
        h.raw("\">")
    }
}
