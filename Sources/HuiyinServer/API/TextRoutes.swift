import Foundation
import Hummingbird
import HuiyinDomain
import HuiyinStore
import HuiyinText

/// Text intelligence for staff: similar petitions (repeats, near-duplicates), hints while registering
/// (repeats, category, unit, risk), person lookup, the risk queue, settings, routing rules, retraining.
struct TextRoutes {
    let services: HuiyinServices
    let text: TextService?

    init(services: HuiyinServices) {
        self.services = services
        text = services.text
    }

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("petitions/{id}/similar", use: similar)
        group.get("petitions/{id}/unit-suggestions", use: unitSuggestions)
        group.post("registration-hints", use: hints)
        group.get("persons/petitions", use: personPetitions)
        group.get("risk-queue", use: riskQueue)
        group.get("text/settings", use: settings)
        group.put("text/settings", use: saveSettings)
        group.post("text/model/retrain", use: retrain)
        group.get("routing-rules", use: routingRules)
        group.post("routing-rules", use: addRoutingRule)
        group.delete("routing-rules/{id}", use: deleteRoutingRule)
    }

    private func service() throws -> TextService {
        guard let text else { throw APIError(.notImplemented, code: "not_supported", message: "当前数据库不支持文本分析") }
        return text
    }

    private func requireAdmin(_ context: HuiyinContext) throws -> StaffUser {
        let user = try context.requireUser()
        guard user.role == .admin else { throw APIError(.forbidden, code: "forbidden", message: "仅系统管理员可以修改此设置") }
        return user
    }

    @Sendable func similar(_ request: Request, context: HuiyinContext) async throws -> SimilarListDTO {
        let user = try context.requireUser()
        let text = try service()
        guard let c = try await services.petitions.petition(id: try PetitionRoutes.id(context), for: user) else { throw APIError.notFound }
        // The service leaves out what the user may not see, as on the case page.
        return try await list(try await text.similar(to: c, for: user), user: user)
    }

    /// The units to forward or assign a petition to, as the case page suggests them.
    @Sendable func unitSuggestions(_ request: Request, context: HuiyinContext) async throws -> UnitSuggestionsDTO {
        let user = try context.requireUser()
        let text = try service()
        guard let c = try await services.petitions.petition(id: try PetitionRoutes.id(context), for: user) else { throw APIError.notFound }
        let units = services.configuration.current.units
        return UnitSuggestionsDTO(items: try await text.suggestUnits(for: c).map { UnitSuggestionDTO($0, units: units) })
    }

    private func list(_ found: [SimilarPetition], user: StaffUser) async throws -> SimilarListDTO {
        let config = services.configuration.current
        let today = services.petitions.today
        let settings = try await service().store.textSettings()
        return SimilarListDTO(
            items: found.map { SimilarDTO($0, config: config, viewer: user, today: today) },
            thresholds: ThresholdsDTO(settings))
    }

    @Sendable func hints(_ request: Request, context: HuiyinContext) async throws -> HintsDTO {
        let user = try context.requireUser()
        let text = try service()
        let body = try await request.decodeJSON(DraftRequest.self, context: context)
        let draft = body.draft
        let config = services.configuration.current
        let similar = try await list(try await text.similar(to: draft, for: user), user: user).items
        let categories = try await text.suggestCategories(title: draft.title, body: draft.content + "\u{3000}" + draft.demands)
        let units = try await text.suggestUnits(categories: categories, locality: draft.localityUnitID,
                                                text: [draft.title, draft.content, draft.demands].joined(separator: "\u{3000}"))
        try await text.retrainIfGrown()
        return HintsDTO(
            similar: similar,
            categories: categories.map {
                CategorySuggestionDTO(code: $0.label, path: config.taxonomy.pathName(of: $0.label), confidence: ($0.confidence * 1000).rounded() / 1000)
            },
            units: units.map { UnitSuggestionDTO($0, units: config.units) },
            risk: RiskDTO(try await text.assessRisk(draft)))
    }

    @Sendable func personPetitions(_ request: Request, context: HuiyinContext) async throws -> ItemsDTO<PersonPetitionDTO> {
        let user = try context.requireUser()
        let text = try service()
        let p = request.uri.queryParameters
        func value(_ k: String) -> String? { p.get(k).flatMap { $0.isEmpty ? nil : $0 } }
        let idNumber = value("idNumber"), phone = value("phone"), name = value("name"), address = value("address")
        guard idNumber != nil || phone != nil || name != nil else {
            throw APIError(.unprocessableContent, code: "invalid_query", message: "请提供身份证号、电话或姓名",
                           fields: [FieldError("idNumber", "请提供身份证号、电话或姓名")])
        }
        let config = services.configuration.current
        let today = services.petitions.today
        let found = try await text.personPetitions(name: name, idNumber: idNumber, phone: phone, address: address, for: user)
        return ItemsDTO(items: found.map {
            PersonPetitionDTO(match: $0.1.code, reason: $0.1.chineseDescription,
                              petition: PetitionDTO($0.0, config: config, viewer: user, today: today))
        })
    }

    @Sendable func riskQueue(_ request: Request, context: HuiyinContext) async throws -> ItemsDTO<RiskQueueItemDTO> {
        let user = try context.requireUser()
        let text = try service()
        let limit = request.uri.queryParameters.get("limit").flatMap(Int.init) ?? 50
        guard (1...200).contains(limit) else {
            throw APIError(.unprocessableContent, code: "invalid_query", message: "limit 须在 1–200 之间", fields: [FieldError("limit", "limit 须在 1–200 之间")])
        }
        let config = services.configuration.current
        let today = services.petitions.today
        let items = try await text.store.riskQueue(visibleUnitIDs: Jurisdiction.visibleUnits(for: user, units: config.units), limit: limit)
        return ItemsDTO(items: items.map { RiskQueueItemDTO(risk: RiskDTO($0.assessment), petition: PetitionDTO($0.petition, config: config, viewer: user, today: today)) })
    }

    @Sendable func settings(_ request: Request, context: HuiyinContext) async throws -> TextSettingsDTO {
        _ = try context.requireUser()
        return TextSettingsDTO(try await service().store.textSettings())
    }

    @Sendable func saveSettings(_ request: Request, context: HuiyinContext) async throws -> TextSettingsDTO {
        _ = try requireAdmin(context)
        let text = try service()
        let body = try await request.decodeJSON(TextSettingsDTO.self, context: context)
        let updated = try body.applied(to: try await text.store.textSettings())
        try await text.store.saveTextSettings(updated)
        return TextSettingsDTO(updated)
    }

    struct RetrainDTO: ResponseEncodable, Sendable {
        var algorithm: String
        var examples: Int
        var seedExamples: Int
        var categories: Int
        var seconds: Double
    }

    @Sendable func retrain(_ request: Request, context: HuiyinContext) async throws -> RetrainDTO {
        _ = try requireAdmin(context)
        let r = try await service().retrain()
        return RetrainDTO(algorithm: r.algorithm.rawValue, examples: r.examples, seedExamples: r.seedExamples, categories: r.categories,
                          seconds: (r.seconds * 100).rounded() / 100)
    }

    @Sendable func routingRules(_ request: Request, context: HuiyinContext) async throws -> ItemsDTO<RoutingRuleDTO> {
        _ = try context.requireUser()
        return ItemsDTO(items: try await service().store.routingRules().map {
            RoutingRuleDTO(id: $0.id, categoryPrefix: $0.categoryPrefix, localityUnitId: $0.localityUnitID, unitId: $0.unitID)
        })
    }

    @Sendable func addRoutingRule(_ request: Request, context: HuiyinContext) async throws -> EditedResponse<RoutingRuleDTO> {
        _ = try requireAdmin(context)
        let body = try await request.decodeJSON(RoutingRuleDTO.self, context: context)
        let config = services.configuration.current
        var errors: [FieldError] = []
        let prefix = body.categoryPrefix ?? ""
        if prefix.isEmpty || prefix.count > 6 || prefix.count % 2 != 0 || config.taxonomy.category(code: prefix) == nil {
            errors.append(FieldError("categoryPrefix", "分类代码不存在"))
        }
        if let l = body.localityUnitId, config.units.unit(l) == nil { errors.append(FieldError("localityUnitId", "属地单位不存在")) }
        if body.unitId.flatMap({ config.units.unit($0) }) == nil { errors.append(FieldError("unitId", "承办单位不存在")) }
        guard errors.isEmpty, let unit = body.unitId else { throw ValidationFailure(errors) }
        let saved = try await service().store.saveRoutingRule(RoutingRule(categoryPrefix: prefix, localityUnitID: body.localityUnitId, unitID: unit))
        return EditedResponse(status: .created, response: RoutingRuleDTO(id: saved.id, categoryPrefix: saved.categoryPrefix,
                                                                          localityUnitId: saved.localityUnitID, unitId: saved.unitID))
    }

    @Sendable func deleteRoutingRule(_ request: Request, context: HuiyinContext) async throws -> Response {
        _ = try requireAdmin(context)
        guard let raw = context.parameters.get("id"), let id = Int64(raw), id > 0 else { throw APIError.notFound }
        do {
            try await service().store.deleteRoutingRule(id: id)
        } catch StoreError.notFound {
            throw APIError(.notFound, code: "not_found", message: "分办规则不存在")
        }
        return Response(status: .noContent)
    }
}
