import Hummingbird
import HuiyinDomain

/// The chrome around the petitioner's pages (网上信访), in the ``DocumentShell``: the portal's own navigation
/// and the language switch — no staff navigation, no session. Pages write only their content.
struct PortalLayout: PageChrome {
    enum Section { case guide, submit, track, none }

    let context: HuiyinContext
    let title: String
    var section: Section = .none

    func render(status: HTTPResponse.Status = .ok, _ body: (inout HTML) -> Void) -> Response {
        let shell = DocumentShell(lang: lang, title: title, site: t("网上信访平台"), tagline: t("县信访局"), home: "/public",
                                  bodyStart: "<script src=\"/static/huiyin.js\" defer></script></head><body class=\"portal\">")
        return shell.render(status: status, capacity: 32 * 1024, header: { h in
            h.raw("<nav")
            h.attr("aria-label", t("网上信访导航"))
            h.raw("><ul>")
            item(&h, "/public", "办事指南", .guide)
            item(&h, "/public/submit", "我要信访", .submit)
            item(&h, "/public/track", "查询进度", .track)
            h.raw("</ul></nav><div class=\"me\">")
            DocumentShell.languageSwitch(&h, lang)
            h.raw("</div>")
        }, main: body, footer: { h in
            h.raw("<p>")
            h.text(t("件件有着落、件件有回音"))
            h.raw("</p><p>")
            h.text(t("本网站不收取任何费用，也不会通过电话或短信索要查询码。"))
            h.raw("</p>")
        })
    }

    private func item(_ h: inout HTML, _ href: StaticString, _ label: String, _ s: Section) {
        DocumentShell.navItem(&h, href, t(label), current: section == s)
    }

    /// The hidden double-submit token every portal form carries (the cookie holds the same value).
    func csrf(_ h: inout HTML, token: String) {
        h.raw("<input type=\"hidden\" name=\"_csrf\"")
        h.attr("value", token)
        h.raw(">")
    }

    /// A message box: `ok`, `warn` or `error`.
    func notice(_ h: inout HTML, _ kind: PortalNotice?) {
        guard let kind else { return }
        switch kind {
        case .ok(let text):
            h.raw("<div class=\"notice ok\" role=\"status\">")
            h.text(text)
        case .warn(let text):
            h.raw("<div class=\"notice warn\" role=\"alert\">")
            h.text(text)
        case .error(let text):
            h.raw("<div class=\"notice error\" role=\"alert\" id=\"form-error\">")
            h.text(text)
        }
        h.raw("</div>")
    }
}

/// A message at the top of a portal page (already translated).
enum PortalNotice: Sendable {
    case ok(String)
    case warn(String)
    case error(String)
}
