/// The text of one generated demo petition (信访件): what the petitioner wrote, how it is classified, and
/// what a handling unit later finds and cites, so the demo can carry a case all the way to its decision
/// letter (处理意见书).
public struct DemoPetitionText: Sendable, Hashable {
    /// 标题, 10–30 characters.
    public var title: String
    /// 事实和理由 (facts and reasons), 150–350 characters, in the petitioner's words.
    public var content: String
    /// 诉求 (demands), 20–80 characters.
    public var demands: String
    /// 信访目的: one of ``DemoTexts/purposes`` (求决, 意见建议, 揭发控告, 申诉, 咨询).
    public var purpose: String
    /// 内容分类 names; the triple exists in the shipped taxonomy.
    public var level1: String
    public var level2: String
    public var level3: String
    /// For 揭发控告 only: the kind of unit accused (村委会/居委会, 镇政府/乡政府/街道办事处, or a county
    /// department from ``DemoTexts/departments``); `nil` for every other purpose.
    public var accusedUnitHint: String?
    /// What the handling unit found (查明的事实), 80–200 characters, for the decision letter.
    public var decisionFacts: String
    /// The laws and policies cited in the decision letter (处理依据).
    public var decisionBasis: String
    /// The county department that would handle it, one of ``DemoTexts/departments``.
    public var suggestedDepartment: String
    /// Identifies the base template. Petitions with the same key and place are about the same kind of
    /// matter, so a demo seeder can use it to build repeat petitions (重复信访).
    public var templateKey: String
    /// How many people the text speaks for: 1 for a personal matter, 5 or more for a collective one
    /// (集体访), matching the head count the text mentions.
    public var peopleCount: Int

    public init(
        title: String, content: String, demands: String, purpose: String,
        level1: String, level2: String, level3: String, accusedUnitHint: String? = nil,
        decisionFacts: String, decisionBasis: String, suggestedDepartment: String,
        templateKey: String = "", peopleCount: Int = 1
    ) {
        self.title = title
        self.content = content
        self.demands = demands
        self.purpose = purpose
        self.level1 = level1
        self.level2 = level2
        self.level3 = level3
        self.accusedUnitHint = accusedUnitHint
        self.decisionFacts = decisionFacts
        self.decisionBasis = decisionBasis
        self.suggestedDepartment = suggestedDepartment
        self.templateKey = templateKey
        self.peopleCount = peopleCount
    }

    /// True when the text speaks for five or more people (集体访 / 群体访).
    public var isCollective: Bool { peopleCount >= 5 }
}
