import Foundation
import Testing
@testable import HuiyinDomain

// Test data.
//
// Published samples:
//   11010519491231002X  — widely published GB 11643-1999 sample (北京朝阳, 1949-12-31, seq 002 = female)
//   440524188001010014  — the worked example in GB 11643-1999 itself (check character 4)
//
// Hand-constructed numbers. Check character = "10X98765432"[Σ(dᵢ·wᵢ) mod 11],
// weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2. Sums were worked out term by term:
//   43012119850715001 → 28+27+0+5+16+4+2+9+48+15+0+63+10+25+0+0+2 = 254, 254 mod 11 = 1  → "0"
//   43012120000229002 → 28+27+0+5+16+4+4+0+0+0+0+18+20+45+0+0+4   = 171, mod 11 = 6      → "6"
//   43012120240229003 → 28+27+0+5+16+4+4+0+12+12+0+18+20+45+0+0+6 = 197, mod 11 = 10     → "2"
//   43012119000101001 → 28+27+0+5+16+4+2+9+0+0+0+9+0+5+0+0+2      = 107, mod 11 = 8      → "4"
//   43012119000229001 → 28+27+0+5+16+4+2+9+0+0+0+18+20+45+0+0+2    = 176, mod 11 = 0      → "1"
//   43012120230229001 → 28+27+0+5+16+4+4+0+12+9+0+18+20+45+0+0+2   = 190, mod 11 = 3      → "9"
//   43012119900230001 → 28+27+0+5+16+4+2+9+54+0+0+18+30+0+0+0+2    = 195, mod 11 = 8      → "4"
//   11010518991231001 → 7+9+0+5+0+20+2+8+54+27+7+18+30+5+0+0+2     = 194, mod 11 = 7      → "5"
//   43012119001301001 → 28+27+0+5+16+4+2+9+0+0+7+27+0+5+0+0+2      = 132, mod 11 = 0      → "1"
//   43012119850001001 → 28+27+0+5+16+4+2+9+48+15+0+0+0+5+0+0+2     = 161, mod 11 = 7      → "5"
//   43012119850700001 → 28+27+0+5+16+4+2+9+48+15+0+63+0+0+0+0+2    = 219, mod 11 = 10     → "2"
//   43012120300101001 → 28+27+0+5+16+4+4+0+18+0+0+9+0+5+0+0+2      = 118, mod 11 = 8      → "4"
//   43012120250601001 → 28+27+0+5+16+4+4+0+12+15+0+54+0+5+0+0+2    = 172, mod 11 = 7      → "5"
//   11010519491231002 → 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4     = 167, mod 11 = 2      → "X"
//   44052418800101001 → 28+36+0+25+16+16+2+8+48+0+0+9+0+5+0+0+2    = 195, mod 11 = 8      → "4"

@Suite("ResidentID")
struct ResidentIDTests {

    // MARK: Valid numbers

    @Test func publishedSampleIsValidFemale() throws {
        let id = try ResidentID.parse("11010519491231002X")
        #expect(id.number == "11010519491231002X")
        #expect(id.birthYear == 1949)
        #expect(id.birthMonth == 12)
        #expect(id.birthDay == 31)
        #expect(id.isMale == false)
        #expect(id.regionCode == "110105")
        #expect(id.birthDateString == "1949-12-31")
    }

    @Test func standardWorkedExampleHasMatchingCheckCharacter() {
        // The algorithm agrees with the standard's own example and the published sample.
        #expect(ResidentID.checkCharacter(forFirst17: "44052418800101001") == "4")
        #expect(ResidentID.checkCharacter(forFirst17: "11010519491231002") == "X")
        #expect(ResidentID.checkCharacter(forFirst17: "43012119850715001") == "0")
        #expect(ResidentID.checkCharacter(forFirst17: "4301211985071500") == nil)
        #expect(ResidentID.checkCharacter(forFirst17: "4301211985071500A") == nil)
    }

    @Test func standardWorkedExampleIsRejectedOnlyBecauseOf1900Floor() {
        // Born 1880-01-01: the check character is right, but the bureau's rule
        // "birth year ≥ 1900" rejects it as an implausible birth date.
        #expect(throws: ResidentIDError.invalidBirthDate) {
            try ResidentID.parse("440524188001010014")
        }
    }

    @Test func maleHandConstructed() throws {
        let id = try ResidentID.parse("430121198507150010")
        #expect(id.isMale)
        #expect(id.birthYear == 1985)
        #expect(id.birthMonth == 7)
        #expect(id.birthDay == 15)
        #expect(id.regionCode == "430121")
    }

    @Test(arguments: [
        ("430121198507150010", true),   // seq 001
        ("430121202402290032", true),   // seq 003
        ("430121200002290026", false),  // seq 002
        ("11010519491231002X", false),  // seq 002
    ])
    func sexFromSequence(number: String, male: Bool) throws {
        #expect(try ResidentID.parse(number).isMale == male)
    }

    @Test(arguments: [
        "430121200002290026", // 2000-02-29: divisible by 400 → leap
        "430121202402290032", // 2024-02-29
        "430121190001010014", // 1900-01-01: lowest accepted year
    ])
    func validCalendarEdges(number: String) throws {
        #expect(try ResidentID.parse(number).number == number)
    }

    // MARK: Normalisation

    @Test func fullWidthInputIsNormalised() throws {
        let id = try ResidentID.parse("１１０１０５１９４９１２３１００２Ｘ")
        #expect(id.number == "11010519491231002X")
        let lower = try ResidentID.parse("１１０１０５１９４９１２３１００２ｘ")
        #expect(lower.number == "11010519491231002X")
    }

    @Test func lowercaseXIsAccepted() throws {
        let id = try ResidentID.parse("11010519491231002x")
        #expect(id.number == "11010519491231002X")
        #expect(id == (try ResidentID.parse("11010519491231002X")))
    }

    @Test func surroundingWhitespaceIsTrimmed() throws {
        #expect(try ResidentID.parse("  11010519491231002X\n").number == "11010519491231002X")
        #expect(try ResidentID.parse("\u{3000}11010519491231002X\t").number == "11010519491231002X")
        #expect(try ResidentID.parse("\u{FEFF}11010519491231002X").number == "11010519491231002X")
    }

    // MARK: Errors

    @Test(arguments: ["", "   ", "\u{3000}\n"])
    func emptyInput(raw: String) {
        #expect(throws: ResidentIDError.empty) { try ResidentID.parse(raw) }
    }

    @Test(arguments: [
        ("11010519491231002", 17),
        ("11010519491231002X1", 19),
        ("110105491231002", 15),     // old 15-digit format is not accepted
        ("1", 1),
    ])
    func wrongLength(raw: String, length: Int) {
        #expect(throws: ResidentIDError.wrongLength(length)) { try ResidentID.parse(raw) }
    }

    @Test(arguments: [
        "11010519491A31002X",  // letter in the middle
        "X10105194912310021",  // X not in last position
        "110105 9491231002X",  // inner space
        "1101051949123100-X",  // punctuation
        "11010519491231002Y",  // invalid check letter
    ])
    func invalidCharacter(raw: String) {
        #expect(throws: ResidentIDError.invalidCharacter) { try ResidentID.parse(raw) }
    }

    @Test(arguments: [
        "430121199002300014",  // 1990-02-30
        "430121190002290011",  // 1900-02-29: 1900 is not a leap year
        "430121202302290019",  // 2023-02-29
        "110105189912310015",  // 1899-12-31: before 1900
        "430121190013010011",  // month 13
        "430121198500010015",  // month 00
        "430121198507000012",  // day 00
    ])
    func invalidBirthDate(raw: String) {
        #expect(throws: ResidentIDError.invalidBirthDate) { try ResidentID.parse(raw) }
    }

    @Test func futureBirthDateRejectedOnlyWhenTodayGiven() throws {
        let future = "430121203001010014" // 2030-01-01
        #expect(throws: ResidentIDError.birthDateInFuture) {
            try ResidentID.parse(future, today: (year: 2025, month: 6, day: 1))
        }
        #expect(try ResidentID.parse(future).birthYear == 2030)
    }

    @Test func birthDateEqualToTodayIsAccepted() throws {
        let born = "430121202506010015" // 2025-06-01
        #expect(try ResidentID.parse(born, today: (year: 2025, month: 6, day: 1)).birthDay == 1)
        #expect(throws: ResidentIDError.birthDateInFuture) {
            try ResidentID.parse(born, today: (year: 2025, month: 5, day: 31))
        }
        #expect(throws: ResidentIDError.birthDateInFuture) {
            try ResidentID.parse(born, today: (year: 2024, month: 12, day: 31))
        }
    }

    @Test(arguments: [
        ("110105194912310021", Character("X")),
        ("430121198507150011", Character("0")),
        ("430121200002290020", Character("6")),
        ("43012120240229003X", Character("2")),
    ])
    func wrongCheckDigitReportsExpected(raw: String, expected: Character) {
        #expect(throws: ResidentIDError.badCheckDigit(expected: expected)) {
            try ResidentID.parse(raw)
        }
    }

    @Test func messages() {
        #expect(ResidentIDError.badCheckDigit(expected: "X").message == "身份证号码校验位错误（应为 X）")
        #expect(ResidentIDError.wrongLength(17).message.contains("17"))
        let all: [ResidentIDError] = [
            .empty, .wrongLength(17), .invalidCharacter, .invalidBirthDate,
            .birthDateInFuture, .badCheckDigit(expected: "3"),
        ]
        let messages = all.map(\.message)
        #expect(Set(messages).count == all.count)
        #expect(messages.allSatisfy { $0.hasPrefix("身份证号码") })
    }

    // MARK: Presentation

    @Test func maskedForm() throws {
        let id = try ResidentID.parse("11010519491231002X")
        #expect(id.masked == "110105********002X")
        #expect(try ResidentID.parse("430121198507150010").masked == "430121********0010")
    }

    @Test func descriptionDoesNotLeakFullNumber() throws {
        let id = try ResidentID.parse("11010519491231002X")
        #expect("\(id)" == "110105********002X")
        #expect(!"\(id)".contains("19491231"))
    }

    @Test func age() throws {
        let id = try ResidentID.parse("11010519491231002X")
        #expect(id.age(onYear: 2025, month: 12, day: 30) == 75)
        #expect(id.age(onYear: 2025, month: 12, day: 31) == 76)
    }

    // MARK: Codable

    @Test func encodesAsSingleString() throws {
        let id = try ResidentID.parse("11010519491231002x")
        let data = try JSONEncoder().encode([id])
        #expect(String(decoding: data, as: UTF8.self) == #"["11010519491231002X"]"#)
    }

    @Test func decodingNormalisesAndValidates() throws {
        let ok = try JSONDecoder().decode([ResidentID].self, from: Data(#"["11010519491231002x"]"#.utf8))
        #expect(ok.first?.number == "11010519491231002X")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([ResidentID].self, from: Data(#"["110105194912310021"]"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([ResidentID].self, from: Data(#"[""]"#.utf8))
        }
    }
}
