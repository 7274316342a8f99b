import Hummingbird
import HuiyinDomain

/// Reference data for clients: the signed-in user, units, categories, the rule table.
struct OrganisationRoutes {
    let services: HuiyinServices

    struct UnitDTO: ResponseEncodable {
        var id: Int64
        var code: String
        var name: String
        var kind: UnitKind
        var parentId: Int64?
        var reviewBodyId: Int64?
    }

    struct CategoryDTO: ResponseEncodable {
        var code: String
        var name: String
        var level: Int
        var parentCode: String?
    }

    struct RuleDTO: ResponseEncodable {
        var rule: String
        var name: String
        var days: Int
        var count: DayCount
        var source: String
    }

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("me") { _, context -> UserDTO in
            UserDTO(try context.requireUser(), units: services.configuration.current.units)
        }
        group.get("units") { _, _ -> ItemsDTO<UnitDTO> in
            ItemsDTO(items: services.configuration.current.units.units.map {
                UnitDTO(id: $0.id, code: $0.code, name: $0.name, kind: $0.kind, parentId: $0.parentID, reviewBodyId: $0.reviewBodyID)
            })
        }
        group.get("categories") { _, _ -> ItemsDTO<CategoryDTO> in
            ItemsDTO(items: services.configuration.current.taxonomy.all.map {
                CategoryDTO(code: $0.code, name: $0.name, level: $0.level, parentCode: $0.parentCode)
            })
        }
        group.get("rules") { _, _ -> ItemsDTO<RuleDTO> in
            let table = services.configuration.current.rules
            return ItemsDTO(items: RuleTable.Limit.allCases.map {
                RuleDTO(rule: $0.rawValue, name: $0.chineseName, days: table[$0].days, count: table[$0].count, source: $0.source)
            })
        }
    }
}

/// `{"items": [...]}`: lists are wrapped so they can grow fields later.
struct ItemsDTO<Item: Encodable & Sendable>: ResponseEncodable, Sendable {
    var items: [Item]
}
