import Foundation
import HuiyinDomain
@testable import HuiyinServer
import HuiyinStore
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Workbench and case list pages")
struct WorkbenchPageTests {
    /// Registers a petition over the API as the registrar and returns its id and number.
    static func register(_ client: some TestClientProtocol, token: String, locality: Int64, title: String,
                         channel: String = "visit", category: String = "010101", peopleCount: Int = 1) async throws -> (id: Int, number: String) {
        var json = registrationJSON(localityUnitID: locality, title: title, peopleCount: peopleCount)
        json = json.replacingOccurrences(of: #""channel":"visit""#, with: #""channel":"\#(channel)""#)
        json = json.replacingOccurrences(of: #""categoryCode":"010101""#, with: #""categoryCode":"\#(category)""#)
        let (status, body) = try await client.call(.post, "/api/v1/petitions", token: token, json: json)
        #expect(status == .created, "registration of \(title)")
        return (try #require(body["id"]?.int), try #require(body["number"]?.string))
    }

    static func forward(_ client: some TestClientProtocol, token: String, id: Int, to unit: Int64) async throws {
        let (status, _) = try await client.call(.post, "/api/v1/petitions/\(id)/actions", token: token,
                                                json: #"{"action":"forward","unitId":\#(unit)}"#)
        #expect(status == .ok)
    }

    @Test("a triage officer sees the registered petitions by due date, the overdue one marked red, forwarded ones gone")
    func triageQueue() async throws {
        let f = try await APIFixture(today: "2026-09-01")
        defer { f.cleanup() }
        let village = f.unit("新塘村"), township = f.unit("柳塘镇")
        try await f.app.test(.router) { client in
            let first = try await Self.register(client, token: try await client.token("dengji"), locality: village.id, title: "九月初的道路损毁问题")
            f.setDate("2026-10-12")
            let registrar = try await client.token("dengji")
            let later = try await Self.register(client, token: registrar, locality: village.id, title: "十月中旬的噪音扰民问题",
                                                peopleCount: 6)
            let routed = try await Self.register(client, token: registrar, locality: village.id, title: "已经转送的灌溉渠问题")
            try await Self.forward(client, token: try await client.token("fenban"), id: routed.id, to: township.id)
            f.setDate("2026-10-20")

            let browser = Browser(client)
            try await browser.signIn("fenban")
            let page = try await browser.get("/")
            #expect(page.status == .ok)
            #expect(page.body.contains("待分办的信访件"))
            // Sorted by due date: the September petition (due 2026-09-16) before the October one.
            let a = try #require(page.body.range(of: first.number)), b = try #require(page.body.range(of: later.number))
            #expect(a.lowerBound < b.lowerBound)
            #expect(!page.body.contains(routed.number))
            // The overdue row: red class, date in Chinese, countdown in words.
            let firstRow = String(page.body[a.lowerBound...].prefix(2_000))
            #expect(firstRow.contains("class=\"due-over\""))
            #expect(firstRow.contains("2026年9月16日"))
            #expect(firstRow.contains("超期 34 天"))
            #expect(page.body.contains("href=\"/petitions/\(first.id)\""))
            // Six people: a collective petition.
            let laterRow = String(page.body[b.lowerBound...].prefix(2_000))
            #expect(laterRow.contains("集体访"))
            // Counts that narrow: 2 registered, 1 overdue.
            #expect(page.body.contains("<a href=\"/?state=registered\"><strong>2</strong>待分办</a>"))
            #expect(page.body.contains("<a href=\"/?due=overdue\"><strong class=\"due-over\">1</strong>已超期</a>"))
            let overdue = try await browser.get("/?due=overdue")
            #expect(overdue.body.contains(first.number) && !overdue.body.contains(later.number))
            #expect(overdue.body.contains("href=\"/?due=overdue\" aria-current=\"page\""))
        }
    }

    @Test("a township handler sees only its own unit's cases, on the workbench and in the case list")
    func townshipSeesOwnCases() async throws {
        let f = try await APIFixture(today: "2026-09-21")
        defer { f.cleanup() }
        let liutang = f.unit("柳塘镇"), other = try #require(f.services.configuration.current.units.units.first {
            ($0.kind == .township || $0.kind == .street) && $0.id != liutang.id
        })
        let village = f.unit("新塘村")
        try await f.app.test(.router) { client in
            let registrar = try await client.token("dengji"), triage = try await client.token("fenban")
            let mine = try await Self.register(client, token: registrar, locality: village.id, title: "本镇的道路问题")
            let theirs = try await Self.register(client, token: registrar, locality: village.id, title: "别镇的道路问题")
            try await Self.forward(client, token: triage, id: mine.id, to: liutang.id)
            try await Self.forward(client, token: triage, id: theirs.id, to: other.id)

            let browser = Browser(client)
            try await browser.signIn("xz04.cb")
            let home = try await browser.get("/")
            #expect(home.body.contains("本单位待办的信访件"))
            #expect(home.body.contains(mine.number))
            #expect(!home.body.contains(theirs.number))
            #expect(home.body.contains("<strong>1</strong>待受理"))
            let list = try await browser.get("/petitions")
            #expect(list.status == .ok)
            #expect(list.body.contains(mine.number))
            #expect(!list.body.contains(theirs.number))
            #expect(list.body.contains("共 1 件"))
            // Another township is not even offered as a unit filter, and asking for it is refused.
            let refused = try await browser.get("/petitions?unit=\(other.id)")
            #expect(refused.status == .unprocessableContent)
            #expect(!refused.body.contains(theirs.number))
        }
    }

    @Test("filters narrow the case list: state, category, channel, unit, overdue, received dates")
    func filtersNarrow() async throws {
        let f = try await APIFixture(today: "2026-09-01")
        defer { f.cleanup() }
        let village = f.unit("新塘村"), township = f.unit("柳塘镇")
        try await f.app.test(.router) { client in
            let early = try await Self.register(client, token: try await client.token("dengji"), locality: village.id, title: "早先的道路问题")
            f.setDate("2026-10-12")
            let registrar = try await client.token("dengji")
            let letter = try await Self.register(client, token: registrar, locality: village.id, title: "来信反映的党建问题",
                                                 channel: "letter", category: "020101")
            let routed = try await Self.register(client, token: registrar, locality: village.id, title: "转送镇里的道路问题")
            try await Self.forward(client, token: try await client.token("fenban"), id: routed.id, to: township.id)
            f.setDate("2026-10-14")

            let browser = Browser(client)
            try await browser.signIn("fenban")
            let all = try await browser.get("/petitions")
            #expect(all.body.contains("共 3 件"))
            func only(_ uri: String, _ expected: String, _ line: Int = #line) async throws {
                let page = try await browser.get(uri)
                #expect(page.status == .ok, "\(uri)")
                for n in [early.number, letter.number, routed.number] {
                    #expect(page.body.contains(n) == (n == expected), "\(uri): \(n)")
                }
                #expect(page.body.contains("共 1 件"), "\(uri)")
            }
            try await only("/petitions?state=awaitingAcceptance", routed.number)
            try await only("/petitions?category=02", letter.number)
            try await only("/petitions?channel=letter", letter.number)
            try await only("/petitions?unit=\(township.id)", routed.number)
            try await only("/petitions?overdue=1", early.number)
            try await only("/petitions?from=2026-08-25&to=2026-09-05", early.number)
            // The chosen values stay in the form.
            let kept = try await browser.get("/petitions?channel=letter&from=2026-10-01")
            #expect(kept.body.contains("<option value=\"letter\" selected>"))
            #expect(kept.body.contains("name=\"from\" value=\"2026-10-01\""))
        }
    }

    @Test("pages of 50 keep the filters; the workbench pages too")
    func paginationKeepsFilters() async throws {
        let f = try await APIFixture(today: "2026-10-12")
        defer { f.cleanup() }
        let village = f.unit("新塘村")
        try await f.app.test(.router) { client in
            let registrar = try await client.token("dengji")
            for i in 1...53 {
                _ = try await Self.register(client, token: registrar, locality: village.id, title: "第\(i)件来信", channel: "letter")
            }
            _ = try await Self.register(client, token: registrar, locality: village.id, title: "一件来访")
            let browser = Browser(client)
            try await browser.signIn("fenban")
            let first = try await browser.get("/petitions?channel=letter&sort=oldest")
            #expect(first.body.contains("共 53 件"))
            #expect(first.body.components(separatedBy: "class=\"case-no\"").count - 1 == 50)
            #expect(first.body.contains("href=\"/petitions?channel=letter&amp;sort=oldest&amp;page=2\""))
            #expect(!first.body.contains("rel=\"prev\""))
            let second = try await browser.get("/petitions?channel=letter&sort=oldest&page=2")
            #expect(second.body.components(separatedBy: "class=\"case-no\"").count - 1 == 3)
            #expect(second.body.contains("第53件来信"))
            #expect(!second.body.contains("一件来访"))
            #expect(second.body.contains("href=\"/petitions?channel=letter&amp;sort=oldest\""))
            #expect(!second.body.contains("rel=\"next\""))

            let queue = try await browser.get("/?state=registered")
            #expect(queue.body.contains("href=\"/?state=registered&amp;page=2\""))
            let queue2 = try await browser.get("/?state=registered&page=2")
            #expect(queue2.body.components(separatedBy: "class=\"case-no\"").count - 1 == 4)
        }
    }

    @Test("invalid filter values show a message beside the field, keep the input, and never fail")
    func invalidFilters() async throws {
        let f = try await APIFixture(today: "2026-10-12")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("fenban")
            let bad = try await browser.get("/petitions?state=bogus&from=2026-13-45&to=abc&sort=sideways&page=-3&category=99&unit=x&channel=pigeon")
            #expect(bad.status == .unprocessableContent)
            #expect(bad.body.contains("筛选条件有误"))
            #expect(bad.body.contains("请选择有效的办理状态"))
            #expect(bad.body.contains("id=\"f-state\" name=\"state\" aria-invalid=\"true\" aria-describedby=\"f-state-error\""))
            #expect(bad.body.contains("id=\"f-state-error\""))
            #expect(bad.body.contains("日期格式应为 2026-11-27"))
            #expect(bad.body.contains("name=\"from\" value=\"2026-13-45\" aria-invalid=\"true\""))
            for message in ["请选择有效的排序方式", "页码无效", "请选择有效的内容分类", "请选择有效的办理单位", "请选择有效的信访形式"] {
                #expect(bad.body.contains(message), "\(message)")
            }
            let reversed = try await browser.get("/petitions?from=2026-10-10&to=2026-10-01")
            #expect(reversed.status == .unprocessableContent)
            #expect(reversed.body.contains("结束日期不能早于开始日期"))
            let script = try await browser.get("/petitions?from=%3Cscript%3Ealert(1)%3C/script%3E")
            #expect(script.status == .unprocessableContent)
            #expect(!script.body.contains("<script>alert"))
            let queue = try await browser.get("/?state=closed&page=zz")
            #expect(queue.status == .unprocessableContent)
            #expect(queue.body.contains("role=\"alert\""))
            #expect(queue.body.contains("待分办的信访件"))
        }
    }

    @Test("every role gets its own queue, with an empty state that says what to do")
    func queuesByRole() async throws {
        let f = try await APIFixture(today: "2026-10-12")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let expected = [("dengji", "本单位近7日登记的信访件"), ("duban", "目前没有超期的信访件。"), ("xianzhang", "全县在办信访件概览"),
                            ("xianfu", "本单位目前没有待办的信访件"), ("fenban", "目前没有待分办的信访件")]
            for (login, text) in expected {
                let browser = Browser(client)
                try await browser.signIn(login)
                let page = try await browser.get("/")
                #expect(page.status == .ok, "\(login)")
                #expect(page.body.contains(text), "\(login): \(text)")
            }
        }
    }

    @Test("?lang=en switches the workbench and the case list to English")
    func english() async throws {
        let f = try await APIFixture(today: "2026-10-12")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            _ = try await Self.register(client, token: try await client.token("dengji"), locality: f.unit("新塘村").id, title: "道路问题")
            let browser = Browser(client)
            try await browser.signIn("fenban")
            let home = try await browser.get("/?lang=en")
            #expect(home.body.contains("<html lang=\"en\">"))
            #expect(home.body.contains("Petitions awaiting triage"))
            #expect(home.body.contains("Awaiting triage"))
            #expect(home.body.contains("15 days left"))
            #expect(!home.body.contains("待分办的信访件"))
            let list = try await browser.get("/petitions")  // the language is remembered
            #expect(list.body.contains("Received from"))
            #expect(list.body.contains(">Search</button>"))
            #expect(list.body.contains("1 in total"))
            #expect(!list.body.contains("收到日期（起）"))
        }
    }

    @Test("the queue and case-list queries are served by indexes, never a table scan")
    func queriesUseIndexes() async throws {
        let f = try await APIFixture(today: "2026-10-12")
        defer { f.cleanup() }
        let config = f.services.configuration.current
        let today = LocalDate(iso: "2026-10-12")!
        var queries: [(String, CaseListQuery)] = []
        for login in ["fenban", "xz04.cb", "xz04.fz", "dengji", "duban", "xianzhang"] {
            let user = try #require(f.org.users[login])
            let queue = WorkbenchQueue.of(user, units: config.units, today: today)
            queries.append(("\(login): queue", queue.base))
            queries.append(("\(login): list", queue.list(state: nil, due: nil, page: 3, today: today)))
            queries.append(("\(login): overdue", queue.list(state: nil, due: .overdue, page: 1, today: today)))
            if let state = queue.states.last {
                queries.append(("\(login): \(state)", queue.list(state: state, due: nil, page: 1, today: today)))
            }
        }
        var township = CaseListQuery()
        township.visibleUnitIDs = config.units.subtree(of: f.unit("柳塘镇").id)
        township.sort = .newest
        queries.append(("township case list", township))
        var county = CaseListQuery()
        county.visibleUnitIDs = config.units.subtree(of: f.org.county.id)
        county.sort = .due
        queries.append(("county government case list", county))
        var byDue = CaseListQuery()
        byDue.sort = .due
        queries.append(("case list by due date", byDue))
        var filtered = CaseListQuery()
        filtered.states = [.closed]
        filtered.categoryPrefix = "01"
        filtered.sort = .newest
        queries.append(("case list by state and category", filtered))
        for (name, query) in queries {
            let plan = try await f.store.caseListPlan(query)
            #expect(!plan.isEmpty)
            for line in plan where line.hasPrefix("SCAN p") || line.hasPrefix("SCAN petitions") {
                #expect(line.contains("INDEX"), "\(name): \(line)")
            }
        }
    }
}
