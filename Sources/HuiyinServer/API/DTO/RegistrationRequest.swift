import Foundation
import HuiyinDomain

/// The body of `POST /api/v1/petitions`. Every field is decoded leniently (as optional strings and
/// numbers) so that a missing or unknown value becomes a 422 naming the field, not a 400.
struct RegistrationRequest: Decodable, Sendable {
    struct PetitionerInput: Decodable, Sendable {
        var name: String?
        var idType: String?
        var idNumber: String?
        var sex: String?
        var phone: String?
        var address: String?
        var workplace: String?
        var role: String?
    }

    var channel: String?
    var source: String?
    var receivedAt: Date?
    var peopleCount: Int?
    var petitioners: [PetitionerInput]?
    var purpose: String?
    var categoryCode: String?
    var localityUnitId: Int64?
    var localityUnitCode: String?
    var localityAddress: String?
    var title: String?
    var content: String?
    var demands: String?
    var flags: PetitionFlags?
    var accusedUnitIds: [Int64]?

    func registration(units: UnitDirectory) throws(ValidationFailure) -> Registration {
        var errors: [FieldError] = []
        func parse<E: RawRepresentable>(_ raw: String?, _ field: String, default d: E? = nil, _ what: String) -> E?
        where E.RawValue == String {
            guard let raw, !raw.isEmpty else {
                if d == nil { errors.append(FieldError(field, "请选择\(what)")) }
                return d
            }
            guard let v = E(rawValue: raw) else {
                errors.append(FieldError(field, "\(what)“\(raw)”无效"))
                return nil
            }
            return v
        }
        let channel: Channel? = parse(channel, "channel", "信访形式")
        let source: PetitionSource? = parse(source, "source", default: .ownLevel, "来源")
        let purpose: Purpose? = parse(purpose, "purpose", "信访目的")
        let locality = localityUnitId ?? localityUnitCode.flatMap { units.unit(code: $0)?.id }
        if locality == nil { errors.append(FieldError("localityUnitId", "请选择问题属地")) }
        if (categoryCode ?? "").isEmpty { errors.append(FieldError("categoryCode", "请选择内容分类")) }
        var people: [Petitioner] = []
        for (i, p) in (petitioners ?? []).enumerated() {
            let idType: Petitioner.IDType? = parse(p.idType, "petitioners[\(i)].idType", default: Petitioner.IDType.none, "证件类型")
            let sex: Petitioner.Sex? = parse(p.sex, "petitioners[\(i)].sex", default: .unknown, "性别")
            let role: Petitioner.PetitionerRole? = parse(p.role, "petitioners[\(i)].role", default: .selfRole, "信访人身份")
            people.append(Petitioner(
                name: p.name ?? "", idType: idType ?? .none, idNumber: p.idNumber, sex: sex ?? .unknown, phone: p.phone,
                address: p.address, workplace: p.workplace, role: role ?? .selfRole))
        }
        guard errors.isEmpty, let channel, let source, let purpose, let locality else { throw ValidationFailure(errors) }
        return Registration(
            channel: channel, source: source, receivedAt: receivedAt, peopleCount: peopleCount ?? max(1, people.count),
            petitioners: people, purpose: purpose, categoryCode: categoryCode ?? "", localityUnitID: locality,
            localityAddress: localityAddress, title: title ?? "", content: content ?? "", demands: demands ?? "",
            flags: flags ?? PetitionFlags(), accusedUnitIDs: accusedUnitIds ?? [])
    }
}
