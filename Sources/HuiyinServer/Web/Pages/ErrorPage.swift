import Hummingbird
import HuiyinDomain
import HuiyinStore

/// Error pages for the browser: a clear message, a way back, never internals.
enum ErrorPage {
    static func response(for error: any Error, request: Request, context: HuiyinContext) -> Response {
        let (status, title, message): (HTTPResponse.Status, String, String)
        switch error {
        case WebError.notSignedIn:
            return Response.redirect(to: "/login?next=" + FormData.encode(request.uri.path), type: .normal)
        case WebError.csrf:
            (status, title, message) = (.forbidden, "没有权限", "表单已过期，请刷新页面后重试")
        case WebError.notFound, StoreError.notFound:
            (status, title, message) = (.notFound, "页面不存在", "您要找的页面不存在，或您没有查看权限。")
        case WebError.forbidden(let why):
            (status, title, message) = (.forbidden, "没有权限", why)
        case let e as HTTPError where e.status == .notFound:
            (status, title, message) = (.notFound, "页面不存在", "您要找的页面不存在，或您没有查看权限。")
        case let e as HTTPError where (400..<500).contains(e.status.code):
            (status, title, message) = (e.status, "出错了", "请求无效（\(e.status.code)）。")
        default:
            context.logger.error("page failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            (status, title, message) = (.internalServerError, "出错了", "服务器内部错误，请稍后重试。如反复出现，请联系系统管理员。")
        }
        let layout = Layout(context: context, title: context.lang.t(title))
        return layout.render(status: status) { h in
            h.raw("<section class=\"card narrow\"><h1>")
            h.text(layout.t(title))
            h.raw("</h1><p>")
            h.text(layout.t(message))
            h.raw("</p><p><a class=\"button\" href=\"/\">")
            h.text(layout.t("返回工作台"))
            h.raw("</a></p></section>")
        }
    }
}
