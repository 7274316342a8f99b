import HuiyinDomain
import HuiyinText
import Testing

@Suite("Place extractor")
struct PlaceExtractorTests {
    let extractor = PlaceExtractor(units: PlaceFixture.units)
    typealias F = PlaceFixture

    @Test("a village and its township by full name: the village first, with its township, at its position")
    func fullNames() throws {
        let text = "我们是柳塘镇新塘村3组的村民，反映修路的问题。"
        let found = extractor.places(in: text)
        #expect(found.map(\.unitID) == [F.xintang, F.liutang])
        let village = try #require(found.first)
        #expect(village.name == "新塘村" && String(text[village.range]) == "新塘村" && village.offset == 6)
        #expect(village.kind == .village && village.form == .full)
        #expect(village.localityChain == [F.xintang, F.liutang])
        #expect(village.townshipID == F.liutang)
        #expect(found[1].townshipID == F.liutang && found[1].localityChain == [F.liutang])
    }

    @Test("a village named alone is mapped to its township; a community to its street")
    func villageToTownship() {
        #expect(extractor.places(in: "新塘村村委会不公开账目").map(\.townshipID) == [F.liutang])
        #expect(extractor.places(in: "东门社区的居民反映").map(\.townshipID) == [F.chengdong])
    }

    @Test("a township's short form counts where it stands as a place name")
    func shortForms() {
        let found = extractor.places(in: "我家住在柳塘那边，砂石厂天天有大车")
        #expect(found.map(\.unitID) == [F.liutang])
        #expect(found.first?.form == .short && found.first?.name == "柳塘")
        #expect(extractor.places(in: "城东的菜市场").map(\.unitID) == [F.chengdong])
        #expect(extractor.places(in: "柳塘，桃源").map(\.unitID) == [F.liutang, F.taoyuan])
    }

    @Test("no false hits: a short form inside another word, a longer name, or the county's own name")
    func falseHits() {
        #expect(extractor.places(in: "这里简直是世外桃源").isEmpty)
        #expect(extractor.places(in: "孩子在县城东小学读书").isEmpty)
        #expect(extractor.places(in: "在青溪县人民医院住院").isEmpty)
        #expect(extractor.places(in: "我们青溪的发展很快").isEmpty, "青溪 is the county as much as 青溪镇")
        #expect(extractor.places(in: "柳塘村的水渠").map(\.unitID) == [F.liutangVillage], "the village, not 柳塘 + 村")
        #expect(extractor.places(in: "青溪社区").map(\.unitID) == [F.qingxiCommunity])
        #expect(extractor.places(in: "清河边的小路").isEmpty)
    }

    @Test("a short form of a township and its namesake community means the township")
    func shortFormWithinTownship() {
        #expect(extractor.places(in: "在清河的时候").map(\.unitID) == [F.qinghe])
    }

    @Test("a full name of two villages: settled by the township named, else both reported as alternatives")
    func ambiguousVillage() {
        let settled = extractor.places(in: "柳塘镇团结村修路占地")
        #expect(settled.map(\.unitID) == [F.tuanjieLiutang, F.liutang])
        #expect(settled.allSatisfy { $0.isUnambiguous })
        let open = extractor.places(in: "团结村修路占地")
        #expect(Set(open.map(\.unitID)) == [F.tuanjieLiutang, F.tuanjieLongquan])
        #expect(open.allSatisfy { $0.alternatives == 2 })
    }

    @Test("departments by registered name and by usual short name; the county and the bureau are not reported")
    func departments() {
        let found = extractor.places(in: "去年到县人社局反映过，又找了住建局，青溪县信访局让我们等")
        #expect(found.map(\.unitID) == [F.hrss, F.housing])
        #expect(found.map(\.form) == [.short, .short])
        #expect(found.allSatisfy { $0.townshipID == nil && $0.kind == .department })
        #expect(extractor.places(in: "县住房和城乡建设局").map(\.unitID) == [F.housing])
        #expect(extractor.places(in: "青溪县人民政府").isEmpty)
        #expect(extractor.places(in: "打了市人社局、A3区住建局和A7县人社局的电话").isEmpty, "other governments' departments")
        #expect(extractor.places(in: "青溪县人社局").map(\.unitID) == [F.hrss])
    }
}
