import Hummingbird
import HuiyinDomain

struct UserDTO: ResponseEncodable, Sendable {
    var id: Int64
    var username: String
    var displayName: String
    var role: Role
    var roleName: String
    var unit: UnitRef?

    init(_ u: StaffUser, units: UnitDirectory) {
        id = u.id
        username = u.username
        displayName = u.displayName
        role = u.role
        roleName = u.role.chineseName
        unit = UnitRef(units.unit(u.unitID))
    }
}
