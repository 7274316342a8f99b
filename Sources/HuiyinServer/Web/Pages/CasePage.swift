import Foundation
import Hummingbird
import HuiyinDomain
import HuiyinStore
import HuiyinText

/// 案件详情: everything about one petition for a staff member who may see it, with the actions this
/// user may take now. Rendered straight into bytes (``HTML``); data comes from two or three reads.
struct CasePage {
    /// A message at the top of the page.
    enum Notice {
        case ok(String, link: (href: String, label: String)? = nil)
        case error(String)
        case warn(String)
    }

    /// An action form being re-shown after a refusal: what was typed and what was wrong.
    struct FormState {
        var action: String
        var form: FormData
        var errors: [String: String]
    }

    let layout: Layout
    let user: StaffUser
    let petition: PetitionCase
    let history: [HistoryEntry]
    /// The petitions of the same matter the user may see (this one included).
    let matter: [MatterPetition]
    let config: CountyConfiguration
    let today: LocalDate
    var revealed = false
    var notice: Notice?
    var formState: FormState?
    /// The petitioner's uploaded files (online petitions only), listed under 附件.
    var attachments: [AttachmentInfo] = []
    /// Risk words and possible repeats (``CaseTextPanel``).
    var textPanel = CaseTextPanel()
    /// The suggested handling units for the forward and assign forms (``unitSuggestions(_:_:available:)``).
    var unitSuggestions: [UnitSuggestion] = []

    var record: PetitionRecord { petition.record }
    var status: PetitionStatus { petition.status }
    var registration: Registration { record.registration }
    var hidesIdentity: Bool { Jurisdiction.hidesIdentity(from: user, record, units: config.units) }
    var path: String { "/petitions/\(record.id)" }

    func t(_ s: String) -> String { layout.t(s) }

    /// The actions this user may take now (a pure check against the rules).
    var available: [String] {
        let ctx = ActionContext(actor: .staff(user), now: today.startInChina.addingTimeInterval(12 * 3600),
                                calendar: config.calendar, rules: config.rules, units: config.units)
        return Lifecycle.availableActions(for: record, status: status, in: ctx)
    }

    func render(status code: HTTPResponse.Status = .ok) -> Response {
        layout.render(status: code) { h in
            h.raw("<p class=\"crumbs noprint\"><a href=\"/\">")
            h.text(t("工作台"))
            h.raw("</a> / <a href=\"/petitions\">")
            h.text(t("案件查询"))
            h.raw("</a></p><header class=\"case-head\"><h1>")
            h.text(registration.title)
            h.raw("</h1><p class=\"case-meta\"><span class=\"case-no\">")
            h.text(record.number)
            h.raw("</span> <span class=\"badge state\">")
            h.text(t(status.state.chineseName))
            h.raw("</span>")
            badges(&h)
            h.raw("</p></header>")
            renderNotice(&h)
            h.raw("<div class=\"cols case\"><div>")
            summary(&h)
            petitioners(&h)
            timeline(&h)
            h.raw("</div><div>")
            currentStep(&h)
            textCards(&h)
            actions(&h)
            documents(&h)
            attachmentsCard(&h)
            matterCard(&h)
            h.raw("</div></div>")
        }
    }

    private func badges(_ h: inout HTML) {
        func badge(_ cls: StaticString, _ text: String) {
            h.raw(" <span class=\"badge")
            h.raw(cls)
            h.raw("\">")
            h.text(t(text))
            h.raw("</span>")
        }
        if registration.isCollective(rules: config.rules) { badge(" collective", "集体访") }
        if registration.flags.risk != .none { badge(" risk", "风险" + registration.flags.risk.chineseName) }
        if registration.flags.emergency { badge(" risk", "紧急") }
        if record.isRepeat { badge("", "重复信访") }
        if registration.flags.confidential || registration.purpose == .accusation { badge(" confidential", "保密") }
        if registration.flags.levelSkipping { badge("", "越级") }
        if registration.flags.legalProcedure { badge("", "涉法涉诉") }
        if registration.flags.anonymous { badge("", "匿名") }
        if status.supervisionCount > 0 { badge(" risk", "督办 \(status.supervisionCount) 次") }
    }

    private func renderNotice(_ h: inout HTML) {
        switch notice {
        case .ok(let text, let link):
            h.raw("<div class=\"notice ok\" role=\"status\">")
            h.text(text)
            if let link {
                h.raw(" <a")
                h.attr("href", link.href)
                h.raw(">")
                h.text(link.label)
                h.raw("</a>")
            }
            h.raw("</div>")
        case .error(let text):
            h.raw("<div class=\"notice error\" role=\"alert\">")
            h.text(text)
            h.raw("</div>")
        case .warn(let text):
            h.raw("<div class=\"notice warn\" role=\"alert\">")
            h.text(text)
            h.raw("</div>")
        case nil:
            break
        }
    }

    /// `<dt>label</dt><dd>value</dd>`, escaped.
    func fact(_ h: inout HTML, _ label: String, _ value: String) {
        h.raw("<dt>")
        h.text(t(label))
        h.raw("</dt><dd>")
        h.text(value)
        h.raw("</dd>")
    }

    private func summary(_ h: inout HTML) {
        h.raw("<section class=\"card\" aria-labelledby=\"h-summary\"><h2 id=\"h-summary\">")
        h.text(t("信访事项"))
        h.raw("</h2><dl class=\"facts\">")
        fact(&h, "信访件编号", record.number)
        fact(&h, "信访形式", t(registration.channel.chineseName))
        fact(&h, "来源", t(registration.source.chineseName))
        fact(&h, "信访目的", t(registration.purpose.chineseName))
        fact(&h, "内容分类", config.taxonomy.pathName(of: registration.categoryCode))
        var place = config.units.unit(registration.localityUnitID)?.name ?? ""
        if let address = registration.localityAddress, !address.isEmpty { place += " " + address }
        fact(&h, "问题属地", place)
        fact(&h, "人数", "\(registration.peopleCount)")
        fact(&h, "收到时间", WebFormat.time(record.receivedAt, lang: layout.lang))
        fact(&h, "登记单位", config.units.unit(record.registeredUnitID)?.name ?? "")
        if !registration.accusedUnitIDs.isEmpty {
            fact(&h, "被反映单位", registration.accusedUnitIDs.compactMap { config.units.unit($0)?.name }.joined(separator: "、"))
        }
        h.raw("</dl><h3>")
        h.text(t("主要内容"))
        h.raw("</h3><p class=\"content\">")
        h.multiline(registration.content)
        h.raw("</p><h3>")
        h.text(t("诉求"))
        h.raw("</h3><p class=\"content\">")
        h.multiline(registration.demands)
        h.raw("</p></section>")
    }

    private func petitioners(_ h: inout HTML) {
        h.raw("<section class=\"card\" aria-labelledby=\"h-people\"><h2 id=\"h-people\">")
        h.text(t("信访人"))
        h.raw("</h2>")
        if hidesIdentity {
            h.raw("<p class=\"notice warn\">")
            h.text(t("本件为揭发控告件，贵单位为被反映单位，信访人身份信息保密。"))
            h.raw("</p>")
        }
        let people = registration.petitioners.map { hidesIdentity ? $0.withheld : revealed ? $0 : $0.masked }
        h.raw("<div class=\"table-wrap\"><table class=\"stack\"><thead><tr><th scope=\"col\">")
        for (i, label) in ["姓名", "身份", "证件号码", "联系电话", "住址", "工作单位"].enumerated() {
            if i > 0 { h.raw("</th><th scope=\"col\">") }
            h.text(t(label))
        }
        h.raw("</th></tr></thead><tbody>")
        for p in people {
            h.raw("<tr>")
            cell(&h, "姓名", p.name)
            cell(&h, "身份", t(p.role.chineseName))
            cell(&h, "证件号码", p.idNumber ?? "—")
            cell(&h, "联系电话", p.phone ?? "—")
            cell(&h, "住址", p.address ?? "—")
            cell(&h, "工作单位", p.workplace ?? "—")
            h.raw("</tr>")
        }
        h.raw("</tbody></table></div>")
        if revealed {
            h.raw("<p class=\"muted\">")
            h.text(t("已显示完整信息；本次查看已记录。"))
            h.raw("</p>")
        } else if !hidesIdentity {
            h.raw("<form method=\"post\" class=\"reveal\"")
            h.attr("action", path + "/reveal")
            h.raw(">")
            layout.csrf(&h)
            h.raw("<button type=\"submit\" class=\"secondary\">")
            h.text(t("显示完整信息"))
            h.raw("</button> <span class=\"muted\">")
            h.text(t("查看个人信息将被记录"))
            h.raw("</span></form>")
        }
        h.raw("</section>")
    }

    private func cell(_ h: inout HTML, _ label: String, _ value: String) {
        h.raw("<td")
        h.attr("data-label", t(label))
        h.raw(">")
        h.text(value)
        h.raw("</td>")
    }
}
