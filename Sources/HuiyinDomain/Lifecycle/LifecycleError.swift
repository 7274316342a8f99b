/// Why an action was refused. Each case names the rule it enforces, so the message can say why.
public enum LifecycleError: Error, Sendable, Hashable {
    /// The actor's role may not take this action.
    case roleNotAllowed(action: String, role: String)
    /// The actor's unit is not the one that must act.
    case wrongUnit(action: String, expected: String)
    /// The petition is not in a state that allows the action.
    case wrongState(action: String, state: PetitionState)
    /// The time window for the action has passed (or not yet passed, for closing).
    case windowClosed(action: String, rule: RuleTable.Limit, due: LocalDate)
    case windowStillOpen(action: String, rule: RuleTable.Limit, until: LocalDate)
    /// 延期 may be granted once only.
    case alreadyExtended
    /// The matter is final: only 不再受理 is possible (RULES.md §2 step 8).
    case matterIsFinal
    /// 不再受理 needs a final matter.
    case matterNotFinal
    case alreadyRated
    /// A field of the action is missing or invalid.
    case invalid(field: String, message: String)

    /// Stable code for the API.
    public var code: String {
        switch self {
        case .roleNotAllowed: "role_not_allowed"
        case .wrongUnit: "wrong_unit"
        case .wrongState: "wrong_state"
        case .windowClosed: "window_closed"
        case .windowStillOpen: "window_still_open"
        case .alreadyExtended: "already_extended"
        case .matterIsFinal: "matter_is_final"
        case .matterNotFinal: "matter_not_final"
        case .alreadyRated: "already_rated"
        case .invalid: "invalid_field"
        }
    }

    /// What kind of refusal this is: the server maps it to 403, 409 or 422.
    public enum Kind: Sendable { case forbidden, conflict, invalid }

    public var kind: Kind {
        switch self {
        case .roleNotAllowed, .wrongUnit: .forbidden
        case .invalid: .invalid
        default: .conflict
        }
    }

    /// A Chinese sentence that names the rule.
    public var message: String {
        switch self {
        case .roleNotAllowed(let action, let role):
            "“\(role)”角色无权执行“\(Lifecycle.chineseName(of: action))”"
        case .wrongUnit(let action, let expected):
            "“\(Lifecycle.chineseName(of: action))”须由\(expected)办理"
        case .wrongState(let action, let state):
            "案件当前为“\(state.chineseName)”，不能执行“\(Lifecycle.chineseName(of: action))”"
        case .windowClosed(let action, let rule, let due):
            "“\(Lifecycle.chineseName(of: action))”已超过期限（\(rule.chineseName)，截至\(due.chinese)，\(rule.source)）"
        case .windowStillOpen(let action, let rule, let until):
            "\(rule.chineseName)期限尚未届满（至\(until.chinese)），暂不能“\(Lifecycle.chineseName(of: action))”"
        case .alreadyExtended:
            "延期只能申请一次（《信访工作条例》第三十四条）"
        case .matterIsFinal:
            "该信访事项已终结，同一事实和理由不再受理，只能作“不再受理”处理（《信访工作条例》第三十六条）"
        case .matterNotFinal:
            "该信访事项尚未终结，不能作“不再受理”处理"
        case .alreadyRated:
            "已评价过，不能重复评价"
        case .invalid(_, let message):
            message
        }
    }
}
