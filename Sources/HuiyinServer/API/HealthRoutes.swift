import Hummingbird
import HuiyinDomain

/// `GET /healthz`: the process answers and the database is readable.
struct HealthRoutes {
    let services: HuiyinServices

    struct Health: ResponseEncodable {
        var status: String
        var database: String
        var today: LocalDate
        var calendarWarning: String?
    }

    func register(on router: Router<HuiyinContext>) {
        router.get("healthz") { _, _ -> Health in
            _ = try await services.store.units()
            let today = LocalDate.inChina(services.clock.now())
            return Health(status: "ok", database: "ok", today: today,
                          calendarWarning: services.configuration.current.calendar.missingYearWarning(today: today))
        }
    }
}
