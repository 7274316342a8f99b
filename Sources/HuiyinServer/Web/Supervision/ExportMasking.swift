import HuiyinDomain
import HuiyinStore

/// What personal data an export may carry for one user: the informant of an accusation is withheld
/// from the accused unit always; names, ID numbers and phones are written in full only when asked for
/// (`personal=full`, audited) by a user who sees every case (the bureau, supervisors, leaders,
/// administrators); otherwise they are masked (张**, 4301**********1234, 138****5678).
struct ExportMasking {
    let user: StaffUser
    let units: UnitDirectory
    /// Full personal data (asked for and allowed).
    let full: Bool

    init(user: StaffUser, units: UnitDirectory, full: Bool) {
        self.user = user
        self.units = units
        self.full = full && Jurisdiction.seesAll(user, units: units)
    }

    /// A name with all but its first character masked.
    static func maskName(_ name: String) -> String {
        guard let first = name.first else { return "" }
        return String(first) + String(repeating: "*", count: max(1, name.count - 1))
    }

    /// (names, ID numbers, phones) of a petition's petitioners as this user may see them.
    func people(_ registration: Registration) -> (String, String, String) {
        let record = PetitionRecord(id: 0, number: "", queryCode: "", matterID: 0, registration: registration,
                                    registeredAt: .distantPast, registeredByUserID: nil, registeredUnitID: 0, isRepeat: false)
        if registration.flags.anonymous || Jurisdiction.hidesIdentity(from: user, record, units: units) {
            return ("（信息保密）", "", "")
        }
        let people = full ? registration.petitioners : registration.petitioners.map(\.masked)
        return (people.map { full ? $0.name : Self.maskName($0.name) }.joined(separator: "、"),
                people.compactMap(\.idNumber).joined(separator: "、"), people.compactMap(\.phone).joined(separator: "、"))
    }

    /// Case rows as a table; with `registrations`, the petitioners' columns are included.
    func caseTable(_ rows: [CaseListRow], registrations: [Int64: Registration], config: CountyConfiguration, title: String) -> ExportTable {
        let withPeople = !registrations.isEmpty
        var headers = ["信访编号", "标题"]
        if withPeople { headers += ["信访人", "证件号码", "联系电话"] }
        headers += ["内容分类", "问题属地", "信访形式", "状态", "责任单位", "办理期限", "登记日期", "人数", "重复信访"]
        return ExportTable(title: title, headers: headers, rows: rows.map { r in
            var cells = [r.number, r.title]
            if withPeople {
                let (names, ids, phones) = registrations[r.id].map(people) ?? ("", "", "")
                cells += [names, ids, phones]
            }
            cells += [config.taxonomy.pathName(of: r.categoryCode), SupervisionNav.unitName(config.units, r.localityUnitID),
                      r.channel?.chineseName ?? "", r.state?.chineseName ?? "", SupervisionNav.unitName(config.units, r.responsibleUnitID),
                      r.stepDue?.iso ?? "", r.receivedOn?.iso ?? "", String(r.peopleCount), r.isRepeat ? "是" : "否"]
            return cells
        }, fileStem: "petitions")
    }
}
