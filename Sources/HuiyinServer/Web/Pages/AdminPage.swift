import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The frame of every administration page (系统管理): the site layout, the administration sub-navigation
/// and the one-line confirmation shown after a change (`?done=…`, from a fixed list so nothing typed
/// by anyone is echoed).
struct AdminPage {
    /// The administration areas, in the order of the sub-navigation.
    enum Area: CaseIterable {
        case overview, users, units, categories, calendar, rules, templates, log

        var href: StaticString {
            switch self {
            case .overview: "/admin"
            case .users: "/admin/users"
            case .units: "/admin/units"
            case .categories: "/admin/categories"
            case .calendar: "/admin/calendar"
            case .rules: "/admin/rules"
            case .templates: "/admin/templates"
            case .log: "/admin/log"
            }
        }

        var title: String {
            switch self {
            case .overview: "系统管理"
            case .users: "用户与角色"
            case .units: "单位"
            case .categories: "内容分类"
            case .calendar: "官方日历"
            case .rules: "时限规则"
            case .templates: "文书模板"
            case .log: "管理日志"
            }
        }
    }

    /// Confirmations after a successful change, keyed by the `done` query value.
    static let confirmations: [String: String] = [
        "user-created": "用户已创建",
        "user-updated": "用户信息已保存",
        "password-reset": "密码已重置，该用户已在所有设备上退出登录",
        "unit-created": "单位已新增",
        "unit-updated": "复查机关已修改",
        "calendar-saved": "官方日历已保存，新的期限按此计算",
        "rules-saved": "时限规则已保存，新的期限按此计算",
        "rules-unchanged": "没有改动",
    ]

    let layout: Layout
    let area: Area

    init(context: HuiyinContext, title: String, area: Area) {
        layout = Layout(context: context, title: context.lang.t(title), section: .admin)
        self.area = area
    }

    func t(_ zh: String) -> String { layout.t(zh) }

    /// The page: sub-navigation, then an optional confirmation, then `body`.
    func render(status: HTTPResponse.Status = .ok, done: String? = nil, _ body: (inout HTML) -> Void) -> Response {
        layout.render(status: status) { h in
            h.raw("<nav class=\"admin-nav\" aria-label=\"")
            h.text(t("系统管理"))
            h.raw("\"><ul>")
            for a in Area.allCases {
                h.raw("<li><a href=\"")
                h.raw(a.href)
                h.raw(a == area ? "\" aria-current=\"page\">" : "\">")
                h.text(t(a.title))
                h.raw("</a></li>")
            }
            h.raw("</ul></nav>")
            if let done, let message = Self.confirmations[done] {
                h.raw("<div class=\"notice ok\" role=\"status\">")
                h.text(t(message))
                h.raw("</div>")
            }
            body(&h)
        }
    }

    /// The `done` value of a request, for ``render(status:done:_:)``.
    static func done(_ request: Request) -> String? {
        request.uri.queryParameters.get("done")
    }
}
