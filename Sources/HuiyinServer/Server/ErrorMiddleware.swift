import Hummingbird
import HuiyinStore

/// Turns every error into the right form: JSON under `/api/`, an HTML page elsewhere. No input yields
/// a bare 500 or a stack trace.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = HuiyinContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any DatabaseUnavailable {
            return try Self.databaseUnavailable(error, request: request, context: context)
        } catch {
            if request.uri.path.hasPrefix("/api/") {
                let api = APIError.from(error)
                if api.status.code >= 500 {
                    context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
                }
                return try api.response(from: request, context: context)
            }
            return ErrorPage.response(for: error, request: request, context: context)
        }
    }
}
