import HuiyinDomain

/// A new unit as typed into the form, and its checks: field messages by name, and problems of the tree
/// as a whole from ``UnitDirectory/validate()``. Messages are Chinese; the page translates them.
struct AdminUnitForm {
    var name = ""
    var code = ""
    var kind = ""
    var parent = ""
    var reviewBody = ""

    init() {}

    init(_ form: FormData) {
        name = form.string("name").trimmingWhitespace
        code = form.string("code").trimmingWhitespace
        kind = form.string("kind")
        parent = form.string("parent")
        reviewBody = form.string("reviewBody")
    }

    var parsedKind: UnitKind? { UnitKind(rawValue: kind) }
    var parentID: OrgUnit.ID? { Int64(parent) }
    /// The chosen review body, or the parent when none is chosen ("one level up").
    var reviewBodyID: OrgUnit.ID? { Int64(reviewBody) ?? parentID }

    /// Codes: 1–20 ASCII digits or capital letters (administrative-division and organisation codes).
    static func isValidCode(_ code: String) -> Bool {
        (1...20).contains(code.utf8.count)
            && code.utf8.allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) }
    }

    func problems(units: UnitDirectory) -> (fields: [String: String], tree: [String]) {
        var errors: [String: String] = [:]
        if name.isEmpty { errors["name"] = "请填写单位名称" } else if name.count > 60 { errors["name"] = "单位名称不能超过 60 个字" }
        if code.isEmpty {
            errors["code"] = "请填写单位代码"
        } else if !Self.isValidCode(code) {
            errors["code"] = "单位代码须为 1–20 位数字或大写字母"
        } else if units.unit(code: code) != nil {
            errors["code"] = "该单位代码已存在"
        }
        if parsedKind == nil { errors["kind"] = "请选择类别" }
        if parentID.flatMap({ units.unit($0) }) == nil { errors["parent"] = "请选择上级单位" }
        if !reviewBody.isEmpty, Int64(reviewBody).flatMap({ units.unit($0) }) == nil { errors["reviewBody"] = "请选择复查机关" }
        guard errors.isEmpty, let kind = parsedKind else { return (errors, []) }
        // The whole tree with the new unit must still be valid (known parents, no cycles, unique codes).
        let candidate = OrgUnit(id: -1, code: code, name: name, kind: kind, parentID: parentID, reviewBodyID: reviewBodyID)
        let before = Set(units.validate())
        return (errors, UnitDirectory(units: units.units + [candidate]).validate().filter { !before.contains($0) })
    }
}
