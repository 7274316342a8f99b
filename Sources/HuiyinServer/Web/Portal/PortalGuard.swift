import Foundation
import Hummingbird

/// The portal's defences, shared by its routes: the double-submit CSRF cookie (the portal has no
/// session) and per-address limits on submissions and on wrong query codes. (Its error pages:
/// ``PortalErrorMiddleware``.)
struct PortalGuard: Sendable {
    static let csrfCookie = "hy_portal"
    static let receiptCookie = "hy_receipt"

    /// Successful submissions per address: enough for a family sharing a connection, not for a flood.
    let submissions = AttemptLimiter(maxFailures: 5, window: 3600)
    /// Wrong codes per address and number (guessing one petition's code) and per address (sweeping
    /// numbers). Never per number alone: a stranger must not be able to lock a petitioner out.
    let perNumber = AttemptLimiter(maxFailures: 10, window: 15 * 60)
    let perAddress = AttemptLimiter(maxFailures: 50, window: 15 * 60)

    /// The token of the visitor's cookie if it looks like one of ours, else a new one.
    static func token(_ request: Request) -> String {
        if let v = request.cookies[csrfCookie]?.value, v.utf8.count == 22, v.utf8.allSatisfy(isTokenByte) { return v }
        return Secrets.token(bytes: 16)
    }

    private static func isTokenByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 45 || b == 95
    }

    /// Sets (or refreshes) the cookie that must match the form's `_csrf`.
    static func setToken(_ token: String, on response: inout Response, request: Request) {
        response.setCookie(Cookie(name: csrfCookie, value: token, maxAge: 4 * 3600, path: "/public",
                                  secure: WebSessionMiddleware.isSecure(request), httpOnly: true, sameSite: .strict))
    }

    /// The form's token matches the cookie.
    static func check(_ form: FormData, _ request: Request) throws {
        guard let cookie = request.cookies[csrfCookie]?.value, let sent = form["_csrf"], constantTimeEqual(cookie, sent) else {
            throw WebError.csrf
        }
    }

    /// A urlencoded portal form (tracking, rating, review) with its token checked.
    static func form(_ request: Request) async throws -> FormData {
        let buffer = try await request.body.collect(upTo: 64 * 1024)
        let form = FormData(String(buffer: buffer))
        try check(form, request)
        return form
    }

    /// The key for per-address limits.
    static func address(_ context: HuiyinContext) -> String {
        "portal:" + (context.remoteAddress ?? "unknown")
    }
}
