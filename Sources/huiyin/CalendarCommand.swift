import ArgumentParser
import Foundation
import HuiyinDomain
import HuiyinStore

struct CalendarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: "Show or extend the official holiday calendar.",
        subcommands: [Show.self, Import.self])

    static func calendar(_ db: DatabaseOptions) async throws -> OfficialCalendar {
        let database = try await CommandDatabase.open(db.database)
        defer { database.close() }
        return try await CountyConfiguration.load(from: database.store).calendar
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the years, holidays and make-up working days.")
        @OptionGroup var db: DatabaseOptions

        func run() async throws {
            let calendar = try await CalendarCommand.calendar(db)
            for y in calendar.years {
                print("\(y.year)年")
                for h in y.holidays { print("  \(h.name)：\(h.days.map(\.iso).joined(separator: " "))") }
                print("  调休上班：\(y.makeUpWorkdays.map(\.iso).joined(separator: " "))")
            }
            if let w = calendar.missingYearWarning(today: LocalDate.inChina(Date())) { print("⚠️  \(w)") }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add or replace a year from a JSON file.",
            discussion: #"Format: {"year":2027,"holidays":[{"name":"元旦","days":["2027-01-01"]}],"makeUpWorkdays":["2027-01-09"]}"#)
        @OptionGroup var db: DatabaseOptions
        @Option(help: "JSON file of one year.") var file: String

        func run() async throws {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            let year = try JSONDecoder().decode(CalendarYear.self, from: data)
            do { try year.validate() } catch { throw ValidationError(error.message) }
            let database = try await CommandDatabase.open(db.database)
            defer { database.close() }
            try await database.store.saveCalendarYear(year)
            print("已录入 \(year.year) 年：\(year.holidays.count) 个节日，\(year.makeUpWorkdays.count) 个调休上班日")
        }
    }
}
