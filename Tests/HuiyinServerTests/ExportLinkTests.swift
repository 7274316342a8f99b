import Foundation
import HuiyinDomain
@testable import HuiyinServer
import HuiyinStore
import Hummingbird
import HummingbirdTesting
import Testing

/// Every list, indicator table and report table has its exports where it is shown (issue 7, point 7).
@Suite("Exports offered where lists are shown")
struct ExportLinkTests {
    /// The `href`s of the export links of a page.
    static func exportLinks(_ body: String) -> [String] {
        guard let start = body.range(of: "<p class=\"row export-links\">") else { return [] }
        var links: [String] = []
        var rest = body[start.upperBound...]
        while let a = rest.range(of: "href=\""), let end = rest[a.upperBound...].firstIndex(of: "\"") {
            if rest[..<a.lowerBound].contains("</p>") { break }
            links.append(String(rest[a.upperBound..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            rest = rest[end...]
        }
        return links
    }

    @Test("queue, backlog, indicators, hotspots and the case list link to CSV and .xlsx; each link downloads")
    func linksOnEveryList() async throws {
        let f = try await APIFixture(today: "2026-10-12")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            _ = try await AnalysisTests.seedHotspot(client, f)
            let supervisor = Browser(client)
            try await supervisor.signIn("duban")
            // The backlog shows its table (and links) only with a case in the ledger.
            var settings = try await f.store.supervisionSettings()
            settings.ageDays = -1
            try await f.store.saveSupervisionSettings(settings)
            #expect(try await SupervisionService(petitions: f.services.petitions).scanBacklog() > 0)
            let pages = ["/supervision": "/supervision/queue", "/supervision/backlog": "/supervision/backlog", "/supervision/indicators?period=2026-10": "/supervision/indicators",
                         "/supervision/hotspots?period=2026-10": "/supervision/hotspots", "/petitions?channel=visit": "/petitions/export"]
            for (page, export) in pages {
                let shown = try await supervisor.get(page)
                #expect(shown.status == .ok, "\(page)")
                let links = Self.exportLinks(shown.body)
                #expect(links.count == 2, "\(page): \(links)")
                #expect(links.first?.hasPrefix(export + ".csv") == true && links.last?.hasPrefix(export + ".xlsx") == true, "\(page): \(links)")
                for link in links {
                    let file = try await supervisor.get(link)
                    #expect(file.status == .ok, "\(link)")
                    #expect(link.contains(".csv") ? file.body.hasPrefix("\u{FEFF}") : file.body.hasPrefix("PK"), "\(link)")
                }
                if page.contains("?"), let query = page.split(separator: "?").last {
                    #expect(links.allSatisfy { $0.hasSuffix("?" + query) }, "\(page): the export keeps the page's filter")
                }
            }
            let report = try await supervisor.get("/supervision/report?period=2026-10")
            #expect(report.body.contains("href=\"/supervision/report/tables.xlsx?period=2026-10\""))
            #expect(report.body.contains("href=\"/supervision/report/tables.csv?period=2026-10\""))
        }
    }

    @Test("the hotspot export lists each hotspot with its member petitions and no personal data; readers only")
    func hotspotExport() async throws {
        let f = try await APIFixture(today: "2026-10-12")
        defer { f.cleanup() }
        try await f.app.test(.router) { client in
            let seeded = try await AnalysisTests.seedHotspot(client, f)
            let leader = Browser(client)
            try await leader.signIn("xianzhang")
            let csv = try await leader.get("/supervision/hotspots.csv?period=2026-10")
            #expect(csv.status == .ok)
            #expect(csv.body.contains("热点问题 2026-10") && csv.body.contains("灌溉渠堵塞"))
            for p in seeded.prefix(5) { #expect(csv.body.contains(p.number)) }
            #expect(!csv.body.contains(seeded[5].number), "the unrelated petition is no member")
            #expect(!csv.body.contains("11010519491231002X") && !csv.body.contains("13800138000"), "no identity or phone")
            #expect(csv.body.contains("上升最快的问题类别"))
            let xlsx = try await leader.get("/supervision/hotspots.xlsx?period=2026-10")
            #expect(xlsx.status == .ok && xlsx.body.hasPrefix("PK"))
            #expect(try await leader.get("/supervision/hotspots.csv?period=2026-13").status == .notFound)
            let township = Browser(client)
            try await township.signIn("xz04.cb")
            #expect(try await township.get("/supervision/hotspots.csv?period=2026-10").status == .forbidden)
        }
    }
}
