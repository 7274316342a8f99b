import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The backlog ledger (积案台账): `GET /supervision/backlog`, `POST /supervision/backlog/scan`,
/// `GET /supervision/backlog/{id}`, and `POST …/{id}` (owner and plan), `…/{id}/progress`, `…/{id}/signoff`.
struct BacklogPages {
    let services: HuiyinServices

    var supervision: SupervisionService { SupervisionService(petitions: services.petitions) }

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("supervision/backlog") { request, context in
            try await list(context, added: request.uri.queryParameters.get("added").flatMap { Int($0) })
        }
        group.post("supervision/backlog/scan") { request, context in
            let user = try SupervisionPages.reader(context)
            _ = try await context.form(request)
            guard BacklogRules.mayManage(user) else { throw WebError.forbidden(context.lang.t("只有督办人员可以维护积案台账")) }
            let added = try await supervision.scanBacklog()
            return Response.redirect(to: "/supervision/backlog?added=\(added)", type: .normal)
        }
        group.get("supervision/backlog/{id}") { _, context in
            try await detail(context, id: try CasePages.id(context)).render()
        }
        group.post("supervision/backlog/{id}") { request, context in
            try await change(request, context) { form, user, id in
                let owner = form.string("owner").isEmpty ? nil : Int64(form.string("owner"))
                try await supervision.updateBacklog(id: id, ownerUserID: owner, plan: form.string("plan"), by: user)
            }
        }
        group.post("supervision/backlog/{id}/progress") { request, context in
            try await change(request, context) { form, user, id in
                try await supervision.logProgress(id: id, text: form.string("text"), by: user)
            }
        }
        group.post("supervision/backlog/{id}/signoff") { request, context in
            try await change(request, context) { form, user, id in
                let confirmed = Set(form.all("condition").compactMap(ClosingCondition.init(rawValue:)))
                try await supervision.signOff(id: id, confirming: confirmed, by: user)
            }
        }
    }

    private func list(_ context: HuiyinContext, added: Int?) async throws -> Response {
        let user = try SupervisionPages.reader(context)
        let cases = try await services.store.backlogCases()
        let rows = try await services.store.caseRows(ids: cases.map(\.petitionID))
        let users = try await services.store.users()
        let settings = try await services.store.supervisionSettings()
        let layout = Layout(context: context, title: context.lang.t("积案台账"), section: .supervision)
        return BacklogListView(layout: layout, user: user, cases: cases, rows: rows, users: users, settings: settings,
                               added: added, today: services.petitions.today).render()
    }

    private func detail(_ context: HuiyinContext, id: Int64) async throws -> BacklogCaseView {
        let user = try SupervisionPages.reader(context)
        guard let (c, log) = try await services.store.backlogCase(id: id) else { throw WebError.notFound }
        let row = try await services.store.caseRows(ids: [c.petitionID]).first
        let leaders = try await services.store.users().filter { $0.role == .leader && $0.active }
        return BacklogCaseView(layout: Layout(context: context, title: context.lang.t("积案台账"), section: .supervision),
                               user: user, backlog: c, log: log, row: row, leaders: leaders)
    }

    /// Runs one change; a refusal re-renders the case with the message and what was typed.
    private func change(_ request: Request, _ context: HuiyinContext,
                        _ body: (FormData, StaffUser, Int64) async throws -> Void) async throws -> Response {
        let user = try SupervisionPages.reader(context)
        let id = try CasePages.id(context)
        let form = try await context.form(request)
        do {
            try await body(form, user, id)
            return Response.redirect(to: "/supervision/backlog/\(id)?saved=1", type: .normal)
        } catch let error as BacklogError {
            var page = try await detail(context, id: id)
            page.error = error
            page.form = form
            let status: HTTPResponse.Status = if case .notAllowed = error { .forbidden } else { .unprocessableContent }
            return page.render(status: status)
        }
    }
}
