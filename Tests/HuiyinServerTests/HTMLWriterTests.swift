import Foundation
import HuiyinDomain
import HuiyinServer
import Testing

/// The page writer's direct number and date output must read exactly like the string formatting it
/// replaces on the hot paths (WebFormat, LocalDate.chinese / .iso, String(n)).
@Suite("HTML writer: numbers and dates")
struct HTMLWriterTests {
    static func written(_ body: (inout HTML) -> Void) -> String {
        var h = HTML(capacity: 64)
        body(&h)
        return String(decoding: h.bytes, as: UTF8.self)
    }

    @Test("numbers, dates and countdowns written as bytes equal their string forms")
    func sameText() {
        for n in [0, 7, 10, 99, 2026, 1_000_000, -1, -305, Int.max, Int.min + 1] {
            #expect(Self.written { $0.text(n) } == String(n))
        }
        let today = LocalDate(iso: "2026-11-27")!
        for days in -400...400 {
            let d = today.adding(days: days)
            #expect(Self.written { $0.date(d, lang: .zh) } == d.chinese)
            #expect(Self.written { $0.date(d, lang: .en) } == d.iso)
            #expect(Self.written { $0.isoDate(d) } == d.iso)
            for lang in Lang.allCases {
                #expect(Self.written { WebFormat.countdown(&$0, due: d, today: today, lang: lang) }
                    == WebFormat.countdown(due: d, today: today, lang: lang))
            }
        }
        #expect(Self.written { $0.isoDate(LocalDate(iso: "0987-01-05")!) } == "0987-01-05")
    }

    @Test("times and datetime attributes written as bytes equal the string forms, around midnight in China too")
    func sameTimes() {
        let start = LocalDate(iso: "2026-10-20")!.startInChina
        for minutes in stride(from: -1500, through: 3000, by: 7) {
            let instant = start.addingTimeInterval(Double(minutes) * 60 + 13)
            for lang in Lang.allCases {
                #expect(Self.written { WebFormat.time(&$0, instant, lang: lang) } == WebFormat.time(instant, lang: lang))
            }
            let attribute = String(WebFormat.time(instant, lang: .en).map { $0 == " " ? "T" : $0 }) + ":00+08:00"
            #expect(Self.written { WebFormat.dateTimeAttribute(&$0, instant) } == attribute)
        }
    }

    /// The former `multiline`: split into Swift characters at "\n", each line escaped, `<br>` between.
    static func reference(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            written { $0.text(String(line)) }
        }.joined(separator: "<br>")
    }

    @Test("multi-line text keeps its breaks and escapes as before, CR-LF and all")
    func multiline() {
        let samples = ["", "一行", "a\nb", "\n", "\n\n", "第一行\r\n第二行", "x\r\ny\nz", "\r", "\r\r\n\n", "<b>&\"'</b>\n<i>",
                       "结尾换行\n", "\n开头换行", "混合\r\n\n\r\n末"]
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["a", "中", "\n", "\r", "<", "&", "\"", " ", "\r\n"]
        let random = (0..<200).map { _ in String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }) }
        for s in samples + random {
            #expect(Self.written { $0.multiline(s) } == Self.reference(s), "\(s.debugDescription)")
        }
    }
}
