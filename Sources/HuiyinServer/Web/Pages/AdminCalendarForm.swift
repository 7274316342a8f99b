import HuiyinDomain

/// One year of the official calendar as an administrator types it, in two plain text fields:
///
/// - holidays, one per line: a name, then one or more days or ranges —
///   `元旦 2027-01-01..2027-01-03` or `国庆节 2027-10-01~2027-10-07`;
/// - make-up working days (调休上班日): dates separated by spaces, commas or line breaks.
///
/// Parsing reports the first problem of each field with its line number; the parsed year is then checked
/// with ``CalendarYear/validate()``, whose message goes beside the field that holds the offending date.
struct AdminCalendarForm {
    var year = ""
    var holidays = ""
    var makeUpDays = ""

    init() {}

    init(_ form: FormData) {
        year = form.string("year").trimmingWhitespace
        holidays = form.string("holidays")
        makeUpDays = form.string("makeUpDays")
    }

    /// The form filled with an existing year, ranges written compactly.
    init(_ y: CalendarYear) {
        year = String(y.year)
        holidays = y.holidays.map { h in
            ([h.name] + Self.ranges(h.days).map { $0.0 == $0.1 ? $0.0.iso : $0.0.iso + ".." + $0.1.iso }).joined(separator: " ")
        }.joined(separator: "\n")
        makeUpDays = y.makeUpWorkdays.map(\.iso).joined(separator: "\n")
    }

    /// Consecutive days folded into ranges.
    static func ranges(_ days: [LocalDate]) -> [(LocalDate, LocalDate)] {
        var out: [(LocalDate, LocalDate)] = []
        for d in days.sorted() {
            if let last = out.last, last.1.adding(days: 1) == d { out[out.count - 1].1 = d } else { out.append((d, d)) }
        }
        return out
    }

    /// The year, or messages by field name (in Chinese).
    func parse() -> Result<CalendarYear, Refusal> {
        var errors: [String: String] = [:]
        let number = Int(year)
        if number == nil || !(2000...2100).contains(number!) { errors["year"] = "请填写 2000–2100 之间的年份" }
        var parsedHolidays: [CalendarYear.Holiday] = []
        switch Self.holidays(holidays) {
        case .success(let h): parsedHolidays = h
        case .failure(let e): errors["holidays"] = e.message
        }
        var parsedMakeUps: [LocalDate] = []
        switch Self.dates(makeUpDays) {
        case .success(let d): parsedMakeUps = d
        case .failure(let e): errors["makeUpDays"] = e.message
        }
        guard errors.isEmpty, let number else { return .failure(Refusal(errors: errors)) }
        let y = CalendarYear(year: number, holidays: parsedHolidays, makeUpWorkdays: parsedMakeUps)
        do {
            try y.validate()
        } catch {
            let field: String = switch error {
            case .dateOutsideYear(let d): parsedMakeUps.contains(d) && !parsedHolidays.contains { $0.days.contains(d) } ? "makeUpDays" : "holidays"
            case .makeUpDayNotWeekend, .dateBothHolidayAndWorkday: "makeUpDays"
            }
            return .failure(Refusal(errors: [field: error.message]))
        }
        return .success(y)
    }

    struct Refusal: Error { var errors: [String: String] }
    struct LineError: Error { var message: String }

    /// Splits on white space and the separators people type in Chinese and English text.
    static func tokens(_ line: Substring) -> [Substring] {
        line.split { $0.isWhitespace || $0 == "," || $0 == "，" || $0 == "、" || $0 == ";" || $0 == "；" }
    }

    static func holidays(_ text: String) -> Result<[CalendarYear.Holiday], LineError> {
        var out: [CalendarYear.Holiday] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let parts = line.split { $0.isWhitespace }
            guard !parts.isEmpty else { continue }
            let n = i + 1
            // The name is every leading word that does not start with a digit (names may contain 、).
            let nameParts = parts.prefix { !($0.first?.isNumber ?? false) }
            guard !nameParts.isEmpty else { return .failure(LineError(message: "第 \(n) 行缺少节日名称，请写成：元旦 2027-01-01..2027-01-03")) }
            var days: [LocalDate] = []
            for token in parts.dropFirst(nameParts.count).flatMap({ tokens($0) }) {
                switch range(token) {
                case .success(let r): days += r
                case .failure(let e): return .failure(LineError(message: "第 \(n) 行：\(e.message)"))
                }
            }
            guard !days.isEmpty else { return .failure(LineError(message: "第 \(n) 行缺少放假日期，请写成：元旦 2027-01-01..2027-01-03")) }
            out.append(CalendarYear.Holiday(name: nameParts.joined(separator: " "), days: days))
        }
        return .success(out)
    }

    /// `2027-01-01`, or a range `2027-01-01..2027-01-03` (also `~`, `～`, `至`, `—`).
    static func range(_ token: Substring) -> Result<[LocalDate], LineError> {
        for sep in ["..", "~", "～", "至", "—"] {
            let pieces = token.split(separator: sep, omittingEmptySubsequences: false)
            guard pieces.count == 2 else { continue }
            guard let a = LocalDate(iso: String(pieces[0])), let b = LocalDate(iso: String(pieces[1])) else { break }
            let count = a.days(until: b) + 1
            guard count >= 1 else { return .failure(LineError(message: "结束日期 \(b.iso) 早于开始日期 \(a.iso)")) }
            guard count <= 31 else { return .failure(LineError(message: "一段假期不能超过 31 天（\(a.iso)..\(b.iso)）")) }
            return .success((0..<count).map { a.adding(days: $0) })
        }
        if let d = LocalDate(iso: String(token)) { return .success([d]) }
        return .failure(LineError(message: "无法识别“\(token.prefix(40))”，日期请写成 2027-01-01，连续多天写成 2027-01-01..2027-01-03"))
    }

    static func dates(_ text: String) -> Result<[LocalDate], LineError> {
        var out: [LocalDate] = []
        for token in tokens(Substring(text)) {
            guard let d = LocalDate(iso: String(token)) else {
                return .failure(LineError(message: "无法识别“\(token.prefix(40))”，调休上班日请写成 2027-02-06 这样的日期，多个日期用空格或换行分开"))
            }
            if !out.contains(d) { out.append(d) }
        }
        return .success(out.sorted())
    }
}
