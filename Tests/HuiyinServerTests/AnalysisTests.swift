import Foundation
import HuiyinDomain
@testable import HuiyinServer
import HuiyinStore
import Hummingbird
import HummingbirdTesting
import Testing
import ZIPFoundation

@Suite("Situation analysis: hotspots, the situation report, exports, supervision over the API")
struct AnalysisTests {
    typealias W = WorkbenchPageTests

    /// A valid resident ID number (GB 11643 check digit) that differs by `n`, for distinct petitioners.
    static func idNumber(_ n: Int) -> String {
        let body = "11010519491231" + String(format: "%03d", 100 + n)
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body, weights).reduce(0) { $0 + Int(String($1.0))! * $1.1 }
        return body + String(Array("10X98765432")[sum % 11])
    }

    /// Five people's petitions about one blocked irrigation channel in 新塘村, one about something else.
    static func seedHotspot(_ client: some TestClientProtocol, _ f: APIFixture) async throws -> [(id: Int, number: String)] {
        let token = try await client.token("dengji")
        let village = f.unit("新塘村").id
        var out: [(id: Int, number: String)] = []
        for (n, title) in ["新塘村灌溉渠堵塞农田无法灌溉", "新塘村灌溉渠堵塞多年无人清理", "反映新塘村灌溉渠堵塞问题",
                           "新塘村灌溉渠堵塞影响秋收", "新塘村灌溉渠堵塞请求清淤"].enumerated() {
            let (status, body) = try await client.call(.post, "/api/v1/petitions", token: token,
                                                       json: registrationJSON(localityUnitID: village, title: title, idNumber: idNumber(n)))
            #expect(status == .created, "registration of \(title)")
            out.append((try #require(body["id"]?.int), try #require(body["number"]?.string)))
        }
        // Registrations in the fixture share one content text: the unrelated petition gets its own.
        var json = registrationJSON(localityUnitID: village, title: "村小学校舍漏雨")
        json = json.replacingOccurrences(of: "新塘村通组公路去年汛期被冲毁，至今无人维修，村民出行困难，多次向村委会反映未果。",
                                         with: "村小学教学楼屋顶年久失修，雨天教室漏水，学生无法正常上课。")
        let (status, body) = try await client.call(.post, "/api/v1/petitions", token: token, json: json)
        #expect(status == .created)
        out.append((try #require(body["id"]?.int), try #require(body["number"]?.string)))
        return out
    }

    @Test("similar petitions in one place form a hotspot with its members; the alert is raised once; readers only")
    func hotspots() async throws {
        let f = try await APIFixture(today: "2026-10-12")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let seeded = try await Self.seedHotspot(client, f)
            let leader = Browser(client)
            try await leader.signIn("xianzhang")
            let page = try await leader.get("/supervision/hotspots?period=2026-10")
            #expect(page.status == .ok)
            #expect(page.body.contains("热点与趋势"))
            #expect(page.body.contains("灌溉渠堵塞"))
            #expect(page.body.contains("5 / 5 / 5"))  // five petitions, five petitioners, five people
            for p in seeded.prefix(5) { #expect(page.body.contains("href=\"/petitions/\(p.id)\"")) }
            #expect(!page.body.contains("href=\"/petitions/\(seeded[5].id)\""), "the unrelated petition is no member")
            let bad = try await leader.get("/supervision/hotspots?period=2026-13")
            #expect(bad.status == .unprocessableContent)
            #expect(bad.body.contains("aria-describedby=\"period-error\""))
            let unit = Browser(client)
            try await unit.signIn("xz04.cb")
            #expect(try await unit.get("/supervision/hotspots").status == .forbidden)

            let service = HotspotService(petitions: f.services.petitions)
            #expect(try await service.alertNewHotspots() == 1)
            #expect(try await service.alertNewHotspots() == 0)
            let alerts = try await f.store.outbox(limit: 50).filter { $0.subject.hasPrefix("【热点预警】") }
            let readers = try await f.store.users().filter { ($0.role == .supervisor || $0.role == .leader) && $0.active }
            #expect(alerts.count == readers.count)
            #expect(alerts.allSatisfy { $0.body.contains("5 件") })
        }
    }

    @Test("the report has the standard sections and charts; recommendations are saved and printed; HTML and .docx download")
    func report() async throws {
        let f = try await APIFixture(today: "2026-10-12")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            _ = try await Self.seedHotspot(client, f)
            let leader = Browser(client)
            try await leader.signIn("xianzhang")
            let page = try await leader.get("/supervision/report?period=2026-10")
            #expect(page.status == .ok)
            for section in ["一、总体情况", "二、结构分析", "三、集体访、越级访和重复信访", "四、热点问题", "五、考核指标完成情况",
                            "六、积案化解", "七、风险研判", "八、对策建议"] {
                #expect(page.body.contains(section), "\(section)")
            }
            #expect(page.body.contains("<svg"))
            #expect(page.body.contains("共受理信访事项 6 件"))
            #expect(page.body.contains("灌溉渠堵塞"))

            let tooLong = String(repeating: "长", count: ReportPages.maxRecommendations + 1)
            let refused = try await leader.post("/supervision/report", [("period", "2026-10"), ("recommendations", tooLong)], csrf: page.csrf)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("recommendations-error"))
            let saved = try await leader.post("/supervision/report", [("period", "2026-10"), ("recommendations", "加强灌溉设施排查\n落实属地责任")],
                                              csrf: page.csrf)
            #expect(saved.status == .seeOther)
            #expect(try await leader.post("/supervision/report", [("period", "2026-10"), ("recommendations", "x")], csrf: nil).status == .forbidden)
            let again = try await leader.get("/supervision/report?period=2026-10")
            #expect(again.body.contains("<p class=\"lead\">加强灌溉设施排查</p><p class=\"lead\">落实属地责任</p>"))
            let html = try await leader.get("/supervision/report.html?period=2026-10")
            #expect(html.body.hasPrefix("<!doctype html>"))
            #expect(html.body.contains("@page{size:A4") && html.body.contains("落实属地责任"))
            let docx = try await leader.get("/supervision/report.docx?period=2026-10")
            #expect(docx.status == .ok && docx.body.hasPrefix("PK"))

            let data = try await ReportBuilder(services: f.services).build(IndicatorPeriod.parse("2026-10")!)
            let xml = ReportDocx(document: ReportDocument(data: data, config: f.services.configuration.current)).xml()
            #expect(xml.contains("八、对策建议") && xml.contains("落实属地责任") && xml.contains("<w:tbl>"))
            let unit = Browser(client)
            try await unit.signIn("xz04.cb")
            #expect(try await unit.get("/supervision/report.docx?period=2026-10").status == .forbidden)
        }
    }

    @Test("the case list exports with its filter; personal data masked unless asked for by the bureau, and then audited")
    func caseListExport() async throws {
        let f = try await APIFixture(today: "2026-10-12")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let token = try await client.token("dengji")
            let road = try await W.register(client, token: token, locality: f.unit("新塘村").id, title: "道路损毁无人维修", channel: "visit")
            let letter = try await W.register(client, token: token, locality: f.unit("新塘村").id, title: "来信反映路灯不亮", channel: "letter")
            let triage = Browser(client)
            try await triage.signIn("fenban")
            let masked = try await triage.get("/petitions/export.csv?channel=visit")
            #expect(masked.status == .ok)
            #expect(masked.body.hasPrefix("\u{FEFF}信访编号,标题,信访人,证件号码,联系电话"))
            #expect(masked.body.contains(road.number) && !masked.body.contains(letter.number))
            #expect(masked.body.contains("张*,") && !masked.body.contains("11010519491231002X") && !masked.body.contains("13800138000"))
            let full = try await triage.get("/petitions/export.csv?channel=visit&personal=full")
            #expect(full.body.contains("11010519491231002X"))
            #expect(try await f.store.auditEntries(petitionID: nil, limit: 20).contains { $0.action == "export-personal" })
            let xlsx = try await triage.get("/petitions/export.xlsx")
            #expect(xlsx.status == .ok && xlsx.body.hasPrefix("PK"))

            try await W.forward(client, token: try await client.token("fenban"), id: road.id, to: f.unit("柳塘镇").id)
            let township = Browser(client)
            try await township.signIn("xz04.cb")
            let theirs = try await township.get("/petitions/export.csv?personal=full")
            #expect(theirs.body.contains(road.number) && !theirs.body.contains(letter.number))
            #expect(!theirs.body.contains("11010519491231002X"), "a township may not export full identities")
            #expect(try await township.get("/supervision/backlog.csv").status == .forbidden)
            let supervisor = Browser(client)
            try await supervisor.signIn("duban")
            for path in ["/supervision/queue.csv", "/supervision/backlog.xlsx", "/supervision/indicators.xlsx?period=2026-10",
                         "/supervision/report/tables.csv?period=2026-10"] {
                #expect(try await supervisor.get(path).status == .ok, "\(path)")
            }
            #expect(try await supervisor.get("/supervision/report/tables.csv?period=2026-10").body.contains("总量与同比、环比"))
        }
    }

    @Test("an accused unit never sees the informant in an export, even when asking for full data")
    func accusedUnitMasking() async throws {
        let f = try await APIFixture(today: "2026-10-12")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let accused = f.unit("柳塘镇")
            var json = registrationJSON(localityUnitID: f.unit("新塘村").id, title: "举报镇干部违规收费", purpose: "accusation")
            json = json.replacingOccurrences(of: #""demands":"#, with: #""accusedUnitIds":[\#(accused.id)],"demands":"#)
            let (status, body) = try await client.call(.post, "/api/v1/petitions", token: try await client.token("dengji"), json: json)
            #expect(status == .created)
            let id = Int64(try #require(body["id"]?.int))
            let registration = try #require(try await f.store.registrations(ids: [id])[id])
            let users = try await f.store.users()
            let units = f.services.configuration.current.units
            let townshipHead = try #require(users.first { $0.username == "xz04.fz" })
            let bureau = try #require(users.first { $0.username == "fenban" })
            #expect(ExportMasking(user: townshipHead, units: units, full: true).people(registration).0 == "（信息保密）")
            #expect(ExportMasking(user: bureau, units: units, full: true).people(registration).1 == "11010519491231002X")
            #expect(ExportMasking(user: bureau, units: units, full: false).people(registration).0 == "张*")
        }
    }

    @Test("the .xlsx package has every part, inline strings, numbers as numbers and escaped text")
    func xlsxPackage() throws {
        let table = ExportTable(title: "案件清单", headers: ["编号", "件数"], rows: [["A&B <1>", "12"], ["0731", "7"]], fileStem: "t")
        let archive = try Archive(data: try XLSXWriter.data([table]), accessMode: .read)
        let paths = Set(archive.map(\.path))
        #expect(paths == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                          "xl/styles.xml", "xl/worksheets/sheet1.xml"])
        var sheet = Data()
        _ = try archive.extract(try #require(archive["xl/worksheets/sheet1.xml"])) { sheet.append($0) }
        let xml = String(decoding: sheet, as: UTF8.self)
        #expect(xml.contains("<c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">A&amp;B &lt;1&gt;</t></is></c>"))
        #expect(xml.contains("<c r=\"B2\"><v>12</v></c>"))
        #expect(xml.contains("<t xml:space=\"preserve\">0731</t>"), "a leading zero keeps the text")
        #expect(XLSXWriter.column(27) == "AB")
    }

    @Test("the API accepts the supervision level and required report, and the unit's progress report")
    func apiSupervision() async throws {
        let f = try await APIFixture(today: "2026-10-12")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let p = try await W.register(client, token: try await client.token("dengji"), locality: f.unit("新塘村").id, title: "灌溉渠堵塞")
            try await W.forward(client, token: try await client.token("fenban"), id: p.id, to: f.unit("柳塘镇").id)
            let duban = try await client.token("duban")
            let (bad, error) = try await client.call(.post, "/api/v1/petitions/\(p.id)/actions", token: duban,
                                                     json: #"{"action":"supervise","reason":"督促","level":"shouting"}"#)
            #expect(bad == .unprocessableContent)
            #expect(error["error"]?["fields"]?[0]?["field"]?.string == "level")
            let (ok, _) = try await client.call(.post, "/api/v1/petitions/\(p.id)/actions", token: duban, json: """
                {"action":"supervise","reason":"群众反映强烈","level":"onSite","progressRequired":"三日内报告清淤进展","dueDate":"2026-10-16"}
                """)
            #expect(ok == .ok)
            let (answered, _) = try await client.call(.post, "/api/v1/petitions/\(p.id)/actions", token: try await client.token("xz04.cb"),
                                                      json: #"{"action":"reportProgress","text":"已组织清淤"}"#)
            #expect(answered == .ok)
            let orders = SupervisionOrder.orders(petitionID: Int64(p.id),
                                                 history: try await f.store.history(petitionID: Int64(p.id)).map { ($0.sequence, $0.day, $0.event) })
            #expect(orders.count == 1)
            #expect(orders.first?.level == .onSite && orders.first?.progressRequired == "三日内报告清淤进展")
            #expect(orders.first?.answeredOn != nil)
        }
    }
}

@Suite("Pre-aggregated petition counts")
struct PetitionDayCountTests {
    @Test("the counts kept by triggers match every registration: totals, collective, channels, months")
    func countsFollowRegistrations() async throws {
        let f = try await APIFixture(today: "2026-10-12")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let token = try await client.token("dengji")
            let village = f.unit("新塘村").id
            _ = try await WorkbenchPageTests.register(client, token: token, locality: village, title: "道路损毁")
            _ = try await WorkbenchPageTests.register(client, token: token, locality: village, title: "来信反映路灯", channel: "letter")
            f.setDate("2026-11-03")
            let json = registrationJSON(localityUnitID: village, title: "集体反映征地补偿", peopleCount: 6)
            let (status, _) = try await client.call(.post, "/api/v1/petitions", token: try await client.token("dengji"), json: json)
            #expect(status == .created)
            let from = LocalDate(iso: "2026-10-01")!, through = LocalDate(iso: "2026-11-30")!
            let totals = try await f.store.petitionTotals(from: from, through: through, collectiveThreshold: 5)
            #expect(totals.total == 3 && totals.collective == 1 && totals.repeats == 0)
            let october = try await f.store.petitionTotals(from: from, through: LocalDate(iso: "2026-10-31")!, collectiveThreshold: 5)
            #expect(october.total == 2 && october.collective == 0)
            let channels = try await f.store.petitionCounts(by: .channel, from: from, through: through)
            #expect(channels.map(\.key) == ["visit", "letter"] && channels.map(\.count) == [2, 1])
            let months = try await f.store.petitionCounts(by: .month, from: from, through: through)
            #expect(months.map(\.key) == ["2026-10", "2026-11"] && months.map(\.count) == [2, 1])
            // A threshold above the counts' cap is answered from the petitions themselves.
            #expect(try await f.store.petitionTotals(from: from, through: through, collectiveThreshold: 20).collective == 0)
        }
    }
}
