import ArgumentParser
import Foundation
import HuiyinServer
import HuiyinStore
import Logging

/// `huiyin deadline sweep`: one deadline sweep now (期限预警), then the outbox delivered as log lines.
struct DeadlineSweepCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Run one deadline sweep now: warn steps due soon or overdue, fill the ledger, deliver the outbox.",
        discussion: "Each warning is recorded once per step and level, so running it twice warns nothing new.")

    @OptionGroup var db: DatabaseOptions
    @Option(help: "Warn this many days before a step is due (saved as the county's setting).") var soonDays: Int?

    func validate() throws {
        if let soonDays, !(0...30).contains(soonDays) { throw ValidationError("--soon-days 应在 0–30 之间") }
    }

    func run() async throws {
        let database = try await CommandDatabase.open(db.database)  // SQLite or PostgreSQL
        defer { database.close() }
        let store = database.store
        if let soonDays {
            var settings = try await store.supervisionSettings()
            settings.dueSoonDays = soonDays
            try await store.saveSupervisionSettings(settings)
        }
        let services = try await HuiyinServices.load(store: store)
        let outcome = try await DeadlineSweepService(petitions: services.petitions).sweep()
        let added = try await SupervisionService(petitions: services.petitions).scanBacklog()
        var logger = Logger(label: "huiyin.outbox")
        logger.logLevel = .info
        let sent = try await DeadlineSweepService(petitions: services.petitions).deliver(through: LogNotificationSender(logger: logger))
        print("\(outcome.day.iso) 期限预警 \(outcome.warnings) 条，通知 \(outcome.messages) 条（已发送 \(sent) 条），新增积案 \(added) 件")
    }
}
