import Foundation
import Testing

@testable import HuiyinDomain

private func date(_ iso: String) -> LocalDate {
    guard let date = LocalDate(iso: iso) else { preconditionFailure("bad test date \(iso)") }
    return date
}

@Suite("LocalDate")
struct LocalDateTests {

    // MARK: Validation

    struct PartsCase: Sendable, CustomTestStringConvertible {
        let year: Int, month: Int, day: Int, valid: Bool, why: String
        var testDescription: String { "\(year)-\(month)-\(day) \(valid ? "valid" : "invalid"): \(why)" }
    }

    @Test("Building a date from parts accepts only real dates", arguments: [
        PartsCase(year: 2024, month: 2, day: 29, valid: true, why: "2024 is a leap year"),
        PartsCase(year: 2026, month: 2, day: 29, valid: false, why: "2026 is not a leap year"),
        PartsCase(year: 2000, month: 2, day: 29, valid: true, why: "divisible by 400"),
        PartsCase(year: 1900, month: 2, day: 29, valid: false, why: "divisible by 100, not by 400"),
        PartsCase(year: 2026, month: 2, day: 30, valid: false, why: "February never has 30 days"),
        PartsCase(year: 2026, month: 4, day: 31, valid: false, why: "April has 30 days"),
        PartsCase(year: 2026, month: 12, day: 31, valid: true, why: "last day of the year"),
        PartsCase(year: 2026, month: 13, day: 1, valid: false, why: "month 13"),
        PartsCase(year: 2026, month: 0, day: 1, valid: false, why: "month 0"),
        PartsCase(year: 2026, month: 1, day: 0, valid: false, why: "day 0"),
        PartsCase(year: 2026, month: 1, day: 32, valid: false, why: "day 32"),
        PartsCase(year: 0, month: 1, day: 1, valid: false, why: "year 0 is outside 1...9999"),
        PartsCase(year: 10000, month: 1, day: 1, valid: false, why: "five-digit year"),
    ])
    func parts(_ c: PartsCase) {
        let made = LocalDate(year: c.year, month: c.month, day: c.day)
        #expect((made != nil) == c.valid)
        if let made {
            #expect(made.year == c.year && made.month == c.month && made.day == c.day)
        }
    }

    @Test("ISO parsing is strict", arguments: [
        "2026-2-01", "2026-02-1", "20260201", " 2026-02-01", "2026-02-01 ", "2026/02/01", "2026-02-30",
        "2026-13-01", "0000-01-01", "+026-02-01", "2026-0a-01", "２０２６-02-01", "2026-02-01T00:00", "",
        "2026—02-01",
    ])
    func isoRejects(_ text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test("ISO parsing reads the parts")
    func isoParts() throws {
        let parsed = try #require(LocalDate(iso: "2026-10-08"))
        #expect(parsed.year == 2026 && parsed.month == 10 && parsed.day == 8)
        #expect(LocalDate(iso: "2024-02-29") != nil)
        #expect(LocalDate(iso: "0001-01-01")?.year == 1)
    }

    @Test("ISO text and description round trip and are zero padded")
    func isoRoundTrip() {
        #expect(date("2026-10-08").iso == "2026-10-08")
        #expect(date("2026-10-08").description == "2026-10-08")
        #expect(date("0987-01-05").iso == "0987-01-05")
        #expect("\(date("2026-01-04"))" == "2026-01-04")
        for day in stride(from: -719_162, through: 2_932_896, by: 997) {
            let value = LocalDate(daysSinceEpoch: day)
            #expect(LocalDate(iso: value.iso) == value)
        }
    }

    @Test("Chinese form has no padding")
    func chinese() {
        #expect(date("2026-10-08").chinese == "2026年10月8日")
        #expect(date("2025-01-26").chinese == "2025年1月26日")
    }

    // MARK: Day arithmetic

    @Test("Known day numbers", arguments: [
        ("1970-01-01", 0), ("1969-12-31", -1), ("1970-03-01", 59), ("2000-03-01", 11017),
        ("2026-10-08", 20734), ("2026-11-27", 20784), ("1900-01-01", -25567), ("2100-12-31", 47846),
        ("0001-01-01", -719_162), ("9999-12-31", 2_932_896),
    ])
    func dayNumbers(_ iso: String, _ days: Int) {
        #expect(date(iso).daysSinceEpoch == days)
        #expect(LocalDate(daysSinceEpoch: days) == date(iso))
    }

    @Test("Day numbers agree with Foundation's Gregorian calendar every day from 1900 to 2100")
    func dayNumbersAgreeWithFoundation() throws {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = try #require(TimeZone(identifier: "UTC"))
        var previous: LocalDate?
        for day in -25567...47846 {
            let value = LocalDate(daysSinceEpoch: day)
            #expect(value.daysSinceEpoch == day)
            if day % 7 == 0 {
                let parts = gregorian.dateComponents(
                    [.year, .month, .day], from: Date(timeIntervalSince1970: Double(day) * 86_400))
                #expect(parts.year == value.year && parts.month == value.month && parts.day == value.day)
            }
            if let previous {
                #expect(previous < value)
                #expect(previous.adding(days: 1) == value)
            }
            previous = value
        }
    }

    @Test("Day numbers round trip before year 1 too (proleptic Gregorian, no trap)")
    func dayNumbersBeforeYearOne() {
        for day in stride(from: -1_000_000, through: -700_000, by: 7) {
            #expect(LocalDate(daysSinceEpoch: day).daysSinceEpoch == day)
        }
        #expect(LocalDate(daysSinceEpoch: -719_163).day == 31)  // 0000-12-31, a leap year
        #expect(LocalDate(daysSinceEpoch: -719_163).year == 0)
    }

    @Test("Adding days crosses months, leap days and years")
    func adding() {
        #expect(date("2026-09-20").adding(days: 15) == date("2026-10-05"))
        #expect(date("2025-12-20").adding(days: 15) == date("2026-01-04"))
        #expect(date("2024-02-28").adding(days: 1) == date("2024-02-29"))
        #expect(date("2026-02-28").adding(days: 1) == date("2026-03-01"))
        #expect(date("2026-03-01").adding(days: -1) == date("2026-02-28"))
        #expect(date("2026-01-01").adding(days: 365) == date("2027-01-01"))
        #expect(date("2026-01-01").adding(days: 0) == date("2026-01-01"))
    }

    @Test("days(until:) is other minus self")
    func daysUntil() {
        #expect(date("2026-09-20").days(until: date("2026-10-08")) == 18)
        #expect(date("2026-10-08").days(until: date("2026-09-20")) == -18)
        #expect(date("2024-01-01").days(until: date("2025-01-01")) == 366)
        #expect(date("2026-05-05").days(until: date("2026-05-05")) == 0)
    }

    @Test("Ordering follows the calendar, not the text or the parts separately")
    func ordering() {
        #expect(date("2025-12-31") < date("2026-01-01"))
        #expect(date("2026-01-31") < date("2026-02-01"))
        #expect(date("2026-02-09") < date("2026-02-10"))
        #expect(!(date("2026-02-10") < date("2026-02-10")))
        #expect([date("2026-10-08"), date("2025-12-31"), date("2026-02-01")].sorted()
            == [date("2025-12-31"), date("2026-02-01"), date("2026-10-08")])
    }

    // MARK: Weekdays

    @Test("Weekday of known dates", arguments: [
        ("2026-11-27", Weekday.friday), ("1970-01-01", .thursday), ("1969-12-31", .wednesday),
        ("2000-01-01", .saturday), ("2024-02-29", .thursday), ("2026-09-20", .sunday),
        ("2026-10-05", .monday), ("2026-02-28", .saturday), ("2026-01-04", .sunday), ("2026-10-08", .thursday),
        ("0001-01-01", .monday), ("1949-10-01", .saturday), ("1969-12-27", .saturday),
    ])
    func weekday(_ iso: String, _ expected: Weekday) {
        #expect(date(iso).weekday == expected)
    }

    @Test("Only Saturday and Sunday are weekend days")
    func weekend() {
        #expect(Weekday.allCases.filter(\.isWeekend) == [.saturday, .sunday])
        #expect(Weekday.allCases.map(\.rawValue) == Array(1...7))
        #expect(Weekday.friday.chinese == "星期五")
        #expect(Weekday.sunday.chinese == "星期日")
    }

    // MARK: China time

    @Test("inChina uses UTC+8", arguments: [
        ("2026-11-26T16:30:00Z", "2026-11-27"),
        ("2026-11-26T16:00:00Z", "2026-11-27"),
        ("2026-11-26T15:59:59Z", "2026-11-26"),
        ("2026-12-31T16:00:00Z", "2027-01-01"),
        ("1969-12-31T16:00:00Z", "1970-01-01"),
        ("1969-12-31T15:59:59Z", "1969-12-31"),
    ])
    func inChina(_ instant: String, _ expected: String) throws {
        let parsed = try #require(ISO8601DateFormatter().date(from: instant))
        #expect(LocalDate.inChina(parsed) == date(expected))
    }

    @Test("inChina rounds sub-second instants before midnight down")
    func inChinaSubSecond() throws {
        let midnight = try #require(ISO8601DateFormatter().date(from: "2026-11-26T16:00:00Z"))
        #expect(LocalDate.inChina(midnight.addingTimeInterval(-0.001)) == date("2026-11-26"))
    }

    @Test("startInChina is 00:00 UTC+8")
    func startInChina() throws {
        let expected = try #require(ISO8601DateFormatter().date(from: "2026-11-26T16:00:00Z"))
        #expect(date("2026-11-27").startInChina == expected)
        #expect(LocalDate.inChina(date("2026-11-27").startInChina) == date("2026-11-27"))
        #expect(LocalDate.inChina(date("1950-06-30").startInChina) == date("1950-06-30"))
    }

    // MARK: Codable

    struct Holder: Codable, Equatable {
        var due: LocalDate
    }

    @Test("Encodes as the ISO string and decodes back")
    func codableRoundTrip() throws {
        let encoded = try JSONEncoder().encode(Holder(due: date("2026-10-08")))
        #expect(String(decoding: encoded, as: UTF8.self) == #"{"due":"2026-10-08"}"#)
        #expect(try JSONDecoder().decode(Holder.self, from: encoded) == Holder(due: date("2026-10-08")))
        let list = try JSONEncoder().encode([date("2025-01-26"), date("2024-02-29")])
        #expect(try JSONDecoder().decode([LocalDate].self, from: list) == [date("2025-01-26"), date("2024-02-29")])
    }

    @Test("Decoding an invalid date throws a DecodingError", arguments: [
        #"{"due":"2026-02-30"}"#, #"{"due":"2026-2-3"}"#, #"{"due":20734}"#, #"{"due":""}"#,
    ])
    func codableRejects(_ json: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Holder.self, from: Data(json.utf8))
        }
    }
}
