import HuiyinDomain
import HuiyinStore
import HuiyinText

/// What text intelligence adds to the case page: the risk words recorded at registration, and possible
/// repeats (同人同事) and near-duplicates with the reason and a one-click form to link this petition to
/// that matter (the lifecycle's `linkMatter` action, offered only when this user may link).
struct CaseTextPanel {
    /// nil when not looked up for this view: the panel then links to the full list
    /// (`/petitions/{id}/similar`). Looked up inline only while the petition is registered and not yet
    /// triaged, the one state in which it can be linked, so that the case page of the many cases in
    /// handling does not pay for a similarity search on every view.
    var similar: [SimilarPetition]?
    var risk: RiskAssessment?

    /// Rows shown on the case page; the full list is one click away.
    static let inlineLimit = 5

    init(similar: [SimilarPetition]? = nil, risk: RiskAssessment? = nil) {
        self.similar = similar
        self.risk = risk
    }

    static func load(_ services: HuiyinServices, _ petition: PetitionCase, user: StaffUser) async throws -> CaseTextPanel {
        guard let text = services.text else { return CaseTextPanel() }
        var panel = CaseTextPanel()
        if petition.record.registration.flags.risk != .none {
            panel.risk = try await text.store.riskAssessment(petitionID: petition.record.id)
        }
        if petition.status.state == .registered {
            panel.similar = try await SimilarPages.similar(services, to: petition, for: user)
        }
        return panel
    }
}

extension CasePage {
    /// The risk words and the possible repeats, at the top of the side column.
    func textCards(_ h: inout HTML) {
        if let risk = textPanel.risk, !risk.matches.isEmpty { SimilarListView.riskCard(&h, layout: layout, risk) }
        h.raw("<section class=\"card similar-card\" aria-labelledby=\"h-similar\"><h2 id=\"h-similar\">")
        h.text(t("可能重复的信访件"))
        h.raw("</h2>")
        guard let similar = textPanel.similar else {
            h.raw("<p><a")
            h.attr("href", path + "/similar")
            h.raw(">")
            h.text(t("查找可能重复或内容相近的信访件"))
            h.raw("</a></p></section>")
            return
        }
        if similar.isEmpty {
            h.raw("<p class=\"muted\">")
            h.text(t("未发现可能重复或内容相近的信访件。"))
            h.raw("</p></section>")
            return
        }
        let mayLink = SimilarPages.mayLink(user, petition, config: config, today: today)
        SimilarListView(layout: layout, current: petition, mayLink: mayLink)
            .render(&h, Array(similar.prefix(CaseTextPanel.inlineLimit)))
        if similar.count > CaseTextPanel.inlineLimit {
            h.raw("<p><a")
            h.attr("href", path + "/similar")
            h.raw(">")
            h.text(layout.lang == .zh ? "查看全部 \(similar.count) 件" : "All \(similar.count)")
            h.raw("</a></p>")
        }
        h.raw("</section>")
    }
}
