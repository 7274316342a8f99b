import Foundation
import HuiyinDomain
import HuiyinStore

/// The online petition form (网上信访) as typed, kept as strings so a page shown again with errors keeps
/// every input. Field names follow the paths of ``FieldError`` so messages land beside their fields.
struct PortalSubmission: Sendable {
    /// Up to this many people are named: the submitter and, for a group, further representatives.
    static let maxNamed = 5
    /// The portal's own limit on the facts and reasons (the form says so and counts).
    static let maxContent = 2_000
    /// The hidden field only robots fill in.
    static let honeypot = "website"

    struct Person: Sendable {
        var name = ""
        var idNumber = ""
        var phone = ""
        var address = ""

        var isBlank: Bool {
            name.trimmingWhitespace.isEmpty && idNumber.trimmingWhitespace.isEmpty && phone.trimmingWhitespace.isEmpty
        }
    }

    /// `person` or `group` (多人联名).
    var kind = "person"
    var peopleCount = ""
    var people = [Person](repeating: Person(), count: maxNamed)
    var localityUnitID = ""
    var localityAddress = ""
    var purpose = Purpose.demand.rawValue
    var categoryCode = ""
    var title = ""
    var content = ""
    var demands = ""
    var accusedUnitIDs: [String] = []

    init() {}

    init(_ form: FormData) {
        kind = form.string("kind") == "group" ? "group" : "person"
        peopleCount = form.string("peopleCount")
        for i in 0..<Self.maxNamed {
            let p = "petitioners[\(i)]."
            people[i] = Person(name: form.string(p + "name"), idNumber: form.string(p + "idNumber"),
                               phone: form.string(p + "phone"), address: form.string(p + "address"))
        }
        localityUnitID = form.string("localityUnitId")
        localityAddress = form.string("localityAddress")
        purpose = form.string("purpose")
        categoryCode = form.string("categoryCode")
        title = form.string("title")
        content = form.string("content")
        demands = form.string("demands")
        accusedUnitIDs = form.all("accusedUnitIds").filter { !$0.isEmpty }.prefix(20).map { $0 }
    }

    var isGroup: Bool { kind == "group" }

    /// The registration the form describes, or every problem found (with the domain's own checks:
    /// ID check digit, phone, place, collective representatives).
    func registration(config: CountyConfiguration, now: Date) -> Result<Registration, ValidationFailure> {
        var errors: [FieldError] = []
        let purpose = Purpose(rawValue: self.purpose) ?? {
            errors.append(FieldError("purpose", "请选择信访目的"))
            return .demand
        }()
        // Online petitions must say who is writing and how to reach them (RULES.md §3).
        let me = people[0]
        if me.name.trimmingWhitespace.isEmpty { errors.append(FieldError("petitioners[0].name", "请填写真实姓名")) }
        if me.idNumber.trimmingWhitespace.isEmpty { errors.append(FieldError("petitioners[0].idNumber", "请填写身份证号码")) }
        if me.phone.trimmingWhitespace.isEmpty { errors.append(FieldError("petitioners[0].phone", "请填写联系电话，以便告知办理情况")) }

        var count = 1
        if isGroup {
            if let n = Int(peopleCount.trimmingWhitespace), n >= 2 {
                count = n
            } else {
                errors.append(FieldError("peopleCount", "多人联名请填写人数（2人以上）"))
            }
        }
        let collective = count >= config.rules.collectiveThreshold
        var petitioners: [Petitioner] = []
        var positions: [Int] = []
        for (i, p) in people.enumerated() where i == 0 || (isGroup && !p.isBlank) {
            petitioners.append(Petitioner(
                name: p.name, idType: .residentID, idNumber: p.idNumber.isEmpty ? nil : p.idNumber, sex: .unknown,
                phone: p.phone.isEmpty ? nil : p.phone, address: p.address.isEmpty ? nil : p.address, workplace: nil,
                role: collective ? .representative : .selfRole))
            positions.append(i)
        }
        if TextNormalizer.text(content).count > Self.maxContent {
            errors.append(FieldError("content", "内容不能超过\(Self.maxContent)字，可将材料作为附件上传"))
        }
        var locality: OrgUnit.ID = 0
        if let id = OrgUnit.ID(localityUnitID) { locality = id } else { errors.append(FieldError("localityUnitId", "请选择问题发生地")) }
        let category = categoryCode.isEmpty ? Self.unsortedCategory(config.taxonomy) : categoryCode

        let registration = Registration(
            channel: .online, source: .ownLevel, receivedAt: nil, peopleCount: count, petitioners: petitioners, purpose: purpose,
            categoryCode: category, localityUnitID: locality, localityAddress: localityAddress, title: title, content: content,
            demands: demands, flags: PetitionFlags(), accusedUnitIDs: purpose == .accusation ? accusedUnitIDs.compactMap { OrgUnit.ID($0) } : [])
        let checked = Result { () throws(ValidationFailure) -> Registration in
            try registration.validated(rules: config.rules, taxonomy: config.taxonomy, units: config.units, now: now)
        }
        switch checked {
        case .success(let clean) where errors.isEmpty:
            return .success(clean)
        case .success:
            return .failure(ValidationFailure(errors))
        case .failure(let failure):
            // The portal's own message wins where both speak about one field.
            let domain = RegistrationForm.remap(failure.errors, positions: positions).filter { e in !errors.contains { $0.field == e.field } }
            return .failure(ValidationFailure(errors + domain))
        }
    }

    /// Where a petition goes when the petitioner does not know its kind: "其他" under 党务政务 if the
    /// taxonomy has it, else the first class. The bureau reclassifies it when routing.
    static func unsortedCategory(_ taxonomy: CategoryTaxonomy) -> String {
        for first in taxonomy.children(of: nil) where first.name == "党务政务" {
            if let other = taxonomy.children(of: first.code).first(where: { $0.name == "其他" }) { return other.code }
        }
        return taxonomy.children(of: nil).first?.code ?? ""
    }

    /// Checks the uploaded files by content; returns the files to store or the problems.
    static func attachments(_ files: [MultipartForm.File]) -> (files: [NewAttachment], errors: [FieldError]) {
        var out: [NewAttachment] = []
        var errors: [FieldError] = []
        for file in files {
            if let type = AttachmentType.sniff(file.bytes) {
                out.append(NewAttachment(fileName: file.fileName.isEmpty ? "附件.\(type.fileExtension)" : file.fileName, type: type, bytes: file.bytes))
            } else {
                errors.append(FieldError("attachments", "“\(file.fileName)”不是图片（JPG、PNG、GIF、WebP）或 PDF 文件，未能接收"))
            }
        }
        return (out, errors)
    }
}
