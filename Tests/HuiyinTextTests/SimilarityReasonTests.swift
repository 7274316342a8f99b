@testable import HuiyinText
import Testing

/// The similarity printed in a reason (`相似度0.87`) has two decimals for every value in [0, 1]; identical
/// texts once read `相似度0.100`.
@Suite("Similarity in reasons")
struct SimilarityReasonTests {
    @Test("the formatter prints two decimals for 0, 0.5, 0.87 and 1", arguments: [
        (0.0, "0.00"), (0.5, "0.50"), (0.87, "0.87"), (1.0, "1.00"), (0.05, "0.05"), (0.999, "1.00"),
    ])
    func twoDecimals(value: Double, expected: String) {
        #expect(PersonMatchReason.format(value) == expected)
    }

    @Test("values outside [0, 1] are clamped, never printed as three digits or negative")
    func clamped() {
        #expect(PersonMatchReason.format(1.2) == "1.00")
        #expect(PersonMatchReason.format(-0.3) == "0.00")
        #expect(PersonMatchReason.format(.nan) == "0.00")
    }

    @Test("identical texts from the same person give 相似度1.00 in the reason")
    func identicalText() throws {
        let judge = SimilarityJudge(settings: TextSettings())
        let text = Shingles(SimilarityTests.base)
        let me = PersonKeys(name: "张三", idNumber: "11010519491231002X", phone: nil, address: nil)
        let finding = try #require(judge.judge(text: text, persons: [me], earlierText: text, earlierPersons: [me]))
        #expect(finding.reason == "相似度1.00，身份证号相同")
        #expect(PersonMatchReason.sameNameSimilarAddress(1.0).chineseDescription == "姓名相同、地址相近（1.00）")
    }
}
