import ArgumentParser
import HuiyinDomain

struct Deadline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compute a due date on the official calendar.",
        discussion: """
            The start day is day zero and is not counted. Calendar days: a due date on a weekend or public
            holiday moves to the next working day. Working days count working days, with 调休 make-up days.
            Example: huiyin deadline --from 2026-09-20 --days 15   → 2026-10-08
            """,
        subcommands: [DeadlineSweepCommand.self])

    // Optional so that `huiyin deadline sweep` parses without them; `run()` requires them.
    @Option(help: "Start date (YYYY-MM-DD), the day of receipt or decision.") var from: String?
    @Option(help: "Number of days.") var days: Int?
    @Flag(help: "Count working days instead of calendar days.") var working = false
    @OptionGroup var db: DatabaseOptions
    @Flag(help: "Use only the shipped calendar, without the database's additions.") var shippedCalendar = false

    func validate() throws {
        if let from, LocalDate(iso: from) == nil { throw ValidationError("--from 应为 YYYY-MM-DD 格式的日期") }
        if let days, !(0...3650).contains(days) { throw ValidationError("--days 应在 0–3650 之间") }
    }

    func run() async throws {
        guard let from, let start = LocalDate(iso: from), let days else {
            throw ValidationError("请给出 --from 和 --days（或使用子命令：huiyin deadline sweep）")
        }
        let calendar = shippedCalendar ? OfficialCalendar.shipped : try await CalendarCommand.calendar(db)
        let due = calendar.due(from: start, limit: TimeLimit(days: days, count: working ? .working : .calendar))
        print("\(due.iso)\t\(due.chinese) \(due.weekday.chinese)")
        if !calendar.covers(year: due.year) {
            print("注意：\(due.year)年节假日安排尚未录入，按普通周末计算")
        }
    }
}
