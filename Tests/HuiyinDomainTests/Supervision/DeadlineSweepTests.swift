import Foundation
import Testing
@testable import HuiyinDomain

@Suite("Deadline sweep")
struct DeadlineSweepTests {
    static func d(_ s: String) -> LocalDate { LocalDate(iso: s)! }

    static func step(_ id: Int64, due: String, state: PetitionState = .inHandling, warned: Set<DeadlineLevel> = []) -> DeadlineSweep.OpenStep {
        DeadlineSweep.OpenStep(petitionID: id, number: "XF-2026-\(id)", title: "t", state: state, due: d(due),
                               responsibleUnitID: 6, alreadyWarned: warned)
    }

    @Test("due within the window is due soon, after the due day overdue, on the due day still due soon")
    func levels() {
        let today = Self.d("2026-10-20")
        #expect(DeadlineSweep.level(of: Self.d("2026-10-23"), today: today, soonDays: 3) == .dueSoon)
        #expect(DeadlineSweep.level(of: Self.d("2026-10-24"), today: today, soonDays: 3) == nil)
        #expect(DeadlineSweep.level(of: Self.d("2026-10-20"), today: today, soonDays: 3) == .dueSoon)
        #expect(DeadlineSweep.level(of: Self.d("2026-10-19"), today: today, soonDays: 3) == .overdue)
    }

    @Test("each level is warned once per step; a due-soon step is warned again when overdue, never after")
    func once() {
        let today = Self.d("2026-10-20")
        let steps = [
            Self.step(1, due: "2026-10-22"),
            Self.step(2, due: "2026-10-22", warned: [.dueSoon]),
            Self.step(3, due: "2026-10-10", warned: [.dueSoon]),
            Self.step(4, due: "2026-10-10", warned: [.overdue]),
            Self.step(5, due: "2026-10-30"),
            Self.step(6, due: "2026-10-01", state: .replied),
        ]
        let warnings = DeadlineSweep.warnings(steps, today: today, soonDays: 3)
        #expect(warnings.map(\.step.petitionID) == [3, 1])
        #expect(warnings.map(\.level) == [.overdue, .dueSoon])
        #expect(warnings[0].message(on: today).contains("已超期 10 天"))
        #expect(warnings[1].message(on: today).contains("还剩 2 天到期"))
    }

    @Test("the soon window is configurable")
    func window() {
        let today = Self.d("2026-10-20")
        let steps = [Self.step(1, due: "2026-10-27")]
        #expect(DeadlineSweep.warnings(steps, today: today, soonDays: 3).isEmpty)
        #expect(DeadlineSweep.warnings(steps, today: today, soonDays: 7).count == 1)
    }
}
