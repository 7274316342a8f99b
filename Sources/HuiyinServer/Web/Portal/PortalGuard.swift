import Foundation
import Hummingbird

/// The portal's defences, shared by its routes: the double-submit CSRF cookie (the portal has no
/// session), per-address limits on submissions and on wrong query codes, and error pages in the
/// portal's own chrome.
struct PortalGuard: Sendable {
    static let csrfCookie = "hy_portal"
    static let receiptCookie = "hy_receipt"

    /// Successful submissions per address: enough for a family sharing a connection, not for a flood.
    let submissions = AttemptLimiter(maxFailures: 5, window: 3600)
    /// Wrong codes per address and number (guessing one petition's code) and per address (sweeping
    /// numbers). Never per number alone: a stranger must not be able to lock a petitioner out.
    let perNumber = AttemptLimiter(maxFailures: 10, window: 15 * 60)
    let perAddress = AttemptLimiter(maxFailures: 50, window: 15 * 60)

    /// The token of the visitor's cookie if it looks like one of ours, else a new one.
    static func token(_ request: Request) -> String {
        if let v = request.cookies[csrfCookie]?.value, v.utf8.count == 22, v.utf8.allSatisfy(isTokenByte) { return v }
        return Secrets.token(bytes: 16)
    }

    private static func isTokenByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 45 || b == 95
    }

    /// Sets (or refreshes) the cookie that must match the form's `_csrf`.
    static func setToken(_ token: String, on response: inout Response, request: Request) {
        response.setCookie(Cookie(name: csrfCookie, value: token, maxAge: 4 * 3600, path: "/public",
                                  secure: WebSessionMiddleware.isSecure(request), httpOnly: true, sameSite: .strict))
    }

    /// The form's token matches the cookie.
    static func check(_ form: FormData, _ request: Request) throws {
        guard let cookie = request.cookies[csrfCookie]?.value, let sent = form["_csrf"], constantTimeEqual(cookie, sent) else {
            throw WebError.csrf
        }
    }

    /// A urlencoded portal form (tracking, rating, review) with its token checked.
    static func form(_ request: Request) async throws -> FormData {
        let buffer = try await request.body.collect(upTo: 64 * 1024)
        let form = FormData(String(buffer: buffer))
        try check(form, request)
        return form
    }

    /// The key for per-address limits.
    static func address(_ context: HuiyinContext) -> String {
        "portal:" + (context.remoteAddress ?? "unknown")
    }
}

/// Errors on portal pages are shown in the portal's chrome, with a way back to the portal.
struct PortalErrorMiddleware: RouterMiddleware {
    typealias Context = HuiyinContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let (status, title, message): (HTTPResponse.Status, String, String)
            switch error {
            case WebError.csrf:
                (status, title, message) = (.forbidden, "页面已过期", "页面已过期或浏览器未保存 Cookie，请返回重新打开页面后再提交。")
            case let e as HTTPResponseError where e.status == .contentTooLarge:
                (status, title, message) = (.contentTooLarge, "提交的内容过大", "每个附件不超过10MB，最多3个。请缩小或减少附件后重新提交。")
            case WebError.notFound:
                (status, title, message) = (.notFound, "页面不存在", "您要找的页面不存在。")
            case let e as HTTPResponseError where (400..<500).contains(e.status.code):
                (status, title, message) = (e.status, "出错了", "请求无效，请返回后重试。")
            default:
                context.logger.error("portal page failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
                (status, title, message) = (.internalServerError, "出错了", "服务器暂时无法处理，请稍后重试。您也可以拨打信访电话或来信来访。")
            }
            let layout = PortalLayout(context: context, title: context.lang.t(title))
            return layout.render(status: status) { h in
                h.raw("<section class=\"card narrow\"><h1>")
                h.text(layout.t(title))
                h.raw("</h1><p>")
                h.text(layout.t(message))
                h.raw("</p><p><a class=\"button\" href=\"/public\">")
                h.text(layout.t("返回网上信访首页"))
                h.raw("</a></p></section>")
            }
        }
    }
}
