import HuiyinDomain
import HuiyinStore
import HuiyinText

/// A list of possible repeats and near-duplicates: "可能与 XF-… 重复（相似度 0.87，同一身份证号）", the
/// petition's title, state and date, and — when the user may link — a small form that links the
/// current petition to that matter through `POST /petitions/{id}/actions/linkMatter` (CSRF, version).
struct SimilarListView {
    let layout: Layout
    /// The petition the list is about.
    let current: PetitionCase
    let mayLink: Bool

    func render(_ h: inout HTML, _ items: [SimilarPetition]) {
        h.raw("<ul class=\"similar-list\">")
        for item in items { row(&h, item) }
        h.raw("</ul>")
    }

    private func row(_ h: inout HTML, _ s: SimilarPetition) {
        let record = s.petition.record
        h.raw("<li class=\"similar similar-")
        h.raw(s.finding.kind == .repeatPetition ? "repeat" : s.finding.kind == .nearDuplicate ? "near" : "person")
        h.raw("\"><p class=\"similar-reason\"><strong>")
        Self.headline(&h, layout: layout, s)
        h.raw("</strong>")
        h.text(Self.reason(s.finding, lang: layout.lang))
        h.raw("</p><p class=\"muted\">")
        h.text(record.registration.title)
        h.raw(" · ")
        h.text(layout.t(s.petition.status.state.chineseName))
        h.raw(" · ")
        h.text(layout.t("收到"))
        h.raw(" ")
        h.text(WebFormat.date(record.receivedAt, lang: layout.lang))
        if s.petition.status.matterIsFinal {
            h.raw(" <span class=\"badge risk\">")
            h.text(layout.t("事项已终结"))
            h.raw("</span>")
        }
        h.raw("</p>")
        if record.matterID == current.record.matterID {
            h.raw("<p class=\"muted\">")
            h.text(layout.t("已在同一信访事项中。"))
            h.raw("</p>")
        } else if mayLink {
            linkForm(&h, record)
        }
        h.raw("</li>")
    }

    /// One click: link the current petition to the matter of `record` (a repeat petition, 同人同事).
    private func linkForm(_ h: inout HTML, _ record: PetitionRecord) {
        h.raw("<form method=\"post\" class=\"inline similar-link\"")
        h.attr("action", "/petitions/\(current.record.id)/actions/linkMatter")
        h.raw(">")
        layout.csrf(&h)
        h.raw("<input type=\"hidden\" name=\"version\"")
        h.attr("value", String(current.status.version))
        h.raw("><input type=\"hidden\" name=\"petitionNumber\"")
        h.attr("value", record.number)
        h.raw("><button type=\"submit\" class=\"secondary\">")
        h.text(layout.t("关联到该事项"))
        h.raw("<span class=\"visually-hidden\"> ")
        h.text(record.number)
        h.raw("</span></button></form>")
    }

    /// "可能与 <a>XF-…</a> 重复" and the like, with the number linking to that case.
    static func headline(_ h: inout HTML, layout: Layout, _ s: SimilarPetition) {
        let zh = layout.lang == .zh
        let (before, after): (String, String) = switch s.finding.kind {
        case .repeatPetition: zh ? ("可能与 ", " 重复") : ("Possible repeat of ", "")
        case .nearDuplicate: zh ? ("与 ", " 内容相近") : ("Similar text to ", "")
        case .samePerson: zh ? ("同一信访人的其他信访件 ", "") : ("Same petitioner, other petition ", "")
        }
        h.text(before)
        h.raw("<a")
        h.attr("href", "/petitions/" + String(s.petition.record.id))
        h.raw(">")
        h.text(s.petition.record.number)
        h.raw("</a>")
        h.text(after)
    }

    /// `（相似度 0.87，同一身份证号）`.
    static func reason(_ f: SimilarityFinding, lang: Lang) -> String {
        let zh = lang == .zh
        var parts = [(zh ? "相似度 " : "similarity ") + similarity(f.similarity)]
        switch f.person {
        case .sameResidentID: parts.append(zh ? "同一身份证号" : "same ID number")
        case .samePhone: parts.append(zh ? "同一联系电话" : "same phone number")
        case .sameNameSimilarAddress(let a): parts.append(zh ? "姓名相同、地址相近（\(similarity(a))）" : "same name, similar address (\(similarity(a)))")
        case nil: break
        }
        return zh ? "（" + parts.joined(separator: "，") + "）" : " (" + parts.joined(separator: ", ") + ")"
    }

    /// Two decimals: 0.87, 1.00.
    static func similarity(_ s: Double) -> String {
        let n = Int((max(0, min(1, s)) * 100).rounded())
        return "\(n / 100)." + (n % 100 < 10 ? "0" : "") + String(n % 100)
    }

    /// 风险提示: the words that raised the flag, with their kind and level. It flags the text, not the person.
    static func riskCard(_ h: inout HTML, layout: Layout, _ risk: RiskAssessment) {
        h.raw("<section class=\"card risk-card\" aria-labelledby=\"h-risk\"><h2 id=\"h-risk\">")
        h.text(layout.t("风险提示"))
        h.raw(" <span class=\"badge risk\">")
        h.text(layout.t("风险" + risk.level.chineseName))
        h.raw("</span></h2>")
        riskWords(&h, lang: layout.lang, risk)
        h.raw("<p class=\"muted\">")
        h.text(layout.t("按风险词表在登记内容中发现以上词语，请阅读原文后判断；提示针对内容，不针对信访人。"))
        h.raw("</p></section>")
    }

    /// `<ul class="risk-words">` of "不想活 · 自伤自杀 · 较高".
    static func riskWords(_ h: inout HTML, lang: Lang, _ risk: RiskAssessment) {
        h.raw("<ul class=\"risk-words\">")
        for m in risk.matches {
            h.raw(m.level == .high ? "<li class=\"high\"><mark>" : "<li><mark>")
            h.text(m.word)
            h.raw("</mark> <small>")
            h.text(lang.t(m.category.chineseName))
            h.raw(" · ")
            h.text(lang.t(m.level.chineseName))
            h.raw("</small></li>")
        }
        h.raw("</ul>")
    }
}
