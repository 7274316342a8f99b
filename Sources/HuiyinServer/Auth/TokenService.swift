import Crypto
import Foundation
import Hummingbird
import HummingbirdBcrypt
import HuiyinDomain
import HuiyinStore

/// Issues and checks API bearer tokens. The token is 256 random bits; the store keeps only its SHA-256.
public struct TokenService: Sendable {
    let store: any TokenStore & OrganisationStore & AccountStore
    let clock: any HuiyinClock
    public var lifetime: TimeInterval = 12 * 3600

    public init(store: any TokenStore & OrganisationStore & AccountStore, clock: any HuiyinClock) {
        self.store = store
        self.clock = clock
    }

    public enum Issue: Sendable {
        case issued(token: String, expiresAt: Date, user: StaffUser)
        case refused(SignInService.Outcome)
    }

    /// Checks the password (with lock-out) and issues a token.
    public func issue(username: String, password: String) async throws -> Issue {
        let outcome = try await SignInService(store: store, clock: clock).check(username: username, password: password)
        guard case .success(let user) = outcome else { return .refused(outcome) }
        let token = Secrets.token()
        let expiresAt = clock.now().addingTimeInterval(lifetime)
        try await store.saveToken(hash: Self.digest(token), userID: user.id, expiresAt: expiresAt)
        return .issued(token: token, expiresAt: expiresAt, user: user)
    }

    public func user(for token: String) async throws -> StaffUser? {
        guard token.utf8.count <= 128 else { return nil }
        return try await store.user(forTokenHash: Self.digest(token), now: clock.now())
    }

    static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// A bcrypt hash of a random string at the same cost, used for timing equalisation.
    static let dummyHash = Bcrypt.hash(UUID().uuidString, cost: Passwords.cost)
}

/// Reads `Authorization: Bearer …` and puts the user in the context; rejects missing or bad tokens.
struct BearerAuthMiddleware: RouterMiddleware {
    typealias Context = HuiyinContext
    let tokens: TokenService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], header.count > 7, header.prefix(7).lowercased() == "bearer " else {
            throw APIError(.unauthorized, code: "unauthenticated", message: "请先登录（缺少访问令牌）")
        }
        let token = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        guard let user = try await tokens.user(for: token) else {
            throw APIError(.unauthorized, code: "unauthenticated", message: "访问令牌无效或已过期，请重新登录")
        }
        var context = context
        context.user = user
        return try await next(request, context)
    }
}
