/// The base templates and the slot-filling machinery they share.
///
/// A template is a closure over a ``DemoDraw``: it draws what varies (names, amounts, dates, head
/// counts, companies, phrasings) and writes a whole petition with a matching decision. Topic files
/// (`DemoTexts+Labour.swift`, `DemoTexts+Housing.swift`, …) each contribute one list.
extension DemoTexts {
    /// Every base template, by topic.
    static let templates: [DemoTemplate] =
        labourTemplates + housingTemplates + ruralTemplates + environmentTemplates + serviceTemplates
        + welfareTemplates + accusationTemplates + orderTemplates + marketTemplates + riskTemplates
}

/// One base template.
struct DemoTemplate: Sendable {
    /// Where the matter can happen.
    enum Setting: Sendable {
        /// Needs farmland, a village group, a village committee: only for 村.
        case rural
        /// Needs a residential estate, property management, city services: only for 社区.
        case urban
        case any
    }

    let key: String
    let setting: Setting
    /// Relative frequency; most templates weigh 3, the risk-word ones 1.
    let weight: Int
    let make: @Sendable (inout DemoDraw) -> DemoPetitionText

    init(
        _ key: String, _ setting: Setting = .any, weight: Int = 3,
        make: @escaping @Sendable (inout DemoDraw) -> DemoPetitionText
    ) {
        self.key = key
        self.setting = setting
        self.weight = weight
        self.make = make
    }
}

/// 信访目的, spelled once.
enum DemoPurpose: String, Sendable {
    case solve = "求决"
    case suggest = "意见建议"
    case accuse = "揭发控告"
    case appeal = "申诉"
    case enquire = "咨询"
}

/// The slots of one petition being written: the place it is about and a generator for everything else.
struct DemoDraw {
    let township: String
    let village: String
    var rng: SeededGenerator
    /// Set by collective templates to the head count their text mentions.
    var peopleCount = 1
    /// The residential estate the petition is about, when it is about one.
    let estate: String

    init(township: String, village: String, seed: UInt64) {
        self.township = township
        self.village = village
        var rng = SeededGenerator(seed: seed)
        self.estate = DemoTexts.pick(DemoTexts.estates, &rng)
        self.rng = rng
    }

    // MARK: Place

    var county: String { DemoTexts.countyName }
    /// `柳塘镇新塘村`
    var place: String { township + village }
    var isRural: Bool { village.hasSuffix("村") }
    /// 村民 or 居民.
    var resident: String { isRural ? "村民" : "居民" }
    /// 村委会 or 居委会.
    var committee: String { isRural ? "村委会" : "居委会" }
    /// 镇政府, 乡政府 or 街道办事处: the kind of unit, as `accusedUnitHint` uses it.
    var townGovernmentKind: String {
        if township.hasSuffix("街道") { return "街道办事处" }
        return township.hasSuffix("乡") ? "乡政府" : "镇政府"
    }
    /// `柳塘镇政府`, `城东街道办事处`.
    var townGovernment: String {
        township.hasSuffix("街道") ? township + "办事处" : township + "政府"
    }
    /// The township health centre, or the community health centre in town.
    var townClinic: String {
        township.hasSuffix("街道") ? township + "社区卫生服务中心" : township + "卫生院"
    }
    /// 镇, 乡 or 街道, as people say "镇里", "乡里".
    var townWord: String {
        if township.hasSuffix("街道") { return "街道" }
        return township.hasSuffix("乡") ? "乡" : "镇"
    }
    /// `3组`
    mutating func group() -> String { "\(int(1...9))组" }

    // MARK: Values

    mutating func pick(_ options: [String]) -> String { DemoTexts.pick(options, &rng) }
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + rng.demoIndex(range.upperBound - range.lowerBound + 1)
    }
    /// True with the given probability in percent.
    mutating func chance(_ percent: Int) -> Bool { rng.demoIndex(100) < percent }

    /// An amount in yuan between `range` bounds, rounded to `step`.
    mutating func amount(_ range: ClosedRange<Int>, step: Int = 100) -> Int {
        int((range.lowerBound / step)...(range.upperBound / step)) * step
    }
    /// `9800元`, `3.86万元`, `12万元`.
    static func yuan(_ value: Int) -> String {
        guard value >= 10_000, value % 100 == 0 else { return "\(value)元" }
        let whole = value / 10_000
        var cents = (value % 10_000) / 100
        if cents == 0 { return "\(whole)万元" }
        var digits = cents < 10 ? "0\(cents)" : "\(cents)"
        if cents % 10 == 0 { cents /= 10; digits = "\(cents)" }
        return "\(whole).\(digits)万元"
    }

    /// A past month, relative so that it reads right whenever the demo is generated: `去年5月`, `前年11月`.
    mutating func pastMonth() -> String {
        "\(pick(["去年", "去年", "前年"]))\(int(1...12))月"
    }
    /// A recent time: `3个月前`, `去年10月`, `今年初`.
    mutating func recently() -> String {
        switch int(0...2) {
        case 0: "\(int(2...8))个月前"
        case 1: "去年\(int(6...12))月"
        default: pick(["今年初", "年初", "上个月"])
        }
    }

    // MARK: People and organisations

    /// A third party named the way petitions and official letters do: `李某`, `李某某`.
    mutating func someone() -> String {
        DemoTexts.pick(DemoTexts.surnames, &rng) + (chance(50) ? "某" : "某某")
    }
    /// A company of one of the given trades.
    mutating func company(_ trades: DemoTexts.CompanyTrade...) -> (full: String, short: String) {
        let trade = DemoTexts.pick(trades, &rng)
        return DemoTexts.companyName(trade, using: &rng)
    }
    mutating func hospital() -> String {
        pick(["县人民医院", "县中医院", "县人民医院", townClinic])
    }
    mutating func primarySchool() -> String {
        township.hasSuffix("街道") ? pick(["县实验小学", "县城东小学", "县城西小学"]) : township + "中心小学"
    }
    mutating func middleSchool() -> String {
        township.hasSuffix("街道") ? pick(["县第一中学", "县第二中学", "县实验中学"]) : township + "初级中学"
    }

    /// A closing line in the petitioner's voice, fitting the purpose; empty about half the time.
    mutating func closing(for purpose: String) -> String {
        guard chance(55) else { return "" }
        switch DemoPurpose(rawValue: purpose) {
        case .solve?:
            return pick(["恳请领导重视，帮我们解决实际困难。", "以上反映情况属实，盼早日答复。", "希望政府为我们做主，谢谢！", "恳请有关部门尽快调查处理，给我们一个答复。"])
        case .suggest?:
            return pick(["以上建议，请领导参考。", "希望我们的建议能被采纳，谢谢！", "盼复。"])
        case .accuse?:
            return pick(["以上反映内容属实，请为反映人保密。", "我们愿意配合调查，请对反映人信息保密。", "请组织调查，还群众一个公道。"])
        case .appeal?:
            return pick(["请求重新审查，给我一个公正的结论。", "以上情况属实，相关证明材料可以提供。"])
        case .enquire?:
            return pick(["盼复，谢谢！", "麻烦给一个书面答复，谢谢。", "希望工作人员能详细解答，谢谢！"])
        case nil:
            return ""
        }
    }

    // MARK: Result

    /// Assembles the petition; the category is `(level1, level2, level3)`.
    func text(
        title: String, content: String, demands: String, purpose: DemoPurpose,
        category: (String, String, String), accused: String? = nil,
        facts: String, basis: String, department: String
    ) -> DemoPetitionText {
        DemoPetitionText(
            title: title, content: content, demands: demands, purpose: purpose.rawValue,
            level1: category.0, level2: category.1, level3: category.2, accusedUnitHint: accused,
            decisionFacts: facts, decisionBasis: basis, suggestedDepartment: department
        )
    }
}
