import HuiyinDomain
import HuiyinText
import Testing

@Suite("Unit suggester")
struct UnitSuggesterTests {
    typealias F = PlaceFixture
    let extractor = PlaceExtractor(units: F.units)
    /// A made-up taxonomy: `03…` roads and village works, handled by the township where they are (and once
    /// by 人社局, a neighbouring category's usual unit); `01…` wages, handled by 人社局.
    static let roads = "030201", wages = "010101"
    static let history = [
        RoutingObservation(categoryCode: roads, localityUnitID: F.xiguan, unitID: F.chengxi, count: 3),
        RoutingObservation(categoryCode: roads, localityUnitID: F.taoyuan, unitID: F.taoyuan, count: 2),
        RoutingObservation(categoryCode: "030101", localityUnitID: F.dongmen, unitID: F.hrss, count: 4),
        RoutingObservation(categoryCode: wages, localityUnitID: F.dongmen, unitID: F.hrss, count: 6),
        RoutingObservation(categoryCode: wages, localityUnitID: F.xintang, unitID: F.hrss, count: 2),
    ]
    static let text = "我们是柳塘镇新塘村3组村民，村里修路占了我家的地，一直没有补偿。"

    func suggest(_ text: String, _ category: String, locality: OrgUnit.ID? = nil, readsPlaces: Bool = true) -> [UnitSuggestion] {
        UnitSuggester(rules: [], units: F.units, readsPlaces: readsPlaces)
            .suggest(categories: [CategoryPrediction(label: category, confidence: 0.8), CategoryPrediction(label: "030101", confidence: 0.2)],
                     locality: locality, history: Self.history, places: extractor.places(in: text))
    }

    @Test("a text about 柳塘镇新塘村 suggests 柳塘镇 first, because the text names it")
    func namedTownshipFirst() throws {
        let top = try #require(suggest(Self.text, Self.roads).first)
        #expect(top.unitID == F.liutang)
        #expect(top.basis == "place" && top.bases.first == .place)
        #expect(top.places == ["柳塘镇新塘村"])
    }

    @Test("without reading places (the suggester before) the same text gets the townships of past petitions, not 柳塘镇")
    func historyAloneMissesIt() {
        let units = suggest(Self.text, Self.roads, readsPlaces: false).map(\.unitID)
        #expect(!units.contains(F.liutang))
        #expect(units.first == F.hrss || units.first == F.chengxi)
    }

    @Test("the locality given at registration places the petition when the text names no place")
    func localityField() throws {
        let top = try #require(suggest("村里修路占了我家的地", Self.roads, locality: F.xintang).first)
        #expect(top.unitID == F.liutang)
        #expect(top.bases == [.locality] && top.places.isEmpty)
    }

    @Test("a matter that goes to a department stays with the department even when the text names a village")
    func departmentMatter() throws {
        let found = suggest("我在柳塘镇新塘村的工地干活，老板拖欠工资", Self.wages)
        #expect(found.first?.unitID == F.hrss)
        #expect(found.map(\.unitID).contains(F.liutang), "the township still among the three")
    }

    @Test("a department the text names is suggested with the text's words for it")
    func namedDepartment() throws {
        let found = suggest("到县人社局反映过，没有结果", "990101")
        let hrss = try #require(found.first { $0.unitID == F.hrss })
        #expect(hrss.bases.contains(.place) && hrss.places == ["县人社局"])
    }

    @Test("an administrator's routing rule still wins over the places named")
    func ruleWins() throws {
        let suggester = UnitSuggester(rules: [RoutingRule(categoryPrefix: "0302", localityUnitID: nil, unitID: F.housing)], units: F.units)
        let top = try #require(suggester.suggest(categories: [CategoryPrediction(label: Self.roads, confidence: 1)], locality: nil,
                                                 history: Self.history, places: extractor.places(in: Self.text)).first)
        #expect(top.unitID == F.housing && top.basis == "rule")
    }

    @Test("a locality rule applies to the village the text names when no locality is given")
    func localityRuleFromText() throws {
        let rule = RoutingRule(categoryPrefix: "03", localityUnitID: F.liutang, unitID: F.housing)
        let suggester = UnitSuggester(rules: [rule], units: F.units)
        let top = try #require(suggester.suggest(categories: [CategoryPrediction(label: Self.roads, confidence: 1)], locality: nil,
                                                 history: [], places: extractor.places(in: Self.text)).first)
        #expect(top.unitID == F.housing)
    }
}
