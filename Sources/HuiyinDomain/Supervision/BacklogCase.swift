/// Why a matter entered the backlog ledger (积案台账).
public enum BacklogReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// 久拖未决: unresolved past the configured age.
    case age
    /// 重复信访: repeat petitions about the matter.
    case repeats
    /// 群众不满意: a 不满意 rating.
    case dissatisfied

    public var chineseName: String {
        switch self {
        case .age: "久拖未决"
        case .repeats: "重复信访"
        case .dissatisfied: "群众不满意"
        }
    }
}

/// The five conditions a backlog case must meet before it is signed off ("五不结案", RULES.md §4).
public enum ClosingCondition: String, Sendable, Hashable, Codable, CaseIterable {
    /// 问题未查清不结案.
    case investigated
    /// 处理不到位不结案.
    case properlyHandled
    /// 问题未解决不结案.
    case solved
    /// 群众不满意不结案.
    case petitionerSatisfied
    /// 审核未通过不结案.
    case reviewApproved

    public var chineseName: String {
        switch self {
        case .investigated: "问题已查清"
        case .properlyHandled: "处理已到位"
        case .solved: "问题已解决"
        case .petitionerSatisfied: "信访人满意（息诉息访）"
        case .reviewApproved: "审核已通过"
        }
    }
}

/// The thresholds of the ledger, configurable per county [practice].
public struct BacklogSettings: Sendable, Hashable, Codable {
    /// A matter still open this many days after receipt is a backlog case.
    public var ageDays: Int
    /// A matter with at least this many repeat petitions is a backlog case.
    public var repeatThreshold: Int
    /// Deadline warnings start this many days before a step is due.
    public var dueSoonDays: Int

    public init(ageDays: Int = 180, repeatThreshold: Int = 2, dueSoonDays: Int = 3) {
        self.ageDays = ageDays
        self.repeatThreshold = repeatThreshold
        self.dueSoonDays = dueSoonDays
    }
}

/// A backlog case (积案): one matter, its owning leader (包案领导), plan (一案一策), progress log and sign-off (销号).
public struct BacklogCase: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var matterID: Int64
    /// The petition that represents the matter in the ledger.
    public var petitionID: Int64
    public var reasons: [BacklogReason]
    public var enteredOn: LocalDate
    public var ownerUserID: StaffUser.ID?
    /// The day the current owner took the case (包案之日).
    public var ownedSince: LocalDate?
    public var plan: String
    public var conditions: Set<ClosingCondition>
    public var signedOffOn: LocalDate?
    public var signedOffBy: StaffUser.ID?

    public init(id: Int64, matterID: Int64, petitionID: Int64, reasons: [BacklogReason], enteredOn: LocalDate,
                ownerUserID: StaffUser.ID? = nil, ownedSince: LocalDate? = nil, plan: String = "", conditions: Set<ClosingCondition> = [],
                signedOffOn: LocalDate? = nil, signedOffBy: StaffUser.ID? = nil) {
        self.id = id
        self.matterID = matterID
        self.petitionID = petitionID
        self.reasons = reasons
        self.enteredOn = enteredOn
        self.ownerUserID = ownerUserID
        self.ownedSince = ownedSince
        self.plan = plan
        self.conditions = conditions
        self.signedOffOn = signedOffOn
        self.signedOffBy = signedOffBy
    }

    public var isSignedOff: Bool { signedOffOn != nil }

    /// The conditions still missing, in the order of RULES.md §4.
    public var missingConditions: [ClosingCondition] {
        ClosingCondition.allCases.filter { !conditions.contains($0) }
    }
}

/// One entry of a backlog case's progress log.
public struct BacklogProgress: Sendable, Hashable {
    public var at: LocalDate
    public var authorName: String
    public var text: String

    public init(at: LocalDate, authorName: String, text: String) {
        self.at = at
        self.authorName = authorName
        self.text = text
    }
}

/// Why a ledger change was refused.
public enum BacklogError: Error, Sendable, Hashable {
    case notAllowed(String)
    case invalid(field: String, message: String)
    /// 五不结案: these conditions are not confirmed yet.
    case conditionsMissing([ClosingCondition])
    case alreadySignedOff

    public var message: String {
        switch self {
        case .notAllowed(let m): m
        case .invalid(_, let m): m
        case .conditionsMissing(let c):
            "尚不具备销号条件（五不结案），未确认：" + c.map(\.chineseName).joined(separator: "、")
        case .alreadySignedOff: "该积案已销号"
        }
    }
}

/// The rules of the ledger. Pure.
public enum BacklogRules {
    /// A matter as the ledger's criteria see it.
    public struct MatterFacts: Sendable, Hashable {
        public var matterID: Int64
        /// The most recent petition of the matter (represents it in the ledger).
        public var leadPetitionID: Int64
        public var firstReceivedOn: LocalDate
        /// Some petition of the matter is still owed a step, or awaits the petitioner (not finished).
        public var unresolved: Bool
        public var repeatCount: Int
        public var dissatisfied: Bool

        public init(matterID: Int64, leadPetitionID: Int64, firstReceivedOn: LocalDate, unresolved: Bool,
                    repeatCount: Int, dissatisfied: Bool) {
            self.matterID = matterID
            self.leadPetitionID = leadPetitionID
            self.firstReceivedOn = firstReceivedOn
            self.unresolved = unresolved
            self.repeatCount = repeatCount
            self.dissatisfied = dissatisfied
        }
    }

    /// Why a matter belongs in the ledger on `today` (empty: it does not).
    public static func reasons(_ m: MatterFacts, today: LocalDate, settings: BacklogSettings) -> [BacklogReason] {
        var out: [BacklogReason] = []
        if m.unresolved, m.firstReceivedOn.days(until: today) > settings.ageDays { out.append(.age) }
        if m.repeatCount >= max(1, settings.repeatThreshold) { out.append(.repeats) }
        if m.dissatisfied { out.append(.dissatisfied) }
        return out
    }

    /// Who may keep the ledger (enter cases, set owner and plan, sign off): supervisors.
    public static func mayManage(_ user: StaffUser) -> Bool { user.role == .supervisor }

    /// Who may add to a case's progress log: supervisors, and the owning leader.
    public static func mayLogProgress(_ user: StaffUser, on c: BacklogCase) -> Bool {
        user.role == .supervisor || (user.role == .leader && c.ownerUserID == user.id)
    }

    /// Sign-off (销号): only with all five conditions confirmed, and an owning leader named.
    public static func checkSignOff(_ c: BacklogCase, confirming: Set<ClosingCondition>) throws(BacklogError) {
        guard !c.isSignedOff else { throw .alreadySignedOff }
        guard c.ownerUserID != nil else { throw .invalid(field: "owner", message: "请先明确包案领导") }
        let missing = ClosingCondition.allCases.filter { !confirming.contains($0) }
        guard missing.isEmpty else { throw .conditionsMissing(missing) }
    }
}
