import Foundation
import Testing
@testable import HuiyinDomain

/// A small county for the lifecycle tests (RULES.md §2–4).
///
///     江州市人民政府 (city)                      review body of the county government
///     └─ 青川县人民政府 (county government)      review body of townships, departments, the bureau
///        ├─ 青川县信访局 (petition bureau)
///        ├─ 青川县住房和城乡建设局 (department)
///        ├─ 青川县人力资源和社会保障局 (department)
///        ├─ 国家税务总局青川县税务局 (vertically managed department: reviewed by the city tax bureau)
///        ├─ 青山镇人民政府 (township)
///        │  └─ 青山镇桃源村 (village)
///        └─ 石门乡人民政府 (township)
///     江州市税务局 (city-level department under the city; reviews the county tax bureau)
///
/// Every role has a user in the unit where it belongs, plus a few users deliberately in the wrong unit.
/// Dates are 2026 dates; the calendar is the shipped 2026 official calendar and the rules the statutory table.
enum LifecycleFixture {
    // MARK: Units

    static let cityID: OrgUnit.ID = 1
    static let countyID: OrgUnit.ID = 2
    static let bureauID: OrgUnit.ID = 3
    static let housingID: OrgUnit.ID = 4
    static let labourID: OrgUnit.ID = 5
    static let qingshanID: OrgUnit.ID = 6
    static let shimenID: OrgUnit.ID = 7
    static let villageID: OrgUnit.ID = 8
    static let countyTaxID: OrgUnit.ID = 9
    static let cityTaxID: OrgUnit.ID = 10

    static let cityName = "江州市人民政府"
    static let countyName = "青川县人民政府"
    static let bureauName = "青川县信访局"
    static let housingName = "青川县住房和城乡建设局"
    static let labourName = "青川县人力资源和社会保障局"
    static let qingshanName = "青山镇人民政府"
    static let shimenName = "石门乡人民政府"
    static let villageName = "青山镇桃源村"
    static let countyTaxName = "国家税务总局青川县税务局"
    static let cityTaxName = "国家税务总局江州市税务局"

    static let units = UnitDirectory(units: [
        OrgUnit(id: cityID, code: "331000", name: cityName, kind: .city, parentID: nil, reviewBodyID: nil),
        OrgUnit(id: countyID, code: "331022", name: countyName, kind: .countyGovernment, parentID: cityID, reviewBodyID: cityID),
        OrgUnit(id: bureauID, code: "331022-XFJ", name: bureauName, kind: .petitionBureau, parentID: countyID, reviewBodyID: countyID),
        OrgUnit(id: housingID, code: "331022-ZJJ", name: housingName, kind: .department, parentID: countyID, reviewBodyID: countyID),
        OrgUnit(id: labourID, code: "331022-RSJ", name: labourName, kind: .department, parentID: countyID, reviewBodyID: countyID),
        OrgUnit(id: qingshanID, code: "331022101", name: qingshanName, kind: .township, parentID: countyID, reviewBodyID: countyID),
        OrgUnit(id: shimenID, code: "331022201", name: shimenName, kind: .township, parentID: countyID, reviewBodyID: countyID),
        OrgUnit(id: villageID, code: "331022101201", name: villageName, kind: .village, parentID: qingshanID, reviewBodyID: qingshanID),
        OrgUnit(id: countyTaxID, code: "331022-SWJ", name: countyTaxName, kind: .department, parentID: countyID, reviewBodyID: cityTaxID),
        OrgUnit(id: cityTaxID, code: "331000-SWJ", name: cityTaxName, kind: .department, parentID: cityID, reviewBodyID: cityID),
    ])

    // MARK: Staff

    private static func user(_ id: StaffUser.ID, _ username: String, _ name: String, _ role: Role, _ unit: OrgUnit.ID) -> StaffUser {
        StaffUser(id: id, username: username, displayName: name, role: role, unitID: unit)
    }

    // The petition bureau.
    static let registrar = user(1, "dengji", "李登记", .registrar, bureauID)
    static let triage = user(2, "fenban", "王分办", .triageOfficer, bureauID)
    static let bureauHandler = user(3, "xfj.chengban", "赵承办", .handler, bureauID)
    static let bureauHead = user(4, "xfj.juzhang", "钱局长", .unitHead, bureauID)
    static let supervisor = user(5, "duban", "孙督办", .supervisor, bureauID)
    static let admin = user(6, "admin", "周管理", .admin, bureauID)
    // The county government (review body) and its leader.
    static let leader = user(7, "xianzhang", "吴县长", .leader, countyID)
    static let countyHandler = user(8, "xzf.chengban", "郑复查", .handler, countyID)
    static let countyHead = user(9, "xzf.fuzeren", "冯主任", .unitHead, countyID)
    // The city (re-review body).
    static let cityHandler = user(10, "shi.chengban", "陈复核", .handler, cityID)
    static let cityHead = user(11, "shi.fuzeren", "褚主任", .unitHead, cityID)
    // Townships.
    static let qingshanHandler = user(12, "qs.chengban", "卫承办", .handler, qingshanID)
    static let qingshanHead = user(13, "qs.zhenzhang", "蒋镇长", .unitHead, qingshanID)
    static let qingshanRegistrar = user(14, "qs.dengji", "沈登记", .registrar, qingshanID)
    /// A triage officer outside the bureau: triage is the bureau's alone.
    static let qingshanTriage = user(15, "qs.fenban", "韩分办", .triageOfficer, qingshanID)
    static let shimenHandler = user(16, "sm.chengban", "杨承办", .handler, shimenID)
    static let shimenHead = user(17, "sm.xiangzhang", "朱乡长", .unitHead, shimenID)
    static let shimenRegistrar = user(18, "sm.dengji", "秦登记", .registrar, shimenID)
    // Departments.
    static let housingHandler = user(19, "zjj.chengban", "尤承办", .handler, housingID)
    static let housingHead = user(20, "zjj.juzhang", "许局长", .unitHead, housingID)
    static let labourHandler = user(21, "rsj.chengban", "何承办", .handler, labourID)
    static let countyTaxHandler = user(22, "swj.chengban", "吕承办", .handler, countyTaxID)
    static let countyTaxHead = user(23, "swj.juzhang", "施局长", .unitHead, countyTaxID)
    static let cityTaxHead = user(24, "sswj.juzhang", "张局长", .unitHead, cityTaxID)

    static func staff(_ user: StaffUser) -> Actor { .staff(user) }

    // MARK: Configuration and dates

    static let calendar = OfficialCalendar.shipped
    static let rules = RuleTable.statutory

    static func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        LocalDate(year: year, month: month, day: day)!
    }

    /// 10:00 China time on `date`.
    static func at10(_ date: LocalDate) -> Date {
        date.startInChina.addingTimeInterval(10 * 3600)
    }

    static func context(
        _ actor: Actor, on date: LocalDate, linkTarget: MatterSummary? = nil,
        calendar: OfficialCalendar = calendar, rules: RuleTable = rules
    ) -> ActionContext {
        ActionContext(actor: actor, now: at10(date), calendar: calendar, rules: rules, units: units, linkTarget: linkTarget)
    }

    // MARK: Petitions

    static func registration(
        receivedOn: LocalDate, purpose: Purpose = .demand, accused: [OrgUnit.ID] = []
    ) -> Registration {
        Registration(
            channel: .letter, receivedAt: at10(receivedOn).addingTimeInterval(-3600), peopleCount: 1,
            petitioners: [Petitioner(name: "刘桂芳", idType: .residentID, idNumber: "11010519491231002X", sex: .female,
                                     phone: "13812345678", address: "青山镇桃源村3组")],
            purpose: purpose, categoryCode: "010101", localityUnitID: villageID,
            title: purpose == .accusation ? "反映村干部侵占集体资金" : "反映宅基地被占用",
            content: "本人宅基地被邻居占用，多次协商未果。", demands: "请求依法处理",
            accusedUnitIDs: accused)
    }

    static func petition(
        id: PetitionRecord.ID = 1, matterID: Int64 = 100, receivedOn: LocalDate,
        purpose: Purpose = .demand, accused: [OrgUnit.ID] = [], registeredUnitID: OrgUnit.ID = bureauID
    ) -> PetitionRecord {
        PetitionRecord(
            id: id, number: PetitionNumber.format(year: receivedOn.year, sequence: Int(id)), queryCode: "ABCD2345",
            matterID: matterID, registration: registration(receivedOn: receivedOn, purpose: purpose, accused: accused),
            registeredAt: at10(receivedOn), registeredByUserID: registrar.id, registeredUnitID: registeredUnitID,
            isRepeat: false)
    }

    /// The status right after registration (one history entry).
    static func registered(_ petition: PetitionRecord, receivedOn: LocalDate) -> PetitionStatus {
        var status = PetitionStatus(receivedOn: receivedOn)
        status.apply(Lifecycle.registrationEvent(receivedOn: receivedOn, calendar: calendar, rules: rules), on: receivedOn)
        return status
    }

    // MARK: Playing a story

    typealias Step = (action: PetitionAction, actor: Actor, on: LocalDate)

    /// A history as the store keeps it: each event with the day it was recorded.
    struct Story: Sendable {
        var petition: PetitionRecord
        var status: PetitionStatus
        var history: [HistoryEntry]
        /// The rule table the story's actions are decided with.
        var rules: RuleTable = LifecycleFixture.rules
    }

    struct HistoryEntry: Sendable, Hashable, Codable {
        var event: LifecycleEvent
        var day: LocalDate
    }

    /// Registers `petition` on its day of receipt, then plays `steps` through ``Lifecycle/decide`` and
    /// ``PetitionStatus/apply(_:on:)``. Any refusal is thrown.
    static func record(
        _ steps: [Step], petition: PetitionRecord, receivedOn: LocalDate, linkTarget: MatterSummary? = nil,
        rules: RuleTable = rules
    ) throws(LifecycleError) -> Story {
        let registration = Lifecycle.registrationEvent(receivedOn: receivedOn, calendar: calendar, rules: rules)
        var story = Story(petition: petition, status: PetitionStatus(receivedOn: receivedOn),
                          history: [HistoryEntry(event: registration, day: receivedOn)], rules: rules)
        story.status.apply(registration, on: receivedOn)
        try story.play(steps, linkTarget: linkTarget)
        return story
    }

    /// ``record(_:petition:receivedOn:linkTarget:)`` keeping only the status.
    static func play(
        _ steps: [Step], petition: PetitionRecord, receivedOn: LocalDate, linkTarget: MatterSummary? = nil
    ) throws(LifecycleError) -> PetitionStatus {
        try record(steps, petition: petition, receivedOn: receivedOn, linkTarget: linkTarget).status
    }

    /// Decides one action against a status without recording it.
    static func decide(
        _ action: PetitionAction, by actor: Actor, on date: LocalDate, petition: PetitionRecord,
        status: PetitionStatus, linkTarget: MatterSummary? = nil
    ) throws(LifecycleError) -> LifecycleEvent {
        try Lifecycle.decide(action, for: petition, status: status, in: context(actor, on: date, linkTarget: linkTarget))
    }

    // MARK: The main story

    /// The petition of the main story: received Mon 2026-03-02 at the bureau, about a village of 青山镇.
    static let mainReceived = day(2026, 3, 2)
    static let mainPetition = petition(receivedOn: mainReceived)

    /// Forward → accept → reply → review → re-review → final → close, all by the proper bodies:
    ///
    /// | step | day | deadline it sets |
    /// |---|---|---|
    /// | forward to 青山镇 | Tue 03-03 | acceptance Wed 03-18; objection (5 working days) Tue 03-10 |
    /// | accept | Thu 03-05 | decision: 03-05 + 60 = Mon 05-04, inside 劳动节 (05-01…05) → Wed 05-06 |
    /// | reply | Wed 04-15 | review request and rating: 04-15 + 30 = Fri 05-15 |
    /// | request review | Mon 04-20 | review decision Wed 05-20, by 青川县人民政府 |
    /// | review: uphold | Mon 05-18 | re-review request: Wed 06-17 |
    /// | request re-review | Mon 06-01 | re-review decision Wed 07-01, by 江州市人民政府 |
    /// | re-review decided | Thu 06-25 | final |
    /// | close | Fri 06-26 | |
    static let mainSteps: [Step] = [
        (.forward(unitID: qingshanID, note: "请依法办理"), staff(triage), day(2026, 3, 3)),
        (.accept(note: "已受理"), staff(qingshanHandler), day(2026, 3, 5)),
        (.reply(outcome: .partlySupport, factsFound: "经现场勘查，邻居房屋越界0.8米。", basis: "《中华人民共和国土地管理法》第六十二条",
                opinion: "责令邻居限期拆除越界部分。"), staff(qingshanHandler), day(2026, 4, 15)),
        (.requestReview(reasons: "越界部分不止0.8米"), .petitioner, day(2026, 4, 20)),
        (.decideReview(outcome: .uphold, opinion: "原处理意见认定事实清楚，予以维持。"), staff(countyHead), day(2026, 5, 18)),
        (.requestRecheck(reasons: "仍不服复查意见"), .petitioner, day(2026, 6, 1)),
        (.decideRecheck(outcome: .uphold, opinion: "复查意见正确，予以维持。"), staff(cityHead), day(2026, 6, 25)),
        (.close(note: "复核终结"), staff(triage), day(2026, 6, 26)),
    ]

    /// A final matter to link to.
    static let finalMatter = MatterSummary(id: 7, isFinal: true, leadPetitionNumber: "XF-2025-000321", leadState: .final, windowEnds: nil)
    /// A matter whose lead petition is still being handled.
    static let matterInHandling = MatterSummary(id: 8, isFinal: false, leadPetitionNumber: "XF-2026-000010", leadState: .inHandling, windowEnds: nil)

    /// A petition brought to `state`: a prefix of the main story, or (for the terminal states that the
    /// main story does not pass through) a triage decline, a refusal after linking to a final matter, or a
    /// merge into a matter in handling. All steps happen on or before 2026-06-26.
    static func status(in state: PetitionState) throws(LifecycleError) -> PetitionStatus {
        if let prefix = mainPrefix(reaching: state) {
            let status = try play(Array(mainSteps.prefix(prefix)), petition: mainPetition, receivedOn: mainReceived)
            precondition(status.state == state, "fixture story for \(state) ended in \(status.state)")
            return status
        }
        switch state {
        case .declined:
            return try play([(.decline(reason: "属于人民法院管辖的事项", properRoute: "向人民法院提起诉讼"), staff(triage), day(2026, 3, 3))],
                            petition: mainPetition, receivedOn: mainReceived)
        case .refusedAgain:
            return try play([(.linkMatter(matterID: finalMatter.id), staff(triage), day(2026, 3, 3)),
                             (.refuseAgain(reason: "同一事实和理由已复核终结"), staff(triage), day(2026, 3, 3))],
                            petition: mainPetition, receivedOn: mainReceived, linkTarget: finalMatter)
        case .merged:
            return try play([(.linkMatter(matterID: matterInHandling.id), staff(triage), day(2026, 3, 3))],
                            petition: mainPetition, receivedOn: mainReceived, linkTarget: matterInHandling)
        default:
            preconditionFailure("no fixture story for \(state)")
        }
    }

    /// How many of ``mainSteps`` bring the main petition to `state`; nil for the states it never passes.
    static func mainPrefix(reaching state: PetitionState) -> Int? {
        switch state {
        case .registered: 0
        case .awaitingAcceptance: 1
        case .inHandling: 2
        case .replied: 3
        case .reviewRequested: 4
        case .reviewed: 5
        case .recheckRequested: 6
        case .final: 7
        case .closed: 8
        case .declined, .refusedAgain, .merged: nil
        }
    }

    /// The states the main-story helpers can produce: all of them.
    static let allStates = PetitionState.allCases

    /// Every state except `allowed`.
    static func states(except allowed: PetitionState...) -> [PetitionState] {
        allStates.filter { !allowed.contains($0) }
    }
}

extension LifecycleFixture.Story {
    /// Plays more steps onto the story, recording each event with its day.
    mutating func play(_ steps: [LifecycleFixture.Step], linkTarget: MatterSummary? = nil) throws(LifecycleError) {
        for step in steps {
            let ctx = LifecycleFixture.context(step.actor, on: step.on, linkTarget: linkTarget, rules: rules)
            let event = try Lifecycle.decide(step.action, for: petition, status: status, in: ctx)
            status.apply(event, on: ctx.today)
            history.append(LifecycleFixture.HistoryEntry(event: event, day: ctx.today))
        }
    }

    /// The history in the shape ``Lifecycle/replay(_:)`` takes.
    var replayable: [(event: LifecycleEvent, day: LocalDate)] {
        history.map { ($0.event, $0.day) }
    }
}

/// Checks that `body` throws ``LifecycleError/invalid(field:message:)`` for `field`, with a message.
func expectInvalidField(
    _ field: String, messageContains fragment: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws -> LifecycleEvent
) {
    do {
        let event = try body()
        Issue.record("expected invalid(\(field)), got event \(event)", sourceLocation: sourceLocation)
    } catch {
        guard case .invalid(let actual, let message)? = error as? LifecycleError else {
            Issue.record("expected invalid(\(field)), got \(error)", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == field, sourceLocation: sourceLocation)
        #expect(!message.isEmpty, sourceLocation: sourceLocation)
        if let fragment {
            #expect(message.contains(fragment), "message “\(message)” lacks “\(fragment)”", sourceLocation: sourceLocation)
        }
    }
}
