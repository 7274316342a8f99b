import Foundation
import Testing
@testable import HuiyinDomain

private typealias Fx = LifecycleFixture

@Suite("Supervision orders, escalation and progress reports")
struct SupervisionLifecycleTests {
    static let day = Fx.day(2026, 3, 20)

    func decide(_ a: PetitionAction, by actor: Actor, _ status: PetitionStatus, on day: LocalDate = day) throws(LifecycleError) -> LifecycleEvent {
        try Fx.decide(a, by: actor, on: day, petition: Fx.mainPetition, status: status)
    }

    @Test("an order with a level names the unit owing the step and raises the status's level")
    func order() throws {
        var status = try Fx.status(in: .inHandling)
        let event = try decide(.supervise(reason: "超期未办", dueDate: Fx.day(2026, 3, 27), level: .interview, progressRequired: "报告调查进展"),
                               by: .staff(Fx.supervisor), status)
        #expect(event == .supervised(reason: "超期未办", dueDate: Fx.day(2026, 3, 27), level: .interview,
                                     progressRequired: "报告调查进展", unitID: Fx.qingshanID))
        status.apply(event, on: Self.day)
        #expect(status.supervisionLevel == .interview)
        #expect(status.supervisionDue == Fx.day(2026, 3, 27))
    }

    @Test("escalation never goes down: after 约谈督办 a 书面督办 is refused, 现场督办 accepted")
    func escalation() throws {
        var status = try Fx.status(in: .inHandling)
        status.apply(try decide(.supervise(reason: "a", dueDate: nil, level: .interview), by: .staff(Fx.supervisor), status), on: Self.day)
        #expect(throws: LifecycleError.invalid(field: "level", message: "督办级别不能低于已采取的“约谈督办”")) {
            try decide(.supervise(reason: "b", dueDate: nil, level: .written), by: .staff(Fx.supervisor), status)
        }
        let up = try decide(.supervise(reason: "c", dueDate: nil, level: .onSite), by: .staff(Fx.supervisor), status)
        status.apply(up, on: Self.day)
        #expect(status.supervisionLevel == .onSite)
        #expect(status.supervisionCount == 2)
    }

    @Test("the unit owing the step answers with a progress report; other units and unsupervised cases cannot")
    func progress() throws {
        var status = try Fx.status(in: .inHandling)
        #expect(throws: LifecycleError.invalid(field: "text", message: "该件未被督办，无需报告进展")) {
            try decide(.reportProgress(text: "已调查"), by: .staff(Fx.qingshanHandler), status)
        }
        let order = try decide(.supervise(reason: "a", dueDate: Fx.day(2026, 3, 25), level: .written), by: .staff(Fx.supervisor), status)
        status.apply(order, on: Self.day)
        #expect(throws: LifecycleError.wrongUnit(action: "reportProgress", expected: Fx.qingshanName)) {
            try decide(.reportProgress(text: "已调查"), by: .staff(Fx.shimenHandler), status)
        }
        let report = try decide(.reportProgress(text: "已完成现场调查"), by: .staff(Fx.qingshanHandler), status, on: Fx.day(2026, 3, 26))
        status.apply(report, on: Fx.day(2026, 3, 26))
        #expect(status.supervisionDue == nil)
        let orders = SupervisionOrder.orders(petitionID: 1, history: [(10, Self.day, order), (11, Fx.day(2026, 3, 26), report)])
        #expect(orders.count == 1)
        #expect(orders[0].answeredOn == Fx.day(2026, 3, 26))
        #expect(orders[0].wasAnsweredLate)
        let tally = SupervisionUnitTally.tally(orders, today: Fx.day(2026, 4, 1))
        #expect(tally.first?.answeredLate == 1)
        #expect(tally.first?.overdue == 0)
    }

    @Test("deadline warnings are the system's alone, and only for the open step's due date")
    func warning() throws {
        let status = try Fx.status(in: .inHandling)
        let due = try #require(status.stepDue)
        #expect(throws: LifecycleError.roleNotAllowed(action: "warnDeadline", role: "督办员")) {
            try decide(.warnDeadline(step: "出具处理意见", due: due, level: .dueSoon), by: .staff(Fx.supervisor), status)
        }
        #expect(throws: LifecycleError.wrongState(action: "warnDeadline", state: .inHandling)) {
            try decide(.warnDeadline(step: "出具处理意见", due: due.adding(days: 1), level: .dueSoon), by: .system, status)
        }
        let event = try decide(.warnDeadline(step: "出具处理意见", due: due, level: .overdue), by: .system, status)
        #expect(event == .deadlineWarning(step: "出具处理意见", due: due, level: .overdue))
        #expect(!event.isPublic)
        var after = status
        after.apply(event, on: Self.day)
        #expect(after.state == status.state && after.stepDue == status.stepDue && after.version == status.version + 1)
    }

    @Test("an order stored before levels existed names no unit: it urged the handling body; orders sort by issue")
    func ordersWithoutUnit() {
        let old = LifecycleEvent.supervised(reason: "请尽快办理", dueDate: nil)
        let named = LifecycleEvent.supervised(reason: "请尽快办理", dueDate: nil, level: .written, progressRequired: nil, unitID: 7)
        let orders = SupervisionOrder.orders(petitionID: 2, history: [(3, Fx.day(2026, 3, 20), old), (4, Fx.day(2026, 3, 19), named)],
                                             handlingUnitID: 5)
        #expect(orders.map(\.unitID) == [5, 7])
        #expect(SupervisionOrder.orders(petitionID: 2, history: [(3, Fx.day(2026, 3, 20), old)]).first?.unitID == nil)
        #expect(SupervisionOrder.inIssueOrder(orders).map(\.sequence) == [4, 3])
    }

    @Test("supervision events stored before levels existed still decode")
    func oldEvents() throws {
        let old = #"{"supervised":{"reason":"请尽快分办","dueDate":"2026-04-01"}}"#
        let event = try JSONDecoder().decode(LifecycleEvent.self, from: Data(old.utf8))
        #expect(event == .supervised(reason: "请尽快分办", dueDate: Fx.day(2026, 4, 1)))
        let oldStatus = try JSONEncoder().encode(try Fx.status(in: .inHandling))
        var json = try #require(JSONSerialization.jsonObject(with: oldStatus) as? [String: Any])
        json["supervisionLevel"] = nil
        let decoded = try JSONDecoder().decode(PetitionStatus.self, from: try JSONSerialization.data(withJSONObject: json))
        #expect(decoded.supervisionLevel == nil)
    }
}
