import Foundation
import Hummingbird
import HuiyinDomain
import HuiyinStore
import HuiyinText

/// A unit as the API shows it.
struct UnitRef: Codable, Sendable {
    var id: Int64
    var code: String
    var name: String

    init?(_ unit: OrgUnit?) {
        guard let unit else { return nil }
        id = unit.id
        code = unit.code
        name = unit.name
    }
}

/// A petition as the staff API shows it.
struct PetitionDTO: ResponseEncodable, Sendable {
    struct PetitionerDTO: Codable, Sendable {
        var name: String
        var role: String
        var idType: String
        var idNumber: String?
        var sex: String
        var phone: String?
        var address: String?
        var workplace: String?
    }

    struct DueDates: Codable, Sendable {
        /// The open staff step (分办, 受理告知, 出具处理意见, 复查决定, 复核决定) and its due date.
        var step: String?
        var stepDue: LocalDate?
        var overdue: Bool
        var daysLeft: Int?
        var objectionDue: LocalDate?
        var reportDue: LocalDate?
        var decisionDue: LocalDate?
        var petitionerWindowEnds: LocalDate?
        var ratingWindowEnds: LocalDate?
    }

    struct HistoryDTO: Codable, Sendable {
        var sequence: Int
        var at: Date
        var action: String
        var actionName: String
        var actor: String
        var actorRole: String?
        var actorUnit: String?
        var event: LifecycleEvent
        var notice: String?
    }

    var id: Int64
    var number: String
    var queryCode: String?
    var matterId: Int64
    var version: Int
    var state: PetitionState
    var stateName: String
    var channel: Channel
    var source: PetitionSource
    var purpose: Purpose
    var categoryCode: String
    var categoryPath: String
    var locality: UnitRef?
    var localityAddress: String?
    var peopleCount: Int
    var collective: Bool
    var title: String
    var content: String
    var demands: String
    var flags: PetitionFlags
    var petitioners: [PetitionerDTO]
    var identityWithheld: Bool
    var accusedUnitIds: [Int64]
    var receivedAt: Date
    var registeredAt: Date
    var registeredUnit: UnitRef?
    var isRepeat: Bool
    var routing: Routing?
    var handlingUnit: UnitRef?
    var reviewUnit: UnitRef?
    var recheckUnit: UnitRef?
    var dueDates: DueDates
    var extensionDays: Int
    var decisionLetter: DecisionLetter?
    var reviewOutcome: ReviewOutcome?
    var recheckOutcome: ReviewOutcome?
    var acceptanceRating: Satisfaction?
    var handlingRating: Satisfaction?
    var supervisionCount: Int
    var matterIsFinal: Bool
    var history: [HistoryDTO]?
    /// With a search (`q`): where the terms occur, for highlighting.
    var snippet: SearchSnippetDTO?
    /// On the case page: the words of danger found at registration (the text is flagged, not the person).
    var riskSignals: [RiskMatch]?

    /// - Parameters:
    ///   - viewer: the staff member reading; identity is withheld from an accused unit and masked otherwise.
    ///   - revealIdentity: show full ID numbers and phones (the caller records that it did).
    init(_ c: PetitionCase, config: CountyConfiguration, viewer: StaffUser?, today: LocalDate,
         history: [HistoryEntry]? = nil, includeQueryCode: Bool = false, revealIdentity: Bool = false) {
        let r = c.record.registration
        let s = c.status
        let units = config.units
        let withheld = viewer.map { Jurisdiction.hidesIdentity(from: $0, c.record, units: units) } ?? false
        id = c.record.id
        number = c.record.number
        queryCode = includeQueryCode ? c.record.queryCode : nil
        matterId = c.record.matterID
        version = s.version
        state = s.state
        stateName = s.state.chineseName
        channel = r.channel
        source = r.source
        purpose = r.purpose
        categoryCode = r.categoryCode
        categoryPath = config.taxonomy.pathName(of: r.categoryCode)
        locality = UnitRef(units.unit(r.localityUnitID))
        localityAddress = withheld ? nil : r.localityAddress
        peopleCount = r.peopleCount
        collective = r.isCollective(rules: config.rules)
        title = r.title
        content = r.content
        demands = r.demands
        flags = r.flags
        petitioners = r.petitioners.map { p in
            let shown = withheld ? p.withheld : (revealIdentity ? p : p.masked)
            return PetitionerDTO(name: shown.name, role: shown.role.rawValue, idType: shown.idType.rawValue,
                                 idNumber: shown.idNumber, sex: shown.sex.rawValue, phone: shown.phone,
                                 address: shown.address, workplace: shown.workplace)
        }
        identityWithheld = withheld
        accusedUnitIds = withheld ? [] : r.accusedUnitIDs
        receivedAt = c.record.receivedAt
        registeredAt = c.record.registeredAt
        registeredUnit = UnitRef(units.unit(c.record.registeredUnitID))
        isRepeat = c.record.isRepeat
        routing = s.routing
        handlingUnit = UnitRef(units.unit(s.handlingUnitID))
        reviewUnit = UnitRef(units.unit(s.reviewUnitID))
        recheckUnit = UnitRef(units.unit(s.recheckUnitID))
        dueDates = DueDates(
            step: s.stepName, stepDue: s.stepDue, overdue: s.isOverdue(on: today),
            daysLeft: s.stepDue.map { today.days(until: $0) }, objectionDue: s.objectionDue, reportDue: s.reportDue,
            decisionDue: s.decisionDue, petitionerWindowEnds: s.petitionerWindowEnds, ratingWindowEnds: s.ratingWindowEnds)
        extensionDays = s.extensionDays
        decisionLetter = s.letter
        reviewOutcome = s.reviewOutcome
        recheckOutcome = s.recheckOutcome
        acceptanceRating = s.acceptanceRating
        handlingRating = s.handlingRating
        supervisionCount = s.supervisionCount
        matterIsFinal = s.matterIsFinal
        self.history = history?.map { h in
            HistoryDTO(sequence: h.sequence, at: h.at, action: h.event.kind, actionName: Lifecycle.chineseName(of: h.event.kind),
                       actor: h.actorName, actorRole: h.actorRole?.chineseName, actorUnit: h.actorUnitName,
                       event: h.event, notice: h.notice)
        }
    }
}

/// A page of petitions.
struct PetitionListDTO: ResponseEncodable, Sendable {
    var items: [PetitionDTO]
    var total: Int
    var page: Int
    var pageSize: Int
    var counts: [String: Int]?
}
