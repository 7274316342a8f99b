import Foundation
import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The petitioner's API: look up a petition with its number and query code, rate it, ask for review.
/// Shows only what the petitioner may see: public steps and notices, unit names, never staff names,
/// comments or other petitioners' data.
struct PublicPetitionRoutes {
    let services: HuiyinServices
    /// Wrong codes per address and number (guessing one petition's code), and per address overall
    /// (sweeping many numbers). Not per number alone: a stranger must not be able to lock a petitioner out.
    let perNumber = AttemptLimiter(maxFailures: 10, window: 15 * 60)
    let perAddress = AttemptLimiter(maxFailures: 50, window: 15 * 60)

    struct Rating: Decodable {
        var code: String?
        var acceptance: String?
        var handling: String?
        var comment: String?
    }

    struct ReviewRequest: Decodable {
        var code: String?
        var reasons: String?
    }

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("petitions/{number}") { request, context -> PublicPetitionDTO in
            let code = request.uri.queryParameters.get("code") ?? ""
            let c = try await authorise(number: context.parameters.get("number") ?? "", code: code, request: request, context: context)
            return try await dto(c)
        }
        group.post("petitions/{number}/rating") { request, context -> PublicPetitionDTO in
            let body = try await request.decodeJSON(Rating.self, context: context)
            let c = try await authorise(number: context.parameters.get("number") ?? "", code: body.code ?? "", request: request, context: context)
            func sat(_ raw: String?, _ field: String) throws -> Satisfaction? {
                guard let raw, !raw.isEmpty else { return nil }
                guard let s = Satisfaction(rawValue: raw) else {
                    throw APIError(.unprocessableContent, code: "invalid_field", message: "评价应为 satisfied、basicallySatisfied 或 dissatisfied",
                                   fields: [FieldError(field, "评价无效")])
                }
                return s
            }
            let action = PetitionAction.rate(acceptance: try sat(body.acceptance, "acceptance"), handling: try sat(body.handling, "handling"),
                                             comment: body.comment ?? "")
            return try await dto(try await services.petitions.act(action, on: c, expectedVersion: nil, actor: .petitioner))
        }
        group.post("petitions/{number}/review-request") { request, context -> PublicPetitionDTO in
            let body = try await request.decodeJSON(ReviewRequest.self, context: context)
            let c = try await authorise(number: context.parameters.get("number") ?? "", code: body.code ?? "", request: request, context: context)
            // One address for both appeals: review after a decision, re-review after a review decision.
            let action: PetitionAction = c.status.state == .reviewed
                ? .requestRecheck(reasons: body.reasons ?? "") : .requestReview(reasons: body.reasons ?? "")
            return try await dto(try await services.petitions.act(action, on: c, expectedVersion: nil, actor: .petitioner))
        }
    }

    private func authorise(number: String, code: String, request: Request, context: HuiyinContext) async throws -> PetitionCase {
        let client = context.remoteKey(request)
        let key = client + "|" + number.uppercased()
        if perNumber.isBlocked(key) || perAddress.isBlocked(client) {
            throw APIError(.tooManyRequests, code: "too_many_attempts", message: "查询码错误次数过多，请15分钟后再试", retryAfter: 900)
        }
        guard !code.isEmpty, let c = try await services.petitions.petitionForPetitioner(number: number, code: code) else {
            perNumber.recordFailure(key)
            perAddress.recordFailure(client)
            throw APIError(.notFound, code: "not_found", message: "信访件编号或查询码不正确")
        }
        return c
    }

    private func dto(_ c: PetitionCase) async throws -> PublicPetitionDTO {
        let history = try await services.store.history(petitionID: c.record.id)
        return PublicPetitionDTO(c, history: history, config: services.configuration.current, today: services.petitions.today)
    }
}

extension HuiyinContext {
    /// A key for rate limiting: the peer address.
    func remoteKey(_ request: Request) -> String {
        "ip:" + (remoteAddress ?? "unknown")
    }
}

/// What the petitioner sees.
struct PublicPetitionDTO: ResponseEncodable, Sendable {
    struct Step: Codable, Sendable {
        var date: LocalDate
        var title: String
        var text: String?
        var unit: String?
    }

    var number: String
    var title: String
    var state: PetitionState
    var stateName: String
    var receivedOn: LocalDate
    var handlingUnit: String?
    var nextStep: String?
    var nextDue: LocalDate?
    var steps: [Step]
    var decisionLetter: DecisionLetter?
    var acceptanceRating: Satisfaction?
    var handlingRating: Satisfaction?
    var canRate: Bool
    var ratingWindowEnds: LocalDate?
    /// "review" or "recheck" while the petitioner may ask for one.
    var canRequest: String?
    var requestWindowEnds: LocalDate?

    init(_ c: PetitionCase, history: [HistoryEntry], config: CountyConfiguration, today: LocalDate) {
        let s = c.status
        number = c.record.number
        title = c.record.registration.title
        state = s.state
        stateName = s.state.chineseName
        receivedOn = s.receivedOn
        handlingUnit = config.units.unit(s.handlingUnitID)?.name
        nextStep = s.stepName
        nextDue = s.stepDue
        steps = history.filter { $0.event.isPublic }.map {
            Step(date: $0.day, title: Lifecycle.chineseName(of: $0.event.kind), text: $0.notice,
                 unit: $0.actorKind == "staff" ? $0.actorUnitName : nil)
        }
        decisionLetter = s.letter
        acceptanceRating = s.acceptanceRating
        handlingRating = s.handlingRating
        ratingWindowEnds = s.ratingWindowEnds
        let rateable: Set<PetitionState> = [.replied, .reviewRequested, .reviewed, .recheckRequested, .final, .closed, .declined]
        canRate = rateable.contains(s.state) && (s.ratingWindowEnds.map { today <= $0 } ?? false)
            && (s.acceptanceRating == nil || s.handlingRating == nil)
        switch s.state {
        case .replied where s.petitionerWindowEnds.map({ today <= $0 }) ?? false: canRequest = "review"
        case .reviewed where s.petitionerWindowEnds.map({ today <= $0 }) ?? false: canRequest = "recheck"
        default: canRequest = nil
        }
        requestWindowEnds = canRequest == nil ? nil : s.petitionerWindowEnds
    }
}
