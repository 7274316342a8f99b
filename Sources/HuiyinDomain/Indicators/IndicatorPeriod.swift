/// The period an indicator covers (统计期间): a month, a quarter, a year or a custom range of days.
public struct IndicatorPeriod: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable { case month, quarter, year, custom }

    public var kind: Kind
    public var start: LocalDate
    public var end: LocalDate

    public init(kind: Kind, start: LocalDate, end: LocalDate) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    public static func month(_ year: Int, _ month: Int) -> IndicatorPeriod? {
        guard let s = LocalDate(year: year, month: month, day: 1) else { return nil }
        return IndicatorPeriod(kind: .month, start: s, end: LocalDate(year: year, month: month,
                                                                         day: LocalDate.daysInMonth(year: year, month: month))!)
    }

    public static func quarter(_ year: Int, _ q: Int) -> IndicatorPeriod? {
        guard (1...4).contains(q), let s = LocalDate(year: year, month: q * 3 - 2, day: 1),
              let e = LocalDate(year: year, month: q * 3, day: LocalDate.daysInMonth(year: year, month: q * 3)) else { return nil }
        return IndicatorPeriod(kind: .quarter, start: s, end: e)
    }

    public static func year(_ year: Int) -> IndicatorPeriod? {
        guard let s = LocalDate(year: year, month: 1, day: 1), let e = LocalDate(year: year, month: 12, day: 31) else { return nil }
        return IndicatorPeriod(kind: .year, start: s, end: e)
    }

    public static func custom(_ start: LocalDate, _ end: LocalDate) -> IndicatorPeriod? {
        guard start <= end, start.days(until: end) <= 3660 else { return nil }
        return IndicatorPeriod(kind: .custom, start: start, end: end)
    }

    /// Parses `2026-10` (month), `2026-Q4` (quarter), `2026` (year) or `2026-01-01..2026-03-15` (custom).
    public static func parse(_ text: String) -> IndicatorPeriod? {
        let s = text.uppercased()
        let parts = s.split(separator: ".", omittingEmptySubsequences: true)
        if parts.count == 2, let a = LocalDate(iso: String(parts[0])), let b = LocalDate(iso: String(parts[1])) {
            return custom(a, b)
        }
        let pieces = s.split(separator: "-")
        guard let first = pieces.first, first.count == 4, let y = Int(first) else { return nil }
        if pieces.count == 1 { return year(y) }
        guard pieces.count == 2 else { return nil }
        let second = pieces[1]
        if second.hasPrefix("Q"), let q = Int(second.dropFirst()) { return quarter(y, q) }
        if second.count == 2, let m = Int(second) { return month(y, m) }
        return nil
    }

    /// The text ``parse(_:)`` reads back.
    public var code: String {
        switch kind {
        case .month: "\(start.year)-\(start.month < 10 ? "0" : "")\(start.month)"
        case .quarter: "\(start.year)-Q\((start.month + 2) / 3)"
        case .year: "\(start.year)"
        case .custom: "\(start.iso)..\(end.iso)"
        }
    }

    /// 2026年10月 / 2026年第四季度 / 2026年 / 2026年1月1日至2026年3月15日.
    public var chineseName: String {
        switch kind {
        case .month: "\(start.year)年\(start.month)月"
        case .quarter: "\(start.year)年第\(["一", "二", "三", "四"][(start.month - 1) / 3])季度"
        case .year: "\(start.year)年"
        case .custom: "\(start.chinese)至\(end.chinese)"
        }
    }

    public func contains(_ day: LocalDate) -> Bool { start <= day && day <= end }

    /// The period of the same kind just before (a custom range: the same number of days before).
    public var previous: IndicatorPeriod {
        switch kind {
        case .month:
            let m = start.month == 1 ? 12 : start.month - 1
            return .month(start.month == 1 ? start.year - 1 : start.year, m)!
        case .quarter:
            let q = (start.month + 2) / 3
            return q == 1 ? .quarter(start.year - 1, 4)! : .quarter(start.year, q - 1)!
        case .year:
            return .year(start.year - 1)!
        case .custom:
            let n = start.days(until: end) + 1
            return IndicatorPeriod(kind: .custom, start: start.adding(days: -n), end: start.adding(days: -1))
        }
    }

    /// The month periods from `start` through `end` (for trends).
    public var months: [IndicatorPeriod] {
        var out: [IndicatorPeriod] = []
        var y = start.year, m = start.month
        while let p = IndicatorPeriod.month(y, m), p.start <= end {
            out.append(p)
            m += 1
            if m == 13 { m = 1; y += 1 }
        }
        return out
    }
}
