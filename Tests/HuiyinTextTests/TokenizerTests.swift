import HuiyinText
import Testing

@Suite("Folding and bigram tokens")
struct TokenizerTests {
    @Test("full-width forms, case and punctuation fold away")
    func folding() {
        #expect(TextFolding.foldedString("ＡＢＣ１２３，拆迁！") == "abc123拆迁")
        #expect(TextFolding.foldedString("  A3区　 大道 (西行) ") == "a3区大道西行")
        #expect(TextFolding.foldedString("“工资”…… 12345热线") == "工资12345热线")
        #expect(TextFolding.foldedString("Ñandú ÉCOLE") == "ñandúécole")
        #expect(TextFolding.foldedString("😀❤️ ¥%℃") == "")
        #expect(TextFolding.foldedString("〇") == "〇")
    }

    @Test("bigrams overlap and the last character stands alone")
    func bigrams() {
        #expect(BigramTokenizer.tokens("拆迁补偿") == ["拆迁", "迁补", "补偿", "偿"])
        #expect(BigramTokenizer.indexTokens("拆迁补偿") == "拆迁 迁补 补偿 偿")
        #expect(BigramTokenizer.tokens("A3区") == ["a3", "3区", "区"])
        #expect(BigramTokenizer.tokens("工") == ["工"])
        #expect(BigramTokenizer.tokens("，。") == [])
        #expect(BigramTokenizer.indexTokens("") == "")
    }

    @Test("mixed Chinese, Latin and digits with full-width forms")
    func mixed() {
        #expect(BigramTokenizer.tokens("ＧＤＰ增长5%") == ["gd", "dp", "p增", "增长", "长5", "5"])
    }

    @Test("trigram keys: one per window of three folded characters, order matters, short terms have none")
    func trigrams() {
        let f = TextFolding.fold("拆迁补偿款")
        #expect(TrigramKeys.keys(folded: f).count == 3)
        #expect(TrigramKeys.keys(folded: TextFolding.fold("拆，迁补")) == TrigramKeys.keys(folded: TextFolding.fold("拆迁补")))
        #expect(TrigramKeys.key("拆", "迁", "补") != TrigramKeys.key("补", "迁", "拆"))
        // The largest scalars still give distinct, non-negative keys (21 bits each).
        let top = Unicode.Scalar(0x10FFFF)!
        #expect(TrigramKeys.key(top, top, top) > 0)
        #expect(TrigramKeys.key(top, "a", "b") != TrigramKeys.key("a", top, "b"))
        #expect(SearchQuery.parse("拆迁 补偿 工").requiredTrigramKeys.isEmpty)
        #expect(SearchQuery.parse("拆迁补偿 -噪音扰民").requiredTrigramKeys == TrigramKeys.keys(folded: TextFolding.fold("拆迁补偿")).sorted())
        #expect(SearchQuery.parse("拆迁补 迁补偿").requiredTrigramKeys.count == 2)
    }

    @Test("the offsets lead back to the original scalars")
    func offsets() {
        let (s, o) = TextFolding.foldWithOffsets("a，拆 迁")
        #expect(s.map { String($0) } == ["a", "拆", "迁"])
        #expect(o == [0, 2, 4])
    }
}

@Suite("Query parsing")
struct SearchQueryTests {
    @Test("terms, phrases and exclusions")
    func parse() {
        let q = SearchQuery.parse("拆迁  \"补偿 款\" -噪音 －工厂 “安置 房”")
        #expect(q.required.map(\.display) == ["拆迁", "补偿 款", "安置 房"])
        #expect(q.excluded.map(\.display) == ["噪音", "工厂"])
        #expect(q.matchExpression == "(\"拆迁\" AND \"补偿 偿款\" AND \"安置 置房\") NOT (\"噪音\" OR \"工厂\")")
    }

    @Test("one-character terms are prefix queries; punctuation-only terms vanish; duplicates collapse")
    func edgeCases() {
        let q = SearchQuery.parse("水 ， 水 - -- \"未闭合")
        #expect(q.required.map(\.display) == ["水", "未闭合"])
        #expect(q.required[0].ftsExpression == "\"水\"*")
        #expect(SearchQuery.parse("，。！").isEmpty)
        #expect(SearchQuery.parse("-噪音").matchExpression == nil)
        #expect(SearchQuery.parse("-噪音").exclusionExpression == "(\"噪音\")")
    }

    @Test("reference semantics: substring of the folded fields, terms never span fields")
    func matches() {
        let q = SearchQuery.parse("拆迁 补偿 -噪音")
        #expect(q.matches(fields: ["房屋拆迁", "补偿款未到位"]))
        #expect(!q.matches(fields: ["房屋拆迁", "补偿款未到位，噪音扰民"]))
        #expect(!q.matches(fields: ["房屋拆", "迁补偿"]))
        #expect(SearchQuery.parse("拆迁补偿").matches(fields: ["拆迁，补偿"]))
    }

    @Test("snippets mark every hit in the original text")
    func snippet() {
        let terms = SearchQuery.parse("拆迁 ｂｃ").required
        let parts = Highlighter.snippet("Abc：房屋拆 迁补偿", terms: terms, length: 80)
        #expect(parts == [SnippetPart("A", hit: false), SnippetPart("bc", hit: true), SnippetPart("：房屋", hit: false),
                          SnippetPart("拆 迁", hit: true), SnippetPart("补偿", hit: false)])
        let long = String(repeating: "无关内容", count: 40) + "拆迁" + String(repeating: "其他", count: 40)
        let cut = Highlighter.snippet(long, terms: terms, length: 20)
        #expect(cut.first?.text.hasPrefix("…") == true)
        #expect(cut.last?.text.hasSuffix("…") == true)
        #expect(cut.contains(SnippetPart("拆迁", hit: true)))
    }
}
