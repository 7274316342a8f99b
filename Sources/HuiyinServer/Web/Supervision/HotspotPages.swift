import Hummingbird
import HuiyinDomain
import HuiyinStore

/// Hotspots and trends (苗头性、倾向性问题): `GET /supervision/hotspots?period=2026-10` lists the
/// clusters of similar petitions in one place with their heat, and the categories and places rising
/// fastest against their baseline.
struct HotspotPages {
    let services: HuiyinServices

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("supervision/hotspots") { request, context in try await hotspots(request, context) }
    }

    private func hotspots(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        _ = try SupervisionPages.reader(context)
        let query = FormData(request.uri.query ?? "")
        let (period, error) = IndicatorPages(services: services).period(query)
        let report = try await HotspotService(petitions: services.petitions).report(for: period)
        let layout = Layout(context: context, title: context.lang.t("热点与趋势"), section: .supervision)
        return HotspotView(layout: layout, config: services.configuration.current, report: report,
                           periodText: query.string("period"), periodError: error)
            .render(status: error == nil ? .ok : .unprocessableContent)
    }
}
