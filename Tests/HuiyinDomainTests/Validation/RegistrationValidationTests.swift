import Foundation
import Testing
@testable import HuiyinDomain

// Registration.validated(rules:taxonomy:units:now:) — RULES.md §4 and §7.
//
// Resident IDs: "11010519491231002X" is the published GB 11643 sample (1949-12-31, sequence 002 → female).
// Others are built here from 17 digits with ResidentID.checkCharacter(forFirst17:).

@Suite("Registration validation")
struct RegistrationValidationTests {
    static let today = LocalDate(year: 2026, month: 3, day: 2)!
    /// 10:00 China time on Mon 2026-03-02.
    static let now = today.startInChina.addingTimeInterval(10 * 3600)
    static let units = LifecycleFixture.units
    static let taxonomy = CategoryTaxonomy.shipped
    static let rules = RuleTable.statutory

    /// A complete 18-digit ID from its first 17 digits.
    static func residentID(_ first17: String) -> String {
        first17 + String(ResidentID.checkCharacter(forFirst17: first17)!)
    }

    /// 1985-07-15, sequence 001 (odd → male).
    static let maleID = residentID("43012119850715001")
    static let femaleID = "11010519491231002X"

    static func person(_ name: String, id: String? = nil, phone: String? = nil,
                       role: Petitioner.PetitionerRole = .selfRole) -> Petitioner {
        Petitioner(name: name, idType: id == nil ? .none : .residentID, idNumber: id, phone: phone, role: role)
    }

    static func registration(
        peopleCount: Int = 1, petitioners: [Petitioner] = [person("刘桂芳", id: femaleID, phone: "13812345678")],
        purpose: Purpose = .demand, category: String = "010101", locality: OrgUnit.ID = LifecycleFixture.villageID,
        title: String = "反映宅基地被占用", content: String = "本人宅基地被邻居占用。", receivedAt: Date? = nil,
        flags: PetitionFlags = PetitionFlags(), accused: [OrgUnit.ID] = []
    ) -> Registration {
        Registration(channel: .visit, receivedAt: receivedAt, peopleCount: peopleCount, petitioners: petitioners,
                     purpose: purpose, categoryCode: category, localityUnitID: locality, title: title, content: content,
                     demands: "请求依法处理", flags: flags, accusedUnitIDs: accused)
    }

    static func validate(_ r: Registration, rules: RuleTable = rules) throws(ValidationFailure) -> Registration {
        try r.validated(rules: rules, taxonomy: taxonomy, units: units, now: now)
    }

    /// The fields of the errors `r` is refused with (empty when it is accepted).
    static func errorFields(_ r: Registration, rules: RuleTable = rules) -> [String] {
        do {
            _ = try validate(r, rules: rules)
            return []
        } catch {
            #expect(error.errors.allSatisfy { !$0.message.isEmpty })
            return error.errors.map(\.field)
        }
    }

    static func errors(_ r: Registration) -> [FieldError] {
        do {
            _ = try validate(r)
            return []
        } catch {
            return error.errors
        }
    }

    // MARK: - Normalisation

    @Test("a complete registration is accepted")
    func valid() throws {
        let r = try Self.validate(Self.registration())
        #expect(r.title == "反映宅基地被占用")
        #expect(r.petitioners.count == 1)
        #expect(r.petitioners[0].idNumber == Self.femaleID)
    }

    @Test("text is trimmed and normalised: title on one line, content keeps paragraphs, full-width ASCII made half-width")
    func normalisesText() throws {
        var input = Self.registration(
            title: "\u{3000} 关于  拖欠\n工资的问题（２０２５年） ",
            content: "  第一段\u{200B}内容\r\n\r\n\r\n\r\n第二段　ＡＢＣ  \n")
        input.demands = "  支付工资\t "
        input.localityAddress = "  青山镇\n桃源村  3组 "
        input.petitioners = [Petitioner(name: " 张　三 ", idType: .residentID, idNumber: " 11010519491231002x ",
                                        phone: "138 1234 5678", address: "  ", workplace: " 青山\u{3000}砖厂 ")]
        let r = try Self.validate(input)
        #expect(r.title == "关于 拖欠 工资的问题(2025年)")
        #expect(r.content == "第一段内容\n\n第二段 ABC")
        #expect(r.demands == "支付工资")
        #expect(r.localityAddress == "青山镇 桃源村 3组")
        #expect(r.petitioners[0].name == "张三")
        #expect(r.petitioners[0].idNumber == "11010519491231002X")
        #expect(r.petitioners[0].phone == "13812345678")
        #expect(r.petitioners[0].address == nil)
        #expect(r.petitioners[0].workplace == "青山 砖厂")
    }

    @Test("a blank address becomes nil")
    func blankAddressIsNil() throws {
        var input = Self.registration()
        input.localityAddress = " \u{3000} "
        #expect(try Self.validate(input).localityAddress == nil)
    }

    @Test("a landline with area code is normalised")
    func landline() throws {
        let r = try Self.validate(Self.registration(petitioners: [Self.person("王五", phone: "(0731) 8456 1234")]))
        #expect(r.petitioners[0].phone == "0731-84561234")
    }

    // MARK: - Missing fields

    @Test("missing title, content and petitioner are all reported at once, each by its field")
    func missingFields() {
        let fields = Self.errorFields(Self.registration(petitioners: [], title: " \u{3000}\n", content: "\u{200B}  "))
        #expect(Set(fields) == ["title", "content", "petitioners"])
    }

    @Test("a petitioner without a name is reported at petitioners[i].name")
    func missingName() {
        let fields = Self.errorFields(Self.registration(peopleCount: 2, petitioners: [Self.person("刘桂芳"), Self.person("  ")]))
        #expect(fields == ["petitioners[1].name"])
    }

    @Test("an anonymous petition needs no petitioner")
    func anonymous() throws {
        let r = try Self.validate(Self.registration(petitioners: [], purpose: .accusation, flags: PetitionFlags(anonymous: true)))
        #expect(r.petitioners.isEmpty)
    }

    @Test("a title over 100 characters and a people count of 0 are refused")
    func limits() {
        #expect(Self.errorFields(Self.registration(title: String(repeating: "长", count: 101))) == ["title"])
        #expect(Self.errorFields(Self.registration(title: String(repeating: "长", count: 100))) == [])
        #expect(Self.errorFields(Self.registration(peopleCount: 0, petitioners: [])).contains("peopleCount"))
    }

    @Test("more petitioners than people is refused for an individual petition")
    func morePetitionersThanPeople() {
        let fields = Self.errorFields(Self.registration(peopleCount: 1, petitioners: [Self.person("甲"), Self.person("乙")]))
        #expect(fields == ["peopleCount"])
    }

    // MARK: - Identity and phone

    @Test("a bad resident ID is reported at petitioners[i].idNumber with the reason", arguments: [
        // Wrong check character (should be X).
        ("110105194912310021", "身份证号码校验位错误（应为 X）"),
        // 17 characters.
        ("11010519491231002", "身份证号码应为 18 位（当前为 17 位）"),
        // Born 2026-03-03, the day after registration.
        (RegistrationValidationTests.residentID("43012120260303001"), "身份证号码中的出生日期晚于今天"),
        // 1985-02-30 does not exist.
        (RegistrationValidationTests.residentID("43012119850230001"), "身份证号码中的出生日期无效"),
    ])
    func badResidentID(id: String, message: String) {
        let errors = Self.errors(Self.registration(peopleCount: 2, petitioners: [
            Self.person("刘桂芳", id: Self.femaleID), Self.person("张三", id: id),
        ]))
        #expect(errors == [FieldError("petitioners[1].idNumber", message)])
    }

    @Test("a birth date of today is not in the future")
    func bornToday() throws {
        let id = Self.residentID("43012120260302001")
        let r = try Self.validate(Self.registration(petitioners: [Self.person("新生", id: id)]))
        #expect(r.petitioners[0].idNumber == id)
    }

    @Test("a bad phone number is reported at petitioners[i].phone", arguments: ["1381234567", "12812345678", "电话13812345678"])
    func badPhone(phone: String) {
        let errors = Self.errors(Self.registration(peopleCount: 2, petitioners: [
            Self.person("刘桂芳", phone: "13812345678"), Self.person("张三", phone: phone),
        ]))
        #expect(errors.map(\.field) == ["petitioners[1].phone"])
        #expect(errors.first?.message == PhoneNumberError.invalid.message)
    }

    @Test("a bad ID and a bad phone of the first petitioner are both reported")
    func badIDAndPhone() {
        let fields = Self.errorFields(Self.registration(petitioners: [Self.person("刘桂芳", id: "123", phone: "123")]))
        #expect(fields == ["petitioners[0].idNumber", "petitioners[0].phone"])
    }

    @Test("sex is filled from the resident ID when not given")
    func sexFromID() throws {
        let r = try Self.validate(Self.registration(peopleCount: 2, petitioners: [
            Self.person("刘桂芳", id: Self.femaleID), Self.person("张三", id: Self.maleID),
        ]))
        #expect(r.petitioners.map(\.sex) == [.female, .male])
        #expect(r.petitioners.map(\.idType) == [.residentID, .residentID])
    }

    @Test("an ID number given without an ID type is recognised as a resident ID")
    func idTypeInferred() throws {
        let r = try Self.validate(Self.registration(petitioners: [
            Petitioner(name: "张三", idType: .none, idNumber: Self.maleID),
        ]))
        #expect(r.petitioners[0].idType == .residentID)
        #expect(r.petitioners[0].sex == .male)
    }

    @Test("a passport number is kept as typed, not checked as a resident ID")
    func passport() throws {
        let r = try Self.validate(Self.registration(petitioners: [
            Petitioner(name: "John Smith", idType: .passport, idNumber: " E12345678 "),
        ]))
        #expect(r.petitioners[0].idType == .passport)
        #expect(r.petitioners[0].idNumber == "E12345678")
        #expect(r.petitioners[0].sex == .unknown)
    }

    // MARK: - Collective petitions (RULES.md §4)

    static func collective(people: Int, representatives: Int, others: Int = 0) -> Registration {
        let reps = (0..<representatives).map { Self.person("代表\($0 + 1)", role: .representative) }
        let rest = (0..<others).map { Self.person("群众\($0 + 1)") }
        return Self.registration(peopleCount: people, petitioners: reps + rest)
    }

    @Test("a collective petition (5 or more people) needs 1 to 5 representatives", arguments: [1, 2, 5])
    func collectiveAccepted(representatives: Int) throws {
        let r = try Self.validate(Self.collective(people: 30, representatives: representatives))
        #expect(r.isCollective(rules: Self.rules))
        #expect(r.petitioners.filter { $0.role == .representative }.count == representatives)
    }

    @Test("a collective petition with 0 or 6 representatives is refused at petitioners", arguments: [0, 6])
    func collectiveRefused(representatives: Int) {
        let fields = Self.errorFields(Self.collective(people: 30, representatives: representatives, others: 1))
        #expect(fields == ["petitioners"])
    }

    @Test("exactly 5 people is collective; 4 people need no representative")
    func collectiveThreshold() {
        #expect(Self.errorFields(Self.collective(people: 5, representatives: 0, others: 1)) == ["petitioners"])
        #expect(Self.errorFields(Self.collective(people: 4, representatives: 0, others: 1)) == [])
    }

    @Test("the collective threshold and the representative limit come from the rule table")
    func collectiveFromRuleTable() {
        var rules = Self.rules
        rules.collectiveThreshold = 3
        rules.maxRepresentatives = 2
        #expect(Self.errorFields(Self.collective(people: 3, representatives: 0, others: 1), rules: rules) == ["petitioners"])
        #expect(Self.errorFields(Self.collective(people: 3, representatives: 3), rules: rules) == ["petitioners"])
        #expect(Self.errorFields(Self.collective(people: 3, representatives: 2), rules: rules) == [])
    }

    // MARK: - Accusations (RULES.md §4)

    @Test("an accusation is always confidential")
    func accusationConfidential() throws {
        let r = try Self.validate(Self.registration(purpose: .accusation, accused: [LifecycleFixture.qingshanID]))
        #expect(r.flags.confidential)
        #expect(r.accusedUnitIDs == [LifecycleFixture.qingshanID])
    }

    @Test("other purposes are not made confidential", arguments: [Purpose.demand, .suggestion, .appeal, .enquiry])
    func otherPurposesNotConfidential(purpose: Purpose) throws {
        let r = try Self.validate(Self.registration(purpose: purpose))
        #expect(!r.flags.confidential)
    }

    @Test("an unknown accused unit is refused at accusedUnitIds[i]")
    func unknownAccusedUnit() {
        let fields = Self.errorFields(Self.registration(purpose: .accusation, accused: [LifecycleFixture.qingshanID, 999]))
        #expect(fields == ["accusedUnitIds[1]"])
    }

    // MARK: - Category, locality, time

    @Test("an unknown category code is refused", arguments: ["999999", "", "01010", "0101019"])
    func unknownCategory(code: String) {
        #expect(Self.errorFields(Self.registration(category: code)) == ["categoryCode"])
    }

    @Test("a first- or second-level category is accepted when the clerk cannot tell the leaf", arguments: ["01", "0101"])
    func upperLevelCategory(code: String) throws {
        #expect(try Self.validate(Self.registration(category: code)).categoryCode == code)
    }

    @Test("an unknown locality is refused")
    func unknownLocality() {
        #expect(Self.errorFields(Self.registration(locality: 999)) == ["localityUnitId"])
    }

    @Test("a receipt time in the future is refused")
    func receivedInFuture() {
        #expect(Self.errorFields(Self.registration(receivedAt: Self.now.addingTimeInterval(3600))) == ["receivedAt"])
        #expect(Self.errorFields(Self.registration(receivedAt: Self.now.addingTimeInterval(86_400))) == ["receivedAt"])
    }

    @Test("a receipt time in the past is accepted")
    func receivedInPast() throws {
        let earlier = Self.now.addingTimeInterval(-3 * 86_400)
        #expect(try Self.validate(Self.registration(receivedAt: earlier)).receivedAt == earlier)
    }
}
