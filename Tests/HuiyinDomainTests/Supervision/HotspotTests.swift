import HuiyinDomain
import Testing

@Suite("Hotspots: bigram similarity, clustering by place and category, heat, rising keys")
struct HotspotTests {
    static func item(_ id: Int64, _ title: String, place: String = "7", category: String = "01", petitioner: String? = nil,
                     on day: String = "2026-10-05", support: Int? = nil) -> HotspotItem {
        HotspotItem(id: id, number: "XF-\(id)", title: title, text: title, category: category, place: place,
                    petitioner: petitioner ?? "p\(id)", receivedOn: LocalDate(iso: day)!, support: support)
    }

    static let october = LocalDate(iso: "2026-10-01")!...LocalDate(iso: "2026-10-31")!
    static let september = LocalDate(iso: "2026-09-01")!...LocalDate(iso: "2026-09-30")!

    @Test("identical texts are 1, texts sharing only common words are far below texts about the same problem")
    func similarity() {
        let corpus = ["关于新塘村灌溉渠堵塞的问题", "关于村小学校舍漏雨的问题", "关于新塘村灌溉渠堵塞无人清理", "关于道路损毁的问题"]
        let s = BigramCosine(corpus: corpus)
        let v = corpus.map(s.vector)
        #expect(abs(s.similarity(v[0], v[0]) - 1) < 1e-9)
        #expect(s.similarity(v[0], v[2]) > 0.5)
        #expect(s.similarity(v[0], v[1]) < 0.25)
        #expect(s.similarity(v[0], s.vector("。，！")) == 0)
        #expect(BigramCosine.bigrams("Ab，c").count == 1, "punctuation breaks runs; letters fold to lower case")
    }

    @Test("a hotspot needs similar texts in one place and category; the previous window counts as growth; heat follows the formula")
    func clusters() {
        let items = [
            Self.item(1, "新塘村灌溉渠堵塞农田无法灌溉", petitioner: "a"),
            Self.item(2, "新塘村灌溉渠堵塞多年无人清理", petitioner: "a"),
            Self.item(3, "反映新塘村灌溉渠堵塞问题", petitioner: "b", support: 3),
            Self.item(4, "新塘村灌溉渠堵塞影响秋收", petitioner: "c", on: "2026-10-20"),
            Self.item(5, "新塘村灌溉渠堵塞请求清淤", on: "2026-09-15"),
            Self.item(6, "新塘村灌溉渠堵塞请求清淤", place: "8"),
            Self.item(7, "新塘村灌溉渠堵塞请求清淤", category: "02"),
            Self.item(8, "村小学校舍漏雨"),
            Self.item(9, "新塘村灌溉渠堵塞", on: "2026-08-01"),
        ]
        let detector = HotspotDetector(similarity: BigramCosine(corpus: items.map(\.text)), threshold: 0.4, minimumCount: 3)
        let found = detector.detect(items, window: Self.october, previous: Self.september)
        #expect(found.count == 1)
        let h = try! #require(found.first)
        #expect(h.members.map(\.id) == [1, 2, 3, 4])
        #expect(h.previousCount == 1)
        #expect(h.distinctPetitioners == 3)
        #expect(h.support == 3)
        #expect(h.firstDay.iso == "2026-10-05" && h.lastDay.iso == "2026-10-20")
        #expect(h.key == "01|7|5", "keyed by the earliest petition, also from the previous window")
        // 3 people + 1 repeat × ½ + (4 − 1) × ½ + log2(1 + 3)
        #expect(h.heat == 3 + 0.5 + 1.5 + 2)
        #expect(h.growth == 3)
        let stricter = HotspotDetector(similarity: BigramCosine(corpus: items.map(\.text)), threshold: 0.4, minimumCount: 5)
        #expect(stricter.detect(items, window: Self.october, previous: Self.september).isEmpty)
    }

    @Test("one problem reported under a village and under its township is one hotspot, shown at the place most members name")
    func areas() {
        func at(_ id: Int64, _ title: String, place: String) -> HotspotItem {
            var i = Self.item(id, title, place: place)
            i.area = "6"  // villages 7 and 9 lie in township 6
            return i
        }
        let items = [
            at(1, "新塘村灌溉渠堵塞农田无法灌溉", place: "7"), at(2, "新塘村灌溉渠堵塞多年无人清理", place: "7"),
            at(3, "反映新塘村灌溉渠堵塞问题", place: "6"), at(4, "新塘村灌溉渠堵塞影响秋收", place: "6"),
            at(5, "村小学校舍漏雨", place: "9"),
        ]
        let detector = HotspotDetector(similarity: BigramCosine(corpus: items.map(\.text)), threshold: 0.4, minimumCount: 3)
        let found = detector.detect(items, window: Self.october, previous: Self.september)
        #expect(found.map { $0.members.map(\.id) } == [[1, 2, 3, 4]])
        #expect(found.first?.place == "7", "two members each: the earliest member's place")
        let byPlace = items.map { Self.item($0.id, $0.title, place: $0.place) }
        #expect(detector.detect(byPlace, window: Self.october, previous: Self.september).isEmpty, "split by place, neither half is 3")
    }

    @Test("rising keys rank by how far they stand above their baseline; new keys say so")
    func rising() {
        let r = RisingKey.rising(current: ["01": 12, "02": 4, "03": 5, "04": 1], baselineTotals: ["01": 30, "02": 0, "03": 30], baselineWindows: 3)
        #expect(r.map(\.key) == ["02", "01"])
        #expect(r[0].changeText == "新出现")
        #expect(r[1].changeText == "+20%")
    }
}
