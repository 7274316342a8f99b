import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The workbench (工作台, `GET /`): what waits for the signed-in user, by role; and the case list
/// (案件查询, `GET /petitions`): every case the user may see, with filters and pages.
struct WorkbenchPages {
    let services: HuiyinServices

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("/") { request, context -> Response in
            try await workbench(request, context: context)
        }
        group.get("/petitions") { request, context -> Response in
            try await caseList(request, context: context)
        }
    }

    func workbench(_ request: Request, context: HuiyinContext) async throws -> Response {
        let user = try context.requireSession().user
        let configuration = services.configuration.current
        let today = services.petitions.today
        let queue = WorkbenchQueue.of(user, units: configuration.units, today: today)
        let narrowing = WorkbenchNarrowing.parse(FormData(request.uri.query ?? ""), queue: queue)
        let (page, summary) = try await services.store.queue(
            queue.list(state: narrowing.state, due: narrowing.due, page: narrowing.page, today: today),
            summarising: queue.base, today: today, soonThrough: today.adding(days: WorkbenchQueue.soonDays))
        let layout = Layout(context: context, title: context.lang.t("工作台"), section: .workbench)
        let table = WorkbenchTable(layout: layout, configuration: configuration, user: user, today: today)
        return WorkbenchQueuePage(layout: layout, table: table, queue: queue, narrowing: narrowing)
            .render(page: page, summary: summary, status: narrowing.isValid ? .ok : .unprocessableContent)
    }

    func caseList(_ request: Request, context: HuiyinContext) async throws -> Response {
        let user = try context.requireSession().user
        let configuration = services.configuration.current
        let today = services.petitions.today
        let unitOptions = WorkbenchCaseFilter.unitOptions(for: user, units: configuration.units)
        let filter = WorkbenchCaseFilter.parse(FormData(request.uri.query ?? ""), units: unitOptions, taxonomy: configuration.taxonomy)
        let layout = Layout(context: context, title: context.lang.t("案件查询"), section: .cases)
        let table = WorkbenchTable(layout: layout, configuration: configuration, user: user, today: today)
        let page = WorkbenchCaseListPage(layout: layout, table: table, filter: filter, unitOptions: unitOptions)
        guard filter.isValid else { return page.render(result: nil, status: .unprocessableContent) }
        let query = filter.query(today: today, visibleUnitIDs: Jurisdiction.visibleUnits(for: user, units: configuration.units))
        return page.render(result: try await services.store.caseList(query), status: .ok)
    }
}
