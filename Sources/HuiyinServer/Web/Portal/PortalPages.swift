import Foundation
import Hummingbird
import HuiyinDomain
import HuiyinStore

/// 网上信访: the petitioner's public pages — no sign-in. `GET /public` (guidance), `GET|POST
/// /public/submit` (online petition with attachments), `GET /public/receipt` (number and query code,
/// shown once), `GET|POST /public/track` (progress with number + code), `POST /public/track/rate`,
/// `POST /public/track/review`; and, for signed-in staff, `GET /petitions/{id}/attachments/{n}`.
///
/// Forms carry a double-submit CSRF cookie (there is no session); submissions and wrong codes are
/// limited per address (``PortalGuard``).
struct PortalPages {
    let services: HuiyinServices
    let limits = PortalGuard()
    /// The whole multipart body: three files of 10 MB and the text fields.
    static let maxSubmission = 32 << 20

    init(services: HuiyinServices) { self.services = services }

    func register(on web: RouterGroup<HuiyinContext>) {
        let portal = web.group("public").add(middleware: PortalErrorMiddleware())
        portal.get { request, context in
            withToken(request) { _ in
                PortalGuideView(layout: PortalLayout(context: context, title: context.lang.t("办事指南"), section: .guide),
                                rules: services.configuration.current.rules).render()
            }
        }
        portal.get("submit") { request, context in
            withToken(request) { token in submitView(context, PortalSubmission(), errors: [], csrf: token).render() }
        }
        portal.post("submit") { request, context in try await submit(request, context) }
        portal.get("receipt") { request, context in try await receipt(request, context) }
        portal.get("track") { request, context in
            withToken(request) { token in trackView(context, token).lookup(number: "", notice: nil) }
        }
        portal.post("track") { request, context in
            try await track(request, context) { c, form, view in
                view.standing(try await standing(c), code: form.string("code"), notice: nil)
            }
        }
        portal.post("track/rate") { request, context in try await track(request, context, rate) }
        portal.post("track/review") { request, context in try await track(request, context, review) }
        PortalAttachmentRoutes(services: services).register(on: web.group().add(middleware: RequireSignInMiddleware()))
    }

    // MARK: Submission

    private func submit(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        let address = PortalGuard.address(context)
        let csrf = PortalGuard.token(request)
        let t = context.lang.t
        guard !limits.submissions.isBlocked(address) else {
            var view = submitView(context, PortalSubmission(), errors: [], csrf: csrf)
            view.notice = .error(t("同一网络提交过于频繁，请一小时后再试，或来信来访。"))
            return view.render(status: .tooManyRequests)
        }
        var request = request
        let buffer = try await request.collectBody(upTo: Self.maxSubmission)
        let fields: FormData
        var files: [MultipartForm.File] = []
        if let boundary = MultipartForm.boundary(contentType: request.headers[.contentType] ?? "") {
            do {
                let parsed = try MultipartForm(body: Array(buffer.readableBytesView), boundary: boundary)
                fields = parsed.fields
                files = parsed.files
            } catch {
                var view = submitView(context, PortalSubmission(), errors: [], csrf: csrf)
                let (status, message): (HTTPResponse.Status, String) = switch error {
                case .fileTooLarge(let name): (.contentTooLarge, t("附件超过10MB：") + name)
                case .tooManyFiles: (.contentTooLarge, t("最多上传3个附件。"))
                case .fieldTooLarge, .tooManyParts: (.contentTooLarge, t("提交的内容过长。"))
                case .malformed: (.badRequest, t("提交的内容无法识别。"))
                }
                view.notice = .error(message + t("请重新填写后提交。"))
                return view.render(status: status)
            }
        } else {
            fields = FormData(String(buffer: buffer))
        }
        try PortalGuard.check(fields, request)
        let form = PortalSubmission(fields)
        // Robots fill in the hidden field; nothing is stored, and the answer gives nothing away.
        guard fields.string(PortalSubmission.honeypot).isEmpty else {
            var view = submitView(context, form, errors: [], csrf: csrf)
            view.notice = .error(t("提交未能完成，请检查后重新提交。"))
            return view.render(status: .unprocessableContent)
        }
        let config = services.configuration.current
        let checked = PortalSubmission.attachments(files)
        let errors: [FieldError]
        switch form.registration(config: config, now: services.clock.now()) {
        case .success(let registration) where checked.errors.isEmpty:
            let petition = try await services.petitions.register(registration, by: nil)
            try await services.store.saveAttachments(checked.files, petitionID: petition.record.id, at: services.clock.now())
            limits.submissions.recordFailure(address)
            var response = Response.redirect(to: "/public/receipt", type: .normal)
            response.setCookie(Cookie(name: PortalGuard.receiptCookie,
                                      value: petition.record.number + ":" + petition.record.queryCode + ":\(checked.files.count)",
                                      maxAge: 600, path: "/public/receipt", secure: WebSessionMiddleware.isSecure(request),
                                      httpOnly: true, sameSite: .strict))
            return response
        case .success:
            errors = checked.errors
        case .failure(let failure):
            errors = failure.errors + checked.errors
        }
        var view = submitView(context, form, errors: errors, csrf: csrf)
        view.filesDropped = !files.isEmpty
        return view.render(status: .unprocessableContent)
    }

    /// The receipt, once: the cookie set on success is read and cleared.
    private func receipt(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        let parts = (request.cookies[PortalGuard.receiptCookie]?.value ?? "").split(separator: ":").map(String.init)
        guard parts.count == 3, let c = try await services.petitions.petitionForPetitioner(number: parts[0], code: parts[1]) else {
            return Response.redirect(to: "/public/track", type: .normal)
        }
        var response = PortalReceiptView(layout: PortalLayout(context: context, title: context.lang.t("网上信访回执"), section: .submit),
                                         petition: c, attachments: Int(parts[2]) ?? 0, config: services.configuration.current).render()
        response.setCookie(Cookie(name: PortalGuard.receiptCookie, value: "", maxAge: 0, path: "/public/receipt",
                                  secure: WebSessionMiddleware.isSecure(request), httpOnly: true, sameSite: .strict))
        return response
    }

    // MARK: Tracking, rating, review

    /// Checks the token, the limits and the code, then lets `found` answer; a wrong code or too many
    /// of them shows the lookup form again.
    private func track(_ request: Request, _ context: HuiyinContext,
                       _ found: (PetitionCase, FormData, PortalTrackView) async throws -> Response) async throws -> Response {
        let form = try await PortalGuard.form(request)
        let view = trackView(context, PortalGuard.token(request))
        let t = context.lang.t
        let number = form.string("number").trimmingWhitespace.uppercased()
        let address = PortalGuard.address(context)
        let key = address + "|" + number
        if limits.perNumber.isBlocked(key) || limits.perAddress.isBlocked(address) {
            return view.lookup(number: number, notice: .error(t("查询码错误次数过多，请15分钟后再试。")), status: .tooManyRequests)
        }
        let code = form.string("code")
        guard !number.isEmpty, !code.isEmpty, code.utf8.count <= 40,
              let c = try await services.petitions.petitionForPetitioner(number: number, code: code) else {
            limits.perNumber.recordFailure(key)
            limits.perAddress.recordFailure(address)
            return view.lookup(number: number, notice: .error(t("信访件编号或查询码不正确，请核对后重试。")), status: .notFound)
        }
        return try await found(c, form, view)
    }

    private func rate(_ c: PetitionCase, _ form: FormData, _ view: PortalTrackView) async throws -> Response {
        let t = view.layout.t
        let acceptance = Satisfaction(rawValue: form.string("acceptance")), handling = Satisfaction(rawValue: form.string("handling"))
        let action = PetitionAction.rate(acceptance: acceptance, handling: handling, comment: String(form.string("comment").prefix(500)))
        return try await act(action, c, form, view) { _ in
            .ok(t("感谢您的评价。") + (acceptance == .dissatisfied || handling == .dissatisfied
                ? t("您的“不满意”评价已转督办部门跟进，承办单位将与您联系。") : ""))
        }
    }

    private func review(_ c: PetitionCase, _ form: FormData, _ view: PortalTrackView) async throws -> Response {
        let reasons = String(form.string("reasons").prefix(2000))
        // One address for both appeals: review after a decision, re-review after a review decision.
        let action: PetitionAction = c.status.state == .reviewed ? .requestRecheck(reasons: reasons) : .requestReview(reasons: reasons)
        return try await act(action, c, form, view) { after in
            .ok(view.layout.t("申请已提交。") + (after.status.stepDue.map {
                view.layout.t("将于此日前作出意见：") + WebFormat.date($0, lang: view.layout.lang)
            } ?? ""))
        }
    }

    /// Records the petitioner's action; a refusal shows the page with the reason beside the field or on top.
    private func act(_ action: PetitionAction, _ c: PetitionCase, _ form: FormData, _ view: PortalTrackView,
                     success: (PetitionCase) -> PortalNotice) async throws -> Response {
        let code = form.string("code")
        do {
            let after = try await services.petitions.act(action, on: c, expectedVersion: nil, actor: .petitioner)
            return view.standing(try await standing(after), code: code, notice: success(after))
        } catch let error as LifecycleError {
            let before = try await standing(c)
            var errors: [String: String] = [:]
            if case .invalid(let field, let message) = error {
                // "Choose at least one" names the handling rating; a declined petition shows only acceptance.
                errors[field == "handling" && !before.canRateHandling ? "acceptance" : field] = message
            }
            let t = view.layout.t
            return view.standing(before, code: code, notice: .error(errors.isEmpty ? Strings.refusal(error, lang: view.layout.lang) : t("请按提示修改后重新提交。")),
                                 errors: errors, status: error.kind == .invalid ? .unprocessableContent : .conflict)
        }
    }

    // MARK: Helpers

    private func standing(_ c: PetitionCase) async throws -> PortalStanding {
        PortalStanding(c, history: try await services.store.history(petitionID: c.record.id), config: services.configuration.current,
                       today: services.petitions.today)
    }

    private func submitView(_ context: HuiyinContext, _ form: PortalSubmission, errors: [FieldError], csrf: String) -> PortalSubmitView {
        PortalSubmitView(layout: PortalLayout(context: context, title: context.lang.t("我要信访"), section: .submit), form: form,
                         errors: errors, config: services.configuration.current, csrf: csrf)
    }

    private func trackView(_ context: HuiyinContext, _ token: String) -> PortalTrackView {
        PortalTrackView(layout: PortalLayout(context: context, title: context.lang.t("查询进度"), section: .track), csrf: token)
    }

    /// Renders with the visitor's CSRF token and (re)sets its cookie.
    private func withToken(_ request: Request, _ render: (String) -> Response) -> Response {
        let token = PortalGuard.token(request)
        var response = render(token)
        PortalGuard.setToken(token, on: &response, request: request)
        return response
    }
}
