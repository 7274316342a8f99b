import Hummingbird
import Logging

/// Builds the router: health, the public petitioner API, the staff API behind bearer tokens.
public func buildRouter(_ services: HuiyinServices) -> Router<HuiyinContext> {
    let router = Router(context: HuiyinContext.self)
    router.add(middleware: ErrorMiddleware())
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

    // Pages: sessions for everything below; sign-in and static files are open.
    StaticRoutes().register(on: router)
    let web = router.group().add(middleware: WebSessionMiddleware(services: services))
    let signIn = SignInPages(services: services)
    signIn.register(on: web)
    PortalPages(services: services).register(on: web)
    let pages = web.group().add(middleware: RequireSignInMiddleware())
    signIn.registerAccount(on: pages)
    WorkbenchPages(services: services).register(on: pages)
    SearchPages(services: services).register(on: pages)
    SimilarPages(services: services).register(on: pages)
    RegistrationPages(services: services).register(on: pages)
    CasePages(services: services).register(on: pages)
    DocumentPages(services: services).register(on: pages)
    AdminPages(services: services).register(on: pages)
    SupervisionPages(services: services).register(on: pages)
    return router
}

/// The whole application on `host:port`.
public func buildApplication(_ services: HuiyinServices, host: String, port: Int, logger: Logger) -> some ApplicationProtocol {
    Application(
        router: buildRouter(services),
        configuration: .init(address: .hostname(host, port: port), serverName: "Huiyin"),
        logger: logger)
}
