import Hummingbird
import HuiyinStore

extension ErrorMiddleware {
    /// Seconds a client is asked to wait before trying again while the database is unreachable.
    static let retryAfterSeconds = 5

    /// The database is unreachable (restarting, network down): 503 at once, with `Retry-After`, instead of
    /// a hanging request or a 500. JSON `database_unavailable` under `/api/`, a readable page elsewhere.
    /// The store reconnects by itself; nothing here needs resetting when the database returns.
    static func databaseUnavailable(_ error: any DatabaseUnavailable, request: Request, context: Context) throws -> Response {
        context.logger.warning("database unavailable", metadata: ["reason": "\(error.reason)", "path": "\(request.uri.path)"])
        if request.uri.path.hasPrefix("/api/") {
            return try APIError(.serviceUnavailable, code: "database_unavailable",
                                message: "数据库暂时无法连接，请稍后重试",
                                retryAfter: retryAfterSeconds).response(from: request, context: context)
        }
        let layout = Layout(context: context, title: context.lang.t("系统暂时无法使用"))
        var response = layout.render(status: .serviceUnavailable) { h in
            h.raw("<section class=\"card narrow\" role=\"alert\"><h1>")
            h.text(layout.t("系统暂时无法使用"))
            h.raw("</h1><p>")
            h.text(layout.t("数据库暂时无法连接，本次操作未完成。请稍候片刻后刷新页面或重新提交。如长时间无法恢复，请联系系统管理员。"))
            h.raw("</p><p><a class=\"button\" href=\"")
            h.text(request.method == .get ? request.uri.description : "/")
            h.raw("\">")
            h.text(layout.t(request.method == .get ? "重新加载" : "返回工作台"))
            h.raw("</a></p></section>")
        }
        response.headers[.retryAfter] = String(retryAfterSeconds)
        return response
    }
}
