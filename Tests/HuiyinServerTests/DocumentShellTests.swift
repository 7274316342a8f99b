import Foundation
import HuiyinServer
import Hummingbird
import HummingbirdTesting
import Testing

/// The document around every page, to the letter: the staff chrome (``Layout``) and the portal's
/// (``PortalLayout``) share one shell, and the error pages of both one card. Other tests look for a page's
/// own content; these hold the frame still.
@Suite("Document shell")
struct DocumentShellTests {
    static let head = "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
    static let links = "<link rel=\"stylesheet\" href=\"/static/huiyin.css\"><link rel=\"icon\" href=\"/static/favicon.svg\">"
    static let toEnglish = "<a class=\"lang\" href=\"?lang=en\" lang=\"en\">English</a>"
    static let main = "</header><main id=\"main\" tabindex=\"-1\">"
    static let staffBrand = "<a class=\"skip\" href=\"#main\">跳到主要内容</a><header class=\"top\"><a class=\"brand\" href=\"/\">"
        + "<span class=\"logo\" aria-hidden=\"true\">回</span>回音<small>信访事项办理系统</small></a>"
    static let staffFoot = "</main><footer class=\"foot\">件件有着落、件件有回音</footer></body></html>"
    static let portalFoot = "</main><footer class=\"foot\"><p>件件有着落、件件有回音</p>"
        + "<p>本网站不收取任何费用，也不会通过电话或短信索要查询码。</p></footer></body></html>"

    static func portalTop(_ title: String, current: String) -> String {
        func item(_ href: String, _ label: String) -> String {
            "<li><a href=\"\(href)\"\(href == current ? " aria-current=\"page\"" : "")>\(label)</a></li>"
        }
        return head + title + " · 网上信访平台</title>" + links
            + "<script src=\"/static/huiyin.js\" defer></script></head><body class=\"portal\">"
            + "<a class=\"skip\" href=\"#main\">跳到主要内容</a><header class=\"top\"><a class=\"brand\" href=\"/public\">"
            + "<span class=\"logo\" aria-hidden=\"true\">回</span>网上信访平台<small>县信访局</small></a>"
            + "<nav aria-label=\"网上信访导航\"><ul>" + item("/public", "办事指南") + item("/public/submit", "我要信访")
            + item("/public/track", "查询进度") + "</ul></nav><div class=\"me\">" + toEnglish + "</div>" + main
    }

    static func card(_ title: String, _ message: String, back: String, _ label: String) -> String {
        "<section class=\"card narrow\"><h1>\(title)</h1><p>\(message)</p><p><a class=\"button\" href=\"\(back)\">\(label)</a></p></section>"
    }

    @Test("a staff page signed out: head, skip link, brand, language switch, footer")
    func staffSignedOut() async throws {
        try await APIFixture.withApp { _, client in
            let page = try await Browser(client).get("/login")
            #expect(page.body.hasPrefix(Self.head + "登录 · 回音</title>" + Self.links + "</head><body>" + Self.staffBrand
                + "<div class=\"me\">" + Self.toEnglish + "</div>" + Self.main + "<section class=\"card narrow\"><h1>登录</h1>"))
            #expect(page.body.hasSuffix(Self.staffFoot))
            let english = try await Browser(client).get("/login?lang=en")
            #expect(english.body.hasPrefix("<!doctype html><html lang=\"en\"><head>"))
            #expect(english.body.contains("<div class=\"me\"><a class=\"lang\" href=\"?lang=zh\" lang=\"zh-CN\">中文</a></div></header>"))
        }
    }

    @Test("a staff page signed in: navigation with the current section, the user, sign-out with its token")
    func staffSignedIn() async throws {
        try await APIFixture.withApp { _, client in
            let browser = try await Browser.signedIn(client, as: "fenban")
            let home = try await browser.get("/")
            #expect(home.body.hasPrefix(Self.head + "工作台 · 回音</title>" + Self.links + "</head><body>" + Self.staffBrand
                + "<nav aria-label=\"主导航\"><ul><li><a href=\"/\" aria-current=\"page\">工作台</a></li>"))
            let csrf = try #require(home.csrf)
            #expect(home.body.contains("</small></span>" + Self.toEnglish + "<a href=\"/account/password\">修改密码</a>"
                + "<form method=\"post\" action=\"/logout\" class=\"inline\"><input type=\"hidden\" name=\"_csrf\" value=\"\(csrf)\">"
                + "<button type=\"submit\" class=\"link\">退出</button></form></div>" + Self.main))
            #expect(home.body.hasSuffix(Self.staffFoot))
            let account = try await browser.get("/account/password")
            #expect(account.body.contains("<li><a href=\"/\">工作台</a></li>"))
            #expect(!account.body.contains("aria-current=\"page\""))
        }
    }

    @Test("a portal page: its own brand and navigation, the script, the footer's warning")
    func portal() async throws {
        try await APIFixture.withApp { _, client in
            let guide = try await Browser(client).get("/public")
            #expect(guide.body.hasPrefix(Self.portalTop("办事指南", current: "/public")))
            #expect(guide.body.hasSuffix(Self.portalFoot))
            let track = try await Browser(client).get("/public/track")
            #expect(track.body.hasPrefix(Self.portalTop("查询进度", current: "/public/track")))
        }
    }

    @Test("error pages: the same card in each chrome, with the way back each side needs")
    func errorPages() async throws {
        try await APIFixture.withApp { _, client in
            let browser = try await Browser.signedIn(client, as: "fenban")
            let missing = try await browser.get("/petitions/999999")
            #expect(missing.status == .notFound)
            #expect(missing.body.hasPrefix(Self.head + "页面不存在 · 回音</title>"))
            #expect(missing.body.contains(Self.main + Self.card("页面不存在", "您要找的页面不存在，或您没有查看权限。", back: "/", "返回工作台")
                + Self.staffFoot))

            let expired = try await Browser(client).post("/public/track", [("number", "XF-2026-000001"), ("code", "X")], csrf: "forged")
            #expect(expired.status == .forbidden)
            #expect(expired.body == Self.portalTop("页面已过期", current: "")
                + Self.card("页面已过期", "页面已过期或浏览器未保存 Cookie，请返回重新打开页面后再提交。", back: "/public", "返回网上信访首页")
                + Self.portalFoot)
        }
    }
}
