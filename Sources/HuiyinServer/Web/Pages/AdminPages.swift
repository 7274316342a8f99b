import Hummingbird
import HuiyinDomain
import HuiyinStore

/// Administration (系统管理): users and roles, the units tree, categories, the official calendar, the
/// rule table and the log of every change. Only administrators may open any of it; every change is
/// recorded in the audit log and the county configuration is reloaded after it.
struct AdminPages {
    let services: HuiyinServices

    func register(on group: RouterGroup<HuiyinContext>) {
        let admin = group.group("admin").add(middleware: AdminOnlyMiddleware())
        admin.get { request, context in try await index(request, context) }
        AdminUserPages(services: services).register(on: admin)
        AdminUnitPages(services: services).register(on: admin)
        AdminCategoryPages(services: services).register(on: admin)
        AdminCalendarPages(services: services).register(on: admin)
        AdminRulePages(services: services).register(on: admin)
        AdminLogPages(services: services).register(on: admin)
    }

    /// `GET /admin`: one card per area with what it holds, and the calendar warning if a year is missing.
    private func index(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        let config = services.configuration.current
        let users = try await services.store.users()
        let active = users.reduce(0) { $0 + ($1.active ? 1 : 0) }
        let page = AdminPage(context: context, title: "系统管理", area: .overview)
        let lang = context.lang
        let warning = config.calendar.missingYearWarning(today: services.petitions.today)
        let years = config.calendar.years.map { String($0.year) }.joined(separator: lang == .zh ? "、" : ", ")
        let taxonomy = config.taxonomy.all
        let level1 = taxonomy.reduce(0) { $0 + ($1.level == 1 ? 1 : 0) }
        let cards: [(AdminPage.Area, String, String)] = [
            (.users, "账号、角色、所属单位，停用与重置密码", lang == .zh ? "\(users.count) 个账号，\(active) 个启用" : "\(users.count) accounts, \(active) active"),
            (.units, "县、乡镇、部门、村社区的组织树及各单位的复查机关", lang == .zh ? "\(config.units.units.count) 个单位" : "\(config.units.units.count) units"),
            (.categories, "三级内容分类", lang == .zh ? "\(level1) 个一级分类，共 \(taxonomy.count) 项" : "\(level1) top-level classes, \(taxonomy.count) in all"),
            (.calendar, "法定节假日和调休上班日，决定每个期限的到期日", lang == .zh ? "已录入：\(years)" : "Years: \(years)"),
            (.rules, "分办、受理、办理、复查、复核等各项时限", lang == .zh ? "\(RuleTable.Limit.allCases.count) 项时限" : "\(RuleTable.Limit.allCases.count) limits"),
            (.templates, "告知书、处理意见书等文书的模板", ""),
            (.log, "每一项管理操作、登录和身份信息查看的记录", ""),
        ]
        return page.render(done: AdminPage.done(request)) { h in
            h.raw("<h1>")
            h.text(page.t("系统管理"))
            h.raw("</h1>")
            if let warning {
                h.raw("<div class=\"notice warn\" role=\"status\">")
                h.text(page.t(warning))
                h.raw(" <a href=\"/admin/calendar\">")
                h.text(page.t("录入官方日历"))
                h.raw("</a></div>")
            }
            h.raw("<ul class=\"admin-cards\">")
            for (area, what, figure) in cards {
                h.raw("<li class=\"card\"><h2><a href=\"")
                h.raw(area.href)
                h.raw("\">")
                h.text(page.t(area.title))
                h.raw("</a></h2><p class=\"muted\">")
                h.text(page.t(what))
                h.raw("</p>")
                if !figure.isEmpty {
                    h.raw("<p>")
                    h.text(figure)
                    h.raw("</p>")
                }
                h.raw("</li>")
            }
            h.raw("</ul>")
        }
    }
}

/// Refuses every administration page and form to anyone but an administrator (403 page).
struct AdminOnlyMiddleware: RouterMiddleware {
    typealias Context = HuiyinContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let session = context.session else { throw WebError.notSignedIn }
        guard session.user.role == .admin else { throw WebError.forbidden("系统管理仅限系统管理员使用。") }
        return try await next(request, context)
    }
}

extension HuiyinServices {
    /// Records an administrator's change in the audit log (`admin-…` actions).
    func recordAdminChange(by session: WebSession, action: String, detail: String) async throws {
        try await store.record(AuditEntry(at: clock.now(), userID: session.user.id, username: session.user.username,
                                          action: action, petitionID: nil, detail: detail))
    }

    /// Reloads units, calendar and rules from the store so every later request uses the change.
    func reloadConfiguration() async throws {
        configuration.replace(try await CountyConfiguration.load(from: store))
    }
}
