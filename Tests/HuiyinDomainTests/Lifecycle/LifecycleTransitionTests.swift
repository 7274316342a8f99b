import Foundation
import Testing
@testable import HuiyinDomain

private typealias Fx = LifecycleFixture

// Every allowed transition of RULES.md §2–4, with the deadlines it must set. Expected dates are worked out
// by hand from the 2026 official calendar (RULES.md §5), never with the code under test.

@Suite("Lifecycle — registration and triage")
struct LifecycleTriageTransitionTests {
    @Test("registration sets the 15-day triage deadline, moved out of the National Day holiday (RULES.md §2 example)")
    func registrationTriageDue() {
        // Received Sun 2026-09-20; 15 days → Mon 10-05, inside 国庆 (10-01…07) → Thu 10-08.
        let received = Fx.day(2026, 9, 20)
        let event = Lifecycle.registrationEvent(receivedOn: received, calendar: Fx.calendar, rules: Fx.rules)
        #expect(event == .registered(receivedOn: received, triageDue: Fx.day(2026, 10, 8)))
        let status = Fx.registered(Fx.petition(receivedOn: received), receivedOn: received)
        #expect(status.state == .registered)
        #expect(status.stepDue == Fx.day(2026, 10, 8))
        #expect(status.receivedOn == received)
        #expect(status.version == 1)
    }

    @Test("the bureau forwards to a township: acceptance due in 15 days, objection in 5 working days")
    func forward() throws {
        let status = Fx.registered(Fx.mainPetition, receivedOn: Fx.mainReceived)
        let event = try Fx.decide(.forward(unitID: Fx.qingshanID, note: "  请依法办理\u{3000}"), by: .staff(Fx.triage),
                                  on: Fx.day(2026, 3, 3), petition: Fx.mainPetition, status: status)
        // Tue 03-03 + 15 = Wed 03-18; working days Wed 04, Thu 05, Fri 06, Mon 09, Tue 10.
        #expect(event == .forwarded(unitID: Fx.qingshanID, unitName: Fx.qingshanName, acceptanceDue: Fx.day(2026, 3, 18),
                                    objectionDue: Fx.day(2026, 3, 10), note: "请依法办理"))
        var after = status
        after.apply(event, on: Fx.day(2026, 3, 3))
        #expect(after.state == .awaitingAcceptance)
        #expect(after.handlingUnitID == Fx.qingshanID)
        #expect(after.routing == .forward)
        #expect(after.routedOn == Fx.day(2026, 3, 3))
        #expect(after.objectionDue == Fx.day(2026, 3, 10))
        #expect(after.stepDue == Fx.day(2026, 3, 18))
        #expect(after.reportDue == nil)
    }

    @Test("the bureau may forward to a county department and to the county government")
    func forwardToDepartmentAndCounty() throws {
        for unit in [Fx.housingID, Fx.labourID, Fx.countyID] {
            let status = try Fx.play([(.forward(unitID: unit, note: ""), .staff(Fx.triage), Fx.day(2026, 3, 3))],
                                     petition: Fx.mainPetition, receivedOn: Fx.mainReceived)
            #expect(status.state == .awaitingAcceptance)
            #expect(status.handlingUnitID == unit)
        }
    }

    @Test("assigning without a report date takes the rule table's 90 days, moved out of National Day")
    func assignDefaultReportDue() throws {
        // Fri 2026-07-03 + 90 = Thu 10-01 (国庆) → Thu 10-08. Acceptance: 07-18 is a Saturday → Mon 07-20.
        // Objection: Mon 07-06 … Fri 07-10.
        let received = Fx.day(2026, 7, 2)
        let petition = Fx.petition(receivedOn: received)
        let status = Fx.registered(petition, receivedOn: received)
        let event = try Fx.decide(.assign(unitID: Fx.housingID, reportDue: nil, note: "请于期限内报送办结报告"),
                                  by: .staff(Fx.triage), on: Fx.day(2026, 7, 3), petition: petition, status: status)
        #expect(event == .assigned(unitID: Fx.housingID, unitName: Fx.housingName, acceptanceDue: Fx.day(2026, 7, 20),
                                   objectionDue: Fx.day(2026, 7, 10), reportDue: Fx.day(2026, 10, 8),
                                   note: "请于期限内报送办结报告"))
        var after = status
        after.apply(event, on: Fx.day(2026, 7, 3))
        #expect(after.state == .awaitingAcceptance)
        #expect(after.routing == .assign)
        #expect(after.reportDue == Fx.day(2026, 10, 8))
        #expect(after.handlingUnitID == Fx.housingID)
    }

    @Test("assigning with an explicit report date keeps that date")
    func assignExplicitReportDue() throws {
        let status = try Fx.play([(.assign(unitID: Fx.shimenID, reportDue: Fx.day(2026, 4, 30), note: ""),
                                   .staff(Fx.triage), Fx.day(2026, 3, 3))],
                                 petition: Fx.mainPetition, receivedOn: Fx.mainReceived)
        #expect(status.reportDue == Fx.day(2026, 4, 30))
        #expect(status.routing == .assign)
        #expect(status.handlingUnitID == Fx.shimenID)
    }

    @Test("the bureau handles a petition directly: in handling at once, decision due in 60 days")
    func handleDirectly() throws {
        // Tue 03-03 + 60 = Sat 05-02, inside 劳动节 (05-01…05) → Wed 05-06.
        let status = Fx.registered(Fx.mainPetition, receivedOn: Fx.mainReceived)
        let event = try Fx.decide(.handleDirectly(note: "本局直接办理"), by: .staff(Fx.triage), on: Fx.day(2026, 3, 3),
                                  petition: Fx.mainPetition, status: status)
        #expect(event == .handledDirectly(unitID: Fx.bureauID, unitName: Fx.bureauName, decisionDue: Fx.day(2026, 5, 6),
                                          note: "本局直接办理"))
        var after = status
        after.apply(event, on: Fx.day(2026, 3, 3))
        #expect(after.state == .inHandling)
        #expect(after.routing == .direct)
        #expect(after.handlingUnitID == Fx.bureauID)
        #expect(after.acceptedOn == Fx.day(2026, 3, 3))
        #expect(after.decisionDue == Fx.day(2026, 5, 6))
        #expect(after.stepDue == Fx.day(2026, 5, 6))
    }

    @Test("the bureau declines with the reason and the proper route; the petition is finished")
    func triageDecline() throws {
        let status = Fx.registered(Fx.mainPetition, receivedOn: Fx.mainReceived)
        let event = try Fx.decide(.decline(reason: " 属于人民法院管辖的事项 ", properRoute: "向人民法院提起诉讼\n"),
                                  by: .staff(Fx.triage), on: Fx.day(2026, 3, 3), petition: Fx.mainPetition, status: status)
        // The acceptance decision can be rated for 30 days (03-03 + 30 = 04-02).
        #expect(event == .declined(reason: "属于人民法院管辖的事项", properRoute: "向人民法院提起诉讼", ratingWindowEnds: Fx.day(2026, 4, 2)))
        var after = status
        after.apply(event, on: Fx.day(2026, 3, 3))
        #expect(after.state == .declined)
        #expect(after.state.isTerminal)
        #expect(after.closedOn == Fx.day(2026, 3, 3))
        #expect(after.stepDue == nil)
    }
}

@Suite("Lifecycle — acceptance")
struct LifecycleAcceptanceTransitionTests {
    @Test("the receiving township accepts: decision due 60 days later, moved out of 劳动节")
    func accept() throws {
        let forwarded = try Fx.status(in: .awaitingAcceptance)
        // Thu 03-05 + 60 = Mon 05-04 (劳动节 05-01…05) → Wed 05-06.
        let event = try Fx.decide(.accept(note: "已受理"), by: .staff(Fx.qingshanHandler), on: Fx.day(2026, 3, 5),
                                  petition: Fx.mainPetition, status: forwarded)
        #expect(event == .accepted(decisionDue: Fx.day(2026, 5, 6), note: "已受理"))
        var after = forwarded
        after.apply(event, on: Fx.day(2026, 3, 5))
        #expect(after.state == .inHandling)
        #expect(after.acceptedOn == Fx.day(2026, 3, 5))
        #expect(after.decisionDue == Fx.day(2026, 5, 6))
        #expect(after.stepDue == Fx.day(2026, 5, 6))
        #expect(after.objectionDue == nil)
        #expect(after.handlingUnitID == Fx.qingshanID)
    }

    @Test("the unit head of the receiving unit may accept too")
    func headAccepts() throws {
        let forwarded = try Fx.status(in: .awaitingAcceptance)
        let event = try Fx.decide(.accept(note: ""), by: .staff(Fx.qingshanHead), on: Fx.day(2026, 3, 20),
                                  petition: Fx.mainPetition, status: forwarded)
        #expect(event == .accepted(decisionDue: Fx.day(2026, 5, 19), note: ""))  // Fri 03-20 + 60 = Tue 05-19
    }

    @Test("an objection on its last day sends the petition back to the bureau, which must re-route in 5 working days")
    func objectOnLastDay() throws {
        let forwarded = try Fx.status(in: .awaitingAcceptance)
        // Objection due Tue 03-10; re-route: Wed 11, Thu 12, Fri 13, Mon 16, Tue 17.
        let event = try Fx.decide(.object(reason: "宅基地纠纷不属于本镇职责"), by: .staff(Fx.qingshanHead),
                                  on: Fx.day(2026, 3, 10), petition: Fx.mainPetition, status: forwarded)
        #expect(event == .objected(reason: "宅基地纠纷不属于本镇职责", rerouteDue: Fx.day(2026, 3, 17)))
        var after = forwarded
        after.apply(event, on: Fx.day(2026, 3, 10))
        #expect(after.state == .registered)
        #expect(after.handlingUnitID == nil)
        #expect(after.routing == nil)
        #expect(after.objectionDue == nil)
        #expect(after.stepDue == Fx.day(2026, 3, 17))
    }

    @Test("after an objection the bureau can route the petition again, to another unit")
    func rerouteAfterObjection() throws {
        var story = try Fx.record(Array(Fx.mainSteps.prefix(1)), petition: Fx.mainPetition, receivedOn: Fx.mainReceived)
        try story.play([
            (.object(reason: "不属于本镇职责"), .staff(Fx.qingshanHandler), Fx.day(2026, 3, 9)),
            (.forward(unitID: Fx.housingID, note: "改转住建局"), .staff(Fx.triage), Fx.day(2026, 3, 11)),
        ])
        #expect(story.status.state == .awaitingAcceptance)
        #expect(story.status.handlingUnitID == Fx.housingID)
        // Wed 03-11 + 15 = Thu 03-26.
        #expect(story.status.stepDue == Fx.day(2026, 3, 26))
        try story.play([(.accept(note: ""), .staff(Fx.housingHandler), Fx.day(2026, 3, 12))])
        #expect(story.status.state == .inHandling)
    }

    @Test("an objection is still allowed on the fifth working day after National Day, counting the 调休 Saturday")
    func objectionAcrossNationalDay() throws {
        // Forwarded Wed 09-30. Working days: 10-01…07 off; Thu 10-08, Fri 10-09, Sat 10-10 (调休 work), Mon 10-12, Tue 10-13.
        let received = Fx.day(2026, 9, 30)
        let petition = Fx.petition(receivedOn: received)
        var story = try Fx.record([(.forward(unitID: Fx.shimenID, note: ""), .staff(Fx.triage), received)],
                                  petition: petition, receivedOn: received)
        #expect(story.status.objectionDue == Fx.day(2026, 10, 13))
        #expect(story.status.stepDue == Fx.day(2026, 10, 15))  // 09-30 + 15 = Thu 10-15
        try story.play([(.object(reason: "不属于本乡职责"), .staff(Fx.shimenHandler), Fx.day(2026, 10, 13))])
        #expect(story.status.state == .registered)
        // Re-route: Wed 10-14, Thu 15, Fri 16, Mon 19, Tue 20.
        #expect(story.status.stepDue == Fx.day(2026, 10, 20))
    }

    @Test("the receiving unit declines within its notice period and routes the matter into legal procedure (诉访分离)")
    func receivingUnitDeclines() throws {
        let story = try Fx.record([
            (.forward(unitID: Fx.labourID, note: ""), .staff(Fx.triage), Fx.day(2026, 3, 3)),
            (.decline(reason: "已申请劳动仲裁", properRoute: "向劳动人事争议仲裁委员会申请仲裁"), .staff(Fx.labourHandler),
             Fx.day(2026, 3, 18)),
        ], petition: Fx.mainPetition, receivedOn: Fx.mainReceived)
        #expect(story.history.last?.event == .declined(reason: "已申请劳动仲裁", properRoute: "向劳动人事争议仲裁委员会申请仲裁",
                                                       ratingWindowEnds: Fx.day(2026, 4, 17)))
        #expect(story.status.state == .declined)
        #expect(story.status.closedOn == Fx.day(2026, 3, 18))
    }
}

@Suite("Lifecycle — handling")
struct LifecycleHandlingTransitionTests {
    /// Received Wed 07-08, forwarded the same day, accepted Thu 07-09: decision due Mon 09-07.
    static let received = Fx.day(2026, 7, 8)
    static let petition = Fx.petition(receivedOn: received)
    fileprivate static func accepted() throws -> LifecycleFixture.Story {
        try Fx.record([
            (.forward(unitID: Fx.qingshanID, note: ""), .staff(Fx.triage), received),
            (.accept(note: ""), .staff(Fx.qingshanHandler), Fx.day(2026, 7, 9)),
        ], petition: petition, receivedOn: received)
    }

    @Test("the unit head extends once: new due = old due + days, moved out of National Day")
    func extendRolled() throws {
        var story = try Self.accepted()
        #expect(story.status.decisionDue == Fx.day(2026, 9, 7))
        try story.play([(.extend(days: 30, reason: "需要补充测绘"), .staff(Fx.qingshanHead), Fx.day(2026, 9, 7))])
        // Mon 09-07 + 30 = Wed 10-07 (国庆) → Thu 10-08.
        #expect(story.history.last?.event == .extended(days: 30, reason: "需要补充测绘", decisionDue: Fx.day(2026, 10, 8)))
        #expect(story.status.decisionDue == Fx.day(2026, 10, 8))
        #expect(story.status.stepDue == Fx.day(2026, 10, 8))
        #expect(story.status.extensionDays == 30)
        #expect(story.status.extended)
        #expect(story.status.state == .inHandling)
    }

    @Test("an early extension counts from the old due date, not from the day it is granted")
    func extendCountsFromOldDue() throws {
        var story = try Self.accepted()
        try story.play([(.extend(days: 10, reason: "需要补充测绘"), .staff(Fx.qingshanHead), Fx.day(2026, 7, 20))])
        // Mon 09-07 + 10 = Thu 09-17 (and not 07-20 + 10).
        #expect(story.status.decisionDue == Fx.day(2026, 9, 17))
        #expect(story.status.extensionDays == 10)
    }

    @Test("the handler replies: the letter names the review body and the 30-day window")
    func reply() throws {
        let inHandling = try Fx.status(in: .inHandling)
        let event = try Fx.decide(
            .reply(outcome: .partlySupport, factsFound: " 邻居房屋越界0.8米。 ", basis: "《土地管理法》第六十二条",
                   opinion: "责令限期拆除越界部分。"),
            by: .staff(Fx.qingshanHandler), on: Fx.day(2026, 4, 15), petition: Fx.mainPetition, status: inHandling)
        let letter = DecisionLetter(
            outcome: .partlySupport, factsFound: "邻居房屋越界0.8米。", basis: "《土地管理法》第六十二条", opinion: "责令限期拆除越界部分。",
            appealRights: "信访人对本处理意见不服的，可以自收到本意见书之日起30日内向青川县人民政府请求复查。",
            issuedBy: Fx.qingshanName, issuedOn: Fx.day(2026, 4, 15))
        // Wed 04-15 + 30 = Fri 05-15.
        #expect(event == .replied(letter: letter, reviewWindowEnds: Fx.day(2026, 5, 15), ratingWindowEnds: Fx.day(2026, 5, 15)))
        var after = inHandling
        after.apply(event, on: Fx.day(2026, 4, 15))
        #expect(after.state == .replied)
        #expect(after.letter == letter)
        #expect(after.petitionerWindowEnds == Fx.day(2026, 5, 15))
        #expect(after.ratingWindowEnds == Fx.day(2026, 5, 15))
        #expect(after.stepDue == nil)
    }

    @Test("a vertically managed department's letter names its upper department, not the county government")
    func replyOfVerticallyManagedDepartment() throws {
        let story = try Fx.record([
            (.forward(unitID: Fx.countyTaxID, note: ""), .staff(Fx.triage), Fx.day(2026, 3, 3)),
            (.accept(note: ""), .staff(Fx.countyTaxHandler), Fx.day(2026, 3, 4)),
            (.reply(outcome: .explain, factsFound: "事实", basis: "《税收征收管理法》", opinion: "解释说明"),
             .staff(Fx.countyTaxHead), Fx.day(2026, 4, 15)),
        ], petition: Fx.mainPetition, receivedOn: Fx.mainReceived)
        #expect(story.status.letter?.appealRights == "信访人对本处理意见不服的，可以自收到本意见书之日起30日内向国家税务总局江州市税务局请求复查。")
        #expect(story.status.letter?.issuedBy == Fx.countyTaxName)
    }

    @Test("a case the bureau handles itself is answered by the bureau and reviewed by the county government")
    func directlyHandledCase() throws {
        let story = try Fx.record([
            (.handleDirectly(note: ""), .staff(Fx.triage), Fx.day(2026, 3, 3)),
            (.reply(outcome: .explain, factsFound: "事实", basis: "依据", opinion: "解释说明"), .staff(Fx.bureauHandler), Fx.day(2026, 4, 15)),
            (.requestReview(reasons: "不服"), .petitioner, Fx.day(2026, 4, 20)),
        ], petition: Fx.mainPetition, receivedOn: Fx.mainReceived)
        #expect(story.status.reviewUnitID == Fx.countyID)
        #expect(story.status.letter?.issuedBy == Fx.bureauName)
        #expect(story.status.letter?.appealRights == "信访人对本处理意见不服的，可以自收到本意见书之日起30日内向青川县人民政府请求复查。")
    }

    @Test("a reply window ending on National Day moves to the next working day")
    func replyWindowRolled() throws {
        var story = try Self.accepted()
        try story.play([(.reply(outcome: .support, factsFound: "事实", basis: "依据", opinion: "意见"),
                         .staff(Fx.qingshanHandler), Fx.day(2026, 9, 1))])
        // Tue 09-01 + 30 = Thu 10-01 (国庆) → Thu 10-08.
        #expect(story.status.petitionerWindowEnds == Fx.day(2026, 10, 8))
        #expect(story.status.ratingWindowEnds == Fx.day(2026, 10, 8))
        try story.play([(.requestReview(reasons: "不服"), .petitioner, Fx.day(2026, 10, 8))])
        #expect(story.status.state == .reviewRequested)
    }

    @Test("a supervisor supervises a case in handling; the state and deadline stay")
    func supervise() throws {
        let inHandling = try Fx.status(in: .inHandling)
        let event = try Fx.decide(.supervise(reason: "群众反映强烈，请加快办理", dueDate: Fx.day(2026, 4, 1)),
                                  by: .staff(Fx.supervisor), on: Fx.day(2026, 3, 20), petition: Fx.mainPetition, status: inHandling)
        #expect(event == .supervised(reason: "群众反映强烈，请加快办理", dueDate: Fx.day(2026, 4, 1)))
        var after = inHandling
        after.apply(event, on: Fx.day(2026, 3, 20))
        #expect(after.supervisionCount == 1)
        #expect(after.state == .inHandling)
        #expect(after.stepDue == inHandling.stepDue)
        #expect(after.version == inHandling.version + 1)
    }

    @Test("staff comment at any stage without changing anything but the version",
          arguments: PetitionState.allCases)
    func comment(state: PetitionState) throws {
        let status = try Fx.status(in: state)
        let event = try Fx.decide(.comment(text: "  已电话联系信访人  "), by: .staff(Fx.qingshanHandler), on: Fx.day(2026, 7, 10),
                                  petition: Fx.mainPetition, status: status)
        #expect(event == .commented(text: "已电话联系信访人"))
        var after = status
        after.apply(event, on: Fx.day(2026, 7, 10))
        var expected = status
        expected.version += 1
        #expect(after == expected)
    }
}

@Suite("Lifecycle — after the reply")
struct LifecycleRepliedTransitionTests {
    @Test("the petitioner rates acceptance and handling on the last day of the window")
    func rate() throws {
        let replied = try Fx.status(in: .replied)
        let event = try Fx.decide(.rate(acceptance: .satisfied, handling: .dissatisfied, comment: " 处理不彻底 "),
                                  by: .petitioner, on: Fx.day(2026, 5, 15), petition: Fx.mainPetition, status: replied)
        #expect(event == .rated(acceptance: .satisfied, handling: .dissatisfied, comment: "处理不彻底"))
        var after = replied
        after.apply(event, on: Fx.day(2026, 5, 15))
        #expect(after.acceptanceRating == .satisfied)
        #expect(after.handlingRating == .dissatisfied)
        #expect(after.state == .replied)
    }

    @Test("acceptance and handling may be rated separately")
    func rateSeparately() throws {
        var story = try Fx.record(Array(Fx.mainSteps.prefix(3)), petition: Fx.mainPetition, receivedOn: Fx.mainReceived)
        try story.play([
            (.rate(acceptance: .basicallySatisfied, handling: nil, comment: ""), .petitioner, Fx.day(2026, 4, 16)),
            (.rate(acceptance: nil, handling: .satisfied, comment: ""), .petitioner, Fx.day(2026, 4, 17)),
        ])
        #expect(story.status.acceptanceRating == .basicallySatisfied)
        #expect(story.status.handlingRating == .satisfied)
    }

    @Test("rating stays open through review, re-review, 终结 and closing while the rating window lasts",
          arguments: [PetitionState.replied, .reviewRequested, .reviewed, .recheckRequested, .final, .closed])
    func rateInLaterStates(state: PetitionState) throws {
        // An administrator's 90-day rating window: Wed 04-15 + 90 = Tue 07-14, after every main-story step.
        var rules = Fx.rules
        rules.limits[.ratingWindow] = .calendarDays(90)
        let prefix = try #require(Fx.mainPrefix(reaching: state))
        var story = try Fx.record(Array(Fx.mainSteps.prefix(prefix)), petition: Fx.mainPetition, receivedOn: Fx.mainReceived,
                                  rules: rules)
        #expect(story.status.state == state)
        #expect(story.status.ratingWindowEnds == Fx.day(2026, 7, 14))
        try story.play([(.rate(acceptance: .satisfied, handling: .basicallySatisfied, comment: ""), .petitioner, Fx.day(2026, 7, 14))])
        #expect(story.status.acceptanceRating == .satisfied)
        #expect(story.status.handlingRating == .basicallySatisfied)
        #expect(story.status.state == state)
    }

    @Test("the petitioner asks for review: it goes to the handling unit's review body, decided in 30 days")
    func requestReview() throws {
        let replied = try Fx.status(in: .replied)
        let event = try Fx.decide(.requestReview(reasons: " 越界部分不止0.8米 "), by: .petitioner, on: Fx.day(2026, 4, 20),
                                  petition: Fx.mainPetition, status: replied)
        // Mon 04-20 + 30 = Wed 05-20.
        #expect(event == .reviewRequested(unitID: Fx.countyID, unitName: Fx.countyName, reasons: "越界部分不止0.8米",
                                          decisionDue: Fx.day(2026, 5, 20)))
        var after = replied
        after.apply(event, on: Fx.day(2026, 4, 20))
        #expect(after.state == .reviewRequested)
        #expect(after.reviewUnitID == Fx.countyID)
        #expect(after.reviewRequestedOn == Fx.day(2026, 4, 20))
        #expect(after.petitionerWindowEnds == nil)
        #expect(after.stepDue == Fx.day(2026, 5, 20))
    }

    @Test("a review request on the last day of the window is accepted, and a clerk may register it for the petitioner")
    func requestReviewOnLastDayByClerk() throws {
        let replied = try Fx.status(in: .replied)
        let event = try Fx.decide(.requestReview(reasons: "来信申请复查"), by: .staff(Fx.registrar), on: Fx.day(2026, 5, 15),
                                  petition: Fx.mainPetition, status: replied)
        #expect(event == .reviewRequested(unitID: Fx.countyID, unitName: Fx.countyName, reasons: "来信申请复查",
                                          decisionDue: Fx.day(2026, 6, 15)))  // Fri 05-15 + 30 = Sun 06-14 → Mon 06-15
    }

    @Test("review of a vertically managed department goes to its upper department, re-review above that")
    func reviewBodyIsNotTheParent() throws {
        let story = try Fx.record([
            (.forward(unitID: Fx.countyTaxID, note: ""), .staff(Fx.triage), Fx.day(2026, 3, 3)),
            (.accept(note: ""), .staff(Fx.countyTaxHandler), Fx.day(2026, 3, 4)),
            (.reply(outcome: .explain, factsFound: "事实", basis: "依据", opinion: "意见"), .staff(Fx.countyTaxHandler), Fx.day(2026, 4, 15)),
            (.requestReview(reasons: "不服"), .petitioner, Fx.day(2026, 4, 20)),
            (.decideReview(outcome: .change, opinion: "变更原处理意见"), .staff(Fx.cityTaxHead), Fx.day(2026, 5, 6)),
            (.requestRecheck(reasons: "不服"), .petitioner, Fx.day(2026, 5, 7)),
        ], petition: Fx.mainPetition, receivedOn: Fx.mainReceived)
        #expect(story.status.reviewUnitID == Fx.cityTaxID)
        #expect(story.status.reviewOutcome == .change)
        #expect(story.status.recheckUnitID == Fx.cityID)
    }

    @Test("the bureau closes a replied case once the review window has passed")
    func closeAfterReviewWindow() throws {
        let replied = try Fx.status(in: .replied)
        // Window ends Fri 05-15; Sat 05-16 is the first day after it.
        for actor in [Actor.system, .staff(Fx.triage), .staff(Fx.admin)] {
            let event = try Fx.decide(.close(note: "期满未申请复查"), by: actor, on: Fx.day(2026, 5, 16),
                                      petition: Fx.mainPetition, status: replied)
            #expect(event == .closed(note: "期满未申请复查"))
            var after = replied
            after.apply(event, on: Fx.day(2026, 5, 16))
            #expect(after.state == .closed)
            #expect(after.closedOn == Fx.day(2026, 5, 16))
            #expect(!after.matterIsFinal)
        }
    }
}

@Suite("Lifecycle — review and re-review")
struct LifecycleReviewTransitionTests {
    @Test("the review body upholds: the re-review window opens for 30 days")
    func upholdReview() throws {
        let requested = try Fx.status(in: .reviewRequested)
        let event = try Fx.decide(.decideReview(outcome: .uphold, opinion: "予以维持"), by: .staff(Fx.countyHead),
                                  on: Fx.day(2026, 5, 18), petition: Fx.mainPetition, status: requested)
        // Mon 05-18 + 30 = Wed 06-17.
        #expect(event == .reviewDecided(outcome: .uphold, opinion: "予以维持", recheckWindowEnds: Fx.day(2026, 6, 17), rehandlingDue: nil))
        var after = requested
        after.apply(event, on: Fx.day(2026, 5, 18))
        #expect(after.state == .reviewed)
        #expect(after.reviewOutcome == .uphold)
        #expect(after.reviewDecidedOn == Fx.day(2026, 5, 18))
        #expect(after.petitionerWindowEnds == Fx.day(2026, 6, 17))
        #expect(after.stepDue == nil)
    }

    @Test("a handler of the review body may decide the review as well")
    func handlerOfReviewBodyDecides() throws {
        let requested = try Fx.status(in: .reviewRequested)
        let event = try Fx.decide(.decideReview(outcome: .change, opinion: "变更"), by: .staff(Fx.countyHandler),
                                  on: Fx.day(2026, 5, 18), petition: Fx.mainPetition, status: requested)
        var after = requested
        after.apply(event, on: Fx.day(2026, 5, 18))
        #expect(after.state == .reviewed)
        #expect(after.reviewOutcome == .change)
    }

    @Test("ordering re-handling sends the case back to the handler with a fresh 60 days and the extension reset")
    func orderRehandling() throws {
        var story = try Fx.record([
            Fx.mainSteps[0], Fx.mainSteps[1],
            // Old due Wed 05-06 + 10 = Sat 05-16 → Mon 05-18.
            (.extend(days: 10, reason: "需要补充测绘"), .staff(Fx.qingshanHead), Fx.day(2026, 4, 1)),
            Fx.mainSteps[2], Fx.mainSteps[3],
        ], petition: Fx.mainPetition, receivedOn: Fx.mainReceived)
        #expect(story.status.extensionDays == 10)
        try story.play([(.decideReview(outcome: .orderRehandling, opinion: "事实不清，责成重新办理"), .staff(Fx.countyHead), Fx.day(2026, 5, 18))])
        // Mon 05-18 + 60 = Fri 07-17.
        #expect(story.history.last?.event == .reviewDecided(outcome: .orderRehandling, opinion: "事实不清，责成重新办理",
                                                           recheckWindowEnds: Fx.day(2026, 6, 17), rehandlingDue: Fx.day(2026, 7, 17)))
        #expect(story.status.state == .inHandling)
        #expect(story.status.handlingUnitID == Fx.qingshanID)
        #expect(story.status.decisionDue == Fx.day(2026, 7, 17))
        #expect(story.status.stepDue == Fx.day(2026, 7, 17))
        #expect(story.status.acceptedOn == Fx.day(2026, 5, 18))
        #expect(story.status.extensionDays == 0)
        #expect(story.status.petitionerWindowEnds == nil)
        #expect(story.status.reviewOutcome == .orderRehandling)

        // The extension may be granted again: Fri 07-17 + 30 = Sun 08-16 → Mon 08-17.
        try story.play([(.extend(days: 30, reason: "重新调查"), .staff(Fx.qingshanHead), Fx.day(2026, 6, 1))])
        #expect(story.status.decisionDue == Fx.day(2026, 8, 17))
        // And a new decision reopens the review window.
        try story.play([(.reply(outcome: .support, factsFound: "重新查明", basis: "依据", opinion: "支持"), .staff(Fx.qingshanHandler),
                         Fx.day(2026, 7, 1))])
        #expect(story.status.state == .replied)
        #expect(story.status.petitionerWindowEnds == Fx.day(2026, 7, 31))  // Wed 07-01 + 30 = Fri 07-31
    }

    @Test("re-review is asked of the body above the review body")
    func requestRecheck() throws {
        let reviewed = try Fx.status(in: .reviewed)
        let event = try Fx.decide(.requestRecheck(reasons: "仍不服"), by: .petitioner, on: Fx.day(2026, 6, 1),
                                  petition: Fx.mainPetition, status: reviewed)
        // Mon 06-01 + 30 = Wed 07-01.
        #expect(event == .recheckRequested(unitID: Fx.cityID, unitName: Fx.cityName, reasons: "仍不服", decisionDue: Fx.day(2026, 7, 1)))
        var after = reviewed
        after.apply(event, on: Fx.day(2026, 6, 1))
        #expect(after.state == .recheckRequested)
        #expect(after.recheckUnitID == Fx.cityID)
        #expect(after.recheckRequestedOn == Fx.day(2026, 6, 1))
        #expect(after.petitionerWindowEnds == nil)
        #expect(after.stepDue == Fx.day(2026, 7, 1))
    }

    @Test("a re-review request on the last day of its window is accepted")
    func requestRecheckOnLastDay() throws {
        let reviewed = try Fx.status(in: .reviewed)
        let event = try Fx.decide(.requestRecheck(reasons: "仍不服"), by: .petitioner, on: Fx.day(2026, 6, 17),
                                  petition: Fx.mainPetition, status: reviewed)
        #expect(event == .recheckRequested(unitID: Fx.cityID, unitName: Fx.cityName, reasons: "仍不服", decisionDue: Fx.day(2026, 7, 17)))
    }

    @Test("a reviewed case is closed once the re-review window has passed")
    func closeAfterRecheckWindow() throws {
        let reviewed = try Fx.status(in: .reviewed)
        let event = try Fx.decide(.close(note: ""), by: .system, on: Fx.day(2026, 6, 18), petition: Fx.mainPetition, status: reviewed)
        var after = reviewed
        after.apply(event, on: Fx.day(2026, 6, 18))
        #expect(after.state == .closed)
        #expect(!after.matterIsFinal)
    }

    @Test("the re-review decision makes the matter final")
    func decideRecheck() throws {
        let requested = try Fx.status(in: .recheckRequested)
        let event = try Fx.decide(.decideRecheck(outcome: .uphold, opinion: " 予以维持 "), by: .staff(Fx.cityHead),
                                  on: Fx.day(2026, 6, 25), petition: Fx.mainPetition, status: requested)
        #expect(event == .recheckDecided(outcome: .uphold, opinion: "予以维持"))
        var after = requested
        after.apply(event, on: Fx.day(2026, 6, 25))
        #expect(after.state == .final)
        #expect(after.matterIsFinal)
        #expect(after.recheckOutcome == .uphold)
        #expect(after.stepDue == nil)
        #expect(!after.state.isTerminal)
    }

    @Test("a final case is closed at once, without waiting")
    func closeFinal() throws {
        let final = try Fx.status(in: .final)
        let event = try Fx.decide(.close(note: "复核终结"), by: .staff(Fx.triage), on: Fx.day(2026, 6, 25),
                                  petition: Fx.mainPetition, status: final)
        var after = final
        after.apply(event, on: Fx.day(2026, 6, 25))
        #expect(after.state == .closed)
        #expect(after.matterIsFinal)
        #expect(after.closedOn == Fx.day(2026, 6, 25))
    }
}

@Suite("Lifecycle — linking a repeat petition to its matter")
struct LifecycleLinkTransitionTests {
    static let repeatReceived = Fx.day(2026, 3, 2)
    static let repeatPetition = Fx.petition(id: 2, matterID: 200, receivedOn: repeatReceived)

    @Test("linked to a final matter: the petition stays registered, and only 不再受理, comment or supervision remain")
    func linkToFinalMatter() throws {
        var story = try Fx.record([(.linkMatter(matterID: Fx.finalMatter.id), .staff(Fx.triage), Fx.day(2026, 3, 3))],
                                  petition: Self.repeatPetition, receivedOn: Self.repeatReceived, linkTarget: Fx.finalMatter)
        guard case .linkedToMatter(let matter, let effect, let note)? = story.history.last?.event else {
            Issue.record("expected a link event, got \(String(describing: story.history.last))")
            return
        }
        #expect(matter == Fx.finalMatter.id)
        #expect(effect == .finalMatter)
        #expect(note.contains("XF-2025-000321"))
        #expect(story.status.state == .registered)
        #expect(story.status.matterIsFinal)
        #expect(story.status.linkEffect == .finalMatter)

        try story.play([
            (.comment(text: "信访人情绪激动"), .staff(Fx.registrar), Fx.day(2026, 3, 3)),
            (.supervise(reason: "请尽快答复", dueDate: nil), .staff(Fx.supervisor), Fx.day(2026, 3, 4)),
            (.refuseAgain(reason: "同一事实和理由已经复核终结"), .staff(Fx.triage), Fx.day(2026, 3, 5)),
        ])
        #expect(story.history.last?.event == .refusedAgain(reason: "同一事实和理由已经复核终结"))
        #expect(story.status.state == .refusedAgain)
        #expect(story.status.state.isTerminal)
        #expect(story.status.closedOn == Fx.day(2026, 3, 5))
        #expect(story.status.supervisionCount == 1)
    }

    @Test("linked to a matter in handling: merged, finished, and the clock is not restarted",
          arguments: [PetitionState.awaitingAcceptance, .inHandling, .reviewRequested, .recheckRequested])
    func linkToMatterInHandling(leadState: PetitionState) throws {
        let target = MatterSummary(id: 8, isFinal: false, leadPetitionNumber: "XF-2026-000010", leadState: leadState, windowEnds: nil)
        let story = try Fx.record([(.linkMatter(matterID: 8), .staff(Fx.registrar), Fx.day(2026, 3, 3))],
                                  petition: Self.repeatPetition, receivedOn: Self.repeatReceived, linkTarget: target)
        #expect(story.status.state == .merged)
        #expect(story.status.state.isTerminal)
        #expect(story.status.linkEffect == .merged)
        #expect(story.status.stepDue == nil)
        #expect(story.status.closedOn == Fx.day(2026, 3, 3))
        #expect(!story.status.matterIsFinal)
    }

    @Test("linked to a matter inside its review or re-review window (last day included): merged, told to ask for review",
          arguments: [PetitionState.replied, .reviewed])
    func linkInsideReviewWindow(leadState: PetitionState) throws {
        let target = MatterSummary(id: 9, isFinal: false, leadPetitionNumber: "XF-2026-000011", leadState: leadState,
                                   windowEnds: Fx.day(2026, 3, 3))
        let story = try Fx.record([(.linkMatter(matterID: 9), .staff(Fx.triage), Fx.day(2026, 3, 3))],
                                  petition: Self.repeatPetition, receivedOn: Self.repeatReceived, linkTarget: target)
        guard case .linkedToMatter(_, let effect, let note)? = story.history.last?.event else {
            Issue.record("expected a link event")
            return
        }
        #expect(effect == .inReviewWindow)
        #expect(note.contains("2026年3月3日"))
        #expect(note.contains(leadState == .replied ? "复查" : "复核"))
        #expect(story.status.state == .merged)
        #expect(story.status.linkEffect == .inReviewWindow)
    }

    @Test("linked to a matter whose review window has passed: the petition continues and can be forwarded")
    func linkAfterReviewWindow() throws {
        let target = MatterSummary(id: 9, isFinal: false, leadPetitionNumber: "XF-2026-000011", leadState: .replied,
                                   windowEnds: Fx.day(2026, 3, 2))
        let status = try Fx.play([(.linkMatter(matterID: 9), .staff(Fx.triage), Fx.day(2026, 3, 3))],
                                 petition: Self.repeatPetition, receivedOn: Self.repeatReceived, linkTarget: target)
        #expect(status.linkEffect == .continues)
        #expect(status.state == .registered)
    }

    @Test("linked to a closed, non-final matter: the petition continues as a repeat and can still be forwarded",
          arguments: [PetitionState.closed, .declined])
    func linkToClosedMatter(leadState: PetitionState) throws {
        let target = MatterSummary(id: 10, isFinal: false, leadPetitionNumber: "XF-2025-000099", leadState: leadState, windowEnds: nil)
        var story = try Fx.record([(.linkMatter(matterID: 10), .staff(Fx.triage), Fx.day(2026, 3, 3))],
                                  petition: Self.repeatPetition, receivedOn: Self.repeatReceived, linkTarget: target)
        #expect(story.status.linkEffect == .continues)
        #expect(story.status.state == .registered)
        #expect(!story.status.matterIsFinal)
        #expect(story.status.stepDue == Fx.day(2026, 3, 17))  // the triage deadline is untouched: 03-02 + 15
        try story.play([(.forward(unitID: Fx.qingshanID, note: ""), .staff(Fx.triage), Fx.day(2026, 3, 4))])
        #expect(story.status.state == .awaitingAcceptance)
    }

    @Test("a registrar of the unit that registered the petition may link it")
    func registeringUnitLinks() throws {
        let petition = Fx.petition(id: 3, matterID: 300, receivedOn: Self.repeatReceived, registeredUnitID: Fx.qingshanID)
        let status = try Fx.play([(.linkMatter(matterID: Fx.matterInHandling.id), .staff(Fx.qingshanRegistrar), Fx.day(2026, 3, 3))],
                                 petition: petition, receivedOn: Self.repeatReceived, linkTarget: Fx.matterInHandling)
        #expect(status.state == .merged)
    }
}
