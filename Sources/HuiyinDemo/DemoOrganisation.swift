import Foundation
import HuiyinDomain
import HuiyinStore

/// The demo county's units and users: 青溪县 under 青州市, its petition bureau, its departments,
/// townships and villages, and staff for every role.
public struct DemoOrganisation: Sendable {
    /// The password of every demo login (printed at start-up; change it in production).
    public static let password = "huiyin2026"

    public struct Login: Sendable {
        public var username: String
        public var role: Role
        public var unitName: String
    }

    public var city: OrgUnit
    public var county: OrgUnit
    public var bureau: OrgUnit
    public var departments: [String: OrgUnit]
    public var townships: [String: OrgUnit]
    public var villages: [String: OrgUnit]
    public var users: [String: StaffUser]
    public var logins: [Login]

    /// Creates every unit and user. `passwordHash` is the bcrypt hash of ``password`` (hashed once by
    /// the caller: bcrypt is slow on purpose).
    public static func create(in store: any OrganisationStore, passwordHash: String) async throws -> DemoOrganisation {
        let city = try await store.insertUnit(code: "370900000000", name: "青州市人民政府", kind: .city, parentID: nil, reviewBodyID: nil)
        let county = try await store.insertUnit(code: "370921000000", name: "青溪县人民政府", kind: .countyGovernment,
                                                parentID: city.id, reviewBodyID: city.id)
        let bureau = try await store.insertUnit(code: "370921XF0000", name: "青溪县信访局", kind: .petitionBureau,
                                                parentID: county.id, reviewBodyID: county.id)
        var departments: [String: OrgUnit] = [:]
        for (i, name) in DemoTexts.departments.enumerated() {
            departments[name] = try await store.insertUnit(
                code: "370921BM\(two(i + 1))00", name: name, kind: .department, parentID: county.id, reviewBodyID: county.id)
        }
        var townships: [String: OrgUnit] = [:]
        var villages: [String: OrgUnit] = [:]
        for (i, t) in DemoTexts.townships.enumerated() {
            let kind: UnitKind = t.name.hasSuffix("街道") ? .street : .township
            let unit = try await store.insertUnit(code: "370921\(three(i + 1))000", name: t.name, kind: kind,
                                                  parentID: county.id, reviewBodyID: county.id)
            townships[t.name] = unit
            for (j, v) in t.villages.enumerated() {
                villages[t.name + v] = try await store.insertUnit(
                    code: "370921\(three(i + 1))\(three(j + 1))", name: v, kind: v.hasSuffix("社区") ? .community : .village,
                    parentID: unit.id, reviewBodyID: unit.id)
            }
        }

        var users: [String: StaffUser] = [:]
        var logins: [Login] = []
        func add(_ username: String, _ name: String, _ role: Role, _ unit: OrgUnit) async throws {
            users[username] = try await store.insertUser(username: username, displayName: name, role: role, unitID: unit.id,
                                                         passwordHash: passwordHash)
            logins.append(Login(username: username, role: role, unitName: unit.name))
        }
        try await add("admin", "系统管理员", .admin, bureau)
        try await add("dengji", "王登记", .registrar, bureau)
        try await add("fenban", "李分办", .triageOfficer, bureau)
        try await add("duban", "赵督办", .supervisor, bureau)
        try await add("xfj.cb", "信访局直办承办人 孙明", .handler, bureau)
        try await add("xfj.fz", "信访局局长 钱正", .unitHead, bureau)
        try await add("xianzhang", "陈县长", .leader, county)
        try await add("xianfu", "县政府复查办 周主任", .unitHead, county)
        try await add("shifu", "市复核办 吴主任", .unitHead, city)
        for (i, name) in DemoTexts.departments.enumerated() {
            try await add("bm\(two(i + 1)).cb", "\(name)承办人", .handler, departments[name]!)
            try await add("bm\(two(i + 1)).fz", "\(name)负责人", .unitHead, departments[name]!)
        }
        for (i, t) in DemoTexts.townships.enumerated() {
            try await add("xz\(two(i + 1)).cb", "\(t.name)承办人", .handler, townships[t.name]!)
            try await add("xz\(two(i + 1)).fz", "\(t.name)负责人", .unitHead, townships[t.name]!)
        }
        return DemoOrganisation(city: city, county: county, bureau: bureau, departments: departments, townships: townships,
                                villages: villages, users: users, logins: logins)
    }

    /// The handler and the head of a unit.
    func staff(of unit: OrgUnit.ID) -> (handler: StaffUser?, head: StaffUser?) {
        let members = users.values.filter { $0.unitID == unit }
        return (members.first { $0.role == .handler }, members.first { $0.role == .unitHead })
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    private static func three(_ n: Int) -> String { String(repeating: "0", count: max(0, 3 - String(n).count)) + String(n) }
}
