import HuiyinDomain
import HuiyinText
import Testing

/// The context rules of the risk lexicon: a word denied, quoted, reported or supposed raises no signal;
/// the same word said raises one.
@Suite("Risk context rules")
struct RiskContextTests {
    let lexicon = RiskLexicon.standard

    func words(_ text: String) -> [String] { lexicon.matches(in: text).map(\.word) }

    @Test("a negation shortly before the word, in its clause, raises nothing", arguments: [
        "我并非想不开，只是想讨个说法", "我从来没有想过自杀", "我们不会去北京上访", "有牵挂也不至于高考后自杀",
        "我绝不会跳楼", "我们不去北京，相信县里",
    ])
    func negated(_ text: String) {
        #expect(words(text) == [], "\(text)")
        #expect(lexicon.occurrences(in: text).allSatisfy { $0.discount == .negated })
    }

    @Test("the word itself may begin with 不: what precedes it decides", arguments: [
        ("我真的不想活了", "不想活"), ("家里实在活不下去了", "活不下去"), ("再不解决就去北京", "去北京"),
        ("没人管我们只能去北京", "去北京"), ("不给钱，我就跳楼", "跳楼"), ("我无奈之下想自杀", "自杀"),
        ("他们不断殴打我", "殴打"), ("我不得不去北京", "去北京"),
    ])
    func said(_ text: String, _ word: String) {
        #expect(words(text) == [word], "\(text)")
    }

    @Test("a negation in another clause does not reach the word")
    func clauses() {
        #expect(words("我不知道怎么办，只想自杀") == ["自杀"])
        #expect(words("不是我要说，他们扬言要弄死我") == ["弄死"])
    }

    @Test("quoted words raise nothing; the same words outside quotes do", arguments: [
        "开发商给出的建议是：“跳楼”", "防火门就会变成「杀人门」", "必将出现“只许官府放火，不让百姓点灯”的恶相",
        "电影《自杀小队》", "他们叫它\"跳楼价\"",
    ])
    func quoted(_ text: String) {
        #expect(words(text) == [], "\(text)")
        #expect(lexicon.occurrences(in: text).map(\.discount) == [.quoted])
    }

    @Test("a quotation after 说, 扬言, 威胁 … is what someone said, and counts", arguments: [
        ("物业威胁说 \"晓得你住在哪一户要搞死你\"", "搞死"), ("村干部叫嚣“哪个不出钱，就打死哪个人”", "打死"),
        ("他扬言：“我要自焚”", "自焚"),
    ])
    func quotedSpeech(_ text: String, _ word: String) {
        #expect(words(text) == [word], "\(text)")
    }

    @Test("hearsay and suppositions raise nothing; a threat with its condition does")
    func reportedAndSupposed() {
        #expect(words("以前有人说要跳楼（引用）") == [])
        #expect(lexicon.occurrences(in: "听说有人要去北京").map(\.discount) == [.reported])
        #expect(words("如果发生火灾有人跳楼谁负责") == [])
        #expect(lexicon.occurrences(in: "万一有人跳楼怎么办").map(\.discount) == [.hypothetical])
        #expect(words("如果不解决我就跳楼") == ["跳楼"])
        #expect(words("如果再不处理我去跳楼") == ["跳楼"])
        #expect(words("如果今年拿不到房，他们要去跳楼") == ["跳楼"])
    }

    @Test("a word inside a longer word of another meaning raises nothing")
    func exclusions() {
        #expect(words("为了减轻生产成本") == [])
        #expect(words("遭到村干部打击报复") == [])
        #expect(words("非得一哭二闹三上吊才有用吗") == [])
        #expect(words("他有报复社会的想法") == ["报复社会"])
        #expect(lexicon.occurrences(in: "打击报复").first?.discount == .excluded)
    }

    @Test("a word said once and denied once is said")
    func saidOnce() {
        #expect(words("我没有想过跳楼。但现在真的要跳楼了") == ["跳楼"])
    }

    @Test("the indexers' path (folded text first) agrees with the text path")
    func foldedPath() {
        for text in ["我并非想不开", "我真的不想活了", "“跳楼”", "请修路"] {
            let folded = TextFolding.fold(RiskLexicon.joined(title: "题", content: text, demands: ""))
            let a = lexicon.assess(folded: folded, original: { RiskLexicon.joined(title: "题", content: text, demands: "") })
            #expect(a == lexicon.assess(title: "题", content: text, demands: ""), "\(text)")
        }
    }

    @Test("occurrences name the clause around the word")
    func clause() {
        let o = lexicon.occurrences(in: "物业不管。我真的不想活了！请领导做主")
        #expect(o.map(\.clause) == ["我真的不想活了"])
        #expect(o.first?.discount == nil)
    }

    @Test("exclusions are part of the lexicon's text form")
    func exclusionText() throws {
        let lexicon = try RiskLexicon.parse("报复 violence low\n!打击报复\n")
        #expect(lexicon.exclusions == ["打击报复"])
        #expect(lexicon.matches(in: "打击报复") == [])
        #expect(lexicon.matches(in: "他要报复").map(\.word) == ["报复"])
        #expect(try RiskLexicon.parse(lexicon.text) == lexicon)
        #expect(throws: RiskLexiconError.malformedLine(1)) { try RiskLexicon.parse("!打击报复 violence") }
    }
}

@Suite("Risk tier")
struct RiskTierTests {
    let lexicon = RiskLexicon.standard

    @Test("danger to life before collective before the rest, each with its reason")
    func tiers() {
        let danger = lexicon.assess(title: "讨薪", content: "我真的不想活了", demands: "", peopleCount: 40, isVisit: true)
        #expect(danger.tier == .danger)
        #expect(danger.reason == "文中有“不想活”（自伤自杀）")
        let collective = lexicon.assess(title: "征地补偿", content: "补偿太低", demands: "", peopleCount: 32, isVisit: true)
        #expect(collective.tier == .collective)
        #expect(collective.reason == "集体访32人")
        let gathering = lexicon.assess(title: "拆迁", content: "村民准备堵路", demands: "")
        #expect(gathering.tier == .collective)
        #expect(gathering.reason == "文中有“堵路”（聚集）")
        let other = lexicon.assess(title: "欠薪", content: "再不解决就去北京", demands: "")
        #expect(other.tier == .other)
        #expect(other.reason == "文中有“去北京”（赴省进京）")
        #expect(RiskAssessment.none.tier == .none)
        #expect([other.tier, danger.tier, RiskTier.none, collective.tier].sorted(by: >) == [.danger, .collective, .other, .none])
    }

    @Test("extreme acts are danger; the low words of danger kinds are not")
    func extremeActs() {
        for text in ["扬言要自焚", "他说要纵火", "要炸掉办公楼", "要和他同归于尽", "扬言要弄死我们"] {
            #expect(lexicon.assess(title: "", content: text, demands: "").tier == .danger, "\(text)")
        }
        for text in ["业主走投无路", "被保安殴打", "否则后果自负"] {
            #expect(lexicon.assess(title: "", content: text, demands: "").tier == .other, "\(text)")
        }
    }

    @Test("a denied danger word leaves the petition in its collective tier")
    func deniedDanger() {
        let a = lexicon.assess(title: "", content: "我们并非想不开，只求补偿", demands: "", peopleCount: 30, isVisit: true)
        #expect(a.tier == .collective)
        #expect(!a.matches.contains { $0.word == "想不开" })
    }

    @Test("the rank is the stored form and reads back")
    func rank() {
        for t in RiskTier.allCases { #expect(RiskTier(rank: t.rank) == t) }
        #expect(RiskTier.danger.rank > RiskTier.collective.rank)
    }
}
