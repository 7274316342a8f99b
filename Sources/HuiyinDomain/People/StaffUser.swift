/// A staff member who signs in (工作人员). The password hash lives in the store, never here.
public struct StaffUser: Sendable, Hashable, Codable, Identifiable {
    public typealias ID = Int64

    public var id: ID
    public var username: String
    public var displayName: String
    public var role: Role
    public var unitID: OrgUnit.ID
    public var active: Bool

    public init(id: ID, username: String, displayName: String, role: Role, unitID: OrgUnit.ID, active: Bool = true) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.unitID = unitID
        self.active = active
    }

    /// Usernames: 3–32 characters of a–z, 0–9, `.`, `_`, `-`, starting with a letter.
    public static func isValidUsername(_ s: String) -> Bool {
        let scalars = Array(s.unicodeScalars)
        guard (3...32).contains(scalars.count), let first = scalars.first, ("a"..."z").contains(first) else { return false }
        return scalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-" }
    }
}

/// Who performs an action: a staff member, the petitioner (with the query code), or the system (sweeps).
public enum Actor: Sendable, Hashable, Codable {
    case staff(StaffUser)
    case petitioner
    case system

    public var staff: StaffUser? {
        if case .staff(let u) = self { return u }
        return nil
    }
}
