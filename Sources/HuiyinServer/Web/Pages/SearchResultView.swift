import HuiyinDomain
import HuiyinStore
import HuiyinText

/// One search result: the title (matches marked) linking to the case, number, state and place, and a
/// snippet of the field where the terms occur — the same snippet as the API's (``SearchSnippetDTO``),
/// without petitioner names for a viewer from whom the informant's identity is withheld.
struct SearchResultView {
    let layout: Layout
    let config: CountyConfiguration
    let user: StaffUser
    let terms: [SearchQuery.Term]

    static let fieldNames = ["content": "主要内容", "demands": "诉求", "names": "信访人"]

    func render(_ h: inout HTML, _ c: PetitionCase) {
        let r = c.record.registration
        let withheld = Jurisdiction.hidesIdentity(from: user, c.record, units: config.units)
        h.raw("<li class=\"search-result\"><h3><a")
        h.attr("href", "/petitions/" + String(c.record.id))
        h.raw(">")
        Self.highlighted(&h, Highlighter.snippet(r.title, terms: terms, length: 200))
        h.raw("</a></h3><p class=\"result-meta\"><span class=\"case-no\">")
        h.text(c.record.number)
        h.raw("</span> <span class=\"badge state\">")
        h.text(layout.t(c.status.state.chineseName))
        h.raw("</span>")
        if r.flags.risk != .none {
            h.raw(" <span class=\"badge risk\">")
            h.text(layout.t("风险" + r.flags.risk.chineseName))
            h.raw("</span>")
        }
        if c.record.isRepeat {
            h.raw(" <span class=\"badge\">")
            h.text(layout.t("重复信访"))
            h.raw("</span>")
        }
        h.raw(" <span class=\"muted\">")
        h.text(layout.t("收到"))
        h.raw(" ")
        h.text(WebFormat.date(c.record.receivedAt, lang: layout.lang))
        h.raw(" · ")
        h.text(config.taxonomy.pathName(of: r.categoryCode))
        h.raw(" · ")
        h.text(config.units.unit(r.localityUnitID)?.name ?? "—")
        h.raw("</span></p>")
        // The title is already shown marked: then show the facts' opening (or their hit) instead.
        var snippet = SearchSnippetDTO(r, terms: terms, identityWithheld: withheld)
        if snippet == nil || snippet?.field == "title" {
            snippet = SearchSnippetDTO(field: "content", parts: Highlighter.snippet(r.content, terms: terms, length: 80))
        }
        if let snippet {
            h.raw("<p class=\"snippet\"><span class=\"snippet-field\">")
            h.text(layout.t(Self.fieldNames[snippet.field] ?? "主要内容"))
            h.raw("：</span>")
            Self.highlighted(&h, snippet.parts)
            h.raw("</p>")
        }
        h.raw("</li>")
    }

    /// The parts, escaped, with the hits in `<mark>`.
    static func highlighted(_ h: inout HTML, _ parts: [SnippetPart]) {
        for part in parts {
            if part.hit {
                h.raw("<mark>")
                h.text(part.text)
                h.raw("</mark>")
            } else {
                h.text(part.text)
            }
        }
    }
}

extension SearchSnippetDTO {
    init(field: String, parts: [SnippetPart]) {
        self.field = field
        self.parts = parts
    }
}
