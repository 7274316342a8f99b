import Testing
@testable import HuiyinDomain

private typealias Fx = LifecycleFixture

/// ``Lifecycle/availableActions(for:status:in:)``: the case page offers exactly what the rules allow.
@Suite("Available actions")
struct AvailabilityTests {
    private func available(_ user: StaffUser, on date: LocalDate, _ status: PetitionStatus,
                           petition: PetitionRecord = Fx.mainPetition) -> [String] {
        Lifecycle.availableActions(for: petition, status: status, in: Fx.context(.staff(user), on: date))
    }

    @Test("a registered petition: the bureau's triage officer routes it; a township handler can only comment")
    func triage() throws {
        let status = try Fx.status(in: .registered)
        #expect(available(Fx.triage, on: Fx.day(2026, 3, 3), status)
                == ["forward", "assign", "handleDirectly", "decline", "linkMatter", "comment"])
        #expect(available(Fx.qingshanHandler, on: Fx.day(2026, 3, 3), status) == ["comment"])
        #expect(available(Fx.registrar, on: Fx.day(2026, 3, 3), status) == ["linkMatter", "comment"])
    }

    @Test("awaiting acceptance: the handling township accepts, objects or declines; another township cannot")
    func acceptance() throws {
        let status = try Fx.status(in: .awaitingAcceptance)
        #expect(available(Fx.qingshanHandler, on: Fx.day(2026, 3, 4), status) == ["accept", "object", "decline", "comment"])
        #expect(available(Fx.shimenHandler, on: Fx.day(2026, 3, 4), status) == ["comment"])
        #expect(!available(Fx.triage, on: Fx.day(2026, 3, 4), status).contains("forward"))
    }

    @Test("the objection window closes: object is no longer offered, accept still is")
    func objectionWindow() throws {
        let status = try Fx.status(in: .awaitingAcceptance)
        let late = status.objectionDue!.adding(days: 1)
        let offered = available(Fx.qingshanHandler, on: late, status)
        #expect(offered.contains("accept"))
        #expect(!offered.contains("object"))
    }

    @Test("in handling: the unit head may extend, the handler may not; both may reply")
    func handling() throws {
        let status = try Fx.status(in: .inHandling)
        #expect(available(Fx.qingshanHead, on: Fx.day(2026, 3, 10), status) == ["extend", "reply", "comment"])
        #expect(available(Fx.qingshanHandler, on: Fx.day(2026, 3, 10), status) == ["reply", "comment"])
    }

    @Test("review and re-review: only the review body decides; the bureau may register the request")
    func review() throws {
        let replied = try Fx.status(in: .replied)
        #expect(available(Fx.registrar, on: Fx.day(2026, 4, 20), replied).contains("requestReview"))
        #expect(!available(Fx.triage, on: Fx.day(2026, 4, 20), replied).contains("close"))
        let requested = try Fx.status(in: .reviewRequested)
        #expect(available(Fx.countyHead, on: Fx.day(2026, 5, 1), requested).contains("decideReview"))
        #expect(!available(Fx.qingshanHead, on: Fx.day(2026, 5, 1), requested).contains("decideReview"))
    }

    @Test("supervisors supervise; leaders read only")
    func supervision() throws {
        let status = try Fx.status(in: .inHandling)
        #expect(available(Fx.supervisor, on: Fx.day(2026, 3, 10), status) == ["supervise", "comment"])
        #expect(available(Fx.leader, on: Fx.day(2026, 3, 10), status).isEmpty)
        #expect(available(Fx.supervisor, on: Fx.day(2026, 7, 1), try Fx.status(in: .closed)) == ["comment"])
    }
}
