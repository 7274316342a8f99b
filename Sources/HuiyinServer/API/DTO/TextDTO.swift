import Foundation
import Hummingbird
import HuiyinDomain
import HuiyinStore
import HuiyinText

/// A draft registration for hints (all fields optional: hints come while the registrar types).
struct DraftRequest: Decodable, Sendable {
    var title: String?
    var content: String?
    var demands: String?
    var petitioners: [RegistrationRequest.PetitionerInput]?
    var peopleCount: Int?
    var channel: String?
    var localityUnitId: Int64?

    var draft: TextDraft {
        TextDraft(title: title ?? "", content: content ?? "", demands: demands ?? "",
                  petitioners: (petitioners ?? []).map {
                      Petitioner(name: $0.name ?? "", idNumber: $0.idNumber, phone: $0.phone, address: $0.address)
                  },
                  peopleCount: max(1, peopleCount ?? max(1, petitioners?.count ?? 1)),
                  channel: channel.flatMap(Channel.init(rawValue:)), localityUnitID: localityUnitId)
    }
}

/// How to link a petition to the matter of a similar one: `POST /api/v1/petitions/{id}/actions` with this body.
struct LinkHintDTO: Codable, Sendable {
    var action = "linkMatter"
    var matterId: Int64
    var petitionNumber: String
}

/// An earlier petition like this one, with the reason.
struct SimilarDTO: Encodable, Sendable {
    /// `repeatPetition` (同人同事), `nearDuplicate` (相似内容), `samePerson` (同一信访人的其他信访件).
    var kind: String
    var similarity: Double
    /// `sameIdNumber`, `samePhone`, `sameNameSimilarAddress`, or absent.
    var personMatch: String?
    /// `可能是XF-2026-000012的重复信访（相似度0.87，身份证号相同）`.
    var reason: String
    var link: LinkHintDTO
    var petition: PetitionDTO

    init(_ s: SimilarPetition, config: CountyConfiguration, viewer: StaffUser, today: LocalDate) {
        let number = s.petition.record.number
        kind = s.finding.kind.rawValue
        similarity = (s.finding.similarity * 1000).rounded() / 1000
        personMatch = s.finding.person?.code
        switch s.finding.kind {
        case .repeatPetition: reason = "可能是\(number)的重复信访（\(s.finding.reason)）"
        case .nearDuplicate: reason = "与\(number)内容相近（\(s.finding.reason)）"
        case .samePerson: reason = "同一信访人的其他信访件\(number)（\(s.finding.person?.chineseDescription ?? "")）"
        }
        link = LinkHintDTO(matterId: s.petition.record.matterID, petitionNumber: number)
        petition = PetitionDTO(s.petition, config: config, viewer: viewer, today: today)
    }
}

struct SimilarListDTO: ResponseEncodable, Sendable {
    var items: [SimilarDTO]
    var thresholds: ThresholdsDTO
}

struct ThresholdsDTO: Codable, Sendable {
    var nearDuplicate: Double
    var repeatPetition: Double
    var address: Double

    init(_ s: TextSettings) {
        nearDuplicate = s.nearDuplicateThreshold
        repeatPetition = s.repeatThreshold
        address = s.addressThreshold
    }
}

struct CategorySuggestionDTO: Codable, Sendable {
    var code: String
    var path: String
    var confidence: Double
}

struct UnitSuggestionDTO: Codable, Sendable {
    var unit: UnitRef?
    var confidence: Double
    /// The main reason: `rule`, `place`, `locality` or `history`.
    var basis: String
    /// Every reason, the main one first.
    var bases: [String]
    /// The places in the text that name the unit or lie in it, as written (`柳塘镇新塘村`).
    var places: [String]
    /// The reasons in words (Chinese), as the pages show them.
    var reason: String

    init(_ s: UnitSuggestion, units: UnitDirectory) {
        unit = UnitRef(units.unit(s.unitID))
        confidence = (s.confidence * 1000).rounded() / 1000
        basis = s.basis
        bases = s.bases.map(\.rawValue)
        places = s.places
        reason = UnitSuggestionReason.text(s, lang: .zh)
    }
}

/// `GET /api/v1/petitions/{id}/unit-suggestions`: the units to forward or assign a registered petition to.
struct UnitSuggestionsDTO: ResponseEncodable, Sendable {
    var items: [UnitSuggestionDTO]
}

struct RiskDTO: Codable, Sendable {
    var level: RiskLevel
    var matches: [RiskMatch]
    var summary: String
    /// 风险层级 and its one-line reason (in Chinese, as ``summary``).
    var tier: RiskTier
    var reason: String

    init(_ a: RiskAssessment) {
        level = a.level
        matches = a.matches
        summary = a.summary
        tier = a.tier
        reason = a.reason
    }
}

/// Everything the registrar sees while typing.
struct HintsDTO: ResponseEncodable, Sendable {
    var similar: [SimilarDTO]
    var categories: [CategorySuggestionDTO]
    var units: [UnitSuggestionDTO]
    var risk: RiskDTO
}

struct PersonPetitionDTO: Encodable, Sendable {
    var match: String
    var reason: String
    var petition: PetitionDTO
}

struct RiskQueueItemDTO: Encodable, Sendable {
    var risk: RiskDTO
    var petition: PetitionDTO
}

/// Text settings as the API shows and takes them; the lexicon in its editable text form.
struct TextSettingsDTO: ResponseEncodable, Decodable, Sendable {
    var nearDuplicateThreshold: Double?
    var repeatThreshold: Double?
    var addressThreshold: Double?
    var maxCandidates: Int?
    var retrainGrowth: Double?
    var retrainMinimumNew: Int?
    var riskLexicon: String?
    /// Read-only here: changing them needs `huiyin model retrain --reindex`.
    var shingleSize: Int?
    var permutations: Int?
    var bands: Int?
    var rows: Int?

    init(_ s: TextSettings) {
        nearDuplicateThreshold = s.nearDuplicateThreshold
        repeatThreshold = s.repeatThreshold
        addressThreshold = s.addressThreshold
        maxCandidates = s.maxCandidates
        retrainGrowth = s.retrainGrowth
        retrainMinimumNew = s.retrainMinimumNew
        riskLexicon = s.riskLexicon.text
        shingleSize = s.shingleSize
        permutations = s.permutations
        bands = s.banding.bands
        rows = s.banding.rows
    }

    func applied(to current: TextSettings) throws -> TextSettings {
        var s = current
        if let v = nearDuplicateThreshold { s.nearDuplicateThreshold = v }
        if let v = repeatThreshold { s.repeatThreshold = v }
        if let v = addressThreshold { s.addressThreshold = v }
        if let v = maxCandidates { s.maxCandidates = v }
        if let v = retrainGrowth { s.retrainGrowth = v }
        if let v = retrainMinimumNew { s.retrainMinimumNew = v }
        if let text = riskLexicon {
            do {
                s.riskLexicon = try RiskLexicon.parse(text)
            } catch {
                throw APIError(.unprocessableContent, code: "invalid_fields", message: error.message,
                               fields: [FieldError("riskLexicon", error.message)])
            }
        }
        let problems = s.problems()
        guard problems.isEmpty else {
            throw APIError(.unprocessableContent, code: "invalid_fields", message: problems.joined(separator: "；"))
        }
        return s
    }
}

struct RoutingRuleDTO: ResponseEncodable, Codable, Sendable {
    var id: Int64?
    var categoryPrefix: String?
    var localityUnitId: Int64?
    var unitId: Int64?
}
