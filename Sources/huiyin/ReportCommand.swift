import ArgumentParser
import Foundation
import HuiyinDomain
import HuiyinServer
import HuiyinStore

/// `huiyin report --period 2026-10 --out FILE`: the situation report (信访形势分析报告) of a period as a
/// print-ready HTML document, or a `.docx` when FILE ends in `.docx`.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the situation report of a period (HTML, or .docx when --out ends in .docx).",
        discussion: "Periods: 2026-10 (month), 2026-Q4 (quarter), 2026 (year), 2026-01-01..2026-03-31 (custom).")

    @OptionGroup var db: DatabaseOptions
    @Option(help: "The period: 2026-10, 2026-Q4, 2026 or 2026-01-01..2026-03-31.") var period: String
    @Option(help: ArgumentHelp("Output file (.html or .docx).", valueName: "file")) var out: String

    func validate() throws {
        guard IndicatorPeriod.parse(period) != nil else { throw ValidationError("--period 格式应为 2026-10、2026-Q4、2026 或 2026-01-01..2026-03-31") }
    }

    func run() async throws {
        let database = try await CommandDatabase.open(db.database)
        defer { database.close() }
        let services = try await HuiyinServices.load(store: database.store)
        let docx = out.lowercased().hasSuffix(".docx")
        let data = try await SituationReportExport.render(services: services, period: IndicatorPeriod.parse(period)!, docx: docx)
        try data.write(to: URL(fileURLWithPath: out))
        print("已生成 \(out)（\(data.count) 字节）")
    }
}
