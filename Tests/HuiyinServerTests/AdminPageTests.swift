import Foundation
import HuiyinDomain
import HuiyinServer
import HuiyinStore
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Administration pages")
struct AdminPageTests {
    @Test("only administrators reach administration: other roles get 403 for pages and forms")
    func adminOnly() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("fenban")
            let home = try await browser.get("/")
            for path in ["/admin", "/admin/users", "/admin/units", "/admin/calendar", "/admin/rules", "/admin/log", "/admin/categories"] {
                let page = try await browser.get(path)
                #expect(page.status == .forbidden, "\(path)")
                #expect(page.body.contains("仅限系统管理员"), "\(path)")
            }
            let post = try await browser.post("/admin/rules", [("days-decision", "1")], csrf: home.csrf)
            #expect(post.status == .forbidden)
            #expect(f.services.configuration.current.rules[.decision].days == 60)
            #expect(!home.body.contains("href=\"/admin\""))

            let admin = Browser(client)
            try await admin.signIn("admin")
            let index = try await admin.get("/admin")
            #expect(index.status == .ok)
            for href in ["/admin/users", "/admin/units", "/admin/categories", "/admin/calendar", "/admin/rules", "/admin/templates", "/admin/log"] {
                #expect(index.body.contains("href=\"\(href)\""), "\(href)")
            }
            // The read-only taxonomy lists all three levels.
            let categories = try await admin.get("/admin/categories")
            #expect(categories.body.contains("010101"))
        }
    }

    @Test("a new account: a bad username is refused beside the field, a good one is listed, signs in, and is logged")
    func createUser() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        let unit = f.unit("柳塘镇")
        try await f.app.test(.router) { client in
            let admin = Browser(client)
            try await admin.signIn("admin")
            let form = try await admin.get("/admin/users")
            let bad = try await admin.post("/admin/users", [("username", "Liu Tang"), ("displayName", "刘唐"), ("role", "handler"),
                                                            ("unit", String(unit.id)), ("password", "liutang-2026")], csrf: form.csrf)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.body.contains("id=\"username-error\""))
            #expect(bad.body.contains("aria-describedby=\"username-error\""))
            #expect(bad.body.contains("value=\"Liu Tang\""))
            #expect(bad.body.contains("value=\"刘唐\""))
            #expect(try await f.store.users().allSatisfy { $0.displayName != "刘唐" })

            let weak = try await admin.post("/admin/users", [("username", "liutang"), ("displayName", "刘唐"), ("role", "handler"),
                                                             ("unit", String(unit.id)), ("password", "12345678")], csrf: form.csrf)
            #expect(weak.body.contains("密码不能全是数字"))
            let taken = try await admin.post("/admin/users", [("username", "fenban"), ("displayName", "刘唐"), ("role", "handler"),
                                                              ("unit", String(unit.id)), ("password", "liutang-2026")], csrf: form.csrf)
            #expect(taken.body.contains("该用户名已被使用"))

            let good = try await admin.post("/admin/users", [("username", "liutang"), ("displayName", "刘唐"), ("role", "handler"),
                                                             ("unit", String(unit.id)), ("password", "liutang-2026")], csrf: form.csrf)
            #expect(good.status == .seeOther)
            #expect(good.location?.hasPrefix("/admin/users?done=user-created") == true)
            let list = try await admin.get("/admin/users?done=user-created")
            #expect(list.body.contains("用户已创建"))
            #expect(list.body.contains(">liutang</a>"))

            let newcomer = Browser(client)
            try await newcomer.signIn("liutang", password: "liutang-2026")
            #expect(try await newcomer.get("/").body.contains("刘唐"))

            let log = try await admin.get("/admin/log?kind=admin")
            #expect(log.body.contains("新建用户 liutang（刘唐，承办人，柳塘镇）"))
        }
    }

    @Test("deactivating an account signs it out and blocks sign-in; a password reset works; one cannot demote oneself")
    func editUser() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        let user = try #require(try await f.store.users().first { $0.username == "xz04.cb" })
        let me = try #require(try await f.store.users().first { $0.username == "admin" })
        try await f.app.test(.router) { client in
            let handler = Browser(client)
            try await handler.signIn("xz04.cb")
            let admin = Browser(client)
            try await admin.signIn("admin")
            let edit = try await admin.get("/admin/users/\(user.id)")
            #expect(edit.status == .ok)
            let off = try await admin.post("/admin/users/\(user.id)", [("displayName", user.displayName), ("role", "handler"),
                                                                       ("unit", String(user.unitID))], csrf: edit.csrf)
            #expect(off.status == .seeOther)
            #expect(try await handler.get("/").status == .seeOther)
            let login = try await handler.get("/login")
            let refused = try await handler.post("/login", [("username", "xz04.cb"), ("password", "huiyin2026")], csrf: login.csrf)
            #expect(refused.status == .unauthorized)

            let back = try await admin.post("/admin/users/\(user.id)", [("displayName", user.displayName), ("role", "handler"),
                                                                        ("unit", String(user.unitID)), ("active", "on")], csrf: edit.csrf)
            #expect(back.status == .seeOther)
            let short = try await admin.post("/admin/users/\(user.id)/password", [("newPassword", "short")], csrf: edit.csrf)
            #expect(short.status == .unprocessableContent)
            #expect(short.body.contains("id=\"newPassword-error\""))
            let reset = try await admin.post("/admin/users/\(user.id)/password", [("newPassword", "reset-2026-x")], csrf: edit.csrf)
            #expect(reset.status == .seeOther)
            try await handler.signIn("xz04.cb", password: "reset-2026-x")

            let demote = try await admin.post("/admin/users/\(me.id)", [("displayName", me.displayName), ("role", "handler"),
                                                                        ("unit", String(me.unitID)), ("active", "on")], csrf: edit.csrf)
            #expect(demote.status == .unprocessableContent)
            #expect(demote.body.contains("不能停用自己的账号"))
            #expect(try await f.store.user(id: me.id)?.role == .admin)

            let log = try await admin.get("/admin/log?kind=admin")
            #expect(log.body.contains("修改用户 xz04.cb：停用"))
            #expect(log.body.contains("修改用户 xz04.cb：启用"))
            #expect(log.body.contains("重置用户 xz04.cb 的密码"))
        }
    }

    @Test("a calendar year 2027: a weekday make-up day is refused beside the field; once saved, a deadline across 元旦 moves")
    func calendarYear() async throws {
        let f = try await APIFixture(today: "2026-11-10")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let (_, before) = try await client.call(.get, "/api/v1/calendar/due?from=2026-12-31&days=1")
            #expect(before["due"]?.string == "2027-01-01")

            let admin = Browser(client)
            try await admin.signIn("admin")
            let list = try await admin.get("/admin/calendar")
            #expect(list.body.contains("2027年"))  // the missing-year warning
            let form = try await admin.get("/admin/calendar/edit?year=2027")
            #expect(form.field("year") == "2027")
            let holidays = "元旦 2027-01-01..2027-01-03\n春节 2027-02-06..2027-02-12"
            let syntax = try await admin.post("/admin/calendar", [("year", "2027"), ("holidays", "元旦 2027-13-01"), ("makeUpDays", "")],
                                              csrf: form.csrf)
            #expect(syntax.status == .unprocessableContent)
            #expect(syntax.body.contains("id=\"holidays-error\""))
            #expect(syntax.body.contains("第 1 行"))
            let weekday = try await admin.post("/admin/calendar", [("year", "2027"), ("holidays", holidays), ("makeUpDays", "2027-01-05")],
                                               csrf: form.csrf)
            #expect(weekday.status == .unprocessableContent)
            #expect(weekday.body.contains("id=\"makeUpDays-error\""))
            #expect(weekday.body.contains("只能是星期六或星期日"))
            #expect(weekday.body.contains("春节 2027-02-06..2027-02-12"))  // the input is kept
            #expect(!f.services.configuration.current.calendar.covers(year: 2027))

            let saved = try await admin.post("/admin/calendar", [("year", "2027"), ("holidays", holidays), ("makeUpDays", "2027-02-20")],
                                             csrf: form.csrf)
            #expect(saved.status == .seeOther)
            #expect(f.services.configuration.current.calendar.covers(year: 2027))
            let (_, after) = try await client.call(.get, "/api/v1/calendar/due?from=2026-12-31&days=1")
            #expect(after["due"]?.string == "2027-01-04")
            #expect(try await f.store.calendarYears().contains { $0.year == 2027 })

            let shown = try await admin.get("/admin/calendar")
            #expect(shown.body.contains("2027年2月20日"))
            let log = try await admin.get("/admin/log?kind=admin")
            #expect(log.body.contains("录入 2027 年官方日历"))
        }
    }

    @Test("the rule table: a good edit changes the configuration and is logged; a bad value is refused and changes nothing")
    func rules() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        @Sendable func fields(_ change: [String: String]) -> [(String, String)] {
            var out: [(String, String)] = []
            for rule in RuleTable.Limit.allCases {
                let limit = RuleTable.statutory[rule]
                out.append(("days-" + rule.rawValue, change["days-" + rule.rawValue] ?? String(limit.days)))
                out.append(("count-" + rule.rawValue, change["count-" + rule.rawValue] ?? limit.count.rawValue))
            }
            out.append(("collectiveThreshold", change["collectiveThreshold"] ?? "5"))
            out.append(("maxRepresentatives", change["maxRepresentatives"] ?? "5"))
            return out
        }
        try await f.app.test(.router) { client in
            let admin = Browser(client)
            try await admin.signIn("admin")
            let page = try await admin.get("/admin/rules")
            #expect(page.field("days-decision") == "60")
            #expect(page.body.contains("《信访工作条例》第三十四条"))

            let zero = try await admin.post("/admin/rules", fields(["days-decision": "0"]), csrf: page.csrf)
            #expect(zero.status == .unprocessableContent)
            #expect(zero.body.contains("id=\"days-decision-error\""))
            #expect(zero.body.contains("办理并出具处理意见 的天数须在 1–365 之间"))
            let text = try await admin.post("/admin/rules", fields(["days-triage": "ten", "maxRepresentatives": "50"]), csrf: page.csrf)
            #expect(text.body.contains("请填写整数天数"))
            #expect(text.body.contains("代表人数上限须在 1–20 之间"))
            #expect(text.body.contains("value=\"ten\""))
            #expect(f.services.configuration.current.rules == .statutory)
            #expect(try await f.store.ruleTable() == nil)

            let saved = try await admin.post("/admin/rules", fields(["days-decision": "45", "count-objection": "calendar"]), csrf: page.csrf)
            #expect(saved.status == .seeOther)
            let rules = f.services.configuration.current.rules
            #expect(rules[.decision] == .calendarDays(45))
            #expect(rules[.objection] == .calendarDays(5))
            #expect(try await f.store.ruleTable()?[.decision].days == 45)
            #expect(try await admin.get("/admin/rules").field("days-decision") == "45")

            let log = try await admin.get("/admin/log?kind=admin")
            #expect(log.body.contains("办理并出具处理意见 60日→45日"))
            #expect(log.body.contains("提出异议 5个工作日→5日"))
        }
    }

    @Test("units: a duplicate code is refused; a new village joins the tree; a review body inside the unit is refused")
    func units() async throws {
        let f = try await APIFixture()
        defer { f.cleanup() }
        let township = f.unit("柳塘镇")
        let county = f.unit("青溪县人民政府")
        try await f.app.test(.router) { client in
            let admin = Browser(client)
            try await admin.signIn("admin")
            let form = try await admin.get("/admin/units/new")
            let duplicate = try await admin.post("/admin/units", [("name", "新村"), ("code", township.code), ("kind", "village"),
                                                                  ("parent", String(township.id)), ("reviewBody", "")], csrf: form.csrf)
            #expect(duplicate.status == .unprocessableContent)
            #expect(duplicate.body.contains("该单位代码已存在"))
            #expect(duplicate.body.contains("value=\"新村\""))

            let added = try await admin.post("/admin/units", [("name", "新村"), ("code", "370921004099"), ("kind", "village"),
                                                              ("parent", String(township.id)), ("reviewBody", "")], csrf: form.csrf)
            #expect(added.status == .seeOther)
            let units = f.services.configuration.current.units
            let village = try #require(units.unit(code: "370921004099"))
            #expect(village.parentID == township.id && village.reviewBodyID == township.id)
            #expect(units.isWithin(village.id, ancestor: county.id))
            #expect(try await admin.get("/admin/units").body.contains("新村"))

            let edit = try await admin.get("/admin/units/\(township.id)")
            let inside = try await admin.post("/admin/units/\(township.id)", [("reviewBody", String(village.id))], csrf: edit.csrf)
            #expect(inside.status == .unprocessableContent)
            #expect(inside.body.contains("复查机关不能是本单位或其下级单位"))
            let moved = try await admin.post("/admin/units/\(village.id)", [("reviewBody", String(county.id))], csrf: edit.csrf)
            #expect(moved.status == .seeOther)
            #expect(f.services.configuration.current.units.reviewBody(of: village.id)?.id == county.id)

            let log = try await admin.get("/admin/log")
            #expect(log.body.contains("新增单位 新村"))
            #expect(log.body.contains("新村 的复查机关 柳塘镇→青溪县人民政府"))
            // Sign-ins recorded by the sign-in pages are listed too, newest first.
            let signIns = try await admin.get("/admin/log?kind=sign-in")
            #expect(signIns.body.contains(">admin<"))
            #expect(!signIns.body.contains("新增单位 新村"))
        }
    }
}
