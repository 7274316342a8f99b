// The official holiday calendars shipped with Huiyin. Administrators add later years as data
// (see `OfficialCalendar.adding(_:)`); these two are checked by the test suite.

extension OfficialCalendar {
    /// The calendar shipped with Huiyin: 2025 and 2026.
    public static let shipped = OfficialCalendar(years: [CalendarYear.official2025, CalendarYear.official2026])
}

extension CalendarYear {
    /// 2025, from 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12).
    public static let official2025 = CalendarYear(
        year: 2025,
        holidays: [
            Holiday(name: "元旦", from: date(2025, 1, 1), through: date(2025, 1, 1)),
            Holiday(name: "春节", from: date(2025, 1, 28), through: date(2025, 2, 4)),
            Holiday(name: "清明节", from: date(2025, 4, 4), through: date(2025, 4, 6)),
            Holiday(name: "劳动节", from: date(2025, 5, 1), through: date(2025, 5, 5)),
            Holiday(name: "端午节", from: date(2025, 5, 31), through: date(2025, 6, 2)),
            Holiday(name: "国庆节、中秋节", from: date(2025, 10, 1), through: date(2025, 10, 8)),
        ],
        makeUpWorkdays: [
            date(2025, 1, 26), date(2025, 2, 8),  // 春节
            date(2025, 4, 27),  // 劳动节
            date(2025, 9, 28), date(2025, 10, 11),  // 国庆节、中秋节
        ]
    )

    /// 2026, from 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号, 2025-11-04).
    public static let official2026 = CalendarYear(
        year: 2026,
        holidays: [
            Holiday(name: "元旦", from: date(2026, 1, 1), through: date(2026, 1, 3)),
            Holiday(name: "春节", from: date(2026, 2, 15), through: date(2026, 2, 23)),
            Holiday(name: "清明节", from: date(2026, 4, 4), through: date(2026, 4, 6)),
            Holiday(name: "劳动节", from: date(2026, 5, 1), through: date(2026, 5, 5)),
            Holiday(name: "端午节", from: date(2026, 6, 19), through: date(2026, 6, 21)),
            Holiday(name: "中秋节", from: date(2026, 9, 25), through: date(2026, 9, 27)),
            Holiday(name: "国庆节", from: date(2026, 10, 1), through: date(2026, 10, 7)),
        ],
        makeUpWorkdays: [
            date(2026, 1, 4),  // 元旦
            date(2026, 2, 14), date(2026, 2, 28),  // 春节
            date(2026, 5, 9),  // 劳动节
            date(2026, 9, 20), date(2026, 10, 10),  // 国庆节
        ]
    )

    /// Literal dates of the shipped data; the tests validate every one of them.
    private static func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        guard let date = LocalDate(year: year, month: month, day: day) else {
            preconditionFailure("invalid shipped calendar date \(year)-\(month)-\(day)")
        }
        return date
    }
}
