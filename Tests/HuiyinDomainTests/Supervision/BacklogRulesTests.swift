import Testing
@testable import HuiyinDomain

@Suite("Backlog ledger rules")
struct BacklogRulesTests {
    static func d(_ s: String) -> LocalDate { LocalDate(iso: s)! }
    static let settings = BacklogSettings(ageDays: 180, repeatThreshold: 2, dueSoonDays: 3)

    static func matter(first: String, unresolved: Bool = true, repeats: Int = 0, dissatisfied: Bool = false) -> BacklogRules.MatterFacts {
        BacklogRules.MatterFacts(matterID: 1, leadPetitionID: 1, firstReceivedOn: d(first), unresolved: unresolved,
                                 repeatCount: repeats, dissatisfied: dissatisfied)
    }

    @Test("age past the threshold (unresolved only), repeats reaching it, or a 不满意 rating enter the ledger")
    func reasons() {
        let today = Self.d("2026-10-20")
        // 2026-04-23 → 2026-10-20 is exactly 180 days: not past the threshold; two days earlier it is.
        #expect(BacklogRules.reasons(Self.matter(first: "2026-04-23"), today: today, settings: Self.settings) == [])
        #expect(BacklogRules.reasons(Self.matter(first: "2026-04-21"), today: today, settings: Self.settings) == [.age])
        #expect(BacklogRules.reasons(Self.matter(first: "2026-01-01", unresolved: false), today: today, settings: Self.settings) == [])
        #expect(BacklogRules.reasons(Self.matter(first: "2026-10-01", repeats: 1), today: today, settings: Self.settings) == [])
        #expect(BacklogRules.reasons(Self.matter(first: "2026-10-01", repeats: 2, dissatisfied: true), today: today,
                                     settings: Self.settings) == [.repeats, .dissatisfied])
    }

    @Test("sign-off needs an owning leader and all five conditions (五不结案)")
    func signOff() throws {
        var c = BacklogCase(id: 1, matterID: 1, petitionID: 1, reasons: [.age], enteredOn: Self.d("2026-10-01"))
        let all = Set(ClosingCondition.allCases)
        #expect(throws: BacklogError.invalid(field: "owner", message: "请先明确包案领导")) { try BacklogRules.checkSignOff(c, confirming: all) }
        c.ownerUserID = 7
        #expect(throws: BacklogError.conditionsMissing([.solved, .reviewApproved])) {
            try BacklogRules.checkSignOff(c, confirming: all.subtracting([.solved, .reviewApproved]))
        }
        try BacklogRules.checkSignOff(c, confirming: all)
        c.signedOffOn = Self.d("2026-10-20")
        #expect(throws: BacklogError.alreadySignedOff) { try BacklogRules.checkSignOff(c, confirming: all) }
    }

    @Test("supervisors keep the ledger; only the owning leader may log progress besides them")
    func roles() {
        let supervisor = StaffUser(id: 1, username: "duban", displayName: "督", role: .supervisor, unitID: 3)
        let owner = StaffUser(id: 7, username: "xianzhang", displayName: "县", role: .leader, unitID: 2)
        let other = StaffUser(id: 8, username: "fuxianzhang", displayName: "副", role: .leader, unitID: 2)
        let c = BacklogCase(id: 1, matterID: 1, petitionID: 1, reasons: [.age], enteredOn: Self.d("2026-10-01"), ownerUserID: 7)
        #expect(BacklogRules.mayManage(supervisor) && !BacklogRules.mayManage(owner))
        #expect(BacklogRules.mayLogProgress(owner, on: c) && !BacklogRules.mayLogProgress(other, on: c))
    }
}
