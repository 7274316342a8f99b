import Hummingbird
import HuiyinDomain
import HuiyinStore

/// 办事指南: the portal's start page. In plain words: what can be submitted here, what belongs to the
/// courts, arbitration or administrative reconsideration instead (and where to go), the time limits the
/// petitioner can expect — read from the county's rule table, with their source — and how personal
/// data is protected.
struct PortalGuideView {
    let layout: PortalLayout
    let rules: RuleTable

    /// The limits a petitioner meets, in the order they meet them, with who acts.
    static let steps: [(RuleTable.Limit, String)] = [
        (.triage, "信访部门收到后决定转送、交办、直接办理或不予受理"),
        (.acceptanceNotice, "承办单位书面告知是否受理"),
        (.decision, "受理后出具书面处理意见"),
        (.extensionMax, "情况复杂的，经批准可延长并告知理由（最长）"),
        (.ratingWindow, "对受理和办理情况作出满意度评价"),
        (.reviewRequest, "对处理意见不服，可申请复查"),
        (.reviewDecision, "复查机关作出复查意见"),
        (.recheckRequest, "对复查意见不服，可申请复核"),
        (.recheckDecision, "复核机关作出复核意见"),
    ]

    /// Matters for other bodies, and where to go (RULES.md §3).
    static let elsewhere: [(String, String)] = [
        ("已经或者依法应当通过诉讼解决的纠纷（如合同、借贷、离婚、继承、侵权赔偿）", "向人民法院起诉；可先咨询当地法律援助中心或拨打 12348 法律服务热线"),
        ("劳动争议（如解除劳动合同、工伤认定后的赔偿、经济补偿）", "向县劳动人事争议仲裁委员会申请仲裁；拖欠工资也可向人力资源社会保障部门劳动保障监察机构投诉"),
        ("对行政机关作出的具体行政行为不服（如罚款、行政许可、征收补偿决定）", "在法定期限内申请行政复议或提起行政诉讼"),
        ("对法院、检察院的工作或案件处理有意见", "向人民法院、人民检察院或人民代表大会反映"),
        ("违纪违法问题的检举控告", "可在本网站提交（请选择“检举控告”），也可向纪检监察机关举报"),
    ]

    func render() -> Response {
        layout.render { h in
            h.raw("<div class=\"portal-page\"><section class=\"portal-hero\"><h1>")
            h.text(layout.t("网上信访平台"))
            h.raw("</h1><p class=\"lead\">")
            h.text(layout.t("您可以在这里向县信访局反映问题、提出建议或意见，并随时查询办理进度。每一件信访事项都有承办单位、办理期限和书面答复。"))
            h.raw("</p><p class=\"portal-actions\"><a class=\"button\" href=\"/public/submit\">")
            h.text(layout.t("我要信访"))
            h.raw("</a> <a class=\"button secondary\" href=\"/public/track\">")
            h.text(layout.t("查询办理进度"))
            h.raw("</a></p></section>")

            h.raw("<section class=\"card\" aria-labelledby=\"g-what\"><h2 id=\"g-what\">")
            h.text(layout.t("可以反映什么"))
            h.raw("</h2><ul>")
            for item in ["对各级机关、单位及其工作人员工作的意见、建议和批评", "需要政府部门或乡镇（街道）解决的问题，如道路、供水、环境、社会保障、住房、土地等",
                         "对公职人员违纪违法行为的检举、控告", "对已作出的信访处理意见不服，在期限内申请复查、复核"] {
                h.raw("<li>")
                h.text(layout.t(item))
                h.raw("</li>")
            }
            h.raw("</ul><p class=\"muted\">")
            h.text(layout.t("请如实反映情况。提交后您会得到信访件编号和查询码，凭它们查询进度、评价和申请复查。全程免费。"))
            h.raw("</p></section>")

            h.raw("<section class=\"card\" aria-labelledby=\"g-else\"><h2 id=\"g-else\">")
            h.text(layout.t("这些事项请通过法定途径解决"))
            h.raw("</h2><p>")
            h.text(layout.t("依法应当通过诉讼、仲裁、行政复议等途径解决的，信访部门不予受理，但会告诉您应当去哪里。常见情形："))
            h.raw("</p><dl class=\"portal-routes\">")
            for (what, whereTo) in Self.elsewhere {
                h.raw("<dt>")
                h.text(layout.t(what))
                h.raw("</dt><dd>")
                h.text(layout.t(whereTo))
                h.raw("</dd>")
            }
            h.raw("</dl></section>")

            h.raw("<section class=\"card\" aria-labelledby=\"g-time\"><h2 id=\"g-time\">")
            h.text(layout.t("办理时限"))
            h.raw("</h2><p>")
            h.text(layout.t("期限从收到或作出决定的次日起算；最后一日是法定节假日的，顺延至节假日后的第一个工作日。"))
            h.raw("</p><div class=\"table-wrap\"><table class=\"stack\"><thead><tr><th scope=\"col\">")
            h.text(layout.t("环节"))
            h.raw("</th><th scope=\"col\">")
            h.text(layout.t("期限"))
            h.raw("</th><th scope=\"col\">")
            h.text(layout.t("依据"))
            h.raw("</th></tr></thead><tbody>")
            for (limit, text) in Self.steps {
                h.raw("<tr><td")
                h.attr("data-label", layout.t("环节"))
                h.raw(">")
                h.text(layout.t(text))
                h.raw("</td><td")
                h.attr("data-label", layout.t("期限"))
                h.raw("><strong>")
                h.text(PortalFormat.limit(rules[limit], lang: layout.lang))
                h.raw("</strong></td><td")
                h.attr("data-label", layout.t("依据"))
                h.raw(">")
                h.text(layout.t(limit.source))
                h.raw("</td></tr>")
            }
            h.raw("</tbody></table></div></section>")

            h.raw("<section class=\"card\" aria-labelledby=\"g-data\"><h2 id=\"g-data\">")
            h.text(layout.t("您的个人信息如何受到保护"))
            h.raw("</h2><ul>")
            for item in ["您的姓名、身份证号码、电话和地址只用于办理您的信访事项和与您联系，不对外公开。",
                         "检举控告的，您的身份和材料不会告知被检举控告的单位和人员。",
                         "工作人员查看您的身份信息会被记录在案，可供核查。",
                         "查询进度只显示办理环节、承办单位和告知内容，不显示工作人员个人信息。",
                         "请妥善保管查询码，不要告诉他人；工作人员不会向您索要查询码。"] {
                h.raw("<li>")
                h.text(layout.t(item))
                h.raw("</li>")
            }
            h.raw("</ul></section></div>")
        }
    }
}

/// Small formatting for the portal.
enum PortalFormat {
    /// `15日` / `5个工作日`, or `15 days` / `5 working days`.
    static func limit(_ limit: TimeLimit, lang: Lang) -> String {
        guard lang == .en else { return limit.description }
        return limit.count == .calendar ? "\(limit.days) days" : "\(limit.days) working days"
    }
}
