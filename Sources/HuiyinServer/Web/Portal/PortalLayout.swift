import Hummingbird
import HuiyinDomain

/// The chrome around the petitioner's pages (网上信访): the public header with the portal's own
/// navigation and the language switch — no staff navigation, no session. Pages write only their content.
struct PortalLayout {
    enum Section { case guide, submit, track, none }

    let context: HuiyinContext
    let title: String
    var section: Section = .none

    var lang: Lang { context.lang }

    func t(_ zh: String) -> String { lang.t(zh) }

    /// A staff ``Layout`` for the shared form helpers (labels, messages), which only need the language.
    var formLayout: Layout { Layout(context: context, title: title) }

    func render(status: HTTPResponse.Status = .ok, _ body: (inout HTML) -> Void) -> Response {
        var h = HTML()
        h.raw("<!doctype html><html lang=\"")
        h.raw(lang.htmlLang)
        h.raw("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        h.text(title)
        h.raw(" · ")
        h.text(t("网上信访平台"))
        h.raw("</title><link rel=\"stylesheet\" href=\"/static/huiyin.css\"><link rel=\"icon\" href=\"/static/favicon.svg\">")
        h.raw("<script src=\"/static/huiyin.js\" defer></script></head><body class=\"portal\">")
        h.raw("<a class=\"skip\" href=\"#main\">")
        h.text(t("跳到主要内容"))
        h.raw("</a><header class=\"top\"><a class=\"brand\" href=\"/public\"><span class=\"logo\" aria-hidden=\"true\">回</span>")
        h.text(t("网上信访平台"))
        h.raw("<small>")
        h.text(t("县信访局"))
        h.raw("</small></a><nav")
        h.attr("aria-label", t("网上信访导航"))
        h.raw("><ul>")
        item(&h, "/public", "办事指南", .guide)
        item(&h, "/public/submit", "我要信访", .submit)
        item(&h, "/public/track", "查询进度", .track)
        h.raw("</ul></nav><div class=\"me\"><a class=\"lang\" href=\"?lang=")
        h.raw(lang == .zh ? "en\" lang=\"en\">English" : "zh\" lang=\"zh-CN\">中文")
        h.raw("</a></div></header><main id=\"main\" tabindex=\"-1\">")
        body(&h)
        h.raw("</main><footer class=\"foot\"><p>")
        h.text(t("件件有着落、件件有回音"))
        h.raw("</p><p>")
        h.text(t("本网站不收取任何费用，也不会通过电话或短信索要查询码。"))
        h.raw("</p></footer></body></html>")
        return h.response(status: status)
    }

    private func item(_ h: inout HTML, _ href: StaticString, _ label: String, _ s: Section) {
        h.raw("<li><a href=\"")
        h.raw(href)
        h.raw(section == s ? "\" aria-current=\"page\">" : "\">")
        h.text(t(label))
        h.raw("</a></li>")
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
