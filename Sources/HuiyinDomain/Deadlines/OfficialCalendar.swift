/// One year of the official holiday calendar, as published by the State Council General Office
/// (国务院办公厅关于某年部分节假日安排的通知), usually in November of the year before.
public struct CalendarYear: Sendable, Codable, Hashable {
    /// One public holiday (法定节假日) with all of its days off, including the weekend days and
    /// 调休 days that the notice folds into it.
    public struct Holiday: Sendable, Codable, Hashable {
        /// The name as in the notice, e.g. `春节` or `国庆节、中秋节`.
        public var name: String
        /// Every day off of this holiday.
        public var days: [LocalDate]

        public init(name: String, days: [LocalDate]) {
            self.name = name
            self.days = days
        }

        /// A holiday whose days off run from `first` through `last` inclusive.
        public init(name: String, from first: LocalDate, through last: LocalDate) {
            let count = max(first.days(until: last) + 1, 0)
            self.init(name: name, days: (0..<count).map { first.adding(days: $0) })
        }
    }

    public var year: Int
    public var holidays: [Holiday]
    /// 调休上班: Saturdays and Sundays that are working days in exchange for days off.
    public var makeUpWorkdays: [LocalDate]

    public init(year: Int, holidays: [Holiday], makeUpWorkdays: [LocalDate]) {
        self.year = year
        self.holidays = holidays
        self.makeUpWorkdays = makeUpWorkdays
    }

    /// Checks the year as an administrator entered it: every date lies inside ``year``, no date is both a
    /// holiday and a make-up working day, and every make-up working day is a Saturday or Sunday.
    ///
    /// Errors are reported in that order, each for the first offending date as listed.
    public func validate() throws(CalendarError) {
        let holidayDays = holidays.flatMap(\.days)
        for date in holidayDays + makeUpWorkdays where date.year != year {
            throw .dateOutsideYear(date)
        }
        for date in makeUpWorkdays where !date.weekday.isWeekend {
            throw .makeUpDayNotWeekend(date)
        }
        let holidaySet = Set(holidayDays)
        for date in makeUpWorkdays where holidaySet.contains(date) {
            throw .dateBothHolidayAndWorkday(date)
        }
    }
}

/// Why a ``CalendarYear`` is not valid.
public enum CalendarError: Error, Equatable, Sendable {
    case dateOutsideYear(LocalDate)
    case dateBothHolidayAndWorkday(LocalDate)
    case makeUpDayNotWeekend(LocalDate)

    /// The problem in Chinese, for the administrator who entered the calendar.
    public var message: String {
        switch self {
        case .dateOutsideYear(let date):
            "日期\(date.chinese)不属于所录入的年度"
        case .dateBothHolidayAndWorkday(let date):
            "\(date.chinese)既被列为放假日又被列为调休上班日"
        case .makeUpDayNotWeekend(let date):
            "调休上班日\(date.chinese)是\(date.weekday.chinese)，调休上班日只能是星期六或星期日"
        }
    }
}

/// The official calendar (官方日历): public holidays and 调休 make-up working days, year by year.
///
/// Years that are not in the calendar fall back to plain weekends (Saturday and Sunday off). Lookups use sets of
/// ``LocalDate/daysSinceEpoch``, so checking a day costs a hash lookup and counting working days in a range
/// costs two binary searches.
public struct OfficialCalendar: Sendable, Equatable {
    private let yearsByNumber: [Int: CalendarYear]
    private let holidayDays: Set<Int>
    private let makeUpDays: Set<Int>
    private let holidayNames: [Int: String]
    /// Days on which being a working day differs from the plain Monday–Friday rule, ascending,
    /// with `cumulativeDelta[i]` = sum of the differences (+1 or −1) of `adjustedDays[0..<i]`.
    private let adjustedDays: [Int]
    private let cumulativeDelta: [Int]

    /// A calendar of the given years; when a year appears twice, the later one wins. Dates listed in a year
    /// other than their own are ignored (``CalendarYear/validate()`` reports them).
    public init(years: [CalendarYear]) {
        var byNumber: [Int: CalendarYear] = [:]
        for year in years { byNumber[year.year] = year }
        var holidays = Set<Int>()
        var makeUps = Set<Int>()
        var names: [Int: String] = [:]
        for year in byNumber.values {
            for holiday in year.holidays {
                for date in holiday.days where date.year == year.year {
                    let day = date.daysSinceEpoch
                    holidays.insert(day)
                    if names[day] == nil { names[day] = holiday.name }
                }
            }
            for date in year.makeUpWorkdays where date.year == year.year {
                makeUps.insert(date.daysSinceEpoch)
            }
        }
        yearsByNumber = byNumber
        holidayDays = holidays
        makeUpDays = makeUps
        holidayNames = names

        var adjusted: [Int] = []
        var cumulative = [0]
        for day in holidays.union(makeUps).sorted() {
            let plain = !Self.isWeekend(day)
            let actual = makeUps.contains(day) || (!holidays.contains(day) && plain)
            guard actual != plain else { continue }
            adjusted.append(day)
            cumulative.append(cumulative[cumulative.count - 1] + (actual ? 1 : -1))
        }
        adjustedDays = adjusted
        cumulativeDelta = cumulative
    }

    /// The years in the calendar, in ascending order.
    public var years: [CalendarYear] {
        yearsByNumber.keys.sorted().map { yearsByNumber[$0]! }
    }

    /// Whether `year` has its official holiday data; if not, it counts with plain weekends.
    public func covers(year: Int) -> Bool {
        yearsByNumber[year] != nil
    }

    /// A 调休 make-up working day is a working day, a holiday is not; otherwise Monday to Friday are.
    public func isWorkingDay(_ date: LocalDate) -> Bool {
        isWorkingDay(dayNumber: date.daysSinceEpoch)
    }

    /// A rest day: a public holiday, or a Saturday or Sunday that is not a make-up working day.
    public func isRestDay(_ date: LocalDate) -> Bool {
        !isWorkingDay(date)
    }

    /// The name of the holiday that `date` belongs to (e.g. `春节`), or `nil`.
    public func holidayName(on date: LocalDate) -> String? {
        holidayNames[date.daysSinceEpoch]
    }

    /// `date` itself when it is a working day, otherwise the first working day after it.
    public func nextWorkingDay(onOrAfter date: LocalDate) -> LocalDate {
        var day = date.daysSinceEpoch
        while !isWorkingDay(dayNumber: day) { day += 1 }
        return LocalDate(daysSinceEpoch: day)
    }

    /// The due date of a period that starts on `start` (day zero, not counted).
    ///
    /// - Calendar days: `start + n`; if that day is a rest day, the next working day.
    /// - Working days: the n-th working day after `start`.
    ///
    /// With zero days (or a negative number, treated as zero) the period ends on `start`, moved to the next
    /// working day when `start` is a rest day.
    public func due(from start: LocalDate, limit: TimeLimit) -> LocalDate {
        let n = max(limit.days, 0)
        switch limit.count {
        case .calendar:
            return nextWorkingDay(onOrAfter: start.adding(days: n))
        case .working:
            guard n > 0 else { return nextWorkingDay(onOrAfter: start) }
            var day = start.daysSinceEpoch
            var counted = 0
            while counted < n {
                day += 1
                if isWorkingDay(dayNumber: day) { counted += 1 }
            }
            return LocalDate(daysSinceEpoch: day)
        }
    }

    /// The number of working days strictly after `start` up to and including `end` (0 if `end <= start`).
    public func workingDays(after start: LocalDate, through end: LocalDate) -> Int {
        let first = start.daysSinceEpoch + 1
        let last = end.daysSinceEpoch
        guard last >= first else { return 0 }
        let plain = Self.weekdays(before: last + 1) - Self.weekdays(before: first)
        let delta = cumulativeDelta[lowerBound(last + 1)] - cumulativeDelta[lowerBound(first)]
        return plain + delta
    }

    /// A warning in Chinese when holiday data is missing: `today`'s own year at any time, or the next
    /// year from October on (the State Council usually publishes the next year's notice in November).
    /// `nil` when nothing is missing.
    public func missingYearWarning(today: LocalDate) -> String? {
        var missing: [Int] = []
        if !covers(year: today.year) { missing.append(today.year) }
        if today.month >= 10, !covers(year: today.year + 1) { missing.append(today.year + 1) }
        guard !missing.isEmpty else { return nil }
        let years = missing.map { "\($0)年" }.joined(separator: "、")
        return "官方日历缺少\(years)的节假日和调休安排，这些年份的期限暂按普通周末计算。"
            + "请管理员依据国务院办公厅发布的放假安排通知及时补录。"
    }

    /// A calendar with `year` added, replacing any year with the same number.
    public func adding(_ year: CalendarYear) -> OfficialCalendar {
        var all = yearsByNumber
        all[year.year] = year
        return OfficialCalendar(years: Array(all.values))
    }

    public static func == (lhs: OfficialCalendar, rhs: OfficialCalendar) -> Bool {
        lhs.yearsByNumber == rhs.yearsByNumber
    }

    // MARK: - Day numbers

    private func isWorkingDay(dayNumber day: Int) -> Bool {
        if makeUpDays.contains(day) { return true }
        if holidayDays.contains(day) { return false }
        return !Self.isWeekend(day)
    }

    /// The index of the first adjusted day `>= day`.
    private func lowerBound(_ day: Int) -> Int {
        var low = 0
        var high = adjustedDays.count
        while low < high {
            let mid = (low + high) / 2
            if adjustedDays[mid] < day { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// 1970-01-05 (day 4) was a Monday.
    private static let referenceMonday = 4

    private static func isWeekend(_ day: Int) -> Bool {
        LocalDate.floorMod(day - referenceMonday, 7) >= 5
    }

    /// The number of Mondays to Fridays in `referenceMonday..<day` (negative for days before it).
    private static func weekdays(before day: Int) -> Int {
        let offset = day - referenceMonday
        let weeks = LocalDate.floorDiv(offset, 7)
        return weeks * 5 + min(offset - weeks * 7, 5)
    }
}
