import Foundation
import Testing
@testable import HuiyinDomain

private typealias Fx = LifecycleFixture

@Suite("Lifecycle — replaying history")
struct LifecycleReplayTests {
    /// A long story: objection and re-routing, supervision, comment, extension, reply, rating, review ordering
    /// re-handling, a second reply, review upheld, re-review, 终结, closing.
    static let received = Fx.day(2026, 3, 2)
    static let petition = Fx.petition(id: 11, matterID: 1100, receivedOn: received)
    static let steps: [LifecycleFixture.Step] = [
        (.forward(unitID: Fx.qingshanID, note: "请依法办理"), .staff(Fx.triage), Fx.day(2026, 3, 3)),
        (.object(reason: "属于住建部门职责"), .staff(Fx.qingshanHead), Fx.day(2026, 3, 6)),
        (.assign(unitID: Fx.housingID, reportDue: nil, note: "请报送办结报告"), .staff(Fx.triage), Fx.day(2026, 3, 9)),
        (.comment(text: "信访人来电询问进度"), .staff(Fx.registrar), Fx.day(2026, 3, 10)),
        (.accept(note: "已受理"), .staff(Fx.housingHandler), Fx.day(2026, 3, 12)),
        (.supervise(reason: "群众反映强烈", dueDate: Fx.day(2026, 4, 30)), .staff(Fx.supervisor), Fx.day(2026, 4, 1)),
        (.extend(days: 20, reason: "需要委托测绘"), .staff(Fx.housingHead), Fx.day(2026, 5, 6)),
        (.reply(outcome: .notSupport, factsFound: "未发现越界", basis: "《土地管理法》", opinion: "不予支持"), .staff(Fx.housingHandler),
         Fx.day(2026, 5, 20)),
        (.rate(acceptance: .satisfied, handling: nil, comment: ""), .petitioner, Fx.day(2026, 5, 21)),
        (.requestReview(reasons: "测绘有误"), .petitioner, Fx.day(2026, 5, 25)),
        (.decideReview(outcome: .orderRehandling, opinion: "测绘依据不足，责成重办"), .staff(Fx.countyHead), Fx.day(2026, 6, 10)),
        (.extend(days: 30, reason: "重新测绘"), .staff(Fx.housingHead), Fx.day(2026, 7, 1)),
        (.reply(outcome: .partlySupport, factsFound: "越界0.5米", basis: "《土地管理法》", opinion: "部分支持"), .staff(Fx.housingHead),
         Fx.day(2026, 9, 1)),
        (.rate(acceptance: nil, handling: .dissatisfied, comment: "仍不满意"), .petitioner, Fx.day(2026, 9, 2)),
        (.requestReview(reasons: "仍有异议"), .petitioner, Fx.day(2026, 9, 3)),
        (.decideReview(outcome: .uphold, opinion: "维持"), .staff(Fx.countyHandler), Fx.day(2026, 9, 30)),
        (.requestRecheck(reasons: "不服复查"), .staff(Fx.registrar), Fx.day(2026, 10, 9)),
        (.decideRecheck(outcome: .uphold, opinion: "维持，终结"), .staff(Fx.cityHandler), Fx.day(2026, 11, 2)),
        (.close(note: "复核终结"), .system, Fx.day(2026, 11, 3)),
    ]

    /// Plays the long story one step at a time, keeping the status after each step.
    static func stepwise() throws -> (story: LifecycleFixture.Story, statuses: [PetitionStatus]) {
        var story = try Fx.record([], petition: petition, receivedOn: received)
        var statuses = [story.status]
        for step in steps {
            try story.play([step])
            statuses.append(story.status)
        }
        return (story, statuses)
    }

    @Test("the long story goes where the rules say")
    func longStoryOutcome() throws {
        let (story, _) = try Self.stepwise()
        let status = story.status
        #expect(status.state == .closed)
        #expect(status.matterIsFinal)
        #expect(status.handlingUnitID == Fx.housingID)
        #expect(status.routing == .assign)
        #expect(status.reviewUnitID == Fx.countyID)
        #expect(status.recheckUnitID == Fx.cityID)
        #expect(status.reviewOutcome == .uphold)
        #expect(status.recheckOutcome == .uphold)
        #expect(status.acceptanceRating == .satisfied)
        #expect(status.handlingRating == .dissatisfied)
        #expect(status.supervisionCount == 1)
        #expect(status.extensionDays == 30)
        // Re-handling from Wed 06-10: + 60 = Sun 08-09 → Mon 08-10; extended 30 → Wed 09-09.
        #expect(status.decisionDue == Fx.day(2026, 9, 9))
        #expect(status.acceptedOn == Fx.day(2026, 6, 10))
        #expect(status.letter?.outcome == .partlySupport)
        #expect(status.letter?.issuedBy == Fx.housingName)
        #expect(status.letter?.issuedOn == Fx.day(2026, 9, 1))
        #expect(status.closedOn == Fx.day(2026, 11, 3))
        #expect(status.stepDue == nil)
    }

    @Test("replaying the whole history gives exactly the status built step by step")
    func replayEqualsStepwise() throws {
        let (story, _) = try Self.stepwise()
        let replayed = try #require(Lifecycle.replay(story.replayable))
        #expect(replayed == story.status)
    }

    @Test("replaying any prefix of the history gives the status at that point")
    func replayPrefixes() throws {
        let (story, statuses) = try Self.stepwise()
        #expect(statuses.count == story.history.count)
        for count in 1...story.history.count {
            let replayed = Lifecycle.replay(Array(story.replayable.prefix(count)))
            #expect(replayed == statuses[count - 1], "after \(count) entries")
        }
    }

    @Test("the version goes up by exactly one per event, including comments, supervision and ratings")
    func versionCountsEvents() throws {
        let (story, statuses) = try Self.stepwise()
        #expect(statuses.map(\.version) == Array(1...story.history.count))
        #expect(story.status.version == Self.steps.count + 1)
    }

    @Test("the history survives JSON encoding: the decoded history replays to the same status")
    func replayAfterCoding() throws {
        let (story, _) = try Self.stepwise()
        let data = try JSONEncoder().encode(story.history)
        let decoded = try JSONDecoder().decode([LifecycleFixture.HistoryEntry].self, from: data)
        #expect(decoded == story.history)
        let replayed = Lifecycle.replay(decoded.map { ($0.event, $0.day) })
        #expect(replayed == story.status)
        // And the status itself round-trips.
        let status = try JSONDecoder().decode(PetitionStatus.self, from: JSONEncoder().encode(story.status))
        #expect(status == story.status)
    }

    @Test("deadlines come from the events: a later calendar or rule table does not change a replayed status")
    func deadlinesAreStoredInEvents() throws {
        let (story, statuses) = try Self.stepwise()
        // The acceptance on Thu 03-12 recorded: + 60 = Mon 05-11.
        let acceptIndex = 5  // registration, forward, object, assign, comment, accept
        guard case .accepted(let storedDue, _) = story.history[acceptIndex].event else {
            Issue.record("entry \(acceptIndex) is \(story.history[acceptIndex].event)")
            return
        }
        #expect(storedDue == Fx.day(2026, 5, 11))

        // Under a later configuration — 30-day decisions and a calendar that knows no holidays — the same
        // acceptance would be decided with another due date…
        var laterRules = Fx.rules
        laterRules.limits[.decision] = .calendarDays(30)
        laterRules.limits[.reviewRequest] = .calendarDays(15)
        let plainCalendar = OfficialCalendar(years: [])
        let ctx = Fx.context(.staff(Fx.housingHandler), on: Fx.day(2026, 3, 12), calendar: plainCalendar, rules: laterRules)
        let redecided = try Lifecycle.decide(.accept(note: "已受理"), for: Self.petition, status: statuses[acceptIndex - 1], in: ctx)
        #expect(redecided == .accepted(decisionDue: Fx.day(2026, 4, 13), note: "已受理"))  // Sat 04-11 → Mon 04-13

        // …but replaying the stored history does not consult the configuration at all.
        let replayed = try #require(Lifecycle.replay(story.replayable))
        #expect(replayed == story.status)
        let upToAcceptance = try #require(Lifecycle.replay(Array(story.replayable.prefix(acceptIndex + 1))))
        #expect(upToAcceptance.decisionDue == Fx.day(2026, 5, 11))
        #expect(upToAcceptance.stepDue == Fx.day(2026, 5, 11))
        // The first reply's window as recorded: Wed 05-20 + 30 = Fri 06-19 (端午 06-19…21!) → Mon 06-22.
        let upToReply = try #require(Lifecycle.replay(Array(story.replayable.prefix(9))))
        #expect(upToReply.state == .replied)
        #expect(upToReply.petitionerWindowEnds == Fx.day(2026, 6, 22))
    }

    @Test("replay folds exactly what the events say, whatever day it is replayed on")
    func replayUsesEntryDays() throws {
        let (story, _) = try Self.stepwise()
        let replayed = try #require(Lifecycle.replay(story.replayable))
        // Days that the status keeps come from the entries, not from a clock.
        #expect(replayed.routedOn == Fx.day(2026, 3, 9))
        #expect(replayed.reviewRequestedOn == Fx.day(2026, 9, 3))
        #expect(replayed.reviewDecidedOn == Fx.day(2026, 9, 30))
        #expect(replayed.recheckRequestedOn == Fx.day(2026, 10, 9))
        #expect(replayed.receivedOn == Self.received)
    }

    @Test("a history that does not start with the registration cannot be replayed")
    func replayNeedsRegistration() throws {
        #expect(Lifecycle.replay([]) == nil)
        let (story, _) = try Self.stepwise()
        #expect(Lifecycle.replay(Array(story.replayable.dropFirst())) == nil)
    }

    @Test("replaying short stories ending in each terminal state matches the step-by-step status")
    func replayTerminalStories() throws {
        let stories: [LifecycleFixture.Story] = [
            try Fx.record([(.decline(reason: "属于法院管辖", properRoute: "向法院起诉"), .staff(Fx.triage), Fx.day(2026, 3, 3))],
                          petition: Self.petition, receivedOn: Self.received),
            try Fx.record([(.linkMatter(matterID: Fx.matterInHandling.id), .staff(Fx.triage), Fx.day(2026, 3, 3))],
                          petition: Self.petition, receivedOn: Self.received, linkTarget: Fx.matterInHandling),
            try Fx.record([(.linkMatter(matterID: Fx.finalMatter.id), .staff(Fx.triage), Fx.day(2026, 3, 3)),
                           (.refuseAgain(reason: "已终结"), .staff(Fx.triage), Fx.day(2026, 3, 4))],
                          petition: Self.petition, receivedOn: Self.received, linkTarget: Fx.finalMatter),
        ]
        #expect(stories.map(\.status.state) == [.declined, .merged, .refusedAgain])
        for story in stories {
            #expect(Lifecycle.replay(story.replayable) == story.status)
        }
        // The refused petition remembers that its matter is final.
        #expect(Lifecycle.replay(stories[2].replayable)?.matterIsFinal == true)
    }
}
