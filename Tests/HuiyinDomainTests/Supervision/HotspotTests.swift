import HuiyinDomain
import Testing

@Suite("Hotspots: heat, emergence, rising keys")
struct HotspotTests {
    static func item(_ id: Int64, _ title: String, place: String = "7", category: String = "01", petitioner: String? = nil,
                     on day: String = "2026-10-05", support: Int? = nil) -> HotspotItem {
        HotspotItem(id: id, number: "XF-\(id)", title: title, text: title, category: category, place: place,
                    petitioner: petitioner ?? "p\(id)", receivedOn: LocalDate(iso: day)!, support: support)
    }


    @Test("heat follows the formula: petitioners, repeats, rise, support and the people of collective petitions")
    func heat() {
        let members = [Self.item(1, "a", petitioner: "a"), Self.item(2, "b", petitioner: "a", support: 3),
                       Self.item(3, "c", petitioner: "b"), Self.item(4, "d", petitioner: "c", on: "2026-10-20")]
        let h = Hotspot(key: "k", category: "01", place: "7", representative: members[0], members: members,
                        previousCount: 1, distinctPetitioners: 3, support: 3)
        #expect(h.title == "a", "the representative's title by default")
        #expect(h.people == 4)
        // 3 people + 1 repeat × ½ + (4 − 1) × ½ + log2(1 + 3)
        #expect(h.heat == 3 + 0.5 + 1.5 + 2)
        #expect(h.growth == 3)
        #expect(h.isEmerging, "4 against 1: twice as many and 3 more")
        var crowd = members
        crowd[0].people = 108
        let collective = Hotspot(key: "k", category: "01", place: "7", representative: crowd[0], members: crowd,
                                 previousCount: 1, distinctPetitioners: 3, support: 3)
        #expect(collective.people == 111, "a collective petition of 108 counts 108")
        #expect(collective.heat == 13.8, "7 + log2(1 + 107) = 13.76, rounded to 13.8")
        let steady = Hotspot(key: "k", category: "01", place: "7", representative: members[0], members: members,
                             previousCount: 3, distinctPetitioners: 3, support: nil)
        #expect(!steady.isEmerging, "4 against 3 is no emergence")
        #expect(h.firstDay.iso == "2026-10-05" && h.lastDay.iso == "2026-10-20")
    }

    @Test("rising keys rank by how far they stand above their baseline; new keys say so")
    func rising() {
        let r = RisingKey.rising(current: ["01": 12, "02": 4, "03": 5, "04": 1], baselineTotals: ["01": 30, "02": 0, "03": 30], baselineWindows: 3)
        #expect(r.map(\.key) == ["02", "01"])
        #expect(r[0].changeText == "新出现")
        #expect(r[1].changeText == "+20%")
    }
}
