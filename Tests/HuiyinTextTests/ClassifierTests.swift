import HuiyinDomain
import HuiyinText
import Testing

@Suite("Category classifier")
struct ClassifierTests {
    static let training: [LabelledText] = [
        LabelledText("拖欠工资 老板不发工资 讨薪", label: "labour"),
        LabelledText("工地欠薪 农民工工资拖欠", label: "labour"),
        LabelledText("工资一直没有发放 劳动合同", label: "labour"),
        LabelledText("工厂噪音扰民 夜间施工噪音", label: "environment"),
        LabelledText("河道污水直排 水污染 臭味", label: "environment"),
        LabelledText("烧垃圾 空气污染 烟尘", label: "environment"),
        LabelledText("拆迁补偿不到位 安置房", label: "housing"),
        LabelledText("房屋征收补偿款 拆迁安置", label: "housing"),
        LabelledText("小区物业 房产证办不下来", label: "housing"),
    ]

    @Test("both algorithms learn the training data and rank with confidences that sum to at most 1",
          arguments: [CategoryClassifier.Algorithm.linearSVM, .complementNaiveBayes])
    func learns(_ algorithm: CategoryClassifier.Algorithm) {
        var options = CategoryClassifier.Options()
        options.algorithm = algorithm
        let model = CategoryClassifier.train(Self.training, options: options)
        #expect(model.algorithm == algorithm)
        #expect(model.labels == ["environment", "housing", "labour"])
        #expect(model.predict("老板拖欠我半年工资")[0].label == "labour")
        #expect(model.predict("晚上工地噪音太大")[0].label == "environment")
        #expect(model.predict("拆迁以后安置房还没有分")[0].label == "housing")
        let top = model.predict("拖欠工资", top: 3)
        #expect(top.count == 3)
        #expect(top[0].confidence >= top[1].confidence && top[1].confidence >= top[2].confidence)
        #expect(top.map(\.confidence).reduce(0, +) <= 1.000001)
    }

    @Test("automatic picks the SVM for small problems and naive Bayes for large ones")
    func automatic() {
        #expect(CategoryClassifier.train(Self.training).algorithm == .linearSVM)
        var o = CategoryClassifier.Options()
        o.svmLimit = 10
        #expect(CategoryClassifier.train(Self.training, options: o).algorithm == .complementNaiveBayes)
    }

    @Test("titles count more than the body")
    func titles() {
        let model = CategoryClassifier.train(titled: Self.training.map { ($0.text, "", $0.label) })
        #expect(model.predict(title: "拖欠工资", body: "附近还有噪音")[0].label == "labour")
    }

    @Test("seeded by the taxonomy, a new system suggests sensible categories")
    func seeded() {
        let taxonomy = CategoryTaxonomy.shipped
        let seed = TaxonomySeed.examples(taxonomy)
        #expect(seed.count > 300)
        var options = CategoryClassifier.Options()
        options.algorithm = .complementNaiveBayes // the SVM over ~400 categories is slow in debug builds
        let model = CategoryClassifier.train(seed, options: options)
        let best = model.predict("拖欠农民工工资", top: 3).map { taxonomy.pathName(of: $0.label) }
        #expect(best.contains { $0.contains("劳动") }, "\(best)")
    }
}

@Suite("Risk lexicon")
struct RiskLexiconTests {
    @Test("finds the words of danger, folded, each once, strongest first")
    func matches() {
        let a = RiskLexicon.standard.assess(title: "讨薪", content: "我真的不想活了，不 想 活！实在走投无路",
                                            demands: "再不解决就去北京")
        #expect(a.level == .high)
        #expect(Set(a.matches.map(\.word)) == ["不想活", "走投无路", "去北京"])
        #expect(a.matches.first?.level == .high)
        #expect(a.matches.last?.word == "走投无路")
        #expect(a.summary.contains("不想活（自伤自杀）"))
        #expect(RiskLexicon.standard.assess(title: "道路损毁", content: "请尽快修路", demands: "修路") == .none)
    }

    @Test("a collective visit is a high signal by itself; a collective letter a low one")
    func collective() {
        let visit = RiskLexicon.standard.assess(title: "补偿", content: "安置补偿", demands: "", peopleCount: 30, isVisit: true)
        #expect(visit.level == .high)
        #expect(visit.matches.map(\.category) == [.collective])
        #expect(RiskLexicon.standard.assess(title: "补偿", content: "", demands: "", peopleCount: 5).level == .low)
        #expect(RiskLexicon.standard.assess(title: "补偿", content: "", demands: "", peopleCount: 4).level == .none)
    }

    @Test("the lexicon is configurable as text and round-trips")
    func text() throws {
        let lexicon = try RiskLexicon.parse("""
            # 本县词表
            堵门  massGathering
            讨个说法\tthreat\tlow
            """)
        #expect(lexicon.terms == [RiskTerm("堵门", .massGathering, .high), RiskTerm("讨个说法", .threat, .low)])
        #expect(try RiskLexicon.parse(lexicon.text) == lexicon)
        #expect(lexicon.matches(in: "他们要堵门").map(\.word) == ["堵门"])
        #expect(throws: RiskLexiconError.malformedLine(2)) { try RiskLexicon.parse("自杀 selfHarm\n堵门 unknown") }
        #expect(throws: RiskLexiconError.malformedLine(1)) { try RiskLexicon.parse("自杀 selfHarm none") }
        #expect(RiskLexicon.standard == (try RiskLexicon.parse(RiskLexicon.standard.text)))
    }

    @Test("settings validate and decode missing fields as defaults")
    func settings() {
        var s = TextSettings()
        #expect(s.problems().isEmpty)
        s.banding = LSHBanding(bands: 40, rows: 5)
        s.nearDuplicateThreshold = 2
        #expect(s.problems().count == 2)
    }
}
