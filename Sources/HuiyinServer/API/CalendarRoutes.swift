import Hummingbird
import HuiyinDomain

/// `GET /api/v1/calendar/due?from=YYYY-MM-DD&days=N&unit=calendar|working`: a due date on the official
/// calendar, the way every deadline in Huiyin is computed.
struct CalendarRoutes {
    let services: HuiyinServices

    struct Due: ResponseEncodable {
        var from: LocalDate
        var days: Int
        var unit: DayCount
        var due: LocalDate
        var dueWeekday: Int
        var calendarWarning: String?
    }

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("calendar/due") { request, _ -> Due in
            let q = request.uri.queryParameters
            func invalid(_ field: String, _ message: String) -> APIError {
                APIError(.unprocessableContent, code: "invalid_query", message: message, fields: [FieldError(field, message)])
            }
            guard let from = q.get("from").flatMap(LocalDate.init(iso:)) else { throw invalid("from", "from 应为 YYYY-MM-DD 格式的日期") }
            guard let days = q.get("days").flatMap({ Int($0) }), (0...3650).contains(days) else {
                throw invalid("days", "days 应为 0–3650 之间的整数")
            }
            let unit: DayCount
            switch q.get("unit") ?? "calendar" {
            case "calendar": unit = .calendar
            case "working": unit = .working
            default: throw invalid("unit", "unit 应为 calendar 或 working")
            }
            let calendar = services.configuration.current.calendar
            let due = calendar.due(from: from, limit: TimeLimit(days: days, count: unit))
            return Due(from: from, days: days, unit: unit, due: due, dueWeekday: due.weekday.rawValue,
                       calendarWarning: calendar.covers(year: due.year) ? nil : "\(due.year)年节假日安排尚未录入，按普通周末计算")
        }
    }
}
