import Hummingbird

/// Errors on portal pages are shown in the portal's chrome, with a way back to the portal.
struct PortalErrorMiddleware: RouterMiddleware {
    typealias Context = HuiyinContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let page = Self.page(for: error, request: request, context: context)
            let layout = PortalLayout(context: context, title: context.lang.t(page.title))
            return layout.render(status: page.status) { h in
                page.write(&h, lang: context.lang, back: "/public", backLabel: "返回网上信访首页")
            }
        }
    }

    /// What the petitioner is told: plain words and what to do next.
    private static func page(for error: any Error, request: Request, context: Context) -> ErrorPage {
        switch error {
        case WebError.csrf:
            return ErrorPage(.forbidden, "页面已过期", "页面已过期或浏览器未保存 Cookie，请返回重新打开页面后再提交。")
        case let e as HTTPResponseError where e.status == .contentTooLarge:
            return ErrorPage(.contentTooLarge, "提交的内容过大", "每个附件不超过10MB，最多3个。请缩小或减少附件后重新提交。")
        case WebError.notFound:
            return ErrorPage(.notFound, "页面不存在", "您要找的页面不存在。")
        case let e as HTTPResponseError where (400..<500).contains(e.status.code):
            return ErrorPage(e.status, "出错了", "请求无效，请返回后重试。")
        default:
            context.logger.error("portal page failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            return ErrorPage(.internalServerError, "出错了", "服务器暂时无法处理，请稍后重试。您也可以拨打信访电话或来信来访。")
        }
    }
}
