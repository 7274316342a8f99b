import Foundation
import Hummingbird
import HuiyinDomain
import HuiyinStore

/// Registration (登记): the form, the repeat hints, and the receipt with the query code.
///
/// - `GET /petitions/new`, `POST /petitions/new` — the form; the post either shows the form again
///   (one more petitioner, one fewer, repeat hints, or every problem beside its field with status 422)
///   or registers and redirects (303) to the receipt. A repeat chosen by the registrar is linked right
///   after registering, in the same request.
/// - `GET /petitions/lookup?id=…&phone=…` — the repeat hints alone, as an HTML fragment for the script.
/// - `GET /petitions/{id}/receipt` — the printable receipt; the query code only for the registering unit.
struct RegistrationPages {
    let services: HuiyinServices

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("petitions/new", use: showForm)
        group.post("petitions/new", use: submit)
        group.get("petitions/lookup", use: lookup)
        group.get("petitions/{id}/receipt", use: receipt)
    }

    @Sendable func showForm(_ request: Request, context: HuiyinContext) async throws -> Response {
        _ = try registrar(context)
        return view(context, RegistrationForm.blank(now: services.clock.now()), errors: [], matches: nil).render()
    }

    @Sendable func submit(_ request: Request, context: HuiyinContext) async throws -> Response {
        let user = try registrar(context)
        let posted = try await context.form(request)
        var form = RegistrationForm(posted)
        if posted["add"] != nil {
            form.addPetitioner()
            return try await again(context, form, user: user)
        }
        if let index = posted.int("remove") {
            form.removePetitioner(at: index)
            return try await again(context, form, user: user)
        }
        if posted["lookup"] != nil || posted["hints"] != nil {
            return try await again(context, form, user: user)
        }
        if let code = posted["useCategory"] {
            form.categoryCode = code
            return try await again(context, form, user: user)
        }

        let (registration, formErrors, positions) = form.registration()
        do {
            if !formErrors.isEmpty {
                // Show every problem at once: what the form found, then what the rules find.
                let config = services.configuration.current
                _ = try registration.validated(rules: config.rules, taxonomy: config.taxonomy, units: config.units, now: services.clock.now())
                throw ValidationFailure([])
            }
            let created = try await services.petitions.register(registration, by: user)
            var target = "/petitions/\(created.record.id)/receipt?registered=1"
            if let matter = form.linkMatterID, let failure = await link(created, to: matter, by: user) {
                target += "&link=" + failure
            }
            return Response.redirect(to: target, type: .normal)
        } catch let failure as ValidationFailure {
            let errors = Self.merge(formErrors, RegistrationForm.remap(failure.errors, positions: positions))
            return try await again(context, form, user: user, errors: errors, status: .unprocessableContent)
        }
    }

    @Sendable func lookup(_ request: Request, context: HuiyinContext) async throws -> Response {
        let user = try registrar(context)
        let query = request.uri.queryParameters
        let ids = query.getAll("id"), phones = query.getAll("phone")
        let searched = !(ids + phones).allSatisfy { $0.trimmingWhitespace.isEmpty }
        let matches = searched
            ? try await services.petitions.earlierPetitions(idNumbers: ids, phones: phones, for: user, limit: RegistrationLookupView.limit)
            : nil
        var h = HTML(capacity: 4096)
        RegistrationLookupView.render(&h, lang: context.lang, matches: matches, selected: query.get("selected") ?? "")
        return h.response()
    }

    @Sendable func receipt(_ request: Request, context: HuiyinContext) async throws -> Response {
        let user = try context.requireSession().user
        guard let raw = context.parameters.get("id"), let id = PetitionRecord.ID(raw), id > 0,
              let petition = try await services.petitions.petition(id: id, for: user) else { throw WebError.notFound }
        let config = services.configuration.current
        let showsCode = user.unitID == petition.record.registeredUnitID
            && !Jurisdiction.hidesIdentity(from: user, petition.record, units: config.units)
        if showsCode {
            try await services.store.record(AuditEntry(
                at: services.clock.now(), userID: user.id, username: user.username, action: "view-query-code",
                petitionID: id, detail: "receipt"))
        }
        var linkNote: String?
        if petition.record.isRepeat {
            for entry in try await services.store.history(petitionID: id).reversed() {
                if case .linkedToMatter(_, _, let note) = entry.event { linkNote = note; break }
            }
        }
        let params = request.uri.queryParameters
        let layout = Layout(context: context, title: context.lang.t("登记回执") + " " + petition.record.number, section: .register)
        return RegistrationReceiptView(
            layout: layout, petition: petition, config: config, showsQueryCode: showsCode,
            justRegistered: params.get("registered") == "1", linkNote: linkNote,
            linkFailure: params.get("link").map(Self.linkFailureMessage)).render()
    }

    // MARK: - Steps

    /// The signed-in user, if their role may register; a 403 page otherwise.
    private func registrar(_ context: HuiyinContext) throws -> StaffUser {
        let user = try context.requireSession().user
        guard PetitionService.registeringRoles.contains(user.role) else {
            throw WebError.forbidden("您的角色不能登记信访件。")
        }
        return user
    }

    /// The form again, with the repeat hints for the ID numbers and phones typed (none searched when none typed).
    private func again(_ context: HuiyinContext, _ form: RegistrationForm, user: StaffUser, errors: [FieldError] = [],
                       status: HTTPResponse.Status = .ok) async throws -> Response {
        let keys = form.identityKeys
        var matches: [EarlierPetition]?
        if !keys.idNumbers.isEmpty || !keys.phones.isEmpty {
            matches = try await services.petitions.earlierPetitions(
                idNumbers: keys.idNumbers, phones: keys.phones, for: user, limit: RegistrationLookupView.limit)
        }
        var page = view(context, form, errors: errors, matches: matches)
        page.hints = try await RegistrationHints.compute(services, form: form, for: user)
        return page.render(status: status)
    }

    private func view(_ context: HuiyinContext, _ form: RegistrationForm, errors: [FieldError], matches: [EarlierPetition]?) -> RegistrationFormView {
        RegistrationFormView(
            layout: Layout(context: context, title: context.lang.t("登记信访件"), section: .register),
            form: form, errors: errors, config: services.configuration.current, matches: matches)
    }

    /// Links the new petition to the chosen matter as a repeat; returns a failure code, or nil when linked.
    /// The petition stays registered either way.
    private func link(_ created: PetitionCase, to matterID: Int64, by user: StaffUser) async -> String? {
        do {
            // The service refuses a matter the registrar may not see, as one that does not exist.
            _ = try await services.petitions.act(.linkMatter(matterID: matterID), on: created, expectedVersion: created.status.version,
                                                 actor: .staff(user))
            return nil
        } catch let e as LifecycleError {
            return e.code
        } catch StoreError.staleVersion {
            return "stale_version"
        } catch {
            return "error"
        }
    }

    static func linkFailureMessage(_ code: String) -> String {
        switch code {
        case "role_not_allowed", "wrong_unit": "您的角色或单位不能关联重复信访件，请分办员在案件页关联。"
        case "not_found", "invalid_field": "所选信访事项不存在或不在您的查看范围内。"
        case "matter_is_final": "所选信访事项已终结。"
        case "stale_version": "该信访件刚被他人修改，请在案件页重新关联。"
        default: "请在案件页重新关联。"
        }
    }

    /// The form's own problems first; a rule's message for a field already flagged is left out.
    static func merge(_ first: [FieldError], _ second: [FieldError]) -> [FieldError] {
        let flagged = Set(first.map(\.field))
        return first + second.filter { !flagged.contains($0.field) }
    }
}
