import Hummingbird
import HuiyinDomain
import HuiyinStore

/// An error page for the browser: a clear message and a way back, never internals. Staff pages show it in
/// the staff chrome (``response(for:request:context:)``), the portal in its own (``PortalErrorMiddleware``).
struct ErrorPage {
    let status: HTTPResponse.Status
    /// The title and the message, in Chinese: translated as they are written.
    let title: String
    let message: String

    init(_ status: HTTPResponse.Status, _ title: String, _ message: String) {
        (self.status, self.title, self.message) = (status, title, message)
    }

    /// The message card with one way back (`back`, labelled `backLabel` in Chinese).
    func write(_ h: inout HTML, lang: Lang, back: StaticString, backLabel: String) {
        h.raw("<section class=\"card narrow\"><h1>")
        h.text(lang.t(title))
        h.raw("</h1><p>")
        h.text(lang.t(message))
        h.raw("</p><p><a class=\"button\" href=\"")
        h.raw(back)
        h.raw("\">")
        h.text(lang.t(backLabel))
        h.raw("</a></p></section>")
    }

    /// What a staff page shows for `error`: the sign-in form when signed out, else the error in the
    /// staff chrome with a way back to the workbench.
    static func response(for error: any Error, request: Request, context: HuiyinContext) -> Response {
        let page: ErrorPage
        switch error {
        case WebError.notSignedIn:
            return Response.redirect(to: "/login?next=" + FormData.encode(request.uri.path), type: .normal)
        case WebError.csrf:
            page = ErrorPage(.forbidden, "没有权限", "表单已过期，请刷新页面后重试")
        case WebError.notFound, StoreError.notFound:
            page = ErrorPage(.notFound, "页面不存在", "您要找的页面不存在，或您没有查看权限。")
        case WebError.forbidden(let why):
            page = ErrorPage(.forbidden, "没有权限", why)
        case let e as HTTPError where e.status == .notFound:
            page = ErrorPage(.notFound, "页面不存在", "您要找的页面不存在，或您没有查看权限。")
        case let e as HTTPError where (400..<500).contains(e.status.code):
            page = ErrorPage(e.status, "出错了", "请求无效（\(e.status.code)）。")
        default:
            context.logger.error("page failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            page = ErrorPage(.internalServerError, "出错了", "服务器内部错误，请稍后重试。如反复出现，请联系系统管理员。")
        }
        let layout = Layout(context: context, title: context.lang.t(page.title))
        return layout.render(status: page.status) { h in page.write(&h, lang: context.lang, back: "/", backLabel: "返回工作台") }
    }
}
