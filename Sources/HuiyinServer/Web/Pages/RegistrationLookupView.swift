import HuiyinDomain
import HuiyinStore

/// The repeat hints of the registration form (重复信访提示): earlier petitions of the same person, found
/// by the ID numbers and phones typed, each with a radio button to link the new petition to its matter.
///
/// The same markup is written inside the form (after "查重") and returned alone by
/// `GET /petitions/lookup` for the script that refreshes it while the registrar types.
enum RegistrationLookupView {
    /// Rows shown at most; the store is asked for this many.
    static let limit = 20

    /// - Parameters:
    ///   - matches: nil when nothing was searched yet.
    ///   - selected: the matter ID chosen so far ("" = none).
    static func render(_ h: inout HTML, lang: Lang, matches: [EarlierPetition]?, selected: String) {
        guard let matches else {
            h.raw("<p class=\"muted\">")
            h.text(lang.t("填写身份证号码或电话号码后点击“查重”，可查看该信访人以往的信访件。"))
            h.raw("</p>")
            return
        }
        guard !matches.isEmpty else {
            h.raw("<p class=\"lookup-none\">")
            h.text(lang.t("未查到该信访人的其他信访件（按身份证号码和电话号码）。"))
            h.raw("</p>")
            return
        }
        h.raw("<fieldset class=\"lookup\"><legend>")
        h.text(lang.t("与以下信访件为同一事项（作为重复信访关联）"))
        h.raw("</legend><p class=\"muted\">")
        h.text(lang.t("已查到该信访人的其他信访件"))
        h.raw(" ")
        h.text(matches.count)
        h.raw(" ")
        h.text(lang.t("件"))
        if matches.count >= limit {
            h.raw("（")
            h.text(lang.t("仅显示最近的"))
            h.raw(" ")
            h.text(limit)
            h.raw(" ")
            h.text(lang.t("件"))
            h.raw("）")
        }
        h.raw("。")
        h.text(lang.t("如与本件为同一事实和诉求，请选择该件，登记后本件将关联到其信访事项。"))
        h.raw("</p><div class=\"table-wrap\"><table class=\"stack\"><thead><tr><th scope=\"col\">")
        h.text(lang.t("编号"))
        h.raw("</th><th scope=\"col\">")
        h.text(lang.t("标题"))
        h.raw("</th><th scope=\"col\">")
        h.text(lang.t("状态"))
        h.raw("</th><th scope=\"col\">")
        h.text(lang.t("收到日期"))
        h.raw("</th><th scope=\"col\">")
        h.text(lang.t("查到依据"))
        h.raw("</th></tr></thead><tbody>")
        for m in matches {
            row(&h, lang: lang, m, selected: selected)
        }
        h.raw("</tbody></table></div>")
        noLinkChoice(&h, lang: lang, checked: selected.isEmpty || !matches.contains(where: { String($0.petition.record.matterID) == selected }))
        h.raw("</fieldset>")
    }

    /// The choice not to link (不关联), closing a list of petitions to link to; the registration hints use it too.
    static func noLinkChoice(_ h: inout HTML, lang: Lang, checked: Bool) {
        h.raw("<label class=\"lookup-none-choice\"><input type=\"radio\" name=\"linkMatter\" value=\"\"")
        if checked { h.raw(" checked") }
        h.raw("> ")
        h.text(lang.t("不关联（不是同一事项）"))
        h.raw("</label>")
    }

    private static func row(_ h: inout HTML, lang: Lang, _ m: EarlierPetition, selected: String) {
        let record = m.petition.record
        let matter = String(record.matterID)
        let id = "link-" + String(record.id)
        h.raw("<tr><td data-label=\"")
        h.text(lang.t("编号"))
        h.raw("\"><input type=\"radio\" name=\"linkMatter\"")
        h.attr("id", id)
        h.attr("value", matter)
        if matter == selected { h.raw(" checked") }
        h.raw("> <label class=\"inline-label\"")
        h.attr("for", id)
        h.raw(">")
        h.text(record.number)
        h.raw("</label> <a target=\"_blank\" rel=\"noopener\"")
        h.attr("href", "/petitions/" + String(record.id))
        h.raw(">")
        h.text(lang.t("查看"))
        h.raw("<span class=\"visually-hidden\">")
        h.text(record.number)
        h.text(lang.t("（新窗口）"))
        h.raw("</span></a></td><td data-label=\"")
        h.text(lang.t("标题"))
        h.raw("\">")
        h.text(record.registration.title)
        if record.isRepeat {
            h.raw(" <span class=\"badge\">")
            h.text(lang.t("重复件"))
            h.raw("</span>")
        }
        h.raw("</td><td data-label=\"")
        h.text(lang.t("状态"))
        h.raw("\"><span class=\"badge\">")
        h.text(lang.t(m.petition.status.state.chineseName))
        h.raw("</span>")
        if m.petition.status.matterIsFinal {
            h.raw(" <span class=\"badge risk\">")
            h.text(lang.t("事项已终结"))
            h.raw("</span>")
        }
        h.raw("</td><td data-label=\"")
        h.text(lang.t("收到日期"))
        h.raw("\">")
        h.text(WebFormat.date(record.receivedAt, lang: lang))
        h.raw("</td><td data-label=\"")
        h.text(lang.t("查到依据"))
        h.raw("\">")
        if m.matchedByIDNumber { h.text(lang.t("身份证号码")) }
        if m.matchedByIDNumber && m.matchedByPhone { h.raw("、") }
        if m.matchedByPhone { h.text(lang.t("电话号码")) }
        h.raw("</td></tr>")
    }
}
