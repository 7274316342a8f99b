import Foundation
import HuiyinDomain

/// The registration form (登记表) as typed: every field is kept as the string the registrar entered, so
/// a page shown again (with errors, with one more petitioner, with repeat hints) keeps all input.
///
/// Field names follow the paths of ``FieldError`` (`title`, `petitioners[1].idNumber` …), so a message
/// from ``Registration/validated(rules:taxonomy:units:now:)`` lands beside the field it names.
struct RegistrationForm: Sendable {
    /// One 信访人 fieldset, as typed.
    struct PetitionerFields: Sendable {
        var name = ""
        var idType = Petitioner.IDType.residentID.rawValue
        var idNumber = ""
        var sex = Petitioner.Sex.unknown.rawValue
        var phone = ""
        var address = ""
        var workplace = ""
        var role = Petitioner.PetitionerRole.selfRole.rawValue

        /// Nothing typed that identifies a person: the fieldset is left out of the registration.
        var isBlank: Bool {
            name.trimmingWhitespace.isEmpty && idNumber.trimmingWhitespace.isEmpty && phone.trimmingWhitespace.isEmpty
                && address.trimmingWhitespace.isEmpty && workplace.trimmingWhitespace.isEmpty
        }
    }

    /// A bound on fieldsets, so a crafted `count` cannot make the page huge.
    static let maxPetitioners = 30

    var channel = Channel.visit.rawValue
    var source = PetitionSource.ownLevel.rawValue
    /// `YYYY-MM-DD` and `HH:MM`, China time.
    var receivedDate = ""
    var receivedTime = ""
    var purpose = ""
    var peopleCount = "1"
    var petitioners = [PetitionerFields()]
    var categoryCode = ""
    var localityUnitID = ""
    var localityAddress = ""
    var title = ""
    var content = ""
    var demands = ""
    var levelSkipping = false
    var legalProcedure = false
    var anonymous = false
    var confidential = false
    var emergency = false
    var accusedUnitIDs: [String] = []
    /// The matter chosen under "与以下信访件为同一事项" ("" = not a repeat).
    var linkMatter = ""

    /// An empty form, received now.
    static func blank(now: Date) -> RegistrationForm {
        var form = RegistrationForm()
        form.receivedDate = LocalDate.inChina(now).iso
        form.receivedTime = Self.clock(now)
        return form
    }

    init() {}

    /// Reads a posted form. `count` says how many petitioner fieldsets the page had.
    init(_ form: FormData) {
        channel = form.string("channel")
        source = form.string("source")
        receivedDate = form.string("receivedDate")
        receivedTime = form.string("receivedTime")
        purpose = form.string("purpose")
        peopleCount = form.string("peopleCount")
        categoryCode = form.string("categoryCode")
        localityUnitID = form.string("localityUnitId")
        localityAddress = form.string("localityAddress")
        title = form.string("title")
        content = form.string("content")
        demands = form.string("demands")
        levelSkipping = form.bool("levelSkipping")
        legalProcedure = form.bool("legalProcedure")
        anonymous = form.bool("anonymous")
        confidential = form.bool("confidential")
        emergency = form.bool("emergency")
        accusedUnitIDs = form.all("accusedUnitIds").filter { !$0.isEmpty }
        linkMatter = form.string("linkMatter")
        let count = min(max(form.int("count") ?? 1, 1), Self.maxPetitioners)
        petitioners = (0..<count).map { i in
            let prefix = "petitioners[\(i)]."
            var p = PetitionerFields()
            p.name = form.string(prefix + "name")
            p.idType = form[prefix + "idType"] ?? p.idType
            p.idNumber = form.string(prefix + "idNumber")
            p.sex = form[prefix + "sex"] ?? p.sex
            p.phone = form.string(prefix + "phone")
            p.address = form.string(prefix + "address")
            p.workplace = form.string(prefix + "workplace")
            p.role = form[prefix + "role"] ?? p.role
            return p
        }
    }

    /// Adds an empty petitioner fieldset (the "添加信访人" button).
    mutating func addPetitioner() {
        if petitioners.count < Self.maxPetitioners { petitioners.append(PetitionerFields()) }
    }

    /// Removes a fieldset; one always stays.
    mutating func removePetitioner(at index: Int) {
        guard petitioners.indices.contains(index) else { return }
        petitioners.remove(at: index)
        if petitioners.isEmpty { petitioners = [PetitionerFields()] }
    }

    /// The ID numbers and phones typed, for the repeat hints.
    var identityKeys: (idNumbers: [String], phones: [String]) {
        (petitioners.map(\.idNumber).filter { !$0.trimmingWhitespace.isEmpty },
         petitioners.map(\.phone).filter { !$0.trimmingWhitespace.isEmpty })
    }

    /// The chosen matter to link the new petition to, if any.
    var linkMatterID: Int64? { Int64(linkMatter).flatMap { $0 > 0 ? $0 : nil } }

    /// The registration the form describes, with the problems only the form can see (a choice missing,
    /// a date that is not a date). Field paths of petitioners are those of the form; blank fieldsets are
    /// left out, and ``positions`` maps each registration petitioner back to its fieldset.
    func registration() -> (registration: Registration, errors: [FieldError], positions: [Int]) {
        var errors: [FieldError] = []
        func choice<E: RawRepresentable>(_ raw: String, _ field: String, _ what: String, default d: E) -> E
        where E.RawValue == String {
            if let v = E(rawValue: raw) { return v }
            errors.append(FieldError(field, raw.isEmpty ? "请选择\(what)" : "\(what)无效"))
            return d
        }
        let channel: Channel = choice(channel, "channel", "信访形式", default: .visit)
        let source: PetitionSource = choice(source, "source", "来源", default: .ownLevel)
        let purpose: Purpose = choice(purpose, "purpose", "信访目的", default: .demand)

        var people: [Petitioner] = []
        var positions: [Int] = []
        for (i, p) in petitioners.enumerated() where !p.isBlank {
            let path = "petitioners[\(i)]."
            let idType: Petitioner.IDType = choice(p.idType, path + "idType", "证件类型", default: .residentID)
            let sex: Petitioner.Sex = choice(p.sex, path + "sex", "性别", default: .unknown)
            let role: Petitioner.PetitionerRole = choice(p.role, path + "role", "信访人身份", default: .selfRole)
            people.append(Petitioner(
                name: p.name, idType: idType, idNumber: p.idNumber.isEmpty ? nil : p.idNumber, sex: sex,
                phone: p.phone.isEmpty ? nil : p.phone, address: p.address.isEmpty ? nil : p.address,
                workplace: p.workplace.isEmpty ? nil : p.workplace, role: role))
            positions.append(i)
        }

        var count = max(1, people.count)
        let rawCount = peopleCount.trimmingWhitespace
        if !rawCount.isEmpty {
            if let n = Int(rawCount) { count = n } else { errors.append(FieldError("peopleCount", "人数须为数字")) }
        }

        var locality: OrgUnit.ID = 0
        if localityUnitID.isEmpty {
            errors.append(FieldError("localityUnitId", "请选择问题属地"))
        } else if let id = OrgUnit.ID(localityUnitID) {
            locality = id
        }
        if categoryCode.isEmpty { errors.append(FieldError("categoryCode", "请选择内容分类")) }

        let received = receivedAt(errors: &errors)
        let flags = PetitionFlags(levelSkipping: levelSkipping, legalProcedure: legalProcedure, confidential: confidential,
                                  anonymous: anonymous, emergency: emergency)
        let registration = Registration(
            channel: channel, source: source, receivedAt: received, peopleCount: count, petitioners: people, purpose: purpose,
            categoryCode: categoryCode, localityUnitID: locality, localityAddress: localityAddress, title: title,
            content: content, demands: demands, flags: flags, accusedUnitIDs: accusedUnitIDs.compactMap { OrgUnit.ID($0) })
        return (registration, errors, positions)
    }

    /// The instant from the date and time fields (China time); nil when both are empty (received now).
    private func receivedAt(errors: inout [FieldError]) -> Date? {
        let date = receivedDate.trimmingWhitespace, time = receivedTime.trimmingWhitespace
        if date.isEmpty && time.isEmpty { return nil }
        guard let day = LocalDate(iso: date) else {
            errors.append(FieldError("receivedAt", "请按“年-月-日”填写收到日期，如 2026-09-20"))
            return nil
        }
        guard let minutes = Self.minutes(time) else {
            errors.append(FieldError("receivedAt", "请按“时:分”填写收到时间，如 09:30"))
            return nil
        }
        return day.startInChina.addingTimeInterval(TimeInterval(minutes * 60))
    }

    /// `HH:MM` (or `HH:MM:SS`) as minutes after midnight; an empty time is midnight.
    static func minutes(_ s: String) -> Int? {
        if s.isEmpty { return 0 }
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, let h = Int(parts[0]), let m = Int(parts[1]),
              (0..<24).contains(h), (0..<60).contains(m) else { return nil }
        return h * 60 + m
    }

    /// `HH:MM` of an instant in China time.
    static func clock(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + 8 * 3600
        let minutes = ((seconds % 86_400) + 86_400) % 86_400 / 60
        return String(minutes / 60).leftPadded(2) + ":" + String(minutes % 60).leftPadded(2)
    }

    /// Moves petitioner paths of a validated registration (`petitioners[k]…`, k counting only non-blank
    /// fieldsets) to the fieldset they came from.
    static func remap(_ errors: [FieldError], positions: [Int]) -> [FieldError] {
        errors.map { e in
            let prefix = "petitioners["
            guard e.field.hasPrefix(prefix) else { return e }
            let rest = e.field.dropFirst(prefix.count)
            guard let close = rest.firstIndex(of: "]"), let k = Int(rest[..<close]), positions.indices.contains(k) else { return e }
            return FieldError(prefix + String(positions[k]) + String(rest[close...]), e.message)
        }
    }
}
