import Foundation
import Hummingbird
import HuiyinDomain
import HuiyinStore
import HuiyinText

/// Text intelligence on the staff pages, beside the case page and the registration form:
///
/// - `GET /petitions/{id}/similar` — every possible repeat, near-duplicate and other petition of the same
///   person, with the reason and (when the user may link) the one-click link form; the same findings as
///   `GET /api/v1/petitions/{id}/similar`.
/// - `POST /petitions/new/hints` — the registration hints (repeats and near-duplicates of the draft,
///   category and unit suggestions, risk words) as an HTML fragment for the registration page's script.
struct SimilarPages {
    let services: HuiyinServices

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("petitions/{id}/similar") { _, context in try await similarPage(context) }
        group.post("petitions/new/hints") { request, context in try await hints(request, context) }
    }

    func similarPage(_ context: HuiyinContext) async throws -> Response {
        let user = try context.requireSession().user
        guard let petition = try await services.petitions.petition(id: try CasePages.id(context), for: user) else { throw WebError.notFound }
        let found = try await Self.similar(services, to: petition, for: user)
        let config = services.configuration.current
        let layout = Layout(context: context, title: context.lang.t("可能重复的信访件") + " " + petition.record.number, section: .cases)
        let mayLink = Self.mayLink(user, petition, config: config, today: services.petitions.today)
        let settings = try await services.text?.store.textSettings()
        return layout.render { h in
            h.raw("<p class=\"crumbs noprint\"><a href=\"/petitions\">")
            h.text(layout.t("案件查询"))
            h.raw("</a> / <a")
            h.attr("href", "/petitions/" + String(petition.record.id))
            h.raw(">")
            h.text(petition.record.number)
            h.raw("</a></p><h1>")
            h.text(layout.t("可能重复的信访件"))
            h.raw("</h1><p class=\"muted\">")
            h.text(petition.record.number)
            h.raw(" · ")
            h.text(petition.record.registration.title)
            h.raw("</p>")
            if services.text == nil {
                h.raw("<p class=\"notice warn\">")
                h.text(layout.t("当前数据库不支持文本分析。"))
                h.raw("</p>")
            } else if found.isEmpty {
                h.raw("<p class=\"empty card\">")
                h.text(layout.t("未发现可能重复或内容相近的信访件。"))
                h.raw("</p>")
            } else {
                for (kind, title) in Self.sections {
                    let items = found.filter { $0.finding.kind == kind }
                    guard !items.isEmpty else { continue }
                    h.raw("<section class=\"card\"><h2>")
                    h.text(layout.t(title))
                    h.raw(" <small class=\"muted\">")
                    h.text(items.count)
                    h.raw("</small></h2>")
                    SimilarListView(layout: layout, current: petition, mayLink: mayLink).render(&h, items)
                    h.raw("</section>")
                }
                if !mayLink && petition.status.state == .registered {
                    h.raw("<p class=\"muted\">")
                    h.text(layout.t("关联重复信访件由登记单位的登记员或分办员在分办前办理。"))
                    h.raw("</p>")
                }
            }
            if let settings {
                h.raw("<p class=\"muted\">")
                h.text(layout.lang == .zh
                    ? "判定依据：内容相似度（字符三元组的 Jaccard 系数）达到 \(SimilarListView.similarity(settings.nearDuplicateThreshold)) 为内容相近；同一身份证号或联系电话且相似度达到 \(SimilarListView.similarity(settings.repeatThreshold)) 为可能重复。姓名相同、地址相近只作提示。"
                    : "Similar text: Jaccard similarity of character trigrams ≥ \(SimilarListView.similarity(settings.nearDuplicateThreshold)). Possible repeat: same ID number or phone and similarity ≥ \(SimilarListView.similarity(settings.repeatThreshold)). Same name with a similar address is only a hint.")
                h.raw("</p>")
            }
        }
    }

    static let sections: [(SimilarityFinding.Kind, String)] = [
        (.repeatPetition, "可能重复（同人同事）"), (.nearDuplicate, "内容相近"), (.samePerson, "同一信访人的其他信访件"),
    ]

    @Sendable func hints(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        let user = try context.requireSession().user
        guard PetitionService.registeringRoles.contains(user.role) else { throw WebError.forbidden(context.lang.t("您的角色不能登记信访件。")) }
        let posted = try await context.form(request)
        let form = RegistrationForm(posted)
        let hints = try await RegistrationHints.compute(services, form: form, for: user)
        var h = HTML(capacity: 8192)
        RegistrationHintsView(lang: context.lang, config: services.configuration.current, form: form, hints: hints).results(&h)
        return h.response()
    }

    // MARK: - Shared

    /// The findings for `petition` that `user` may see, exactly as the API lists them
    /// (`TextService.similar(to:for:)` applies the jurisdiction and the informant’s protection).
    static func similar(_ services: HuiyinServices, to petition: PetitionCase, for user: StaffUser) async throws -> [SimilarPetition] {
        guard let text = services.text else { return [] }
        return try await text.similar(to: petition, for: user)
    }

    /// Whether `user` may link `petition` to another matter now (the rules decide, as on the case page).
    static func mayLink(_ user: StaffUser, _ petition: PetitionCase, config: CountyConfiguration, today: LocalDate) -> Bool {
        let ctx = ActionContext(actor: .staff(user), now: today.startInChina.addingTimeInterval(12 * 3600),
                                calendar: config.calendar, rules: config.rules, units: config.units)
        return Lifecycle.isAvailable("linkMatter", for: petition.record, status: petition.status, in: ctx)
    }
}
