import Foundation
import HuiyinDomain

/// Dates and times the way Chinese offices write them: 2026年11月27日, 14:05, in China time.
public enum WebFormat {
    public static func date(_ d: LocalDate, lang: Lang = .zh) -> String {
        lang == .zh ? d.chinese : d.iso
    }

    public static func date(_ instant: Date, lang: Lang = .zh) -> String {
        date(LocalDate.inChina(instant), lang: lang)
    }

    /// `2026年11月27日 14:05` (China time).
    public static func time(_ instant: Date, lang: Lang = .zh) -> String {
        let seconds = Int(instant.timeIntervalSince1970) + 8 * 3600
        let minutes = ((seconds % 86_400) + 86_400) % 86_400 / 60
        let hm = String(minutes / 60).leftPadded(2) + ":" + String(minutes % 60).leftPadded(2)
        return date(instant, lang: lang) + " " + hm
    }

    /// ``time(_:lang:)`` written straight into a page.
    public static func time(_ h: inout HTML, _ instant: Date, lang: Lang = .zh) {
        let (day, minutes) = chinaDayAndMinutes(instant)
        h.date(day, lang: lang)
        h.raw(" ")
        twoDigits(&h, minutes / 60)
        h.raw(":")
        twoDigits(&h, minutes % 60)
    }

    /// `2026-10-20T14:05:00+08:00`, for `datetime` attributes (China time, to the minute).
    public static func dateTimeAttribute(_ h: inout HTML, _ instant: Date) {
        let (day, minutes) = chinaDayAndMinutes(instant)
        h.isoDate(day)
        h.raw("T")
        twoDigits(&h, minutes / 60)
        h.raw(":")
        twoDigits(&h, minutes % 60)
        h.raw(":00+08:00")
    }

    private static func chinaDayAndMinutes(_ instant: Date) -> (LocalDate, Int) {
        let seconds = Int(instant.timeIntervalSince1970) + 8 * 3600
        return (LocalDate.inChina(instant), ((seconds % 86_400) + 86_400) % 86_400 / 60)
    }

    private static func twoDigits(_ h: inout HTML, _ n: Int) {
        if n < 10 { h.raw("0") }
        h.text(n)
    }

    /// "还剩 3 天" / "今天到期" / "超期 2 天".
    public static func countdown(due: LocalDate, today: LocalDate, lang: Lang = .zh) -> String {
        let days = today.days(until: due)
        if lang == .en {
            return days > 0 ? "\(days) day\(days == 1 ? "" : "s") left" : days == 0 ? "due today" : "\(-days) day\(days == -1 ? "" : "s") overdue"
        }
        return days > 0 ? "还剩 \(days) 天" : days == 0 ? "今天到期" : "超期 \(-days) 天"
    }

    /// ``countdown(due:today:lang:)`` written straight into a page.
    public static func countdown(_ h: inout HTML, due: LocalDate, today: LocalDate, lang: Lang = .zh) {
        let days = today.days(until: due)
        if lang == .en {
            if days == 0 {
                h.raw("due today")
            } else {
                h.text(abs(days))
                h.raw(abs(days) == 1 ? " day" : " days")
                h.raw(days > 0 ? " left" : " overdue")
            }
        } else if days == 0 {
            h.raw("今天到期")
        } else {
            h.raw(days > 0 ? "还剩 " : "超期 ")
            h.text(abs(days))
            h.raw(" 天")
        }
    }

    /// The CSS class for a due date: overdue, due within 3 days, or fine.
    public static func dueClass(due: LocalDate?, today: LocalDate) -> StaticString {
        guard let due else { return "due-none" }
        let days = today.days(until: due)
        return days < 0 ? "due-over" : days <= 3 ? "due-soon" : "due-ok"
    }
}
