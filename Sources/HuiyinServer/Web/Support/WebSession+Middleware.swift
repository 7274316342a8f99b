import Crypto
import Foundation
import Hummingbird
import HuiyinDomain
import HuiyinStore

/// Reads the session cookie and the language cookie for pages.
struct WebSessionMiddleware: RouterMiddleware {
    typealias Context = HuiyinContext
    let services: HuiyinServices

    static let sessionCookie = "hy_session"
    static let langCookie = "hy_lang"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let lang = request.uri.queryParameters.get("lang").flatMap(Lang.init(rawValue:)) ?? request.cookies[Self.langCookie].flatMap({ Lang(rawValue: $0.value) }) {
            context.lang = lang
        }
        if let token = request.cookies[Self.sessionCookie]?.value, token.utf8.count <= 128,
           let session = try await services.store.session(tokenHash: Self.digest(token), now: services.clock.now()) {
            context.session = session
            context.user = session.user
        }
        var response = try await next(request, context)
        if let lang = request.uri.queryParameters.get("lang").flatMap(Lang.init(rawValue:)) {
            response.setCookie(Cookie(name: Self.langCookie, value: lang.rawValue, maxAge: 365 * 86_400, path: "/",
                                      secure: Self.isSecure(request), httpOnly: true, sameSite: .lax))
        }
        return response
    }

    /// The stored form of a session token: the same lowercase hex SHA-256 as ``TokenService/digest(_:)``,
    /// written straight into bytes (this runs on every page request).
    static func digest(_ token: String) -> String {
        let hex: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: 64) { out in
            hex.withUTF8Buffer { digits in
                var i = 0
                for byte in SHA256.hash(data: Array(token.utf8)) {
                    out[i] = digits[Int(byte >> 4)]
                    out[i + 1] = digits[Int(byte & 0x0F)]
                    i += 2
                }
            }
            return 64
        }
    }

    /// Served over TLS (directly or behind a proxy that says so).
    static func isSecure(_ request: Request) -> Bool {
        request.uri.scheme == .https || request.headers[.init("X-Forwarded-Proto")!] == "https"
    }
}

/// Sends visitors without a session to the sign-in page, remembering where they were going.
struct RequireSignInMiddleware: RouterMiddleware {
    typealias Context = HuiyinContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard context.session != nil else {
            let target = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
            return Response.redirect(to: "/login?next=" + FormData.encode(target), type: .normal)
        }
        return try await next(request, context)
    }
}

extension HuiyinContext {
    /// The signed-in session (pages behind ``RequireSignInMiddleware`` always have one).
    func requireSession() throws -> WebSession {
        guard let session else { throw WebError.notSignedIn }
        return session
    }

    /// Reads a form body and checks its CSRF token against the session's.
    func form(_ request: Request) async throws -> FormData {
        let buffer = try await request.body.collect(upTo: maxUploadSize)
        let form = FormData(String(buffer: buffer))
        guard let session, let token = form["_csrf"], constantTimeEqual(token, session.csrf) else { throw WebError.csrf }
        return form
    }
}

func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    guard x.count == y.count else { return false }
    var diff: UInt8 = 0
    for i in x.indices { diff |= x[i] ^ y[i] }
    return diff == 0
}

/// Errors that pages turn into error pages.
enum WebError: Error {
    case notSignedIn
    case csrf
    case notFound
    case forbidden(String)
}
