import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The supervisor's and the leader's pages (督查督办): `GET /supervision` (the supervisor queue),
/// `GET /supervision/petitions/{id}` with `POST …/orders` (issue or escalate a supervision order) and
/// `POST …/progress` (the unit's progress report); and, registered from here, the backlog ledger,
/// the indicators and the leader dashboard.
struct SupervisionPages {
    let services: HuiyinServices

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("supervision") { _, context in try await queue(context) }
        group.get("supervision/petitions/{id}") { _, context in
            try await casePage(context, id: try CasePages.id(context)).render()
        }
        group.post("supervision/petitions/{id}/orders") { request, context in
            try await act(request, context, kind: .order)
        }
        group.post("supervision/petitions/{id}/progress") { request, context in
            try await act(request, context, kind: .progress)
        }
        BacklogPages(services: services).register(on: group)
        IndicatorPages(services: services).register(on: group)
        DashboardPages(services: services).register(on: group)
        HotspotPages(services: services).register(on: group)
        ReportPages(services: services).register(on: group)
        ExportPages(services: services).register(on: group)
    }

    /// Supervisors, leaders and administrators read the supervision pages; others get 403.
    static func reader(_ context: HuiyinContext) throws -> StaffUser {
        let user = try context.requireSession().user
        guard SupervisionService.mayRead(user) else { throw WebError.forbidden(context.lang.t("仅督办人员和领导可以查看")) }
        return user
    }

    func queue(_ context: HuiyinContext) async throws -> Response {
        let user = try Self.reader(context)
        let today = services.petitions.today
        let settings = try await services.store.supervisionSettings()
        var overdue = CaseListQuery()
        overdue.openOnly = true
        overdue.dueBefore = today
        overdue.limit = 50
        overdue.countLimit = 5000
        var soon = CaseListQuery()
        soon.openOnly = true
        soon.dueOnOrAfter = today
        soon.dueOnOrBefore = today.adding(days: settings.dueSoonDays)
        soon.limit = 50
        soon.countLimit = 5000
        async let overduePage = services.store.caseList(overdue)
        async let soonPage = services.store.caseList(soon)
        async let dissatisfied = services.store.dissatisfiedRows(limit: 50)
        async let orders = services.store.supervisionOrders()
        async let outbox = services.store.outbox(limit: 10)
        let allOrders = try await orders
        let open = allOrders.filter { $0.answeredOn == nil }.reversed()
        let orderRows = try await services.store.caseRows(ids: open.map(\.petitionID))
        let risks = try await services.text?.store.riskQueue(
            visibleUnitIDs: Jurisdiction.visibleUnits(for: user, units: services.configuration.current.units), limit: SupervisionQueueView.riskLimit) ?? []
        let layout = Layout(context: context, title: context.lang.t("督查督办"), section: .supervision)
        return SupervisionQueueView(
            layout: layout, table: WorkbenchTable(layout: layout, configuration: services.configuration.current, user: user, today: today),
            today: today, soonDays: settings.dueSoonDays, overdue: try await overduePage, soon: try await soonPage,
            dissatisfied: try await dissatisfied, openOrders: Array(open), orderRows: orderRows,
            tallies: SupervisionUnitTally.tally(allOrders, today: today), outbox: try await outbox, risks: risks
        ).render()
    }

    /// The supervision panel of one case, with the user's jurisdiction applied (404 outside it).
    func casePage(_ context: HuiyinContext, id: PetitionRecord.ID) async throws -> SupervisionCaseView {
        let user = try context.requireSession().user
        guard let c = try await services.petitions.petition(id: id, for: user) else { throw WebError.notFound }
        let history = try await services.store.history(petitionID: id)
        let orders = SupervisionOrder.orders(petitionID: id, history: history.map { ($0.sequence, $0.day, $0.event) },
                                             handlingUnitID: c.status.handlingUnitID)
        let config = services.configuration.current
        let mayRead = SupervisionService.mayRead(user)
        let responsible = Jurisdiction.responsibleUnit(c.status, units: config.units)
        // Only readers of supervision and members of the unit that owes the step may open the panel.
        guard mayRead || (responsible != nil && responsible == user.unitID) else {
            throw WebError.forbidden(context.lang.t("仅督办人员、领导和承办单位可以查看督办情况"))
        }
        return SupervisionCaseView(
            layout: Layout(context: context, title: c.record.registration.title, section: .supervision),
            user: user, petition: c, orders: orders, config: config, today: services.petitions.today,
            warnings: history.filter { if case .deadlineWarning = $0.event { true } else { false } })
    }

    enum ActKind { case order, progress }

    private func act(_ request: Request, _ context: HuiyinContext, kind: ActKind) async throws -> Response {
        let session = try context.requireSession()
        let id = try CasePages.id(context)
        let form = try await context.form(request)
        var page = try await casePage(context, id: id)
        var errors: [String: String] = [:]
        let action: PetitionAction
        switch kind {
        case .order:
            let level = SupervisionLevel(rawValue: form.string("level"))
            if level == nil { errors["level"] = "请选择督办级别" }
            var due: LocalDate?
            let dueText = form.string("dueDate").trimmingWhitespace
            if !dueText.isEmpty {
                due = LocalDate(iso: dueText)
                if due == nil { errors["dueDate"] = "日期格式应为 2026-10-20" }
            }
            action = .supervise(reason: form.string("reason"), dueDate: due, level: level ?? .written,
                                progressRequired: form.string("progressRequired"))
        case .progress:
            action = .reportProgress(text: form.string("text"))
        }
        if errors.isEmpty {
            do {
                _ = try await services.petitions.act(action, on: page.petition, expectedVersion: form.int("version") ?? -1,
                                                     actor: .staff(session.user))
                return Response.redirect(to: "/supervision/petitions/\(id)?done=\(action.name)", type: .normal)
            } catch let error as LifecycleError {
                if case .invalid(let field, let message) = error {
                    errors[field] = Strings.fieldMessage(message, lang: context.lang)
                } else {
                    page.notice = Strings.refusal(error, lang: context.lang)
                }
                page.form = form
                page.errors = errors
                page.formKind = kind
                return page.render(status: error.kind == .forbidden ? .forbidden : error.kind == .invalid ? .unprocessableContent : .conflict)
            } catch StoreError.staleVersion {
                page.notice = "该信访件已被他人修改，请刷新后重试"
                page.form = form
                page.formKind = kind
                return page.render(status: .conflict)
            }
        }
        page.form = form
        page.errors = errors
        page.formKind = kind
        return page.render(status: .unprocessableContent)
    }
}
