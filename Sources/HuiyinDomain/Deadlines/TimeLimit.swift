/// How a time limit counts its days.
public enum DayCount: String, Sendable, Codable, Hashable {
    /// 日: every calendar day counts; a last day that is a rest day moves to the next working day.
    case calendar
    /// 工作日: only working days of the official calendar count, including 调休 make-up working days.
    case working
}

/// A time limit (期限) such as "15 days" (15日) or "5 working days" (5个工作日).
///
/// A limit is data from the rule table, never a literal in rule code. The period it describes starts on
/// day zero, the day of the triggering event, which is not counted; see ``OfficialCalendar/due(from:limit:)``.
public struct TimeLimit: Sendable, Codable, Hashable, CustomStringConvertible {
    /// The number of days; meant to be zero or more (a negative number counts as zero).
    public var days: Int
    /// Whether calendar days or working days are counted.
    public var count: DayCount

    public init(days: Int, count: DayCount = .calendar) {
        self.days = days
        self.count = count
    }

    /// `n` calendar days (n日).
    public static func calendarDays(_ n: Int) -> TimeLimit {
        TimeLimit(days: n, count: .calendar)
    }

    /// `n` working days (n个工作日).
    public static func workingDays(_ n: Int) -> TimeLimit {
        TimeLimit(days: n, count: .working)
    }

    /// The limit as written in Chinese: `15日` or `5个工作日`.
    public var description: String {
        switch count {
        case .calendar: "\(days)日"
        case .working: "\(days)个工作日"
        }
    }
}
