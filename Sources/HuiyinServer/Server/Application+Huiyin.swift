import Hummingbird
import Logging

/// Builds the router: health, the public petitioner API, the staff API behind bearer tokens.
public func buildRouter(_ services: HuiyinServices) -> Router<HuiyinContext> {
    let router = Router(context: HuiyinContext.self)
    router.add(middleware: APIErrorMiddleware())
    HealthRoutes(services: services).register(on: router)
    let api = router.group("api/v1")
    OpenAPIRoutes().register(on: api)
    TokenRoutes(services: services).register(on: api)
    CalendarRoutes(services: services).register(on: api)
    PublicPetitionRoutes(services: services).register(on: api.group("public"))
    let staff = api.group().add(middleware: BearerAuthMiddleware(tokens: services.tokens))
    PetitionRoutes(services: services).register(on: staff)
    OrganisationRoutes(services: services).register(on: staff)
    TextRoutes(services: services).register(on: staff)
    return router
}

/// The whole application on `host:port`.
public func buildApplication(_ services: HuiyinServices, host: String, port: Int, logger: Logger) -> some ApplicationProtocol {
    Application(
        router: buildRouter(services),
        configuration: .init(address: .hostname(host, port: port), serverName: "Huiyin"),
        logger: logger)
}
