import Foundation
import Hummingbird
import HuiyinDomain

/// `POST /api/v1/tokens`: exchange a username and password for a bearer token.
struct TokenRoutes {
    let services: HuiyinServices
    /// Lock-out: 10 wrong passwords for one username within 15 minutes block it for the rest of the window.
    let failures = AttemptLimiter(maxFailures: 10, window: 15 * 60)

    struct Credentials: Decodable {
        var username: String?
        var password: String?
    }

    struct Issued: ResponseEncodable {
        var token: String
        var expiresAt: Date
        var user: UserDTO
    }

    func register(on group: RouterGroup<HuiyinContext>) {
        group.post("tokens") { request, context -> EditedResponse<Issued> in
            let body = try await request.decodeJSON(Credentials.self, context: context)
            guard let username = body.username, !username.isEmpty, let password = body.password, !password.isEmpty else {
                throw APIError(.unprocessableContent, code: "invalid_fields", message: "请填写用户名和密码",
                               fields: [FieldError("username", "请填写用户名"), FieldError("password", "请填写密码")])
            }
            let key = username.lowercased()
            if failures.isBlocked(key) {
                throw APIError(.tooManyRequests, code: "locked_out", message: "密码错误次数过多，账号已暂时锁定，请15分钟后再试",
                               retryAfter: 900)
            }
            guard let issued = try await services.tokens.issue(username: username, password: password) else {
                failures.recordFailure(key)
                throw APIError(.unauthorized, code: "bad_credentials", message: "用户名或密码错误")
            }
            return EditedResponse(status: .created, response: Issued(
                token: issued.token, expiresAt: issued.expiresAt,
                user: UserDTO(issued.user, units: services.configuration.current.units)))
        }
    }
}
