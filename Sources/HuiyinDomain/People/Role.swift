/// What a staff member may do (角色).
public enum Role: String, Sendable, Codable, CaseIterable {
    /// 登记/接访员 — registers letters, visits and calls.
    case registrar
    /// 信访局分办员 — forwards, assigns, handles directly or declines.
    case triageOfficer
    /// 承办人 — accepts or objects, investigates, drafts the decision letter.
    case handler
    /// 承办单位负责人 — approves extensions and decision letters; decides reviews for the review body.
    case unitHead
    /// 督办员 — watches deadlines and issues supervision orders.
    case supervisor
    /// 领导 — reads everything; acts only on cases they own.
    case leader
    /// 系统管理员.
    case admin

    public var chineseName: String {
        switch self {
        case .registrar: "登记员"
        case .triageOfficer: "分办员"
        case .handler: "承办人"
        case .unitHead: "单位负责人"
        case .supervisor: "督办员"
        case .leader: "领导"
        case .admin: "系统管理员"
        }
    }
}
