import HuiyinDomain
import Testing
@testable import HuiyinText

@Suite("Hot issues: phrases mined from the texts, one problem in other words, problems and places kept apart")
struct HotIssueEngineTests {
    static func item(_ id: Int64, _ title: String, _ body: String, by petitioner: String? = nil, on day: String = "2026-10-10",
                     place: String = "", area: String? = nil, people: Int = 1, support: Int? = nil) -> HotspotItem {
        HotspotItem(id: id, number: "XF-\(id)", title: title, text: title + "。" + body, category: "", place: place,
                    petitioner: petitioner ?? "p\(id)", receivedOn: LocalDate(iso: day)!, support: support, area: area,
                    people: people)
    }

    /// Unrelated petitions, so that words common to every petition weigh little.
    static let background: [HotspotItem] = [
        "低保申请迟迟没有批下来，家里生活困难", "医保报销比例太低，看病负担很重", "孩子上学离家太远，希望开通校车",
        "村口路灯坏了，晚上出行不安全", "养老金这个月发晚了半个月", "危房改造补助至今没有到位",
        "集市摊贩占道经营，车辆无法通行", "自来水浑浊有异味，不敢饮用", "公交车班次太少，等车要一个小时",
        "邻居违章搭建遮挡采光", "宅基地审批手续繁琐，跑了五趟", "退役军人优待证什么时候能办好",
        "学校食堂饭菜价格偏高", "农田灌溉用电价格不合理", "快递网点乱收派送费", "商场消防通道被堵塞",
        "小学门口交通拥堵存在隐患", "出租车拒载绕路", "菜市场缺斤短两", "工地夜间施工无人管",
    ].enumerated().map { i, t in item(Int64(1000 + i), t, "\(t)，请有关部门调查处理。", on: "2026-10-0\(i % 9 + 1)") }

    static let window = LocalDate(iso: "2026-10-01")!...LocalDate(iso: "2026-10-31")!
    static let september = LocalDate(iso: "2026-09-01")!...LocalDate(iso: "2026-09-30")!

    @Test("the phrase miner finds names that recur, hold together and stand free, and drops fragments inside them")
    func mining() {
        let lexicon = PhraseMiner().withCorpusSize(60).mine((Self.corpus + Self.background).map(\.text))
        #expect(lexicon.phrase("翠湖花园")?.kind == .site)
        #expect(lexicon.phrase("锦绣家园")?.kind == .site)
        #expect(lexicon.phrase("停车费")?.kind == PlaceKind.none)
        #expect(lexicon.phrase("搅拌站")?.kind == PlaceKind.none, "the thing complained about, not a place")
        #expect(lexicon.phrase("湖花") == nil, "a fragment always inside a longer phrase gives way to it")
    }

    @Test("a site's name is compared without the areas it is named under and without its generic tail")
    func canonicalPlaces() {
        let areas: Set<[UInt32]> = [PlaceKind.scalars("暮云街道"), PlaceKind.scalars("柳塘镇")]
        func canonical(_ s: String) -> String {
            String(String.UnicodeScalarView(PlaceKind.canonical(PlaceKind.scalars(s)) { areas.contains($0) }.compactMap(Unicode.Scalar.init)))
        }
        #expect(canonical("暮云街道丽发新城") == "丽发新城")
        #expect(canonical("A2区丽发新城") == "丽发新城")
        #expect(canonical("丽发新城小区") == "丽发新城")
        #expect(canonical("柳塘镇翠湖花园小区") == "翠湖花园")
        #expect(PlaceKind.of(PlaceKind.scalars("请政府")) == .none, "a body or the petition's own words are no place")
        #expect(PlaceKind.of(PlaceKind.scalars("新城")) == .none, "a suffix alone is no place")
        #expect(PlaceKind.of(PlaceKind.scalars("翠湖花园小区")) == .site, "小区 ends in 区 but is an estate")
        #expect(PlaceKind.of(PlaceKind.scalars("搅拌站")) == .none, "站 needs a three-character name (长沙南站)")
        #expect(PlaceKind.of(PlaceKind.scalars("长沙南站")) == .site)
        func kind(_ s: String, tf: Int, specific: Int, tail: Int) -> PlaceKind {
            PlaceKind.of(PlaceKind.scalars(s), frequency: tf, specificFrequency: specific, tailFrequency: tail)
        }
        #expect(kind("丽发新城", tf: 60, specific: 66, tail: 60) == .site)
        #expect(kind("麻将花园", tf: 8, specific: 40, tail: 8) == .none, "麻将 lives mostly outside 麻将花园")
        #expect(kind("建搅拌车站", tf: 8, specific: 8, tail: 44) == .none, "建 + a thing seen far more often alone")
    }

    /// One problem told by eight people in their own words, titles and place names; a second problem at the
    /// same estate; the same complaint about another estate; and a petition that mentions both problems.
    static let corpus: [HotspotItem] = [
        item(1, "翠湖花园旁边建搅拌站噪音扰民", "柳塘镇翠湖花园小区旁边新建了一个搅拌站，每天噪音和粉尘严重影响居民休息。"),
        item(2, "投诉柳塘镇翠湖花园附近搅拌站", "翠湖花园附近的搅拌站日夜施工，噪音扰民，灰尘满天飞，请环保部门查处。"),
        item(3, "翠湖花园小区搅拌站粉尘污染", "我是翠湖花园业主，小区旁搅拌站粉尘污染严重，孩子咳嗽不止，请求搬迁搅拌站。"),
        item(4, "关于翠湖花园搅拌厂扰民的问题", "翠湖花园小区对面的搅拌厂噪音很大，晚上也不停，居民无法入睡。"),
        item(5, "搅拌站离翠湖花园太近", "搅拌站离翠湖花园住宅不到一百米，噪音粉尘扰民，是否有环评手续？"),
        item(6, "柳塘镇翠湖花园违建搅拌站", "翠湖花园小区旁违规修建搅拌站，噪音粉尘扰民，请依法拆除。"),
        item(7, "请关注翠湖花园搅拌站扰民", "翠湖花园搅拌站运渣车来回，噪音粉尘污染，居民苦不堪言。", people: 30),
        item(8, "翠湖花园居民反映搅拌站问题", "翠湖花园小区附近搅拌站噪音扰民已经半年，多次反映没有结果。", support: 12),
        // Another problem at the same estate.
        item(11, "翠湖花园物业乱收停车费", "翠湖花园物业公司擅自上调停车费，每月停车费涨到三百元，业主不认可。"),
        item(12, "翠湖花园停车费上涨不合理", "翠湖花园小区停车费从一百元涨到三百元，物业没有公示收费依据。"),
        item(13, "投诉翠湖花园物业停车收费", "翠湖花园物业强行收取停车费，不交就不让车辆进小区。"),
        // The same complaint about another estate.
        item(21, "锦绣家园旁边建搅拌站噪音扰民", "东门社区锦绣家园小区旁边新建搅拌站，每天噪音粉尘严重影响居民休息。"),
        item(22, "投诉锦绣家园附近搅拌站", "锦绣家园附近搅拌站日夜施工噪音扰民，灰尘满天飞。"),
        item(23, "锦绣家园小区搅拌站粉尘污染", "锦绣家园业主反映小区旁搅拌站粉尘污染严重，请求搬迁。"),
        // Both problems in one letter: it must not chain them.
        item(31, "翠湖花园搅拌站和停车费问题", "翠湖花园搅拌站噪音扰民，物业还乱收停车费，两个问题一起反映。"),
    ]

    @Test("one problem in different words is one hot issue; another problem at the same place and the same problem elsewhere stay apart")
    func rewording() throws {
        let found = HotIssueEngine().detect(Self.corpus + Self.background, window: Self.window, previous: Self.september)
        let mixer = try #require(found.first { $0.members.contains { $0.id == 1 } })
        let ids = Set(mixer.members.map(\.id))
        #expect(Set(1...8).isSubset(of: ids), "all eight tellings of the mixing plant: \(ids.sorted())")
        #expect(ids.isDisjoint(with: [11, 12, 13, 21, 22, 23]), "neither the parking fees nor the other estate: \(ids.sorted())")
        #expect(mixer.placeName == "翠湖花园")
        #expect(mixer.keyPhrases.contains("搅拌站"))
        #expect(mixer.people >= 37, "the collective petition of 30 counts 30")
        #expect(mixer.support == 12)
        let parking = try #require(found.first { $0.members.contains { $0.id == 11 } })
        #expect(Set(parking.members.map(\.id)).isSubset(of: [11, 12, 13, 31]))
        let other = try #require(found.first { $0.members.contains { $0.id == 21 } })
        #expect(Set(other.members.map(\.id)) == [21, 22, 23])
        #expect(other.placeName == "锦绣家园")
        #expect(found.allSatisfy { $0.members.count >= 3 && $0.distinctPetitioners >= 2 })
    }

    @Test("growth against the previous window, emergence, and one petitioner's many letters are no hot issue")
    func windows() throws {
        var items = Self.corpus.filter { $0.id <= 8 } + Self.background
        items.append(Self.item(9, "翠湖花园搅拌站噪音", "翠湖花园搅拌站噪音粉尘扰民。", on: "2026-09-12"))
        let one = (0..<5).map { Self.item(Int64(40 + $0), "锦绣家园停车难第\($0)次", "锦绣家园停车难，停车位不够，请增设停车位。", by: "同一人") }
        let found = HotIssueEngine().detect(items + one, window: Self.window, previous: Self.september)
        let mixer = try #require(found.first { $0.members.contains { $0.id == 1 } })
        #expect(mixer.previousCount == 1, "the September letter counts as the previous window")
        #expect(!mixer.members.contains { $0.id == 9 })
        #expect(mixer.isEmerging)
        #expect(!found.contains { $0.members.contains { $0.id == 40 } }, "five letters from one person are a repeat, not a hot issue")
    }

    @Test("locality units: the same village is the same place; townships apart keep a complaint apart")
    func units() throws {
        func at(_ id: Int64, _ title: String, village: String, township: String) -> HotspotItem {
            Self.item(id, title, title + "，请尽快解决。", place: village, area: township)
        }
        let items = [
            at(1, "新塘村灌溉渠堵塞农田无法灌溉", village: "7", township: "6"), at(2, "新塘村灌溉渠堵塞多年无人清理", village: "7", township: "6"),
            at(3, "反映灌溉渠堵塞问题", village: "7", township: "6"), at(4, "灌溉渠堵塞影响秋收", village: "7", township: "6"),
            at(5, "灌溉渠堵塞影响秋收", village: "17", township: "16"), at(6, "灌溉渠堵塞请求清淤", village: "17", township: "16"),
        ] + Self.background
        let found = HotIssueEngine().detect(items, window: Self.window, previous: nil)
        let ditch = try #require(found.first { $0.members.contains { $0.id == 1 } })
        #expect(Set(ditch.members.map(\.id)) == [1, 2, 3, 4])
        #expect(ditch.place == "7")
    }
}
