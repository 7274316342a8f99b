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
}
