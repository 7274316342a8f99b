import Foundation
import Hummingbird
import HuiyinDomain
import HuiyinStore
import HuiyinText

/// The staff API over petitions: register, list, read, act.
struct PetitionRoutes {
    let services: HuiyinServices

    func register(on group: RouterGroup<HuiyinContext>) {
        group.post("petitions", use: create)
        group.get("petitions", use: list)
        group.get("petitions/{id}", use: show)
        group.post("petitions/{id}/actions", use: act)
    }

    @Sendable func create(_ request: Request, context: HuiyinContext) async throws -> EditedResponse<PetitionDTO> {
        let user = try context.requireUser()
        let body = try await request.decodeJSON(RegistrationRequest.self, context: context)
        let config = services.configuration.current
        let created = try await services.petitions.register(try body.registration(units: config.units), by: user)
        let history = try await services.store.history(petitionID: created.record.id)
        return EditedResponse(status: .created, response: PetitionDTO(
            created, config: config, viewer: user, today: services.petitions.today, history: history, includeQueryCode: true))
    }

    @Sendable func list(_ request: Request, context: HuiyinContext) async throws -> PetitionListDTO {
        let user = try context.requireUser()
        let config = services.configuration.current
        let query = try PetitionListQuery.parse(request.uri.queryParameters, units: config.units, today: services.petitions.today)
        let page = try await services.petitions.list(query, for: user)
        let today = services.petitions.today
        return PetitionListDTO(
            items: page.items.map { c in
                var dto = PetitionDTO(c, config: config, viewer: user, today: today)
                if let text = query.text { dto.snippet = SearchSnippetDTO(c.record.registration, terms: text.required, identityWithheld: dto.identityWithheld) }
                return dto
            },
            total: page.total, page: page.page, pageSize: page.pageSize)
    }

    @Sendable func show(_ request: Request, context: HuiyinContext) async throws -> PetitionDTO {
        let user = try context.requireUser()
        let id = try Self.id(context)
        guard let c = try await services.petitions.petition(id: id, for: user) else { throw APIError.notFound }
        let history = try await services.store.history(petitionID: id)
        var dto = PetitionDTO(c, config: services.configuration.current, viewer: user, today: services.petitions.today, history: history)
        dto.riskSignals = try await (services.store as? any TextStore)?.riskAssessment(petitionID: id)?.matches ?? []
        return dto
    }

    @Sendable func act(_ request: Request, context: HuiyinContext) async throws -> PetitionDTO {
        let user = try context.requireUser()
        let id = try Self.id(context)
        // A case outside one's jurisdiction is a 404 whatever the body says.
        guard let current = try await services.petitions.petition(id: id, for: user) else { throw APIError.notFound }
        let body = try await request.decodeJSON(ActionRequest.self, context: context)
        let config = services.configuration.current
        let action = try await body.action(units: config.units) { number in
            try await services.petitions.matterID(ofPetitionNumber: number, for: user)
        }
        let updated = try await services.petitions.act(action, on: current, expectedVersion: body.version, actor: .staff(user))
        let history = try await services.store.history(petitionID: id)
        return PetitionDTO(updated, config: services.configuration.current, viewer: user, today: services.petitions.today, history: history)
    }

    static func id(_ context: HuiyinContext) throws -> Int64 {
        guard let raw = context.parameters.get("id"), let id = Int64(raw), id > 0 else { throw APIError.notFound }
        return id
    }
}

/// Parses the list query string (`q`, `state`, `unit`, `category`, `channel`, `overdue`, `from`, `to`,
/// `sort`, `page`, `pageSize`). With `q` the default sort is `relevance`.
enum PetitionListQuery {
    static func parse(_ params: Parameters, units: UnitDirectory, today: LocalDate) throws -> PetitionQuery {
        var q = PetitionQuery()
        func invalid(_ field: String, _ message: String) -> APIError {
            APIError(.unprocessableContent, code: "invalid_query", message: message, fields: [FieldError(field, message)])
        }
        if let raw = params.get("state"), !raw.isEmpty {
            q.states = try raw.split(separator: ",").map {
                guard let s = PetitionState(rawValue: String($0)) else { throw invalid("state", "未知状态“\($0)”") }
                return s
            }
        }
        if let raw = params.get("unit"), !raw.isEmpty {
            guard let u = Int64(raw).flatMap({ units.unit($0) }) ?? units.unit(code: raw) else { throw invalid("unit", "单位不存在") }
            q.responsibleUnitID = u.id
        }
        if let raw = params.get("category"), !raw.isEmpty {
            guard raw.allSatisfy(\.isNumber), raw.count <= 6 else { throw invalid("category", "分类代码无效") }
            q.categoryPrefix = raw
        }
        if let raw = params.get("channel"), !raw.isEmpty {
            guard let c = Channel(rawValue: raw) else { throw invalid("channel", "未知信访形式") }
            q.channel = c
        }
        if let raw = params.get("overdue") {
            switch raw {
            case "true", "1": q.overdueOn = today
            case "false", "0", "": break
            default: throw invalid("overdue", "overdue 应为 true 或 false")
            }
        }
        if let raw = params.get("from"), !raw.isEmpty {
            guard let d = LocalDate(iso: raw) else { throw invalid("from", "日期格式应为 YYYY-MM-DD") }
            q.receivedFrom = d
        }
        if let raw = params.get("to"), !raw.isEmpty {
            guard let d = LocalDate(iso: raw) else { throw invalid("to", "日期格式应为 YYYY-MM-DD") }
            q.receivedThrough = d
        }
        if let raw = params.get("q"), !raw.isEmpty {
            guard raw.count <= 200 else { throw invalid("q", "检索词不能超过 200 个字") }
            let search = SearchQuery.parse(raw)
            if !search.isEmpty {
                guard search.required.count + search.excluded.count <= 16 else { throw invalid("q", "检索词不能超过 16 个") }
                q.text = search
                q.sort = .relevance
            }
        }
        if let raw = params.get("sort"), !raw.isEmpty {
            guard let s = PetitionQuery.Sort(rawValue: raw) else {
                throw invalid("sort", "sort 应为 dueDate、receivedNewest、receivedOldest、relevance 或 registeredNewest")
            }
            q.sort = s
        }
        if let raw = params.get("page"), !raw.isEmpty {
            guard let p = Int(raw), (1...100_000).contains(p) else { throw invalid("page", "页码无效") }
            q.page = p
        }
        if let raw = params.get("pageSize"), !raw.isEmpty {
            guard let p = Int(raw), (1...200).contains(p) else { throw invalid("pageSize", "每页条数须在 1–200 之间") }
            q.pageSize = p
        }
        return q
    }
}
