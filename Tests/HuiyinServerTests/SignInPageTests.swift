import Foundation
import HuiyinDomain
import HuiyinServer
import HuiyinStore
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Sign-in pages")
struct SignInPageTests {
    @Test("sign in with the form, get an HttpOnly SameSite session cookie, reach the workbench, sign out")
    func signInAndOut() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let browser = Browser(client)
            let first = try await browser.get("/")
            #expect(first.status == .seeOther)
            #expect(first.location?.hasPrefix("/login?next=") == true)
            let login = try await browser.get("/login")
            #expect(login.body.contains("name=\"_csrf\""))
            let raw = try await client.execute(uri: "/login", method: .get) { $0.headers[values: .setCookie].joined() }
            #expect(raw.contains("HttpOnly") && raw.contains("SameSite=Strict"))
            let signedIn = try await browser.post("/login", [("username", "fenban"), ("password", "huiyin2026"), ("next", "/")], csrf: login.csrf)
            #expect(signedIn.status == .seeOther)
            #expect(browser.cookies["hy_session"] != nil)
            let home = try await browser.get("/")
            #expect(home.status != .seeOther)
            #expect(home.body.contains("李分办"))
            let out = try await browser.post("/logout", [], csrf: home.csrf)
            #expect(out.status == .seeOther)
            #expect(try await browser.get("/").status == .seeOther)
        }
    }

    @Test("a wrong password shows a message; five in a row lock the account")
    func lockOut() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let browser = Browser(client)
            for _ in 0..<4 {
                let login = try await browser.get("/login")
                let page = try await browser.post("/login", [("username", "fenban"), ("password", "wrong-password")], csrf: login.csrf)
                #expect(page.status == .unauthorized)
                #expect(page.body.contains("用户名或密码错误"))
                #expect(page.body.contains("value=\"fenban\""))
            }
            let login = try await browser.get("/login")
            let locked = try await browser.post("/login", [("username", "fenban"), ("password", "wrong-password")], csrf: login.csrf)
            #expect(locked.body.contains("锁定"))
            // Even the right password is refused while locked.
            let again = try await browser.get("/login")
            let refused = try await browser.post("/login", [("username", "fenban"), ("password", "huiyin2026")], csrf: again.csrf)
            #expect(refused.status == .unauthorized)
            #expect(refused.body.contains("锁定"))
        }
    }

    @Test("a form without the CSRF token is refused")
    func csrf() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let browser = Browser(client)
            let noToken = try await browser.post("/login", [("username", "fenban"), ("password", "huiyin2026")], csrf: "forged")
            #expect(noToken.status == .forbidden)
            try await browser.signIn("fenban")
            let out = try await browser.post("/logout", [], csrf: "forged")
            #expect(out.status == .forbidden)
        }
    }

    @Test("sessions survive a restart: a new server on the same database accepts the cookie")
    func sessionsPersist() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        let cookies = try await f.app.test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("fenban")
            return browser.cookies
        }
        let reopened = try SQLiteStore(path: f.path)
        let services = try await HuiyinServices.load(store: reopened, clock: f.clock)
        try await Application(router: buildRouter(services)).test(.router) { client in
            let browser = Browser(client)
            browser.cookies = cookies
            let home = try await browser.get("/")
            #expect(home.body.contains("李分办"))
        }
    }

    @Test("password change: wrong current password is refused beside the field; a good one signs out everywhere")
    func passwordChange() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("dengji")
            let form = try await browser.get("/account/password")
            let bad = try await browser.post("/account/password", [("current", "nope-nope"), ("new", "short"), ("again", "other")], csrf: form.csrf)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.body.contains("当前密码不正确"))
            #expect(bad.body.contains("密码至少 8 位"))
            let ok = try await browser.post("/account/password", [("current", "huiyin2026"), ("new", "a-new-secret-1"), ("again", "a-new-secret-1")],
                                            csrf: form.csrf)
            #expect(ok.status == .seeOther)
            #expect(try await browser.get("/").status == .seeOther)
            try await browser.signIn("dengji", password: "a-new-secret-1")
        }
    }
}
