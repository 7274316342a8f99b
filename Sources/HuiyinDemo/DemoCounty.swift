import Foundation
import HuiyinDomain
import HuiyinStore

/// Generates the demo county: units, users, and a few hundred petitions in every state, each carried
/// through the real lifecycle (the same ``PetitionService`` the server uses) with a clock that plays
/// its story forward — so every deadline, history entry and notice is one the rules produced.
public enum DemoCounty {
    public struct Summary: Sendable {
        public var organisation: DemoOrganisation
        public var petitions: Int
        public var byState: [PetitionState: Int]
    }

    /// Fills an empty store. Deterministic for a given `seed` and `now`.
    public static func seed(store: any HuiyinStore, now: Date, petitions count: Int = 400, seed: UInt64 = 2026,
                            passwordHash: String) async throws -> Summary {
        let org = try await DemoOrganisation.create(in: store, passwordHash: passwordHash)
        let config = try await CountyConfiguration.load(from: store)
        let clock = MutableClock(now)
        let service = PetitionService(store: store, configuration: ConfigurationHolder(config), clock: clock)
        var rng = SeededGenerator(seed: seed)
        var player = StoryPlayer(org: org, config: config, service: service, clock: clock, now: now)

        // Received over the last 200 days, registered in order so numbers follow dates.
        let day: TimeInterval = 86_400
        var arrivals = (0..<count).map { _ in now.addingTimeInterval(-Double(rng.demoIndex(200 * 24)) * 3600 - day / 2) }
        arrivals.sort()
        var byState: [PetitionState: Int] = [:]
        for receivedAt in arrivals {
            let c = try await player.play(receivedAt: receivedAt, rng: &rng)
            byState[c.status.state, default: 0] += 1
        }
        clock.set(now)
        return Summary(organisation: org, petitions: count, byState: byState)
    }
}

/// Plays one petition's story: registration, routing, handling, answer, appeals — stopping at `now`.
struct StoryPlayer {
    let org: DemoOrganisation
    let config: CountyConfiguration
    let service: PetitionService
    let clock: MutableClock
    let now: Date
    /// Earlier petitions, for repeat petitions by the same person.
    var earlier: [(petitioner: Petitioner, text: DemoPetitionText, township: String, village: String, matter: Int64)] = []

    private var registrar: StaffUser { org.users["dengji"]! }
    private var triage: StaffUser { org.users["fenban"]! }
    private var supervisor: StaffUser { org.users["duban"]! }

    init(org: DemoOrganisation, config: CountyConfiguration, service: PetitionService, clock: MutableClock, now: Date) {
        self.org = org
        self.config = config
        self.service = service
        self.clock = clock
        self.now = now
    }

    mutating func play(receivedAt: Date, rng: inout SeededGenerator) async throws -> PetitionCase {
        var t = receivedAt
        let isRepeat = !earlier.isEmpty && rng.demoIndex(100) < 8
        let township: String, village: String, text: DemoPetitionText, person: Petitioner, repeatOf: Int64?
        // Repeats mostly concern recent matters, so some find their matter still in handling.
        let recent = max(0, earlier.count - 40)
        if isRepeat, let prior = earlier[recent + rng.demoIndex(earlier.count - recent)] as (Petitioner, DemoPetitionText, String, String, Int64)? {
            (person, text, township, village, repeatOf) = (prior.0, prior.1, prior.2, prior.3, prior.4)
        } else {
            let place = DemoTexts.townships[rng.demoIndex(DemoTexts.townships.count)]
            township = place.name
            village = place.villages[rng.demoIndex(place.villages.count)]
            text = DemoTexts.petition(township: township, village: village, using: &rng)
            person = Self.person(township: township, village: village, rng: &rng)
            repeatOf = nil
        }
        let registration = makeRegistration(text: text, person: person, township: township, village: village,
                                            receivedAt: receivedAt, rng: &rng)
        t = receivedAt.addingTimeInterval(Double(1 + rng.demoIndex(5)) * 3600)
        clock.set(t)
        var c = try await service.register(registration, by: registrar)
        if repeatOf == nil {
            earlier.append((person, text, township, village, c.record.matterID))
        }

        // A few cases sit untouched past their deadline: the demo shows overdue work.
        let slow = rng.demoIndex(100) < 16
        func step(_ days: Int) -> Bool {
            let jitter = Double(rng.demoIndex(8)) * 3600
            t = t.addingTimeInterval(Double(days) * 86_400 + jitter)
            if t > now { return false }
            clock.set(t)
            return true
        }

        /// Moves past the petitioner's open window (the close rule needs it to have ended).
        func stepPastWindow(_ c: PetitionCase) -> Bool {
            guard let ends = c.status.petitionerWindowEnds else { return step(31) }
            let after = ends.adding(days: 1).startInChina.addingTimeInterval(Double(9 + rng.demoIndex(8)) * 3600)
            t = max(t, after)
            if t > now { return false }
            clock.set(t)
            return true
        }

        if let matter = repeatOf {
            guard step(rng.demoIndex(2)) else { return c }
            c = try await act(.linkMatter(matterID: matter), c, by: registrar)
            if c.status.matterIsFinal, c.status.state == .registered, step(1) {
                c = try await act(.refuseAgain(reason: "经复核终结的事项，信访人以同一事实和理由再次提出"), c, by: triage)
            }
            if c.status.state != .registered { return c }
        }

        // Triage: forward, assign, handle directly, or decline.
        guard step(slow ? 16 + rng.demoIndex(10) : 1 + rng.demoIndex(6)) else { return c }
        let roll = rng.demoIndex(100)
        if roll < 6 || registration.flags.legalProcedure {
            return try await act(.decline(reason: "该事项属于依法应当通过诉讼、仲裁、行政复议等法定途径解决的事项",
                                          properRoute: "请向青溪县人民法院提起诉讼，或向县劳动人事争议仲裁委员会申请仲裁"), c, by: triage)
        }
        let unit = handlingUnit(for: text, township: township, registration: registration)
        if roll < 12 {
            c = try await act(.handleDirectly(note: "事项简单，由信访局直接办理"), c, by: triage)
        } else if roll < 45 {
            c = try await act(.assign(unitID: unit.id, reportDue: nil, note: "请按期报送办结报告"), c, by: triage)
        } else {
            c = try await act(.forward(unitID: unit.id, note: ""), c, by: triage)
        }

        // The receiving body accepts (or, now and then, objects first).
        if c.status.state == .awaitingAcceptance {
            var body = staff(c.status.handlingUnitID)
            if rng.demoIndex(100) < 5 {
                guard step(2) else { return c }
                c = try await act(.object(reason: "该事项不属于本单位职责范围，建议转县住房和城乡建设局"), c, by: body.handler)
                guard step(1) else { return c }
                let other = org.departments[DemoTexts.departments[rng.demoIndex(DemoTexts.departments.count - 1)]]!
                c = try await act(.forward(unitID: other.id, note: "异议后重新转送"), c, by: triage)
                body = staff(other.id)
            }
            guard step(slow ? 17 + rng.demoIndex(8) : 1 + rng.demoIndex(7)) else { return c }
            c = try await act(.accept(note: "已受理，正在调查核实"), c, by: body.handler)
        }

        // Handling: maybe a supervision order, maybe an extension, then the decision letter.
        let body = staff(c.status.handlingUnitID)
        let handlingDays = slow ? 65 + rng.demoIndex(30) : 8 + rng.demoIndex(45)
        if rng.demoIndex(100) < 10, step(min(handlingDays / 2, 40)) {
            c = try await act(.supervise(reason: "请加快办理进度，按期出具处理意见", dueDate: nil), c, by: supervisor)
        }
        if rng.demoIndex(100) < 12, step(20) {
            c = try await act(.extend(days: 30, reason: "案情复杂，需进一步调查核实和多部门会商"), c, by: body.head)
        }
        guard step(slow ? handlingDays : handlingDays / 2) else { return c }
        let outcome = DecisionOutcome.allCases[rng.demoIndex(DecisionOutcome.allCases.count)]
        c = try await act(.reply(outcome: outcome, factsFound: text.decisionFacts, basis: text.decisionBasis,
                                 opinion: Self.opinion(outcome)), c, by: body.handler)

        // The petitioner rates; some ask for review, a few carry it to re-review.
        if rng.demoIndex(100) < 70, step(1 + rng.demoIndex(10)) {
            let s = Satisfaction.allCases[rng.demoIndex(100) < 60 ? 0 : (rng.demoIndex(2) == 0 ? 1 : 2)]
            c = try await service.act(.rate(acceptance: .satisfied, handling: s, comment: ""), on: c, expectedVersion: nil, actor: .petitioner)
        }
        if rng.demoIndex(100) < 18, step(3 + rng.demoIndex(10)) {
            c = try await service.act(.requestReview(reasons: "对处理意见不服，认为事实认定不清"), on: c, expectedVersion: nil, actor: .petitioner)
            let reviewer = staff(c.status.reviewUnitID).head
            guard step(10 + rng.demoIndex(18)) else { return c }
            let outcome: ReviewOutcome = rng.demoIndex(100) < 80 ? .uphold : .change
            c = try await act(.decideReview(outcome: outcome, opinion: "经复查，原处理意见认定事实清楚，适用依据正确。"), c, by: reviewer)
            if rng.demoIndex(100) < 40, step(5 + rng.demoIndex(15)) {
                c = try await service.act(.requestRecheck(reasons: "对复查意见仍不服"), on: c, expectedVersion: nil, actor: .petitioner)
                let rechecker = staff(c.status.recheckUnitID).head
                guard step(10 + rng.demoIndex(18)) else { return c }
                c = try await act(.decideRecheck(outcome: .uphold, opinion: "经复核，维持复查意见。本信访事项终结。"), c, by: rechecker)
                guard rng.demoIndex(2) == 0, step(2) else { return c }
                return try await act(.close(note: "复核终结"), c, by: triage)
            }
            guard stepPastWindow(c) else { return c }
            return try await act(.close(note: "复核申请期限届满"), c, by: triage)
        }
        guard stepPastWindow(c) else { return c }
        return try await act(.close(note: "复查申请期限届满，办结"), c, by: triage)
    }

    private func act(_ action: PetitionAction, _ c: PetitionCase, by user: StaffUser?) async throws -> PetitionCase {
        guard let user else { throw DemoError.noStaff(action.name) }
        return try await service.act(action, on: c, expectedVersion: c.status.version, actor: .staff(user))
    }

    private func staff(_ unit: OrgUnit.ID?) -> (handler: StaffUser?, head: StaffUser?) {
        guard let unit else { return (nil, nil) }
        return org.staff(of: unit)
    }

    private func handlingUnit(for text: DemoPetitionText, township: String, registration: Registration) -> OrgUnit {
        let department = org.departments[text.suggestedDepartment]
        if registration.purpose == .accusation, let d = org.departments["县纪委监委"] { return d }
        // Local matters go to the township; matters of a department's competence to the department.
        if let department, text.level1 != "城乡建设" && text.level1 != "农村农业" { return department }
        return org.townships[township] ?? department ?? org.departments.values.first!
    }

    private func makeRegistration(text: DemoPetitionText, person: Petitioner, township: String, village: String,
                                  receivedAt: Date, rng: inout SeededGenerator) -> Registration {
        let purpose = Purpose(chineseName: text.purpose) ?? .demand
        let category = config.taxonomy.find(level1: text.level1, level2: text.level2, level3: text.level3)?.code ?? "01"
        let channels: [Channel] = [.online, .online, .online, .letter, .visit, .visit, .phone, .hotline12345, .leaderMailbox]
        let channel = channels[rng.demoIndex(channels.count)]
        let collective = text.isCollective
        var petitioners = [person]
        var people = 1
        if collective {
            people = max(5, text.peopleCount)
            petitioners[0].role = .representative
            for _ in 0..<rng.demoIndex(3) {
                var rep = Self.person(township: township, village: village, rng: &rng)
                rep.role = .representative
                petitioners.append(rep)
            }
        }
        var flags = PetitionFlags()
        flags.anonymous = false
        flags.legalProcedure = rng.demoIndex(100) < 3
        if text.content.contains("上访") || text.content.contains("不想活") { flags.risk = .high; flags.emergency = true }
        let accused: [OrgUnit.ID] = purpose == .accusation ? [org.townships[township]?.id].compactMap { $0 } : []
        let locality = org.villages[township + village]?.id ?? org.townships[township]?.id ?? org.county.id
        return Registration(
            channel: channel, source: channel == .hotline12345 ? .hotline12345 : (channel == .leaderMailbox ? .leaderMailbox : .ownLevel),
            receivedAt: receivedAt, peopleCount: people, petitioners: petitioners, purpose: purpose, categoryCode: category,
            localityUnitID: locality, localityAddress: DemoTexts.address(township: township, village: village, using: &rng),
            title: text.title, content: text.content, demands: text.demands, flags: flags, accusedUnitIDs: accused)
    }

    static func person(township: String, village: String, rng: inout SeededGenerator) -> Petitioner {
        let name = DemoTexts.personName(using: &rng)
        let male = rng.demoIndex(2) == 0
        let id = DemoIdentity.residentID(male: male, rng: &rng)
        let phone = "1" + ["38", "39", "58", "59", "86", "87", "35", "77"][rng.demoIndex(8)]
            + String((0..<8).map { _ in Character(String(rng.demoIndex(10))) })
        return Petitioner(name: name, idType: .residentID, idNumber: id, sex: male ? .male : .female, phone: phone,
                          address: DemoTexts.address(township: township, village: village, using: &rng),
                          workplace: DemoTexts.workplace(using: &rng), role: .selfRole)
    }

    static func opinion(_ outcome: DecisionOutcome) -> String {
        switch outcome {
        case .support: "经研究，支持您的诉求，相关单位已于近期落实整改，请予以监督。"
        case .partlySupport: "经研究，您的诉求部分合理，对合理部分予以支持并落实，其余诉求缺乏政策依据，不予支持。"
        case .notSupport: "经调查核实，您的诉求缺乏法律政策依据，不予支持，请予以理解。"
        case .explain: "经调查核实，现将有关政策和办理情况向您作出解释说明。"
        }
    }
}

enum DemoError: Error {
    /// The demo organisation has nobody to take this action (a bug in the generator).
    case noStaff(String)
}

/// Synthetic resident ID numbers with a valid GB 11643 check digit (region 370921, the demo county).
enum DemoIdentity {
    static func residentID(male: Bool, rng: inout SeededGenerator) -> String {
        let year = 1950 + rng.demoIndex(50)
        let month = 1 + rng.demoIndex(12)
        let day = 1 + rng.demoIndex(28)
        var seq = 100 + rng.demoIndex(890)
        if (seq % 2 == 1) != male { seq += 1 }
        func pad(_ n: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
        let body = "370921" + pad(year, 4) + pad(month, 2) + pad(day, 2) + pad(seq, 3)
        return body + String(ResidentID.checkCharacter(forFirst17: body) ?? "0")
    }
}
