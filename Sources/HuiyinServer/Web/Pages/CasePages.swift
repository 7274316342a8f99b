import Foundation
import Hummingbird
import HuiyinDomain
import HuiyinStore

/// `GET /petitions/{id}` (案件详情), `POST /petitions/{id}/reveal` (show identity, audited) and
/// `POST /petitions/{id}/actions/{action}` (every lifecycle action through a small form).
struct CasePages {
    let services: HuiyinServices

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("petitions/{id}") { request, context in
            let done = request.uri.queryParameters.get("done")
            return try await page(context, id: try Self.id(context)) { page in
                if let done, PetitionAction.allNames.contains(done) { page.notice = successNotice(done, page: page) }
            }.render()
        }
        group.post("petitions/{id}/reveal") { request, context in
            let session = try context.requireSession()
            _ = try await context.form(request)
            var page = try await page(context, id: try Self.id(context))
            // An accused unit never sees the informant, not even on request (RULES.md §4).
            guard !page.hidesIdentity else { throw WebError.forbidden(context.lang.t("本件信访人身份信息对贵单位保密")) }
            try await services.store.record(AuditEntry(
                at: services.clock.now(), userID: session.user.id, username: session.user.username, action: "reveal-identity",
                petitionID: page.record.id, detail: page.record.number))
            page.revealed = true
            return page.render()
        }
        group.post("petitions/{id}/actions/{action}") { request, context in
            try await act(request, context)
        }
    }

    private func act(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        let session = try context.requireSession()
        let id = try Self.id(context)
        guard let name = context.parameters.get("action"), Lifecycle.staffActionNames.contains(name) else { throw WebError.notFound }
        let form = try await context.form(request)
        guard let current = try await services.petitions.petition(id: id, for: session.user) else { throw WebError.notFound }
        let t = context.lang.t
        do {
            let action = try await CaseActionForm.action(name, form) { number in
                try await services.petitions.matterID(ofPetitionNumber: number, for: session.user)
            }
            _ = try await services.petitions.act(action, on: current, expectedVersion: form.int("version") ?? -1,
                                                 actor: .staff(session.user))
            return Response.redirect(to: "/petitions/\(id)?done=\(name)", type: .normal)
        } catch let error as LifecycleError {
            var page = try await page(context, id: id)
            page.formState = CasePage.FormState(action: name, form: form, errors: [:])
            if case .invalid(let field, let message) = error, let input = CaseActionForm.formField(for: field, action: name) {
                page.formState?.errors[input] = Strings.fieldMessage(message, lang: context.lang)
                page.notice = .error(t("请按提示修改后重新提交。"))
            } else {
                page.notice = .error(Strings.refusal(error, lang: context.lang))
            }
            let status: HTTPResponse.Status = switch error.kind {
            case .invalid: .unprocessableContent
            case .forbidden: .forbidden
            case .conflict: .conflict
            }
            return page.render(status: status)
        } catch StoreError.staleVersion {
            // Never overwrite: show the case as it is now, keep what was typed, let the user decide again.
            var page = try await page(context, id: id)
            page.formState = CasePage.FormState(action: name, form: form, errors: [:])
            page.notice = .warn(t("该信访件已被他人修改，请刷新后重试") + t("（下方已显示最新情况，您填写的内容已保留）"))
            return page.render(status: .conflict)
        }
    }

    /// Loads everything the page shows in one read, with the user's jurisdiction applied (404 outside
    /// it; the matter lists only the petitions the user may see).
    private func page(_ context: HuiyinContext, id: PetitionRecord.ID, _ adjust: (inout CasePage) -> Void = { _ in }) async throws -> CasePage {
        let session = try context.requireSession()
        let config = services.configuration.current
        guard let view = try await services.store.caseView(
                id: id, matterVisibleUnitIDs: Jurisdiction.visibleUnits(for: session.user, units: config.units), matterLimit: 20),
              Jurisdiction.canSee(session.user, view.petition.record, view.petition.status, units: config.units) else {
            throw WebError.notFound
        }
        var page = CasePage(
            layout: Layout(context: context, title: view.petition.record.registration.title, section: .cases), user: session.user,
            petition: view.petition, history: view.history, matter: view.matter, config: config, today: services.petitions.today)
        // Only the online portal takes attachments, so other channels skip the read.
        if view.petition.record.registration.channel == .online { page.attachments = try await services.store.attachments(petitionID: id) }
        page.textPanel = try await CaseTextPanel.load(services, view.petition, user: session.user)
        page.unitSuggestions = try await CasePage.unitSuggestions(services, view.petition, available: page.available)
        adjust(&page)
        return page
    }

    private func successNotice(_ action: String, page: CasePage) -> CasePage.Notice {
        let text = page.t("已完成：") + page.t(Lifecycle.chineseName(of: action))
        if let kind = DocumentKind(action: action), let entry = page.history.last(where: { $0.event.kind == action }) {
            return .ok(text, link: ("\(page.path)/documents/\(entry.sequence)", page.t("查看") + page.t(kind.title)))
        }
        return .ok(text)
    }

    static func id(_ context: HuiyinContext) throws -> PetitionRecord.ID {
        guard let raw = context.parameters.get("id"), let id = Int64(raw), id > 0 else { throw WebError.notFound }
        return id
    }
}
