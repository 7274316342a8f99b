import HuiyinDomain
import HuiyinStore
import HuiyinText

/// The 智能提示 card of the registration form. Without JavaScript the "分析内容" button (and every
/// other re-show of the form) fills it; with the script it refreshes as the registrar leaves the title,
/// facts or demands (`POST /petitions/new/hints` returns ``results(_:)`` alone).
///
/// - a near-duplicate or possible repeat can be chosen (radio `linkMatter`, the same field as the
///   person lookup's) so the new petition is linked to that matter right after registering;
/// - a suggested category is taken with "采用" (a submit button `useCategory`; the script sets the
///   select instead of submitting);
/// - the suggested units and the risk words are information for the registrar and the triage officer.
struct RegistrationHintsView {
    let lang: Lang
    let config: CountyConfiguration
    let form: RegistrationForm
    /// nil: nothing typed yet (or no text intelligence in this store).
    let hints: RegistrationHints?

    func render(_ h: inout HTML) {
        h.raw("<section class=\"card text-hints\" aria-labelledby=\"reg-hints\"><h2 id=\"reg-hints\">")
        h.text(lang.t("智能提示"))
        h.raw("</h2><p class=\"row\"><button type=\"submit\" name=\"hints\" value=\"1\" class=\"secondary\">")
        h.text(lang.t("分析内容"))
        h.raw("</button><span class=\"muted\">")
        h.text(lang.t("根据标题、主要事实和理由、诉求，查找相近的信访件，建议内容分类和承办单位，提示风险词语"))
        h.raw("</span></p><div id=\"text-hints-results\" aria-live=\"polite\">")
        results(&h)
        h.raw("</div></section>")
    }

    func results(_ h: inout HTML) {
        guard let hints else {
            h.raw("<p class=\"muted\">")
            h.text(lang.t("填写标题和主要事实和理由后点击“分析内容”。"))
            h.raw("</p>")
            return
        }
        if !hints.risk.matches.isEmpty {
            h.raw("<div class=\"notice warn risk-hint\"><strong>")
            h.text(lang.t("风险提示"))
            h.raw("（")
            h.text(lang.t("风险" + hints.risk.level.chineseName))
            h.raw("）</strong>")
            SimilarListView.riskWords(&h, lang: lang, hints.risk)
            h.raw("<small>")
            h.text(lang.t("请核实情况；如有赴省进京、扬言极端行为等紧急情况，请勾选“紧急情况”并报告值班领导。"))
            h.raw("</small></div>")
        }
        categories(&h, hints.categories)
        units(&h, hints.units)
        similar(&h, hints.similar)
    }

    /// "87%"; below half a percent "<1%" (a ranking aid: "0%" would read as "impossible").
    private func percent(_ c: Double) -> String {
        c < 0.005 ? "<1%" : String(Int((c * 100).rounded())) + "%"
    }

    private func categories(_ h: inout HTML, _ list: [CategoryPrediction]) {
        guard !list.isEmpty else { return }
        h.raw("<h3>")
        h.text(lang.t("建议内容分类"))
        h.raw("</h3><ol class=\"hint-list\">")
        for c in list {
            h.raw("<li>")
            h.text(config.taxonomy.pathName(of: c.label))
            h.raw(" <small class=\"muted\">")
            h.text(lang.t("置信度"))
            h.raw(" ")
            h.text(percent(c.confidence))
            h.raw("</small> ")
            if c.label == form.categoryCode {
                h.raw("<span class=\"badge\">")
                h.text(lang.t("已选"))
                h.raw("</span>")
            } else {
                h.raw("<button type=\"submit\" name=\"useCategory\" class=\"link\"")
                h.attr("value", c.label)
                h.raw(">")
                h.text(lang.t("采用"))
                h.raw("<span class=\"visually-hidden\"> ")
                h.text(config.taxonomy.pathName(of: c.label))
                h.raw("</span></button>")
            }
            h.raw("</li>")
        }
        h.raw("</ol>")
    }

    private func units(_ h: inout HTML, _ list: [UnitSuggestion]) {
        guard !list.isEmpty else { return }
        h.raw("<h3>")
        h.text(lang.t("建议承办单位"))
        h.raw("</h3><ol class=\"hint-list unit-hints\">")
        for u in list {
            h.raw("<li>")
            h.text(config.units.unit(u.unitID)?.name ?? "—")
            h.raw(" <small class=\"muted\">")
            h.text(UnitSuggestionReason.text(u, lang: lang))
            h.raw(" · ")
            h.text(percent(u.confidence))
            h.raw("</small></li>")
        }
        h.raw("</ol>")
    }

    private func similar(_ h: inout HTML, _ list: [SimilarPetition]) {
        h.raw("<h3>")
        h.text(lang.t("相近的信访件"))
        h.raw("</h3>")
        guard !list.isEmpty else {
            h.raw("<p class=\"muted\">")
            h.text(lang.t("未发现内容相近的信访件。"))
            h.raw("</p>")
            return
        }
        h.raw("<fieldset class=\"lookup\"><legend>")
        h.text(lang.t("如与以下信访件为同一事项，可选择后登记（作为重复信访关联）"))
        h.raw("</legend><ul class=\"similar-list\">")
        for s in list {
            let record = s.petition.record
            let id = "hint-link-" + String(record.id)
            h.raw("<li class=\"similar\"><input type=\"radio\" name=\"linkMatter\"")
            h.attr("id", id)
            h.attr("value", String(record.matterID))
            if form.linkMatter == String(record.matterID) { h.raw(" checked") }
            h.raw("> <label class=\"inline-label\"")
            h.attr("for", id)
            h.raw(">")
            h.text(Self.headlineText(s, lang: lang))
            h.text(SimilarListView.reason(s.finding, lang: lang))
            h.raw("</label> <a target=\"_blank\" rel=\"noopener\"")
            h.attr("href", "/petitions/" + String(record.id))
            h.raw(">")
            h.text(lang.t("查看"))
            h.raw("<span class=\"visually-hidden\">")
            h.text(record.number)
            h.text(lang.t("（新窗口）"))
            h.raw("</span></a><br><small class=\"muted\">")
            h.text(record.registration.title)
            h.raw(" · ")
            h.text(lang.t(s.petition.status.state.chineseName))
            h.raw("</small></li>")
        }
        h.raw("</ul>")
        RegistrationLookupView.noLinkChoice(&h, lang: lang, checked: form.linkMatter.isEmpty)
        h.raw("</fieldset>")
    }

    /// "可能与 XF-… 重复" as plain text (inside a label, so no link).
    static func headlineText(_ s: SimilarPetition, lang: Lang) -> String {
        let n = s.petition.record.number
        let zh = lang == .zh
        return switch s.finding.kind {
        case .repeatPetition: zh ? "可能与 \(n) 重复" : "Possible repeat of \(n)"
        case .nearDuplicate: zh ? "与 \(n) 内容相近" : "Similar text to \(n)"
        case .samePerson: zh ? "同一信访人的其他信访件 \(n)" : "Same petitioner, other petition \(n)"
        }
    }
}
