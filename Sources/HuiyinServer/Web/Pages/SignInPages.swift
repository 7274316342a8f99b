import Foundation
import Hummingbird
import HuiyinDomain
import HuiyinStore

/// Sign-in, sign-out and password change.
///
/// Sessions live in the database (they survive a restart and work across instances); the cookie is
/// HttpOnly, SameSite=Lax, and Secure when served over TLS. The sign-in form is protected from login
/// CSRF by a double-submit cookie, every other form by the session's token.
struct SignInPages {
    let services: HuiyinServices
    static let sessionLifetime: TimeInterval = 12 * 3600
    static let loginCSRFCookie = "hy_login"

    func register(on router: RouterGroup<HuiyinContext>) {
        router.get("login") { request, context in
            let token = Secrets.token(bytes: 16)
            var response = page(context, next: request.uri.queryParameters.get("next") ?? "/", username: "", error: nil, csrf: token,
                                changedNotice: request.uri.queryParameters.get("changed") == "1")
            response.setCookie(Cookie(name: Self.loginCSRFCookie, value: token, path: "/login",
                                      secure: WebSessionMiddleware.isSecure(request), httpOnly: true, sameSite: .strict))
            return response
        }
        router.post("login") { request, context -> Response in
            let buffer = try await request.body.collect(upTo: 64 * 1024)
            let form = FormData(String(buffer: buffer))
            let next = Self.safeNext(form.string("next"))
            guard let cookie = request.cookies[Self.loginCSRFCookie]?.value, let sent = form["_csrf"], constantTimeEqual(cookie, sent) else {
                throw WebError.csrf
            }
            let username = form.string("username").trimmingWhitespace
            let password = form.string("password")
            guard !username.isEmpty, !password.isEmpty else {
                return page(context, next: next, username: username, error: context.lang.t("请填写用户名和密码"), csrf: cookie, status: .unprocessableContent)
            }
            let outcome = try await SignInService(store: services.store, clock: services.clock).check(username: username, password: password)
            guard case .success(let user) = outcome else {
                try await services.store.record(AuditEntry(at: services.clock.now(), userID: nil, username: username, action: "sign-in-failed",
                                                           petitionID: nil, detail: context.remoteAddress ?? ""))
                return page(context, next: next, username: username, error: SignInService.message(outcome, lang: context.lang), csrf: cookie,
                            status: .unauthorized)
            }
            let token = Secrets.token()
            let now = services.clock.now()
            try await services.store.createSession(tokenHash: TokenService.digest(token), userID: user.id, csrf: Secrets.token(bytes: 24),
                                                   now: now, expiresAt: now.addingTimeInterval(Self.sessionLifetime))
            try await services.store.record(AuditEntry(at: now, userID: user.id, username: user.username, action: "sign-in",
                                                       petitionID: nil, detail: context.remoteAddress ?? ""))
            var response = Response.redirect(to: next, type: .normal)
            response.setCookie(Cookie(name: WebSessionMiddleware.sessionCookie, value: token, maxAge: Int(Self.sessionLifetime), path: "/",
                                      secure: WebSessionMiddleware.isSecure(request), httpOnly: true, sameSite: .lax))
            return response
        }
        router.post("logout") { request, context -> Response in
            _ = try await context.form(request)
            if let token = request.cookies[WebSessionMiddleware.sessionCookie]?.value {
                try await services.store.deleteSession(tokenHash: TokenService.digest(token))
            }
            var response = Response.redirect(to: "/login", type: .normal)
            response.setCookie(Cookie(name: WebSessionMiddleware.sessionCookie, value: "", maxAge: 0, path: "/",
                                      secure: WebSessionMiddleware.isSecure(request), httpOnly: true, sameSite: .lax))
            return response
        }
    }

    /// Password change, for signed-in users.
    func registerAccount(on group: RouterGroup<HuiyinContext>) {
        group.get("account/password") { _, context in passwordPage(context, errors: [:], done: false) }
        group.post("account/password") { request, context -> Response in
            let session = try context.requireSession()
            let form = try await context.form(request)
            let current = form.string("current"), new = form.string("new"), again = form.string("again")
            var errors: [String: String] = [:]
            if case .success = try await SignInService(store: services.store, clock: services.clock)
                .check(username: session.user.username, password: current) {} else {
                errors["current"] = context.lang.t("当前密码不正确")
            }
            if let problem = Passwords.problem(with: new) { errors["new"] = context.lang.t(problem) }
            if new != again { errors["again"] = context.lang.t("两次输入的新密码不一致") }
            guard errors.isEmpty else { return passwordPage(context, errors: errors, done: false, status: .unprocessableContent) }
            try await services.store.setPassword(userID: session.user.id, hash: try await Passwords.hash(new))
            try await services.store.deleteSessions(userID: session.user.id)
            try await services.store.record(AuditEntry(at: services.clock.now(), userID: session.user.id, username: session.user.username,
                                                       action: "password-change", petitionID: nil, detail: ""))
            return Response.redirect(to: "/login?changed=1", type: .normal)
        }
    }

    /// Only local paths, so the sign-in page cannot be used to send people elsewhere.
    static func safeNext(_ next: String) -> String {
        guard next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"), !next.hasPrefix("/login") else { return "/" }
        return next
    }

    private func page(_ context: HuiyinContext, next: String, username: String, error: String?, csrf: String,
                      status: HTTPResponse.Status = .ok, changedNotice: Bool = false) -> Response {
        let layout = Layout(context: context, title: context.lang.t("登录"))
        return layout.render(status: status) { h in
            h.raw("<section class=\"card narrow\"><h1>")
            h.text(layout.t("登录"))
            h.raw("</h1>")
            if error == nil, changedNotice {
                h.raw("<div class=\"notice ok\" role=\"status\">")
                h.text(layout.t("密码已修改，请重新登录"))
                h.raw("</div>")
            }
            if let error {
                h.raw("<div class=\"notice error\" role=\"alert\" id=\"login-error\">")
                h.text(error)
                h.raw("</div>")
            }
            h.raw("<form method=\"post\" action=\"/login\"><input type=\"hidden\" name=\"_csrf\"")
            h.attr("value", csrf)
            h.raw("><input type=\"hidden\" name=\"next\"")
            h.attr("value", Self.safeNext(next))
            h.raw("><label for=\"username\">")
            h.text(layout.t("用户名"))
            h.raw("</label><input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\" autocapitalize=\"none\" required autofocus")
            h.attr("value", username)
            if error != nil { h.raw(" aria-describedby=\"login-error\"") }
            h.raw("><label for=\"password\">")
            h.text(layout.t("密码"))
            h.raw("</label><input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required><p><button type=\"submit\">")
            h.text(layout.t("登录"))
            h.raw("</button></p></form></section>")
        }
    }

    private func passwordPage(_ context: HuiyinContext, errors: [String: String], done: Bool,
                              status: HTTPResponse.Status = .ok) -> Response {
        let layout = Layout(context: context, title: context.lang.t("修改密码"), section: .account)
        return layout.render(status: status) { h in
            h.raw("<section class=\"card narrow\"><h1>")
            h.text(layout.t("修改密码"))
            h.raw("</h1><form method=\"post\" action=\"/account/password\" novalidate>")
            layout.csrf(&h)
            for (name, label, auto) in [("current", "当前密码", "current-password"), ("new", "新密码", "new-password"), ("again", "再次输入新密码", "new-password")] {
                h.raw("<label for=\"")
                h.text(name)
                h.raw("\">")
                h.text(layout.t(label))
                h.raw("</label><input type=\"password\" required")
                h.attr("id", name)
                h.attr("name", name)
                h.attr("autocomplete", auto)
                if let e = errors[name] {
                    h.raw(" aria-invalid=\"true\" aria-describedby=\"")
                    h.text(name)
                    h.raw("-error\"><p class=\"field-error\" id=\"")
                    h.text(name)
                    h.raw("-error\">")
                    h.text(e)
                    h.raw("</p>")
                } else {
                    h.raw(">")
                }
            }
            h.raw("<p><button type=\"submit\">")
            h.text(layout.t("保存"))
            h.raw("</button></p></form></section>")
        }
    }
}
