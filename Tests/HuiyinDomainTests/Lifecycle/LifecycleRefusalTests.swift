import Foundation
import Testing
@testable import HuiyinDomain

private typealias Fx = LifecycleFixture

// Every refusal of RULES.md §2–4 with the exact error. Dates: see the main story in LifecycleFixture.

/// Decides `action` on the main petition in `status`.
private func decide(
    _ action: PetitionAction, by actor: Actor, on date: LocalDate, _ status: PetitionStatus,
    petition: PetitionRecord = Fx.mainPetition, linkTarget: MatterSummary? = nil
) throws(LifecycleError) -> LifecycleEvent {
    try Fx.decide(action, by: actor, on: date, petition: petition, status: status, linkTarget: linkTarget)
}

private let letterAction = PetitionAction.reply(outcome: .support, factsFound: "查明的事实", basis: "政策依据", opinion: "处理意见")

@Suite("Lifecycle refusals — role")
struct LifecycleRoleRefusalTests {
    @Test("a registrar may not forward: triage is the triage officer's")
    func registrarForwards() throws {
        let status = try Fx.status(in: .registered)
        #expect(throws: LifecycleError.roleNotAllowed(action: "forward", role: "登记员")) {
            try decide(.forward(unitID: Fx.qingshanID, note: ""), by: .staff(Fx.registrar), on: Fx.day(2026, 3, 3), status)
        }
        #expect(throws: LifecycleError.roleNotAllowed(action: "handleDirectly", role: "督办员")) {
            try decide(.handleDirectly(note: ""), by: .staff(Fx.supervisor), on: Fx.day(2026, 3, 3), status)
        }
        #expect(throws: LifecycleError.roleNotAllowed(action: "assign", role: "承办人")) {
            try decide(.assign(unitID: Fx.qingshanID, reportDue: nil, note: ""), by: .staff(Fx.bureauHandler), on: Fx.day(2026, 3, 3), status)
        }
        #expect(throws: LifecycleError.roleNotAllowed(action: "decline", role: "登记员")) {
            try decide(.decline(reason: "理由", properRoute: "途径"), by: .staff(Fx.registrar), on: Fx.day(2026, 3, 3), status)
        }
    }

    @Test("a handler may not extend: the unit head approves extensions")
    func handlerExtends() throws {
        let status = try Fx.status(in: .inHandling)
        #expect(throws: LifecycleError.roleNotAllowed(action: "extend", role: "承办人")) {
            try decide(.extend(days: 10, reason: "情况复杂"), by: .staff(Fx.qingshanHandler), on: Fx.day(2026, 4, 1), status)
        }
    }

    @Test("a leader may not comment: leaders act only on cases they own")
    func leaderComments() throws {
        let status = try Fx.status(in: .inHandling)
        #expect(throws: LifecycleError.roleNotAllowed(action: "comment", role: "领导")) {
            try decide(.comment(text: "请加快办理"), by: .staff(Fx.leader), on: Fx.day(2026, 4, 1), status)
        }
        #expect(throws: LifecycleError.roleNotAllowed(action: "comment", role: "信访人")) {
            try decide(.comment(text: "我要补充材料"), by: .petitioner, on: Fx.day(2026, 4, 1), status)
        }
    }

    @Test("the petitioner may not accept, reply or decide a review")
    func petitionerActsAsStaff() throws {
        #expect(throws: LifecycleError.roleNotAllowed(action: "accept", role: "信访人")) {
            try decide(.accept(note: ""), by: .petitioner, on: Fx.day(2026, 3, 5), try Fx.status(in: .awaitingAcceptance))
        }
        #expect(throws: LifecycleError.roleNotAllowed(action: "reply", role: "信访人")) {
            try decide(letterAction, by: .petitioner, on: Fx.day(2026, 4, 15), try Fx.status(in: .inHandling))
        }
        #expect(throws: LifecycleError.roleNotAllowed(action: "decideReview", role: "信访人")) {
            try decide(.decideReview(outcome: .change, opinion: "变更"), by: .petitioner, on: Fx.day(2026, 5, 1),
                       try Fx.status(in: .reviewRequested))
        }
    }

    @Test("only the petitioner rates: neither staff nor the system")
    func staffRates() throws {
        let status = try Fx.status(in: .replied)
        #expect(throws: LifecycleError.roleNotAllowed(action: "rate", role: "承办人")) {
            try decide(.rate(acceptance: .satisfied, handling: .satisfied, comment: ""), by: .staff(Fx.qingshanHandler),
                       on: Fx.day(2026, 4, 20), status)
        }
        #expect(throws: LifecycleError.roleNotAllowed(action: "rate", role: "登记员")) {
            try decide(.rate(acceptance: .satisfied, handling: nil, comment: ""), by: .staff(Fx.registrar),
                       on: Fx.day(2026, 4, 20), status)
        }
        #expect(throws: LifecycleError.roleNotAllowed(action: "rate", role: "系统")) {
            try decide(.rate(acceptance: .satisfied, handling: nil, comment: ""), by: .system, on: Fx.day(2026, 4, 20), status)
        }
    }

    @Test("a handler may not ask for review in the petitioner's place; only intake clerks register it")
    func handlerRequestsReview() throws {
        let status = try Fx.status(in: .replied)
        #expect(throws: LifecycleError.roleNotAllowed(action: "requestReview", role: "承办人")) {
            try decide(.requestReview(reasons: "不服"), by: .staff(Fx.qingshanHandler), on: Fx.day(2026, 4, 20), status)
        }
        #expect(throws: LifecycleError.roleNotAllowed(action: "requestRecheck", role: "单位负责人")) {
            try decide(.requestRecheck(reasons: "不服"), by: .staff(Fx.countyHead), on: Fx.day(2026, 6, 1), try Fx.status(in: .reviewed))
        }
    }

    @Test("closing is the bureau's or the system's, not a handler's or a supervisor's")
    func handlerCloses() throws {
        let status = try Fx.status(in: .final)
        #expect(throws: LifecycleError.roleNotAllowed(action: "close", role: "承办人")) {
            try decide(.close(note: ""), by: .staff(Fx.qingshanHandler), on: Fx.day(2026, 6, 26), status)
        }
        #expect(throws: LifecycleError.roleNotAllowed(action: "close", role: "督办员")) {
            try decide(.close(note: ""), by: .staff(Fx.supervisor), on: Fx.day(2026, 6, 26), status)
        }
        #expect(throws: LifecycleError.roleNotAllowed(action: "close", role: "信访人")) {
            try decide(.close(note: ""), by: .petitioner, on: Fx.day(2026, 6, 26), status)
        }
    }

    @Test("only supervisors supervise")
    func triageSupervises() throws {
        let status = try Fx.status(in: .inHandling)
        #expect(throws: LifecycleError.roleNotAllowed(action: "supervise", role: "分办员")) {
            try decide(.supervise(reason: "超期", dueDate: nil), by: .staff(Fx.triage), on: Fx.day(2026, 4, 1), status)
        }
        #expect(throws: LifecycleError.roleNotAllowed(action: "supervise", role: "领导")) {
            try decide(.supervise(reason: "超期", dueDate: nil), by: .staff(Fx.leader), on: Fx.day(2026, 4, 1), status)
        }
    }

    @Test("a triage officer may not decline a forwarded petition on the receiving unit's behalf")
    func triageDeclinesForReceivingUnit() throws {
        let status = try Fx.status(in: .awaitingAcceptance)
        #expect(throws: LifecycleError.roleNotAllowed(action: "decline", role: "分办员")) {
            try decide(.decline(reason: "理由", properRoute: "途径"), by: .staff(Fx.triage), on: Fx.day(2026, 3, 5), status)
        }
    }

    @Test("a supervisor may not link a petition to a matter")
    func supervisorLinks() throws {
        let status = try Fx.status(in: .registered)
        #expect(throws: LifecycleError.roleNotAllowed(action: "linkMatter", role: "督办员")) {
            try decide(.linkMatter(matterID: Fx.matterInHandling.id), by: .staff(Fx.supervisor), on: Fx.day(2026, 3, 3), status,
                       linkTarget: Fx.matterInHandling)
        }
    }
}

@Suite("Lifecycle refusals — unit")
struct LifecycleUnitRefusalTests {
    @Test("a handler of another township may not accept, object to, reply to or extend 青山镇's petition")
    func otherTownship() throws {
        let forwarded = try Fx.status(in: .awaitingAcceptance)
        let inHandling = try Fx.status(in: .inHandling)
        let expected = { (action: String) in LifecycleError.wrongUnit(action: action, expected: Fx.qingshanName) }
        #expect(throws: expected("accept")) {
            try decide(.accept(note: ""), by: .staff(Fx.shimenHandler), on: Fx.day(2026, 3, 5), forwarded)
        }
        #expect(throws: expected("object")) {
            try decide(.object(reason: "不属于本乡"), by: .staff(Fx.shimenHead), on: Fx.day(2026, 3, 5), forwarded)
        }
        #expect(throws: expected("decline")) {
            try decide(.decline(reason: "理由", properRoute: "途径"), by: .staff(Fx.housingHandler), on: Fx.day(2026, 3, 5), forwarded)
        }
        #expect(throws: expected("reply")) {
            try decide(letterAction, by: .staff(Fx.housingHandler), on: Fx.day(2026, 4, 1), inHandling)
        }
        #expect(throws: expected("extend")) {
            try decide(.extend(days: 10, reason: "情况复杂"), by: .staff(Fx.shimenHead), on: Fx.day(2026, 4, 1), inHandling)
        }
    }

    @Test("a triage officer outside the petition bureau may not triage")
    func triageOutsideBureau() throws {
        let status = try Fx.status(in: .registered)
        let expected = { (action: String) in LifecycleError.wrongUnit(action: action, expected: Fx.bureauName) }
        #expect(throws: expected("forward")) {
            try decide(.forward(unitID: Fx.shimenID, note: ""), by: .staff(Fx.qingshanTriage), on: Fx.day(2026, 3, 3), status)
        }
        #expect(throws: expected("assign")) {
            try decide(.assign(unitID: Fx.shimenID, reportDue: nil, note: ""), by: .staff(Fx.qingshanTriage), on: Fx.day(2026, 3, 3), status)
        }
        #expect(throws: expected("handleDirectly")) {
            try decide(.handleDirectly(note: ""), by: .staff(Fx.qingshanTriage), on: Fx.day(2026, 3, 3), status)
        }
        #expect(throws: expected("decline")) {
            try decide(.decline(reason: "理由", properRoute: "途径"), by: .staff(Fx.qingshanTriage), on: Fx.day(2026, 3, 3), status)
        }
        #expect(throws: expected("close")) {
            try decide(.close(note: ""), by: .staff(Fx.qingshanTriage), on: Fx.day(2026, 6, 26), try Fx.status(in: .final))
        }
    }

    @Test("the handling unit may not decide the review of its own decision: the body one level up does")
    func reviewByHandlingUnit() throws {
        let status = try Fx.status(in: .reviewRequested)
        #expect(throws: LifecycleError.wrongUnit(action: "decideReview", expected: Fx.countyName)) {
            try decide(.decideReview(outcome: .uphold, opinion: "维持"), by: .staff(Fx.qingshanHead), on: Fx.day(2026, 5, 18), status)
        }
        #expect(throws: LifecycleError.wrongUnit(action: "decideReview", expected: Fx.countyName)) {
            try decide(.decideReview(outcome: .uphold, opinion: "维持"), by: .staff(Fx.cityHead), on: Fx.day(2026, 5, 18), status)
        }
    }

    @Test("the review body may not decide the re-review: the body above it does")
    func recheckByReviewBody() throws {
        let status = try Fx.status(in: .recheckRequested)
        #expect(throws: LifecycleError.wrongUnit(action: "decideRecheck", expected: Fx.cityName)) {
            try decide(.decideRecheck(outcome: .uphold, opinion: "维持"), by: .staff(Fx.countyHead), on: Fx.day(2026, 6, 25), status)
        }
    }

    @Test("a registrar of an unrelated township may not register a review request or link the petition")
    func registrarOfOtherUnit() throws {
        #expect(throws: LifecycleError.wrongUnit(action: "requestReview", expected: Fx.bureauName)) {
            try decide(.requestReview(reasons: "不服"), by: .staff(Fx.shimenRegistrar), on: Fx.day(2026, 4, 20), try Fx.status(in: .replied))
        }
        #expect(throws: LifecycleError.wrongUnit(action: "linkMatter", expected: Fx.bureauName)) {
            try decide(.linkMatter(matterID: Fx.matterInHandling.id), by: .staff(Fx.shimenRegistrar), on: Fx.day(2026, 3, 3),
                       try Fx.status(in: .registered), linkTarget: Fx.matterInHandling)
        }
    }
}

@Suite("Lifecycle refusals — state")
struct LifecycleStateRefusalTests {
    /// A day after every fixture story; the state check comes before any time window.
    static let later = Fx.day(2026, 7, 10)

    private func expectWrongState(
        _ action: PetitionAction, by actor: Actor, in state: PetitionState, linkTarget: MatterSummary? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let status = try Fx.status(in: state)
        #expect(throws: LifecycleError.wrongState(action: action.name, state: state), sourceLocation: sourceLocation) {
            try decide(action, by: actor, on: Self.later, status, linkTarget: linkTarget)
        }
    }

    @Test("triage (forward, assign, handle directly) only from registered",
          arguments: Fx.states(except: .registered))
    func triage(state: PetitionState) throws {
        try expectWrongState(.forward(unitID: Fx.shimenID, note: ""), by: .staff(Fx.triage), in: state)
        try expectWrongState(.assign(unitID: Fx.shimenID, reportDue: nil, note: ""), by: .staff(Fx.triage), in: state)
        try expectWrongState(.handleDirectly(note: ""), by: .staff(Fx.triage), in: state)
    }

    @Test("decline only from registered or awaiting acceptance",
          arguments: Fx.states(except: .registered, .awaitingAcceptance))
    func decline(state: PetitionState) throws {
        try expectWrongState(.decline(reason: "理由", properRoute: "途径"), by: .staff(Fx.triage), in: state)
        try expectWrongState(.decline(reason: "理由", properRoute: "途径"), by: .staff(Fx.qingshanHandler), in: state)
    }

    @Test("accept and object only while awaiting acceptance", arguments: Fx.states(except: .awaitingAcceptance))
    func acceptOrObject(state: PetitionState) throws {
        try expectWrongState(.accept(note: ""), by: .staff(Fx.qingshanHandler), in: state)
        try expectWrongState(.object(reason: "不属于本镇"), by: .staff(Fx.qingshanHead), in: state)
    }

    @Test("extend and reply only in handling", arguments: Fx.states(except: .inHandling))
    func extendOrReply(state: PetitionState) throws {
        try expectWrongState(.extend(days: 10, reason: "情况复杂"), by: .staff(Fx.qingshanHead), in: state)
        try expectWrongState(letterAction, by: .staff(Fx.qingshanHandler), in: state)
    }

    @Test("rating only once a decision exists, and never on a refused-again or merged petition",
          arguments: [PetitionState.registered, .awaitingAcceptance, .inHandling, .refusedAgain, .merged])
    func rate(state: PetitionState) throws {
        try expectWrongState(.rate(acceptance: .satisfied, handling: .satisfied, comment: ""), by: .petitioner, in: state)
    }

    @Test("rating is refused while the case is handled again after 撤销重办, even inside the first rating window")
    func rateDuringRehandling() throws {
        let story = try Fx.record(Array(Fx.mainSteps.prefix(4)) + [
            (.decideReview(outcome: .orderRehandling, opinion: "重办"), .staff(Fx.countyHead), Fx.day(2026, 5, 4)),
        ], petition: Fx.mainPetition, receivedOn: Fx.mainReceived)
        #expect(story.status.ratingWindowEnds == Fx.day(2026, 5, 15))
        #expect(throws: LifecycleError.wrongState(action: "rate", state: .inHandling)) {
            try decide(.rate(acceptance: nil, handling: .dissatisfied, comment: ""), by: .petitioner, on: Fx.day(2026, 5, 6), story.status)
        }
    }

    @Test("review is requested only on a replied case", arguments: Fx.states(except: .replied))
    func requestReview(state: PetitionState) throws {
        try expectWrongState(.requestReview(reasons: "不服"), by: .petitioner, in: state)
    }

    @Test("a review is decided only when requested", arguments: Fx.states(except: .reviewRequested))
    func decideReview(state: PetitionState) throws {
        try expectWrongState(.decideReview(outcome: .uphold, opinion: "维持"), by: .staff(Fx.countyHead), in: state)
    }

    @Test("re-review is requested only on a reviewed case", arguments: Fx.states(except: .reviewed))
    func requestRecheck(state: PetitionState) throws {
        try expectWrongState(.requestRecheck(reasons: "不服"), by: .petitioner, in: state)
    }

    @Test("a re-review is decided only when requested", arguments: Fx.states(except: .recheckRequested))
    func decideRecheck(state: PetitionState) throws {
        try expectWrongState(.decideRecheck(outcome: .uphold, opinion: "维持"), by: .staff(Fx.cityHead), in: state)
    }

    @Test("close only a replied, reviewed or final case", arguments: Fx.states(except: .replied, .reviewed, .final))
    func close(state: PetitionState) throws {
        try expectWrongState(.close(note: ""), by: .system, in: state)
    }

    @Test("no supervision where no body owes a step: finished, final, or waiting on the petitioner",
          arguments: [PetitionState.final, .closed, .declined, .refusedAgain, .merged, .replied, .reviewed])
    func supervise(state: PetitionState) throws {
        try expectWrongState(.supervise(reason: "超期", dueDate: nil), by: .staff(Fx.supervisor), in: state)
    }

    @Test("supervision is allowed in every state where a body owes a step",
          arguments: [PetitionState.registered, .awaitingAcceptance, .inHandling, .reviewRequested, .recheckRequested])
    func superviseOpen(state: PetitionState) throws {
        let status = try Fx.status(in: state)
        let event = try decide(.supervise(reason: "超期", dueDate: nil), by: .staff(Fx.supervisor), on: Self.later, status)
        #expect(event == .supervised(reason: "超期", dueDate: nil))
    }

    @Test("a petition is linked to a matter only while registered", arguments: Fx.states(except: .registered))
    func linkMatter(state: PetitionState) throws {
        try expectWrongState(.linkMatter(matterID: Fx.matterInHandling.id), by: .staff(Fx.triage), in: state,
                             linkTarget: Fx.matterInHandling)
    }

    @Test("不再受理 on a case that became final itself is a state error: it is no new petition",
          arguments: [PetitionState.final, .closed])
    func refuseAgainOnFinalCase(state: PetitionState) throws {
        try expectWrongState(.refuseAgain(reason: "已终结"), by: .staff(Fx.triage), in: state)
    }
}

@Suite("Lifecycle refusals — time windows")
struct LifecycleWindowRefusalTests {
    @Test("an objection after 5 working days is refused; 调休 working Saturdays count, holidays do not",
          arguments: [
            // Wed 09-30 → Thu 10-08, Fri 10-09, Sat 10-10 (调休), Mon 10-12, Tue 10-13.
            (Fx.day(2026, 9, 30), Fx.day(2026, 10, 13), Fx.day(2026, 10, 14)),
            // Fri 02-13 → Sat 02-14 (调休), 02-15…23 春节, Tue 02-24, Wed 25, Thu 26, Fri 02-27; Sat 02-28 is a 调休 day too.
            (Fx.day(2026, 2, 13), Fx.day(2026, 2, 27), Fx.day(2026, 2, 28)),
          ])
    func objectionWindow(forwardedOn: LocalDate, lastDay: LocalDate, firstLateDay: LocalDate) throws {
        let petition = Fx.petition(receivedOn: forwardedOn)
        let forwarded = try Fx.play([(.forward(unitID: Fx.qingshanID, note: ""), .staff(Fx.triage), forwardedOn)],
                                    petition: petition, receivedOn: forwardedOn)
        #expect(forwarded.objectionDue == lastDay)
        let onLastDay = try decide(.object(reason: "不属于本镇"), by: .staff(Fx.qingshanHandler), on: lastDay, forwarded, petition: petition)
        guard case .objected = onLastDay else {
            Issue.record("expected an objection, got \(onLastDay)")
            return
        }
        #expect(throws: LifecycleError.windowClosed(action: "object", rule: .objection, due: lastDay)) {
            try decide(.object(reason: "不属于本镇"), by: .staff(Fx.qingshanHandler), on: firstLateDay, forwarded, petition: petition)
        }
        // Accepting late is not refused: it is only overdue.
        let late = try decide(.accept(note: ""), by: .staff(Fx.qingshanHandler), on: firstLateDay, forwarded, petition: petition)
        guard case .accepted = late else {
            Issue.record("expected acceptance, got \(late)")
            return
        }
    }

    @Test("a review request on day 31 is refused")
    func reviewRequestDay31() throws {
        let replied = try Fx.status(in: .replied)  // replied Wed 04-15, window ends Fri 05-15
        #expect(throws: LifecycleError.windowClosed(action: "requestReview", rule: .reviewRequest, due: Fx.day(2026, 5, 15))) {
            try decide(.requestReview(reasons: "不服"), by: .petitioner, on: Fx.day(2026, 5, 16), replied)
        }
        #expect(throws: LifecycleError.windowClosed(action: "requestReview", rule: .reviewRequest, due: Fx.day(2026, 5, 15))) {
            try decide(.requestReview(reasons: "来信申请"), by: .staff(Fx.registrar), on: Fx.day(2026, 5, 16), replied)
        }
    }

    @Test("a review request after a window moved past National Day is refused the day after the moved end")
    func reviewRequestAfterRolledWindow() throws {
        let received = Fx.day(2026, 7, 8)
        let status = try Fx.play([
            (.forward(unitID: Fx.qingshanID, note: ""), .staff(Fx.triage), received),
            (.accept(note: ""), .staff(Fx.qingshanHandler), Fx.day(2026, 7, 9)),
            (letterAction, .staff(Fx.qingshanHandler), Fx.day(2026, 9, 1)),
        ], petition: Fx.petition(receivedOn: received), receivedOn: received)
        #expect(throws: LifecycleError.windowClosed(action: "requestReview", rule: .reviewRequest, due: Fx.day(2026, 10, 8))) {
            try decide(.requestReview(reasons: "不服"), by: .petitioner, on: Fx.day(2026, 10, 9), status)
        }
    }

    @Test("a window ends at midnight China time, not UTC")
    func windowEndsAtChineseMidnight() throws {
        let replied = try Fx.status(in: .replied)  // review window ends Fri 2026-05-15
        let midnight = Fx.day(2026, 5, 16).startInChina  // 2026-05-15 16:00 UTC
        let justBefore = Fx.context(.petitioner, on: Fx.day(2026, 5, 15))
        var late = justBefore
        late.now = midnight.addingTimeInterval(-60)  // 23:59 China time on 05-15 (15:59 UTC)
        let event = try Lifecycle.decide(.requestReview(reasons: "不服"), for: Fx.mainPetition, status: replied, in: late)
        guard case .reviewRequested = event else {
            Issue.record("expected a review request, got \(event)")
            return
        }
        var tooLate = justBefore
        tooLate.now = midnight.addingTimeInterval(60)  // 00:01 China time on 05-16, still 05-15 in UTC
        #expect(throws: LifecycleError.windowClosed(action: "requestReview", rule: .reviewRequest, due: Fx.day(2026, 5, 15))) {
            try Lifecycle.decide(.requestReview(reasons: "不服"), for: Fx.mainPetition, status: replied, in: tooLate)
        }
    }

    @Test("a re-review request after its 30 days is refused")
    func recheckRequestLate() throws {
        let reviewed = try Fx.status(in: .reviewed)  // reviewed Mon 05-18, window ends Wed 06-17
        #expect(throws: LifecycleError.windowClosed(action: "requestRecheck", rule: .recheckRequest, due: Fx.day(2026, 6, 17))) {
            try decide(.requestRecheck(reasons: "不服"), by: .petitioner, on: Fx.day(2026, 6, 18), reviewed)
        }
    }

    @Test("rating after the rating window is refused")
    func ratingLate() throws {
        let replied = try Fx.status(in: .replied)
        #expect(throws: LifecycleError.windowClosed(action: "rate", rule: .ratingWindow, due: Fx.day(2026, 5, 15))) {
            try decide(.rate(acceptance: .satisfied, handling: .satisfied, comment: ""), by: .petitioner, on: Fx.day(2026, 5, 16), replied)
        }
    }

    @Test("an extension after the decision due date is refused")
    func extendLate() throws {
        let inHandling = try Fx.status(in: .inHandling)  // decision due Wed 05-06
        #expect(throws: LifecycleError.windowClosed(action: "extend", rule: .decision, due: Fx.day(2026, 5, 6))) {
            try decide(.extend(days: 10, reason: "情况复杂"), by: .staff(Fx.qingshanHead), on: Fx.day(2026, 5, 7), inHandling)
        }
        let onDueDay = try decide(.extend(days: 10, reason: "情况复杂"), by: .staff(Fx.qingshanHead), on: Fx.day(2026, 5, 6), inHandling)
        #expect(onDueDay == .extended(days: 10, reason: "情况复杂", decisionDue: Fx.day(2026, 5, 18)))  // Sat 05-16 → Mon 05-18
    }

    @Test("the receiving unit may decline only within its 15-day acceptance notice period")
    func receivingUnitDeclinesLate() throws {
        let forwarded = try Fx.status(in: .awaitingAcceptance)  // forwarded Tue 03-03, notice due Wed 03-18
        #expect(throws: LifecycleError.windowClosed(action: "decline", rule: .acceptanceNotice, due: Fx.day(2026, 3, 18))) {
            try decide(.decline(reason: "应通过诉讼解决", properRoute: "向人民法院起诉"), by: .staff(Fx.qingshanHead),
                       on: Fx.day(2026, 3, 19), forwarded)
        }
    }

    @Test("closing during the review window is refused, up to and including its last day")
    func closeDuringReviewWindow() throws {
        let replied = try Fx.status(in: .replied)
        for day in [Fx.day(2026, 4, 15), Fx.day(2026, 5, 15)] {
            #expect(throws: LifecycleError.windowStillOpen(action: "close", rule: .reviewRequest, until: Fx.day(2026, 5, 15))) {
                try decide(.close(note: ""), by: .system, on: day, replied)
            }
        }
    }

    @Test("closing during the re-review window is refused")
    func closeDuringRecheckWindow() throws {
        let reviewed = try Fx.status(in: .reviewed)
        #expect(throws: LifecycleError.windowStillOpen(action: "close", rule: .recheckRequest, until: Fx.day(2026, 6, 17))) {
            try decide(.close(note: ""), by: .staff(Fx.triage), on: Fx.day(2026, 6, 17), reviewed)
        }
    }
}

@Suite("Lifecycle refusals — once only, and final matters")
struct LifecycleOnceRefusalTests {
    @Test("a second extension is refused, even with days left under the maximum")
    func alreadyExtended() throws {
        let status = try Fx.play(Array(Fx.mainSteps.prefix(2)) + [
            (.extend(days: 10, reason: "情况复杂"), .staff(Fx.qingshanHead), Fx.day(2026, 4, 1)),
        ], petition: Fx.mainPetition, receivedOn: Fx.mainReceived)
        #expect(throws: LifecycleError.alreadyExtended) {
            try decide(.extend(days: 5, reason: "仍需调查"), by: .staff(Fx.qingshanHead), on: Fx.day(2026, 4, 2), status)
        }
    }

    @Test("rating the same aspect twice is refused", arguments: [
        (PetitionAction.rate(acceptance: .satisfied, handling: nil, comment: "")),
        (PetitionAction.rate(acceptance: nil, handling: .dissatisfied, comment: "")),
        (PetitionAction.rate(acceptance: .satisfied, handling: .satisfied, comment: "")),
    ])
    func alreadyRated(second: PetitionAction) throws {
        let status = try Fx.play(Array(Fx.mainSteps.prefix(3)) + [
            (.rate(acceptance: .basicallySatisfied, handling: .satisfied, comment: ""), .petitioner, Fx.day(2026, 4, 16)),
        ], petition: Fx.mainPetition, receivedOn: Fx.mainReceived)
        #expect(throws: LifecycleError.alreadyRated) {
            try decide(second, by: .petitioner, on: Fx.day(2026, 4, 17), status)
        }
    }

    @Test("after rating acceptance only, rating acceptance again is refused")
    func acceptanceRatedTwice() throws {
        let status = try Fx.play(Array(Fx.mainSteps.prefix(3)) + [
            (.rate(acceptance: .basicallySatisfied, handling: nil, comment: ""), .petitioner, Fx.day(2026, 4, 16)),
        ], petition: Fx.mainPetition, receivedOn: Fx.mainReceived)
        #expect(throws: LifecycleError.alreadyRated) {
            try decide(.rate(acceptance: .satisfied, handling: .satisfied, comment: ""), by: .petitioner, on: Fx.day(2026, 4, 17), status)
        }
    }

    @Test("a petition linked to a final matter can be neither routed, declined nor linked again", arguments: [
        PetitionAction.forward(unitID: Fx.qingshanID, note: ""),
        .assign(unitID: Fx.qingshanID, reportDue: nil, note: ""),
        .handleDirectly(note: ""),
        .decline(reason: "理由", properRoute: "途径"),
        .linkMatter(matterID: Fx.matterInHandling.id),
    ])
    func matterIsFinal(action: PetitionAction) throws {
        let status = try Fx.play([(.linkMatter(matterID: Fx.finalMatter.id), .staff(Fx.triage), Fx.day(2026, 3, 3))],
                                 petition: Fx.mainPetition, receivedOn: Fx.mainReceived, linkTarget: Fx.finalMatter)
        #expect(throws: LifecycleError.matterIsFinal) {
            try decide(action, by: .staff(Fx.triage), on: Fx.day(2026, 3, 4), status, linkTarget: Fx.matterInHandling)
        }
    }

    @Test("不再受理 needs a final matter", arguments: [PetitionState.registered, .awaitingAcceptance, .inHandling, .replied, .declined, .merged])
    func matterNotFinal(state: PetitionState) throws {
        let status = try Fx.status(in: state)
        #expect(throws: LifecycleError.matterNotFinal) {
            try decide(.refuseAgain(reason: "已终结"), by: .staff(Fx.triage), on: Fx.day(2026, 7, 10), status)
        }
    }

    @Test("不再受理 on a final matter is still triage: a registrar may not do it")
    func refuseAgainByRegistrar() throws {
        let status = try Fx.play([(.linkMatter(matterID: Fx.finalMatter.id), .staff(Fx.triage), Fx.day(2026, 3, 3))],
                                 petition: Fx.mainPetition, receivedOn: Fx.mainReceived, linkTarget: Fx.finalMatter)
        #expect(throws: LifecycleError.roleNotAllowed(action: "refuseAgain", role: "登记员")) {
            try decide(.refuseAgain(reason: "已终结"), by: .staff(Fx.registrar), on: Fx.day(2026, 3, 4), status)
        }
    }
}

@Suite("Lifecycle refusals — invalid fields")
struct LifecycleFieldRefusalTests {
    @Test("empty or blank reasons, facts, basis and opinions are refused, named by field")
    func blankTexts() throws {
        let blank = " \u{3000}\n\t "
        let registered = try Fx.status(in: .registered)
        let forwarded = try Fx.status(in: .awaitingAcceptance)
        let inHandling = try Fx.status(in: .inHandling)
        let replied = try Fx.status(in: .replied)
        let reviewRequested = try Fx.status(in: .reviewRequested)
        let reviewed = try Fx.status(in: .reviewed)
        let recheckRequested = try Fx.status(in: .recheckRequested)
        let day = Fx.day(2026, 3, 5)

        expectInvalidField("reason") { try decide(.decline(reason: blank, properRoute: "途径"), by: .staff(Fx.triage), on: day, registered) }
        expectInvalidField("properRoute") { try decide(.decline(reason: "理由", properRoute: ""), by: .staff(Fx.triage), on: day, registered) }
        expectInvalidField("reason") { try decide(.object(reason: blank), by: .staff(Fx.qingshanHead), on: day, forwarded) }
        expectInvalidField("reason") { try decide(.extend(days: 10, reason: ""), by: .staff(Fx.qingshanHead), on: day, inHandling) }
        expectInvalidField("factsFound") {
            try decide(.reply(outcome: .support, factsFound: blank, basis: "依据", opinion: "意见"), by: .staff(Fx.qingshanHandler), on: day, inHandling)
        }
        expectInvalidField("basis") {
            try decide(.reply(outcome: .support, factsFound: "事实", basis: "", opinion: "意见"), by: .staff(Fx.qingshanHandler), on: day, inHandling)
        }
        expectInvalidField("opinion") {
            try decide(.reply(outcome: .support, factsFound: "事实", basis: "依据", opinion: blank), by: .staff(Fx.qingshanHandler), on: day, inHandling)
        }
        expectInvalidField("reasons") { try decide(.requestReview(reasons: blank), by: .petitioner, on: Fx.day(2026, 4, 20), replied) }
        expectInvalidField("opinion") {
            try decide(.decideReview(outcome: .uphold, opinion: ""), by: .staff(Fx.countyHead), on: Fx.day(2026, 5, 18), reviewRequested)
        }
        expectInvalidField("reasons") { try decide(.requestRecheck(reasons: ""), by: .petitioner, on: Fx.day(2026, 6, 1), reviewed) }
        expectInvalidField("opinion") {
            try decide(.decideRecheck(outcome: .uphold, opinion: blank), by: .staff(Fx.cityHead), on: Fx.day(2026, 6, 25), recheckRequested)
        }
        expectInvalidField("reason") { try decide(.supervise(reason: blank, dueDate: nil), by: .staff(Fx.supervisor), on: day, inHandling) }
        expectInvalidField("text") { try decide(.comment(text: blank), by: .staff(Fx.qingshanHandler), on: day, inHandling) }
        expectInvalidField("reason") { try decide(.refuseAgain(reason: ""), by: .staff(Fx.triage), on: day, registered) }
    }

    @Test("an extension of 0 or 31 days (or negative) is refused; 1 and 30 are accepted", arguments: [0, 31, -5, 90])
    func extensionDays(days: Int) throws {
        let inHandling = try Fx.status(in: .inHandling)
        expectInvalidField("days", messageContains: "1–30") {
            try decide(.extend(days: days, reason: "情况复杂"), by: .staff(Fx.qingshanHead), on: Fx.day(2026, 4, 1), inHandling)
        }
    }

    @Test("the extension bounds are the rule table's 1 and 30 days", arguments: [1, 30])
    func extensionBounds(days: Int) throws {
        let inHandling = try Fx.status(in: .inHandling)
        let event = try decide(.extend(days: days, reason: "情况复杂"), by: .staff(Fx.qingshanHead), on: Fx.day(2026, 4, 1), inHandling)
        // Old due Wed 05-06: +1 = Thu 05-07; +30 = Fri 06-05.
        #expect(event == .extended(days: days, reason: "情况复杂", decisionDue: days == 1 ? Fx.day(2026, 5, 7) : Fx.day(2026, 6, 5)))
    }

    @Test("an administrator's shorter maximum extension is enforced")
    func extensionMaxFromRuleTable() throws {
        var rules = Fx.rules
        rules.limits[.extensionMax] = .calendarDays(15)
        let inHandling = try Fx.status(in: .inHandling)
        let ctx = Fx.context(.staff(Fx.qingshanHead), on: Fx.day(2026, 4, 1), rules: rules)
        expectInvalidField("days", messageContains: "1–15") {
            try Lifecycle.decide(.extend(days: 16, reason: "情况复杂"), for: Fx.mainPetition, status: inHandling, in: ctx)
        }
    }

    @Test("a petition cannot be forwarded or assigned to a village, the city, the bureau itself or an unknown unit",
          arguments: [Fx.villageID, Fx.cityID, Fx.bureauID, 999])
    func forwardToWrongUnit(unit: OrgUnit.ID) throws {
        let registered = try Fx.status(in: .registered)
        expectInvalidField("unitId") {
            try decide(.forward(unitID: unit, note: ""), by: .staff(Fx.triage), on: Fx.day(2026, 3, 3), registered)
        }
        expectInvalidField("unitId") {
            try decide(.assign(unitID: unit, reportDue: nil, note: ""), by: .staff(Fx.triage), on: Fx.day(2026, 3, 3), registered)
        }
    }

    @Test("an accusation is never forwarded or assigned to a unit it accuses (RULES.md §4)")
    func forwardToAccusedUnit() throws {
        let received = Fx.day(2026, 3, 2)
        let accusation = Fx.petition(id: 5, matterID: 500, receivedOn: received, purpose: .accusation, accused: [Fx.qingshanID])
        let registered = Fx.registered(accusation, receivedOn: received)
        expectInvalidField("unitId") {
            try decide(.forward(unitID: Fx.qingshanID, note: ""), by: .staff(Fx.triage), on: Fx.day(2026, 3, 3), registered, petition: accusation)
        }
        expectInvalidField("unitId") {
            try decide(.assign(unitID: Fx.qingshanID, reportDue: nil, note: ""), by: .staff(Fx.triage), on: Fx.day(2026, 3, 3), registered,
                       petition: accusation)
        }
        // Another unit may take it.
        let event = try decide(.forward(unitID: Fx.countyID, note: ""), by: .staff(Fx.triage), on: Fx.day(2026, 3, 3), registered,
                               petition: accusation)
        guard case .forwarded(let unit, _, _, _, _) = event else {
            Issue.record("expected forwarding, got \(event)")
            return
        }
        #expect(unit == Fx.countyID)
    }

    @Test("an assignment's report date must lie after today", arguments: [Fx.day(2026, 3, 2), Fx.day(2026, 3, 3)])
    func assignReportDueNotInFuture(reportDue: LocalDate) throws {
        let registered = try Fx.status(in: .registered)
        expectInvalidField("reportDue") {
            try decide(.assign(unitID: Fx.qingshanID, reportDue: reportDue, note: ""), by: .staff(Fx.triage), on: Fx.day(2026, 3, 3), registered)
        }
    }

    @Test("a petition cannot be linked to its own matter, nor to a matter that was not loaded")
    func linkToOwnMatter() throws {
        let registered = try Fx.status(in: .registered)
        let own = MatterSummary(id: Fx.mainPetition.matterID, isFinal: false, leadPetitionNumber: Fx.mainPetition.number,
                                leadState: .registered, windowEnds: nil)
        expectInvalidField("matterId") {
            try decide(.linkMatter(matterID: Fx.mainPetition.matterID), by: .staff(Fx.triage), on: Fx.day(2026, 3, 3), registered, linkTarget: own)
        }
        expectInvalidField("matterId") {
            try decide(.linkMatter(matterID: 42), by: .staff(Fx.triage), on: Fx.day(2026, 3, 3), registered, linkTarget: nil)
        }
        expectInvalidField("matterId") {
            try decide(.linkMatter(matterID: 42), by: .staff(Fx.triage), on: Fx.day(2026, 3, 3), registered, linkTarget: Fx.matterInHandling)
        }
    }

    @Test("a rating must rate something")
    func emptyRating() throws {
        let replied = try Fx.status(in: .replied)
        expectInvalidField("handling") {
            try decide(.rate(acceptance: nil, handling: nil, comment: "还行"), by: .petitioner, on: Fx.day(2026, 4, 20), replied)
        }
    }

    @Test("a supervision deadline must lie after today", arguments: [Fx.day(2026, 3, 19), Fx.day(2026, 3, 20)])
    func supervisionDueDate(dueDate: LocalDate) throws {
        let inHandling = try Fx.status(in: .inHandling)
        expectInvalidField("dueDate") {
            try decide(.supervise(reason: "超期", dueDate: dueDate), by: .staff(Fx.supervisor), on: Fx.day(2026, 3, 20), inHandling)
        }
    }
}

@Suite("Lifecycle — rules added after review")
struct LifecycleAmendmentTests {
    @Test("a declined petition's acceptance decision can be rated, but not its handling")
    func rateDeclined() throws {
        let story = try Fx.record([
            (.decline(reason: "属于法院管辖", properRoute: "向人民法院起诉"), .staff(Fx.triage), Fx.day(2026, 3, 3)),
        ], petition: Fx.mainPetition, receivedOn: Fx.mainReceived)
        #expect(story.status.state == .declined)
        let ctx = Fx.context(.petitioner, on: Fx.day(2026, 3, 10))
        #expect(throws: LifecycleError.invalid(field: "handling", message: "不予受理的信访件只能评价受理情况")) {
            try Lifecycle.decide(.rate(acceptance: nil, handling: .satisfied, comment: ""), for: Fx.mainPetition, status: story.status, in: ctx)
        }
        let event = try Lifecycle.decide(.rate(acceptance: .dissatisfied, handling: nil, comment: ""), for: Fx.mainPetition,
                                         status: story.status, in: ctx)
        #expect(event == .rated(acceptance: .dissatisfied, handling: nil, comment: ""))
        let late = Fx.context(.petitioner, on: Fx.day(2026, 4, 3))
        #expect(throws: LifecycleError.windowClosed(action: "rate", rule: .ratingWindow, due: Fx.day(2026, 4, 2))) {
            try Lifecycle.decide(.rate(acceptance: .satisfied, handling: nil, comment: ""), for: Fx.mainPetition, status: story.status, in: late)
        }
    }

    @Test("a re-review that orders re-handling reopens handling and does not make the matter final")
    func recheckOrdersRehandling() throws {
        var status = try Fx.status(in: .recheckRequested)
        let ctx = Fx.context(.staff(Fx.cityHead), on: Fx.day(2026, 9, 1))
        let event = try Lifecycle.decide(.decideRecheck(outcome: .orderRehandling, opinion: "撤销重办"), for: Fx.mainPetition,
                                         status: status, in: ctx)
        status.apply(event, on: Fx.day(2026, 9, 1))
        #expect(status.state == .inHandling)
        #expect(!status.matterIsFinal)
        #expect(status.stepDue == Fx.day(2026, 11, 2))  // 09-01 + 60 = Sat 10-31 → Mon 11-02
        #expect(status.extensionDays == 0)
    }

    @Test("linking to a matter whose petition is still waiting for triage merges the new one")
    func linkToRegisteredMatter() {
        let target = MatterSummary(id: 77, isFinal: false, leadPetitionNumber: "XF-2026-000009", leadState: .registered, windowEnds: nil)
        #expect(Lifecycle.linkEvent(to: target, today: Fx.day(2026, 3, 3))
            == .linkedToMatter(matterID: 77, effect: .merged,
                               note: "该事项已由XF-2026-000009受理办理中，本件并入办理，不重新计算办理期限。"))
    }
}

@Suite("Jurisdiction of governments")
struct GovernmentJurisdictionTests {
    @Test("county government staff see only the cases that involve the county government itself")
    func countySeesOnlyItsOwn() {
        let units = Fx.units
        let countyHead = Fx.countyHead
        #expect(Jurisdiction.visibleUnits(for: countyHead, units: units) == [countyHead.unitID])
        let status = Fx.registered(Fx.mainPetition, receivedOn: Fx.mainReceived)
        #expect(!Jurisdiction.canSee(countyHead, Fx.mainPetition, status, units: units))
    }

    @Test("an accusation against the county government hides the informant from its staff, not from the bureau")
    func accusedGovernment() {
        var record = Fx.mainPetition
        record.registration.purpose = .accusation
        record.registration.flags.confidential = true
        record.registration.accusedUnitIDs = [Fx.countyHead.unitID]
        #expect(Jurisdiction.hidesIdentity(from: Fx.countyHead, record, units: Fx.units))
        #expect(!Jurisdiction.hidesIdentity(from: Fx.triage, record, units: Fx.units))
    }
}

@Suite("Notice wording")
struct NoticeWordingTests {
    @Test("a reason typed with a full stop does not produce doubled punctuation in the notice")
    func noDoubledPunctuation() {
        let extended = Notices.publicText(for: .extended(days: 15, reason: "需逐户核对台账。", decisionDue: Fx.day(2027, 2, 10)))
        #expect(extended == "因需逐户核对台账，您的信访事项办理期限延长15日，将于2027年2月10日前出具处理意见。")
        let declined = Notices.publicText(for: .declined(reason: "属于法院管辖。", properRoute: "向人民法院起诉。"))
        #expect(declined == "经审查，您的信访事项不予受理。理由：属于法院管辖。请通过以下途径解决：向人民法院起诉。")
    }
}
