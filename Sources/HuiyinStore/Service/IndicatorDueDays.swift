import HuiyinDomain
import Synchronization

/// The triage and acceptance deadline of every day from 2015 through 2045 under a calendar and rule
/// table, with a fingerprint that changes when any of them changes. Computed once per process and
/// configuration (about 11,000 days).
public enum IndicatorDueDays {
    private struct Key: Equatable { var calendar: OfficialCalendar; var rules: RuleTable }
    private static let cache = Mutex<(key: Key, days: [IndicatorDueDay], fingerprint: String)?>(nil)

    static let first = LocalDate(year: 2015, month: 1, day: 1)!
    static let last = LocalDate(year: 2045, month: 12, day: 31)!

    public static func table(for config: CountyConfiguration) -> (days: [IndicatorDueDay], fingerprint: String) {
        let key = Key(calendar: config.calendar, rules: config.rules)
        if let hit = cache.withLock({ $0 }), hit.key == key { return (hit.days, hit.fingerprint) }
        var days: [IndicatorDueDay] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a over the ISO dates, stable across processes
        var day = first
        while day <= last {
            let row = IndicatorDueDay(day: day, triageDue: config.calendar.due(from: day, limit: config.rules[.triage]),
                                      acceptanceDue: config.calendar.due(from: day, limit: config.rules[.acceptanceNotice]))
            days.append(row)
            for byte in (row.triageDue.iso + row.acceptanceDue.iso).utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            day = day.adding(days: 1)
        }
        let fingerprint = "v1-" + String(hash, radix: 16)
        cache.withLock { $0 = (key, days, fingerprint) }
        return (days, fingerprint)
    }
}
