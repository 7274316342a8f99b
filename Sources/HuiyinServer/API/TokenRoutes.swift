import Foundation
import Hummingbird
import HuiyinDomain

/// `POST /api/v1/tokens`: exchange a username and password for a bearer token.
struct TokenRoutes {
    let services: HuiyinServices

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
            switch try await services.tokens.issue(username: username, password: password) {
            case .issued(let token, let expiresAt, let user):
                return EditedResponse(status: .created, response: Issued(
                    token: token, expiresAt: expiresAt, user: UserDTO(user, units: services.configuration.current.units)))
            case .refused(.locked(let until)):
                throw APIError(.tooManyRequests, code: "locked_out", message: SignInService.message(.locked(until: until)),
                               retryAfter: max(1, Int(until.timeIntervalSince(services.clock.now()))))
            case .refused:
                throw APIError(.unauthorized, code: "bad_credentials", message: "用户名或密码错误")
            }
        }
    }
}
