import Hummingbird
import HuiyinDomain
import HuiyinStore
import HuiyinText

/// 全文检索 (`GET /search?q=…`): the staff search page over title, facts and reasons, demands and
/// petitioner names, with the filters and sorts of `GET /api/v1/petitions`.
///
/// The query string is read by the API's own parser (``PetitionListQuery``) and answered by the same
/// service call, so the page lists exactly what the API lists, in the same order, with the user's
/// jurisdiction applied (a township finds only its cases; a unit named as accused never finds a
/// petition by its informant's name and never sees names in snippets).
struct SearchPages {
    let services: HuiyinServices

    /// Results per page (a person reads snippets, not a 50-row table).
    static let pageSize = 20
    /// Pages beyond this are refused: narrow the search instead.
    static let maxPage = 500

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("search") { request, context -> Response in
            try await search(request, context: context)
        }
    }

    func search(_ request: Request, context: HuiyinContext) async throws -> Response {
        let user = try context.requireSession().user
        let config = services.configuration.current
        let today = services.petitions.today
        let params = request.uri.queryParameters
        var page = SearchPage(
            layout: Layout(context: context, title: context.lang.t("全文检索"), section: .cases),
            form: SearchForm(params), config: config, user: user, today: today,
            unitOptions: WorkbenchCaseFilter.unitOptions(for: user, units: config.units))
        // Nothing typed yet: the form and the syntax help only (never "everything").
        guard !page.form.q.isEmpty else { return page.render() }
        let text = SearchQuery.parse(page.form.q)
        guard !text.isEmpty else {
            page.errors["q"] = "检索词中没有可检索的文字，请输入汉字、字母或数字。"
            return page.render(status: .unprocessableContent)
        }
        do {
            var query = try PetitionListQuery.parse(params, units: config.units, today: today)
            query.pageSize = Self.pageSize
            guard query.page <= Self.maxPage else {
                throw APIError(.unprocessableContent, code: "invalid_query", message: "页码无效", fields: [FieldError("page", "页码无效")])
            }
            page.text = query.text ?? text
            page.sort = query.sort
            page.result = try await services.petitions.list(query, for: user)
            return page.render()
        } catch let error as APIError {
            for field in error.fields ?? [FieldError("q", error.message)] { page.errors[field.field] = field.message }
            return page.render(status: .unprocessableContent)
        }
    }
}

/// The search form's values as typed, to put back into the form and into the pager's links.
struct SearchForm {
    static let names = ["q", "state", "unit", "category", "channel", "from", "to", "sort"]

    var values: [String: String] = [:]

    init(_ params: Parameters) {
        for name in Self.names {
            let v = (params.get(name) ?? "").trimmingWhitespace
            if !v.isEmpty { values[name] = v }
        }
    }

    var q: String { values["q"] ?? "" }

    subscript(_ name: String) -> String { values[name] ?? "" }

    /// `/search?…` with these values and `page`.
    func link(page: Int) -> String {
        var parts = Self.names.compactMap { name in values[name].map { name + "=" + FormData.encode($0) } }
        if page > 1 { parts.append("page=" + String(page)) }
        return "/search?" + parts.joined(separator: "&")
    }
}
