import Foundation
import Testing

@testable import HuiyinDomain

private func date(_ iso: String) -> LocalDate {
    guard let date = LocalDate(iso: iso) else { preconditionFailure("bad test date \(iso)") }
    return date
}

@Suite("OfficialCalendar deadlines")
struct OfficialCalendarDeadlineTests {
    let calendar = OfficialCalendar.shipped

    /// One deadline case in the Alaveteli style: a start (day zero), a limit, the due date, and why.
    struct DueCase: Sendable, CustomTestStringConvertible {
        let start: String
        let limit: TimeLimit
        let due: String
        let why: String
        var testDescription: String { "\(start) + \(limit) → \(due): \(why)" }

        static func calendar(_ start: String, _ days: Int, _ due: String, _ why: String) -> DueCase {
            DueCase(start: start, limit: .calendarDays(days), due: due, why: why)
        }

        static func working(_ start: String, _ days: Int, _ due: String, _ why: String) -> DueCase {
            DueCase(start: start, limit: .workingDays(days), due: due, why: why)
        }
    }

    @Test("Calendar-day limits: day zero, weekends, holidays", arguments: [
        DueCase.calendar("2026-09-20", 15, "2026-10-08", "RULES example: day 15 is Mon 10-05 inside National Day"),
        .calendar("2026-03-02", 1, "2026-03-03", "day zero: the day of receipt is not counted"),
        .calendar("2026-03-02", 15, "2026-03-17", "plain weekday, nothing moves"),
        .calendar("2026-03-13", 15, "2026-03-30", "lands on a plain Saturday, rolls to Monday"),
        .calendar("2026-03-14", 15, "2026-03-30", "lands on a plain Sunday, rolls to Monday"),
        .calendar("2026-02-02", 15, "2026-02-24", "lands on Tue 02-17 inside Spring Festival, rolls past 02-23"),
        .calendar("2026-01-31", 15, "2026-02-24", "lands on Sun 02-15, first day of Spring Festival"),
        .calendar("2026-02-13", 15, "2026-02-28", "lands on 调休 working Saturday 02-28: stays"),
        .calendar("2026-09-05", 15, "2026-09-20", "lands on 调休 working Sunday 09-20: stays"),
        .calendar("2025-12-20", 15, "2026-01-04", "crosses the year end, lands on 调休 working Sunday 01-04"),
        .calendar("2025-12-17", 15, "2026-01-04", "lands on New Year's Day, rolls over 01-02, 01-03 to Sun 01-04"),
        .calendar("2025-11-27", 60, "2026-01-26", "60-day handling period across the year end"),
        .calendar("2025-09-20", 15, "2025-10-09", "2025: lands on Sun 10-05 inside Oct 1–8"),
        .calendar("2026-03-03", 0, "2026-03-03", "zero days on a working day: the same day"),
        .calendar("2026-10-03", 0, "2026-10-08", "zero days on a holiday: the next working day"),
        .calendar("2026-03-04", -3, "2026-03-04", "a negative limit counts as zero"),
        .calendar("2026-12-17", 15, "2027-01-01", "into uncovered 2027: Fri 01-01 is a plain weekday"),
        .calendar("2027-09-17", 15, "2027-10-04", "uncovered 2027: Sat 10-02 rolls to Monday only"),
    ])
    func calendarDays(_ c: DueCase) {
        #expect(calendar.due(from: date(c.start), limit: c.limit) == date(c.due))
    }

    @Test("Working-day limits: day zero, weekends, holidays, 调休", arguments: [
        DueCase.working("2026-03-07", 1, "2026-03-09", "day zero on a Saturday: the first working day after it"),
        .working("2026-03-02", 5, "2026-03-09", "a plain week"),
        .working("2026-02-13", 5, "2026-02-27", "Spring Festival 2026: Sat 02-14 counts, 02-15…02-23 do not"),
        .working("2026-02-24", 5, "2026-03-02", "after Spring Festival: Sat 02-28 counts, Sun 03-01 does not"),
        .working("2026-02-13", 15, "2026-03-12", "15 working days across the whole Spring Festival"),
        .working("2026-09-29", 5, "2026-10-12", "National Day 2026: 10-01…10-07 off, Sat 10-10 counts"),
        .working("2026-09-18", 1, "2026-09-20", "Sun 09-20 is a 调休 working day"),
        .working("2026-04-30", 5, "2026-05-11", "Labour Day 2026: 05-01…05-05 off, Sat 05-09 counts"),
        .working("2025-09-26", 5, "2025-10-10", "2025: Sun 09-28 counts, 10-01…10-08 off"),
        .working("2025-10-09", 5, "2025-10-15", "2025: Sat 10-11 counts"),
        .working("2025-01-24", 5, "2025-02-07", "Spring Festival 2025: Sun 01-26 counts, 01-28…02-04 off"),
        .working("2025-12-31", 3, "2026-01-06", "year end: 01-01…01-03 off, Sun 01-04 counts"),
        .working("2026-10-05", 0, "2026-10-08", "zero working days on a holiday: the next working day"),
        .working("2026-03-04", -3, "2026-03-04", "a negative limit counts as zero"),
    ])
    func workingDays(_ c: DueCase) {
        #expect(calendar.due(from: date(c.start), limit: c.limit) == date(c.due))
    }

    @Test("A working-day due date is a working day with exactly n working days after day zero")
    func workingDueIsConsistent() {
        for offset in stride(from: 0, to: 800, by: 3) {
            let start = date("2025-01-01").adding(days: offset)
            for n in [1, 5, 15, 60] {
                let due = calendar.due(from: start, limit: .workingDays(n))
                #expect(calendar.isWorkingDay(due))
                #expect(calendar.workingDays(after: start, through: due) == n)
                #expect(calendar.workingDays(after: start, through: due.adding(days: -1)) == n - 1)
            }
        }
    }

    @Test("A calendar-day due date is the first working day on or after start + n")
    func calendarDueIsConsistent() {
        for offset in 0..<800 {
            let start = date("2025-01-01").adding(days: offset)
            let plain = start.adding(days: 15)
            let due = calendar.due(from: start, limit: .calendarDays(15))
            #expect(due >= plain)
            #expect(calendar.isWorkingDay(due))
            var day = plain
            while day < due {
                #expect(calendar.isRestDay(day))
                day = day.adding(days: 1)
            }
        }
    }

    @Test("workingDays(after:through:) counts strictly after start, through end")
    func workingDaysCount() {
        #expect(calendar.workingDays(after: date("2026-02-13"), through: date("2026-02-28")) == 6)
        #expect(calendar.workingDays(after: date("2026-09-30"), through: date("2026-10-07")) == 0)
        #expect(calendar.workingDays(after: date("2026-03-02"), through: date("2026-03-02")) == 0)
        #expect(calendar.workingDays(after: date("2026-03-09"), through: date("2026-03-02")) == 0)
        #expect(calendar.workingDays(after: date("2025-12-31"), through: date("2026-12-31")) == 248)
        #expect(calendar.workingDays(after: date("2024-12-31"), through: date("2025-12-31")) == 248)
        // 2027 is not covered: 261 plain weekdays.
        #expect(calendar.workingDays(after: date("2026-12-31"), through: date("2027-12-31")) == 261)
    }

    @Test("workingDays(after:through:) agrees with counting day by day")
    func workingDaysAgreesWithLoop() {
        var seed: UInt64 = 20_261_127
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let origin = date("2024-10-01")
        for _ in 0..<400 {
            let start = origin.adding(days: next(1200))
            let end = start.adding(days: next(400) - 20)
            var expected = 0
            var day = start.adding(days: 1)
            while day <= end {
                if calendar.isWorkingDay(day) { expected += 1 }
                day = day.adding(days: 1)
            }
            #expect(calendar.workingDays(after: start, through: end) == expected, "\(start) → \(end)")
        }
    }
}

@Suite("OfficialCalendar days")
struct OfficialCalendarDayTests {
    let calendar = OfficialCalendar.shipped

    /// Sakamoto's weekday formula (0 = Sunday), independent of `LocalDate.weekday`.
    static func isWeekend(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        let weekday = (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7
        return weekday == 0 || weekday == 6
    }

    static let holidays2026: Set<String> = Set([
        "2026-01-01", "2026-01-02", "2026-01-03",
        "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21",
        "2026-02-22", "2026-02-23",
        "2026-04-04", "2026-04-05", "2026-04-06",
        "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
        "2026-06-19", "2026-06-20", "2026-06-21",
        "2026-09-25", "2026-09-26", "2026-09-27",
        "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07",
    ])
    static let makeUps2026: Set<String> = [
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
    ]

    @Test("Every day of 2026 matches the State Council notice; 248 working days")
    func allOf2026() throws {
        let monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var perMonth = [Int](repeating: 0, count: 12)
        for month in 1...12 {
            for day in 1...monthLengths[month - 1] {
                let d = try #require(LocalDate(year: 2026, month: month, day: day))
                let expected = Self.makeUps2026.contains(d.iso)
                    || (!Self.holidays2026.contains(d.iso) && !Self.isWeekend(2026, month, day))
                #expect(calendar.isWorkingDay(d) == expected, "\(d)")
                #expect(calendar.isRestDay(d) == !expected, "\(d)")
                #expect((calendar.holidayName(on: d) != nil) == Self.holidays2026.contains(d.iso), "\(d)")
                if expected { perMonth[month - 1] += 1 }
            }
        }
        // 261 weekdays − 19 weekday holidays + 6 make-up days.
        #expect(perMonth.reduce(0, +) == 248)
        #expect(perMonth == [21, 16, 22, 21, 19, 21, 23, 21, 22, 18, 21, 23])
    }

    @Test("2025 has 248 working days: 261 weekdays − 18 weekday holidays + 5 make-up days")
    func allOf2025() {
        var count = 0
        var day = date("2025-01-01")
        while day.year == 2025 {
            if calendar.isWorkingDay(day) { count += 1 }
            day = day.adding(days: 1)
        }
        #expect(count == 248)
        for makeUp in ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"] {
            #expect(calendar.isWorkingDay(date(makeUp)), "\(makeUp)")
        }
        for off in ["2025-01-01", "2025-01-28", "2025-02-04", "2025-04-04", "2025-05-05", "2025-06-02", "2025-10-08"] {
            #expect(calendar.isRestDay(date(off)), "\(off)")
        }
    }

    @Test("Holiday names", arguments: [
        ("2026-02-17", "春节"), ("2026-10-05", "国庆节"), ("2026-09-26", "中秋节"), ("2026-01-03", "元旦"),
        ("2026-04-06", "清明节"), ("2026-05-05", "劳动节"), ("2026-06-19", "端午节"),
        ("2025-10-06", "国庆节、中秋节"), ("2025-01-28", "春节"), ("2025-06-02", "端午节"),
    ])
    func holidayNames(_ iso: String, _ name: String) {
        #expect(calendar.holidayName(on: date(iso)) == name)
    }

    @Test("No holiday name on make-up days, plain days and uncovered years")
    func noHolidayName() {
        #expect(calendar.holidayName(on: date("2026-02-14")) == nil)
        #expect(calendar.holidayName(on: date("2026-03-03")) == nil)
        #expect(calendar.holidayName(on: date("2027-01-01")) == nil)
    }

    @Test("Uncovered years fall back to plain weekends")
    func fallback() {
        #expect(!calendar.covers(year: 2024) && !calendar.covers(year: 2027))
        #expect(calendar.covers(year: 2025) && calendar.covers(year: 2026))
        #expect(calendar.isWorkingDay(date("2027-01-01")))  // a Friday
        #expect(calendar.isRestDay(date("2027-01-02")))  // a Saturday
        let empty = OfficialCalendar(years: [])
        #expect(empty.isWorkingDay(date("2026-10-05")))  // Monday, a holiday only with data
        #expect(empty.isRestDay(date("2026-02-28")))  // Saturday, a working day only with data
        #expect(empty.due(from: date("2026-09-20"), limit: .calendarDays(15)) == date("2026-10-05"))
        #expect(empty.workingDays(after: date("2025-12-31"), through: date("2026-12-31")) == 261)
    }

    @Test("nextWorkingDay(onOrAfter:)")
    func nextWorkingDay() {
        #expect(calendar.nextWorkingDay(onOrAfter: date("2026-10-01")) == date("2026-10-08"))
        #expect(calendar.nextWorkingDay(onOrAfter: date("2026-02-14")) == date("2026-02-14"))
        #expect(calendar.nextWorkingDay(onOrAfter: date("2026-03-07")) == date("2026-03-09"))
    }
}

@Suite("OfficialCalendar data")
struct OfficialCalendarDataTests {
    @Test("The shipped years are valid and hold the notices' days off")
    func shippedIsValid() throws {
        #expect(OfficialCalendar.shipped.years.map(\.year) == [2025, 2026])
        for year in OfficialCalendar.shipped.years {
            try year.validate()
        }
        let days = OfficialCalendar.shipped.years.map { $0.holidays.map(\.days.count) }
        #expect(days == [[1, 8, 3, 5, 3, 8], [3, 9, 3, 5, 3, 3, 7]])
        #expect(CalendarYear.official2025.makeUpWorkdays.count == 5)
        #expect(CalendarYear.official2026.makeUpWorkdays.count == 6)
    }

    struct InvalidYear: Sendable, CustomTestStringConvertible {
        let why: String
        let year: CalendarYear
        let error: CalendarError
        var testDescription: String { why }
    }

    @Test("validate() reports the first problem", arguments: [
        InvalidYear(
            why: "a holiday day in another year",
            year: CalendarYear(year: 2027, holidays: [.init(name: "元旦", days: [date("2026-12-31"), date("2027-01-01")])],
                               makeUpWorkdays: []),
            error: .dateOutsideYear(date("2026-12-31"))),
        InvalidYear(
            why: "a make-up day in another year",
            year: CalendarYear(year: 2027, holidays: [], makeUpWorkdays: [date("2028-01-01")]),
            error: .dateOutsideYear(date("2028-01-01"))),
        InvalidYear(
            why: "a make-up day on a Monday",
            year: CalendarYear(year: 2027, holidays: [], makeUpWorkdays: [date("2027-02-01")]),
            error: .makeUpDayNotWeekend(date("2027-02-01"))),
        InvalidYear(
            why: "a Saturday both off and at work",
            year: CalendarYear(year: 2027, holidays: [.init(name: "春节", from: date("2027-02-06"), through: date("2027-02-12"))],
                               makeUpWorkdays: [date("2027-02-06")]),
            error: .dateBothHolidayAndWorkday(date("2027-02-06"))),
    ])
    func invalid(_ c: InvalidYear) {
        #expect(throws: c.error) { try c.year.validate() }
        #expect(!c.error.message.isEmpty)
    }

    @Test("A valid year passes validation")
    func validYear() throws {
        let year = CalendarYear(
            year: 2027, holidays: [.init(name: "元旦", from: date("2027-01-01"), through: date("2027-01-03"))],
            makeUpWorkdays: [date("2027-01-09"), date("2027-01-10")])
        try year.validate()
    }

    @Test("Error messages are in Chinese and name the date")
    func errorMessages() {
        #expect(CalendarError.dateOutsideYear(date("2026-12-31")).message.contains("2026年12月31日"))
        #expect(CalendarError.dateBothHolidayAndWorkday(date("2027-02-06")).message.contains("调休上班日"))
        #expect(CalendarError.makeUpDayNotWeekend(date("2027-02-01")).message.contains("星期一"))
    }

    @Test("Holiday(from:through:) lists every day inclusive")
    func holidayRange() {
        let holiday = CalendarYear.Holiday(name: "春节", from: date("2025-01-28"), through: date("2025-02-04"))
        #expect(holiday.days.count == 8)
        #expect(holiday.days.first == date("2025-01-28") && holiday.days.last == date("2025-02-04"))
        #expect(CalendarYear.Holiday(name: "x", from: date("2025-02-04"), through: date("2025-01-28")).days.isEmpty)
    }

    @Test("missingYearWarning: next year from October, own year always")
    func missingYearWarning() throws {
        let shipped = OfficialCalendar.shipped
        let november = try #require(shipped.missingYearWarning(today: date("2026-11-27")))
        #expect(november.contains("2027年"))
        #expect(shipped.missingYearWarning(today: date("2026-10-01")) != nil)
        #expect(shipped.missingYearWarning(today: date("2026-09-30")) == nil)
        #expect(shipped.missingYearWarning(today: date("2026-03-01")) == nil)
        #expect(shipped.missingYearWarning(today: date("2025-12-01")) == nil)  // 2026 is shipped
        let ownYear = try #require(shipped.missingYearWarning(today: date("2027-03-01")))
        #expect(ownYear.contains("2027年"))
        let both = try #require(OfficialCalendar(years: []).missingYearWarning(today: date("2026-11-27")))
        #expect(both.contains("2026年") && both.contains("2027年"))
        let extended = shipped.adding(CalendarYear(year: 2027, holidays: [], makeUpWorkdays: []))
        #expect(extended.missingYearWarning(today: date("2026-11-27")) == nil)
    }

    @Test("adding(_:) adds a year or replaces the one with the same number")
    func adding() {
        let shipped = OfficialCalendar.shipped
        let year2027 = CalendarYear(
            year: 2027, holidays: [.init(name: "元旦", from: date("2027-01-01"), through: date("2027-01-03"))],
            makeUpWorkdays: [])
        let extended = shipped.adding(year2027)
        #expect(extended.years.map(\.year) == [2025, 2026, 2027])
        #expect(extended.covers(year: 2027) && !shipped.covers(year: 2027))
        #expect(extended.isRestDay(date("2027-01-01")) && shipped.isWorkingDay(date("2027-01-01")))
        #expect(extended.holidayName(on: date("2027-01-01")) == "元旦")

        let no2026NationalDay = CalendarYear(year: 2026, holidays: [], makeUpWorkdays: [])
        let replaced = shipped.adding(no2026NationalDay)
        #expect(replaced.years.map(\.year) == [2025, 2026])
        #expect(replaced.isWorkingDay(date("2026-10-05")))
        #expect(replaced.isRestDay(date("2026-10-10")))
        #expect(replaced.holidayName(on: date("2026-10-05")) == nil)
        #expect(replaced.workingDays(after: date("2026-09-30"), through: date("2026-10-09")) == 7)
        #expect(shipped.isRestDay(date("2026-10-05")))  // the original is unchanged
    }

    @Test("init(years:): the later duplicate wins; dates outside their year are ignored")
    func initRules() {
        let first = CalendarYear(year: 2027, holidays: [.init(name: "A", days: [date("2027-03-01")])], makeUpWorkdays: [])
        let second = CalendarYear(year: 2027, holidays: [.init(name: "B", days: [date("2027-03-02")])], makeUpWorkdays: [])
        let calendar = OfficialCalendar(years: [first, second])
        #expect(calendar.isWorkingDay(date("2027-03-01")) && calendar.isRestDay(date("2027-03-02")))
        #expect(calendar.years == [second])

        let stray = CalendarYear(
            year: 2027, holidays: [.init(name: "X", days: [date("2028-03-01")])], makeUpWorkdays: [date("2028-03-04")])
        let strayCalendar = OfficialCalendar(years: [stray])
        #expect(strayCalendar.isWorkingDay(date("2028-03-01")))  // Wednesday, not a 2028 holiday
        #expect(strayCalendar.isRestDay(date("2028-03-04")))  // Saturday
    }

    @Test("A calendar year survives a JSON round trip with ISO dates")
    func codable() throws {
        let data = try JSONEncoder().encode(CalendarYear.official2026)
        #expect(String(decoding: data, as: UTF8.self).contains(#""2026-02-28""#))
        #expect(try JSONDecoder().decode(CalendarYear.self, from: data) == CalendarYear.official2026)
    }
}

@Suite("TimeLimit")
struct TimeLimitTests {
    @Test("Described in Chinese")
    func description() {
        #expect(TimeLimit.calendarDays(15).description == "15日")
        #expect(TimeLimit.workingDays(5).description == "5个工作日")
        #expect("\(TimeLimit(days: 60))" == "60日")
    }

    @Test("Calendar days by default; factories set the count")
    func factories() {
        #expect(TimeLimit(days: 15) == TimeLimit(days: 15, count: .calendar))
        #expect(TimeLimit.calendarDays(30) == TimeLimit(days: 30, count: .calendar))
        #expect(TimeLimit.workingDays(5) == TimeLimit(days: 5, count: .working))
        #expect(TimeLimit.workingDays(5) != TimeLimit.calendarDays(5))
    }

    @Test("Codable as days and count")
    func codable() throws {
        let data = try JSONEncoder().encode(TimeLimit.workingDays(5))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(object?["days"] as? Int == 5)
        #expect(object?["count"] as? String == "working")
        #expect(try JSONDecoder().decode(TimeLimit.self, from: data) == .workingDays(5))
    }
}
