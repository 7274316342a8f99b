import Foundation
import Testing
@testable import HuiyinDomain

@Suite("PhoneNumber")
struct PhoneNumberTests {

    // MARK: Mobile

    @Test(arguments: [
        "13812345678",
        "+8613812345678",
        "+86 138 1234 5678",
        "+86-138-1234-5678",
        "(+86) 138 1234 5678",
        "0086 13812345678",
        "0086-138-1234-5678",
        "8613812345678",
        "138-1234-5678",
        "138 1234 5678",
        "138.1234.5678",
        "１３８１２３４５６７８",
        "＋８６　１３８－１２３４－５６７８",
        "  13812345678 \n",
        "138\u{200B}12345678",
    ])
    func mobileVariants(raw: String) throws {
        let phone = try PhoneNumber.parse(raw)
        #expect(phone.kind == .mobile)
        #expect(phone.normalized == "13812345678")
        #expect(phone.matchKey == "13812345678")
    }

    @Test(arguments: ["13000000000", "15912345678", "16612345678", "17712345678", "19912345678"])
    func mobilePrefixes13to19(raw: String) throws {
        let phone = try PhoneNumber.parse(raw)
        #expect(phone.kind == .mobile)
        #expect(phone.normalized == raw)
    }

    // MARK: Landline

    @Test(arguments: [
        ("0731-84561234", "0731-84561234"),
        ("(0731) 84561234", "0731-84561234"),
        ("（0731）8456-1234", "0731-84561234"),
        ("(0731)84561234", "0731-84561234"),
        ("0731 8456 1234", "0731-84561234"),
        ("073184561234", "0731-84561234"),
        ("０７３１－８４５６１２３４", "0731-84561234"),
        ("0731-8456123", "0731-8456123"),          // 7-digit local number
        ("010-65529988", "010-65529988"),          // 3-digit area code 010
        ("(021)6432-1234", "021-64321234"),        // 3-digit area code 02x
        ("+86 731 84561234", "0731-84561234"),     // trunk 0 dropped after +86
        ("+86 10 6552 9988", "010-65529988"),
        ("+86 (0)731 84561234", "0731-84561234"),
        ("0086-731-84561234", "0731-84561234"),
        ("0086 0731 84561234", "0731-84561234"),
    ])
    func landlineVariants(raw: String, normalized: String) throws {
        let phone = try PhoneNumber.parse(raw)
        #expect(phone.kind == .landline)
        #expect(phone.normalized == normalized)
        #expect(phone.phoneExtension == nil)
    }

    @Test(arguments: [
        ("0731-84561234-123", "0731-84561234-123"),
        ("(0731)84561234-123", "0731-84561234-123"),
        ("0731 8456 1234 123", "0731-84561234-123"),
        ("0731-84561234 转 8001", "0731-84561234-8001"),
        ("0731-84561234转8001", "0731-84561234-8001"),
        ("0731-84561234分机123", "0731-84561234-123"),
        ("0731-84561234 分机号 123", "0731-84561234-123"),
        ("0731-84561234 ext. 55", "0731-84561234-55"),
        ("0731-84561234 EXT 55", "0731-84561234-55"),
        ("0731-84561234x9", "0731-84561234-9"),
        ("(0731)84561234#66", "0731-84561234-66"),
        ("010-65529988＃８８", "010-65529988-88"),
    ])
    func landlineWithExtension(raw: String, normalized: String) throws {
        let phone = try PhoneNumber.parse(raw)
        #expect(phone.kind == .landline)
        #expect(phone.normalized == normalized)
        #expect(phone.phoneExtension == normalized.split(separator: "-").last.map(String.init))
    }

    @Test func areaCode() throws {
        #expect(try PhoneNumber.parse("(0731)84561234").areaCode == "0731")
        #expect(try PhoneNumber.parse("01065529988").areaCode == "010")
        #expect(try PhoneNumber.parse("13812345678").areaCode == nil)
    }

    // MARK: Invalid

    @Test(arguments: ["", "   ", "\u{3000}", "\n\t"])
    func empty(raw: String) {
        #expect(throws: PhoneNumberError.empty) { try PhoneNumber.parse(raw) }
    }

    @Test(arguments: [
        "138123456789",              // 12 digits
        "1381234567",                // 10 digits
        "23812345678",               // starts with 2
        "12812345678",               // 1 followed by 2
        "1381234567a",               // letter
        "138abcd5678",               // letters
        "abc",
        "-",
        "+86",
        "+1 415 555 1234",           // foreign country code
        "138 1234 5678 9",           // trailing group is not an extension for mobiles
        "13812345678 转 12",         // mobile with extension
        "84561234",                  // landline without area code
        "0731-1456123",              // local number must start with 2–9
        "0731-845612345",            // 9-digit local number
        "0731-845612",               // 6-digit local number
        "011-65529988",              // 01x other than 010 does not exist
        "0031-84561234",             // 00 is not an area code
        "0731-84561234 转",          // marker without digits
        "0731-84561234 转 1234567",  // extension too long
        "0731-84561234 转 12 转 3",  // two markers
        "13812345678/13912345678",   // two numbers
        "+86+13812345678",
        "138+12345678",
    ])
    func invalid(raw: String) {
        #expect(throws: PhoneNumberError.invalid) { try PhoneNumber.parse(raw) }
    }

    @Test func messages() {
        #expect(PhoneNumberError.empty.message == "电话号码不能为空")
        #expect(PhoneNumberError.invalid.message.hasPrefix("电话号码格式不正确"))
    }

    // MARK: Derived forms

    @Test(arguments: [
        ("+86 138 1234 5678", "138****5678"),
        ("0731-84561234", "0731-****1234"),
        ("0731-8456123", "0731-***6123"),
        ("010-65529988", "010-****9988"),
        ("0731-84561234 转 8001", "0731-****1234"),
    ])
    func masked(raw: String, masked: String) throws {
        let phone = try PhoneNumber.parse(raw)
        #expect(phone.masked == masked)
        #expect(phone.description == masked)
    }

    @Test(arguments: [
        ("+86 138-1234-5678", "13812345678"),
        ("0086 13812345678", "13812345678"),
        ("(0731)8456-1234", "073184561234"),
        ("+86 731 84561234", "073184561234"),
        ("0731-84561234-123", "073184561234123"),
    ])
    func matchKey(raw: String, key: String) throws {
        #expect(try PhoneNumber.parse(raw).matchKey == key)
    }

    @Test func equalityIgnoresInputFormat() throws {
        #expect(try PhoneNumber.parse("+86 138 1234 5678") == (try PhoneNumber.parse("13812345678")))
        #expect(try PhoneNumber.parse("（0731）8456 1234") == (try PhoneNumber.parse("0731-84561234")))
        #expect(try PhoneNumber.parse("0731-84561234") != (try PhoneNumber.parse("0731-84561234-1")))
    }

    // MARK: Codable

    @Test func codableRoundTripAsString() throws {
        let phones = [
            try PhoneNumber.parse("+86 138 1234 5678"),
            try PhoneNumber.parse("(0731)84561234 转 123"),
            try PhoneNumber.parse("0731-8456123"),
        ]
        let data = try JSONEncoder().encode(phones)
        #expect(String(decoding: data, as: UTF8.self) == #"["13812345678","0731-84561234-123","0731-8456123"]"#)
        let decoded = try JSONDecoder().decode([PhoneNumber].self, from: data)
        #expect(decoded == phones)
        #expect(decoded.map(\.kind) == [.mobile, .landline, .landline])
    }

    @Test func decodingValidates() throws {
        let ok = try JSONDecoder().decode([PhoneNumber].self, from: Data(#"["+86 13812345678"]"#.utf8))
        #expect(ok.first?.normalized == "13812345678")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([PhoneNumber].self, from: Data(#"["12345"]"#.utf8))
        }
    }
}
