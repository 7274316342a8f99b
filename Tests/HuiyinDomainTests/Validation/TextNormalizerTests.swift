import Testing
@testable import HuiyinDomain

@Suite("TextNormalizer.text")
struct TextNormalizerTextTests {

    @Test(arguments: [
        ("ＡＢＣ１２３ａｂｃ", "ABC123abc"),
        ("（０７３１）", "(0731)"),
        ("＠＃％＆＊＋－＝／", "@#%&*+-=/"),
        ("［ｘ］｛ｙ｝＜ｚ＞～", "[x]{y}<z>~"),
        ("ｅｍａｉｌ＠ｅｘａｍｐｌｅ．ｃｏｍ", "email@example.com"),
    ])
    func fullWidthASCIIBecomesHalfWidth(input: String, expected: String) {
        #expect(TextNormalizer.text(input) == expected)
    }

    @Test func chinesePunctuationIsKept() {
        let s = "你好，世界。真的？好！注意：一；二“引号”、《书名》"
        #expect(TextNormalizer.text(s) == s)
    }

    @Test func fullWidthFormsOfChinesePunctuationAreNotConverted() {
        // ，？！：； live in the full-width block but must not become , ? ! : ;
        #expect(TextNormalizer.text("甲，乙？丙！丁：戊；") == "甲，乙？丙！丁：戊；")
        #expect(!TextNormalizer.text("甲，乙").contains(","))
    }

    @Test func ideographicSpaceBecomesSpace() {
        #expect(TextNormalizer.text("ABC\u{3000}DEF") == "ABC DEF")
        #expect(TextNormalizer.text("长沙\u{3000}\u{3000}芙蓉区") == "长沙 芙蓉区")
    }

    @Test func otherUnicodeSpacesBecomeSpace() {
        #expect(TextNormalizer.text("a\u{00A0}b\u{2002}c\u{202F}d") == "a b c d")
    }

    @Test func zeroWidthCharactersAreRemoved() {
        #expect(TextNormalizer.text("ab\u{200B}c\u{200C}d\u{200D}e\u{FEFF}f") == "abcdef")
        #expect(TextNormalizer.text("\u{FEFF}信访") == "信访")
        #expect(TextNormalizer.text("张\u{200B}三") == "张三")
    }

    @Test func controlCharactersAreRemovedExceptNewline() {
        #expect(TextNormalizer.text("a\u{0007}b\u{0000}c\u{001B}d\u{007F}e\u{0085}f\u{000C}g") == "abcdefg")
        #expect(TextNormalizer.text("a\nb") == "a\nb")
    }

    @Test func lineEndingsBecomeLF() {
        #expect(TextNormalizer.text("a\r\nb") == "a\nb")          // one newline, not two
        #expect(TextNormalizer.text("a\rb") == "a\nb")
        #expect(TextNormalizer.text("a\r\nb\rc\nd") == "a\nb\nc\nd")
        #expect(TextNormalizer.text("a\r\n\r\nb") == "a\n\nb")
        #expect(TextNormalizer.text("a\u{2028}b") == "a\nb")
    }

    @Test func leadingAndTrailingWhitespaceIsTrimmed() {
        #expect(TextNormalizer.text("  \n\t hello \n\u{3000}") == "hello")
        #expect(TextNormalizer.text("\u{3000}信访事项\r\n") == "信访事项")
        #expect(TextNormalizer.text(" \t\n ") == "")
        #expect(TextNormalizer.text("") == "")
    }

    @Test func spaceAndTabRunsCollapseToOneSpace() {
        #expect(TextNormalizer.text("a  \t  b") == "a b")
        #expect(TextNormalizer.text("a\tb") == "a b")
        #expect(TextNormalizer.text("a b") == "a b")
        #expect(TextNormalizer.text("一\u{3000} 二") == "一 二")
    }

    @Test func spacesAtLineEdgesAreRemoved() {
        #expect(TextNormalizer.text("a  \n  b") == "a\nb")
    }

    @Test func threeOrMoreNewlinesCollapseToTwo() {
        #expect(TextNormalizer.text("a\n\n\nb") == "a\n\nb")
        #expect(TextNormalizer.text("a\n\n\n\n\n\nb") == "a\n\nb")
        #expect(TextNormalizer.text("a\n \n\t\n \nb") == "a\n\nb")   // whitespace-only lines count as blank
        #expect(TextNormalizer.text("a\n\nb") == "a\n\nb")
        #expect(TextNormalizer.text("a\nb") == "a\nb")
    }

    @Test func mixedChineseLatinDigitsAndFullWidth() {
        let input = "  申请人：张三（ＩＤ：１１０１０５）  电话１３８　１２３４\t５６７８，\r\n\r\n\r\n地址：长沙市Ｗｕｙｉ路１号。 \u{200B}"
        let expected = "申请人：张三(ID：110105) 电话138 1234 5678，\n\n地址：长沙市Wuyi路1号。"
        #expect(TextNormalizer.text(input) == expected)
    }

    @Test func alreadyCleanTextIsUnchanged() {
        let s = "2024年3月5日，李四反映X村道路问题。\n\n处理意见：转交通局。"
        #expect(TextNormalizer.text(s) == s)
    }

    @Test func combiningSequencesSurvive() {
        let decomposed = "Jose\u{0301} 张"
        #expect(TextNormalizer.text(decomposed).unicodeScalars.elementsEqual(decomposed.unicodeScalars))
    }
}

@Suite("TextNormalizer.line")
struct TextNormalizerLineTests {

    @Test func newlinesBecomeSingleSpace() {
        #expect(TextNormalizer.line("长沙市\n芙蓉区\r\n五一大道") == "长沙市 芙蓉区 五一大道")
        #expect(TextNormalizer.line("a \n\n\n b") == "a b")
        #expect(TextNormalizer.line("a\r\rb") == "a b")
    }

    @Test func appliesTextRules() {
        #expect(TextNormalizer.line("  ＡＢＣ\u{3000}１２３\u{200B}，\n") == "ABC 123，")
        #expect(TextNormalizer.line("\n\n标题\n\n") == "标题")
        #expect(TextNormalizer.line("a\t\tb") == "a b")
    }
}

@Suite("TextNormalizer.personName")
struct TextNormalizerPersonNameTests {

    @Test(arguments: [
        ("张 三", "张三"),
        ("  张\u{3000}三 ", "张三"),
        ("欧阳  娜娜", "欧阳娜娜"),
        ("王\n五", "王五"),
        ("李\u{200B}四", "李四"),
        ("张 三 丰", "张三丰"),
    ])
    func spacesBetweenCJKAreRemoved(input: String, expected: String) {
        #expect(TextNormalizer.personName(input) == expected)
    }

    @Test(arguments: [
        "阿依古丽·买买提",
        "阿依古丽•买买提",          // U+2022 bullet
        "阿依古丽・买买提",          // U+30FB katakana middle dot
        "阿依古丽．买买提",          // U+FF0E full-width full stop
        "阿依古丽.买买提",
        "阿依古丽 · 买买提",
        "阿依古丽 ・ 买买提",
        "阿依古丽\u{3000}•\u{3000}买买提",
    ])
    func middleDotVariantsNormalised(input: String) {
        let result = TextNormalizer.personName(input)
        #expect(result == "阿依古丽·买买提")
        #expect(result.unicodeScalars.contains("\u{00B7}"))
    }

    @Test func multipleDotsInOneName() {
        #expect(TextNormalizer.personName("爱新觉罗•溥 仪") == "爱新觉罗·溥仪")
        #expect(TextNormalizer.personName("A•B") == "A•B") // not between CJK: untouched
    }

    @Test(arguments: [
        ("John  Smith", "John Smith"),
        ("张 San", "张 San"),
        ("J. Smith", "J. Smith"),
        ("Ｊｏｈｎ　Ｓｍｉｔｈ", "John Smith"),
    ])
    func nonCJKSeparatorsAreKept(input: String, expected: String) {
        #expect(TextNormalizer.personName(input) == expected)
    }

    @Test func extensionBIdeographsCountAsCJK() {
        #expect(TextNormalizer.personName("王 𠀀") == "王𠀀")
    }
}
