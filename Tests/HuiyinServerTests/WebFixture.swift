import Foundation
import HuiyinServer
import Hummingbird
import HummingbirdTesting
import Testing

/// A browser-like client for page tests: keeps cookies, signs in through the form, reads CSRF tokens.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]

    init(_ client: any TestClientProtocol) { self.client = client }

    struct Page {
        var status: HTTPResponse.Status
        var location: String?
        var body: String

        /// The value of the first `name="_csrf"` field.
        var csrf: String? { field("_csrf") }

        /// The value attribute of the first input named `name`.
        func field(_ name: String) -> String? {
            guard let r = body.range(of: "name=\"\(name)\" value=\"") else { return nil }
            return String(body[r.upperBound...].prefix { $0 != "\"" })
        }
    }

    func get(_ uri: String) async throws -> Page {
        try await send(.get, uri, form: nil)
    }

    /// Posts a form (URL-encoded), adding the page's CSRF token when `csrf` is given.
    func post(_ uri: String, _ fields: [(String, String)], csrf: String?) async throws -> Page {
        var all = fields
        if let csrf { all.append(("_csrf", csrf)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(.post, uri, form: body)
    }

    /// Signs in through the form and returns the page after the redirect.
    @discardableResult
    func signIn(_ username: String, password: String = "huiyin2026") async throws -> Page {
        let login = try await get("/login")
        let result = try await post("/login", [("username", username), ("password", password), ("next", "/")], csrf: login.csrf)
        #expect(result.status == .seeOther, "sign-in of \(username)")
        return result
    }

    private func send(_ method: HTTPRequest.Method, _ uri: String, form: String?) async throws -> Page {
        var headers: HTTPFields = [:]
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if form != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        return try await client.execute(uri: uri, method: method, headers: headers, body: form.map { ByteBuffer(string: $0) }) { r in
            for value in r.headers[values: .setCookie] {
                let pair = value.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
                if pair.count == 2 { self.cookies[String(pair[0])] = String(pair[1]) }
                if value.contains("Max-Age=0") { self.cookies[String(pair[0])] = nil }
            }
            return Page(status: r.status, location: r.headers[.location], body: String(buffer: r.body))
        }
    }

    static func encode(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? s
    }
}

extension Browser {
    /// A new browser, signed in as `username` through the form.
    static func signedIn(_ client: any TestClientProtocol, as username: String) async throws -> Browser {
        let browser = Browser(client)
        try await browser.signIn(username)
        return browser
    }
}

extension APIFixture {
    /// Runs `test` against the app over a fresh demo county dated `today`; the fixture is removed afterwards.
    static func withApp(today: String = "2026-09-20",
                        _ test: @Sendable (APIFixture, any TestClientProtocol) async throws -> Void) async throws {
        let f = try await APIFixture(today: today)
        defer { f.cleanup() }
        try await f.app.test(.router) { client in try await test(f, client) }
    }
}
