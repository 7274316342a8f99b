import Hummingbird

/// The document every page stands in, for staff (``Layout``) and for petitioners (``PortalLayout``) alike:
/// the head, the skip link, the header with the brand, the main region and the footer. The two chromes
/// differ only in what they put in the header after the brand, in the footer, and in the body's class.
struct DocumentShell {
    let lang: Lang
    /// The page's own title; the site's name follows it in `<title>`.
    let title: String
    /// The site's name, in `<title>` and in the brand (in the page's language).
    let site: String
    /// The line under the site's name in the brand (in the page's language).
    let tagline: String
    /// Where the brand leads.
    let home: StaticString
    /// What closes the head and opens the body: scripts the chrome needs and the body's class.
    let bodyStart: StaticString

    func t(_ zh: String) -> String { lang.t(zh) }

    /// The page: `header` writes what follows the brand in the header, `main` the page's content, `footer`
    /// the footer's content.
    func render(status: HTTPResponse.Status, capacity: Int, header: (inout HTML) -> Void, main: (inout HTML) -> Void,
                footer: (inout HTML) -> Void) -> Response {
        var h = HTML(capacity: capacity)
        h.raw("<!doctype html><html lang=\"")
        h.raw(lang.htmlLang)
        h.raw("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        h.text(title)
        h.raw(" · ")
        h.text(site)
        h.raw("</title><link rel=\"stylesheet\" href=\"/static/huiyin.css\"><link rel=\"icon\" href=\"/static/favicon.svg\">")
        h.raw(bodyStart)
        h.raw("<a class=\"skip\" href=\"#main\">")
        h.text(t("跳到主要内容"))
        h.raw("</a><header class=\"top\"><a class=\"brand\" href=\"")
        h.raw(home)
        h.raw("\"><span class=\"logo\" aria-hidden=\"true\">回</span>")
        h.text(site)
        h.raw("<small>")
        h.text(tagline)
        h.raw("</small></a>")
        header(&h)
        h.raw("</header><main id=\"main\" tabindex=\"-1\">")
        main(&h)
        h.raw("</main><footer class=\"foot\">")
        footer(&h)
        h.raw("</footer></body></html>")
        return h.response(status: status)
    }

    /// One entry of a header's navigation; `current` marks the section the page belongs to.
    static func navItem(_ h: inout HTML, _ href: StaticString, _ label: String, current: Bool) {
        h.raw("<li><a href=\"")
        h.raw(href)
        h.raw(current ? "\" aria-current=\"page\">" : "\">")
        h.text(label)
        h.raw("</a></li>")
    }

    /// The link to the same page in the other language (named in that language).
    static func languageSwitch(_ h: inout HTML, _ lang: Lang) {
        h.raw("<a class=\"lang\" href=\"?lang=")
        h.raw(lang == .zh ? "en\" lang=\"en\">English" : "zh\" lang=\"zh-CN\">中文")
        h.raw("</a>")
    }
}

/// What the staff and the portal chrome share: the request's context (language, session) and the page's
/// title, and the translation of the page's strings.
protocol PageChrome {
    var context: HuiyinContext { get }
    var title: String { get }
}

extension PageChrome {
    var lang: Lang { context.lang }

    func t(_ zh: String) -> String { lang.t(zh) }
}
