import HuiyinDomain

/// A staff account as typed into the administration forms, and its checks. Messages are Chinese; the
/// page translates them.
struct AdminUserForm {
    var username = ""
    var displayName = ""
    var role = ""
    var unit = ""
    var active = true
    var password = ""

    init() {}

    init(_ form: FormData) {
        username = form.string("username").trimmingWhitespace
        displayName = form.string("displayName").trimmingWhitespace
        role = form.string("role")
        unit = form.string("unit")
        active = form.bool("active")
        password = form.string("password")
    }

    init(_ user: StaffUser) {
        username = user.username
        displayName = user.displayName
        role = user.role.rawValue
        unit = String(user.unitID)
        active = user.active
    }

    /// Checks name, role and unit (and, for a new account, username and password).
    func problems(units: UnitDirectory, creating: Bool) -> [String: String] {
        var errors: [String: String] = [:]
        if creating {
            if username.isEmpty {
                errors["username"] = "请填写用户名"
            } else if !StaffUser.isValidUsername(username) {
                errors["username"] = "用户名须为 3–32 位小写字母、数字或 . _ -，并以字母开头"
            }
            if let problem = Passwords.problem(with: password) { errors["password"] = problem }
        }
        if displayName.isEmpty {
            errors["displayName"] = "请填写姓名"
        } else if displayName.count > 40 {
            errors["displayName"] = "姓名不能超过 40 个字"
        }
        if Role(rawValue: role) == nil { errors["role"] = "请选择角色" }
        if unitID.flatMap({ units.unit($0) }) == nil { errors["unit"] = "请选择所属单位" }
        return errors
    }

    var unitID: OrgUnit.ID? { Int64(unit) }
    var parsedRole: Role? { Role(rawValue: role) }

    /// What changed between `old` and the form, for the admin log: `角色 承办人→单位负责人；停用`.
    func changes(from old: StaffUser, units: UnitDirectory) -> String {
        var parts: [String] = []
        if old.displayName != displayName { parts.append("姓名 \(old.displayName)→\(displayName)") }
        if let r = parsedRole, r != old.role { parts.append("角色 \(old.role.chineseName)→\(r.chineseName)") }
        if let u = unitID, u != old.unitID {
            parts.append("单位 \(units.unit(old.unitID)?.name ?? "?")→\(units.unit(u)?.name ?? "?")")
        }
        if old.active != active { parts.append(active ? "启用" : "停用") }
        return parts.isEmpty ? "无改动" : parts.joined(separator: "；")
    }
}
