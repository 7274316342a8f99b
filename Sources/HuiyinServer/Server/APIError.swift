import Foundation
import Hummingbird
import HuiyinDomain
import HuiyinStore

/// An API error: `{"error": {"code", "message", "fields"?}}` with its HTTP status.
public struct APIError: Error, HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String
    public var fields: [FieldError]?
    /// Seconds, for 429 answers.
    public var retryAfter: Int?

    public init(_ status: HTTPResponse.Status, code: String, message: String, fields: [FieldError]? = nil, retryAfter: Int? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.fields = fields
        self.retryAfter = retryAfter
    }

    struct Body: Encodable {
        struct Inner: Encodable {
            var code: String
            var message: String
            var fields: [FieldError]?
        }
        var error: Inner
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try APIJSON.encoder.encode(Body(error: .init(code: code, message: message, fields: fields)))
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static let notFound = APIError(.notFound, code: "not_found", message: "未找到该信访件")

    /// Maps any error to the API's form; unknown errors become a 500 without internals.
    static func from(_ error: any Error) -> APIError {
        switch error {
        case let e as APIError:
            return e
        case let e as LifecycleError:
            let status: HTTPResponse.Status = switch e.kind {
            case .forbidden: .forbidden
            case .conflict: .conflict
            case .invalid: .unprocessableContent
            }
            var fields: [FieldError]? = nil
            if case .invalid(let field, let message) = e { fields = [FieldError(field, message)] }
            return APIError(status, code: e.code, message: e.message, fields: fields)
        case let e as ValidationFailure:
            return APIError(.unprocessableContent, code: "invalid_fields", message: e.message, fields: e.errors)
        case let e as StoreError:
            switch e {
            case .notFound: return .notFound
            case .staleVersion(let current):
                return APIError(.conflict, code: "stale_version",
                                message: "该信访件已被他人修改（当前版本 \(current)），请刷新后重试")
            case .duplicate(let what):
                return APIError(.conflict, code: "duplicate", message: "\(what) 已存在")
            case .corrupt:
                return APIError(.internalServerError, code: "internal", message: "服务器内部错误")
            }
        case is DecodingError:
            return APIError(.badRequest, code: "malformed_json", message: "请求格式错误：\(describe(error as! DecodingError))")
        case let e as HTTPError:
            switch e.status {
            case .notFound: return APIError(.notFound, code: "not_found", message: "请求的地址不存在")
            case .contentTooLarge: return APIError(.contentTooLarge, code: "too_large", message: "请求内容过大")
            case .methodNotAllowed: return APIError(.methodNotAllowed, code: "method_not_allowed", message: "不支持该请求方法")
            case .unsupportedMediaType: return APIError(.unsupportedMediaType, code: "unsupported_media_type", message: "请使用 application/json")
            default:
                let status = (400..<500).contains(e.status.code) ? e.status : HTTPResponse.Status.internalServerError
                return APIError(status, code: "http_\(status.code)", message: status.code >= 500 ? "服务器内部错误" : (e.body ?? "请求错误"))
            }
        default:
            return APIError(.internalServerError, code: "internal", message: "服务器内部错误")
        }
    }

    private static func describe(_ e: DecodingError) -> String {
        func path(_ c: [any CodingKey]) -> String {
            c.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch e {
        case .keyNotFound(let key, let ctx): return "缺少字段 \(path(ctx.codingPath + [key]))"
        case .typeMismatch(_, let ctx): return "字段 \(path(ctx.codingPath)) 类型不正确"
        case .valueNotFound(_, let ctx): return "字段 \(path(ctx.codingPath)) 不能为空"
        case .dataCorrupted(let ctx):
            return ctx.codingPath.isEmpty ? "不是有效的 JSON" : "字段 \(path(ctx.codingPath)) 的值无效"
        @unknown default: return "无法解析"
        }
    }
}
