import Hummingbird
import HuiyinDomain
import HuiyinStore

/// 查询进度: the number + query code form, and what a petitioner may see of their petition — the public
/// steps with dates and notice texts, unit names only (never staff names, comments, supervision or
/// other petitioners), the decision letter, the next deadline and who owes it, and the rating and
/// review forms while their windows are open.
struct PortalTrackView {
    let layout: PortalLayout
    let csrf: String

    /// The lookup form; `number` is kept after a wrong code, the code never is.
    func lookup(number: String, notice: PortalNotice?, status: HTTPResponse.Status = .ok) -> Response {
        layout.render(status: status) { h in
            h.raw("<section class=\"card narrow portal-page\"><h1>")
            h.text(layout.t("查询办理进度"))
            h.raw("</h1><p>")
            h.text(layout.t("请输入提交时得到的信访件编号和查询码。"))
            h.raw("</p>")
            layout.notice(&h, notice)
            h.raw("<form method=\"post\" action=\"/public/track\" novalidate>")
            layout.csrf(&h, token: csrf)
            h.raw("<label for=\"f-number\">")
            h.text(layout.t("信访件编号"))
            h.raw("</label><input type=\"text\" id=\"f-number\" name=\"number\"")
            h.attr("value", number)
            h.raw(" placeholder=\"XF-2026-000123\" autocomplete=\"off\" spellcheck=\"false\" autocapitalize=\"characters\" required")
            if notice != nil { h.raw(" aria-describedby=\"form-error\"") }
            h.raw("><label for=\"f-code\">")
            h.text(layout.t("查询码"))
            h.raw("</label><input type=\"text\" id=\"f-code\" name=\"code\" autocomplete=\"off\" spellcheck=\"false\" autocapitalize=\"characters\" maxlength=\"20\" required>")
            h.raw("<p><button type=\"submit\">")
            h.text(layout.t("查询"))
            h.raw("</button></p></form><p class=\"muted\">")
            h.text(layout.t("查询码遗失的，请携带身份证件到县信访局或拨打信访电话查询。"))
            h.raw("</p></section>")
        }
    }

    /// The petition as the petitioner sees it.
    func standing(_ s: PortalStanding, code: String, notice: PortalNotice?, errors: [String: String] = [:],
                  status: HTTPResponse.Status = .ok) -> Response {
        layout.render(status: status) { h in
            h.raw("<div class=\"portal-page track\"><header class=\"case-head\"><h1>")
            h.text(s.petition.record.registration.title)
            h.raw("</h1><p class=\"case-meta\"><span class=\"case-no\">")
            h.text(s.petition.record.number)
            h.raw("</span> <span class=\"badge state\" id=\"track-state\">")
            h.text(layout.t(s.status.state.chineseName))
            h.raw("</span></p></header>")
            layout.notice(&h, notice)
            now(&h, s)
            steps(&h, s)
            letter(&h, s)
            PortalTrackForms(layout: layout, csrf: csrf, standing: s, code: code, errors: errors).render(&h)
            h.raw("<p class=\"noprint\"><a href=\"/public/track\">")
            h.text(layout.t("查询其他信访件"))
            h.raw("</a></p></div>")
        }
    }

    /// Where it stands now: the open step, who owes it and by when.
    private func now(_ h: inout HTML, _ s: PortalStanding) {
        h.raw("<section class=\"card\" aria-labelledby=\"t-now\"><h2 id=\"t-now\">")
        h.text(layout.t("目前进展"))
        h.raw("</h2><dl class=\"facts\">")
        fact(&h, "收到日期", WebFormat.date(s.status.receivedOn, lang: layout.lang))
        fact(&h, "当前状态", layout.t(s.status.state.chineseName))
        if let unit = s.handlingUnit { fact(&h, "承办单位", unit) }
        if let step = s.status.stepName, let due = s.status.stepDue {
            fact(&h, "下一步", layout.t(step))
            if let who = s.responsibleUnit { fact(&h, "负责单位", who) }
            h.raw("<dt>")
            h.text(layout.t("应在此日前完成"))
            h.raw("</dt><dd><strong id=\"track-due\">")
            h.text(WebFormat.date(due, lang: layout.lang))
            h.raw("</strong>（")
            h.text(WebFormat.countdown(due: due, today: s.today, lang: layout.lang))
            h.raw("）</dd>")
        }
        if let ends = s.status.petitionerWindowEnds, s.requestKind != nil {
            fact(&h, s.status.state == .reviewed ? "可申请复核至" : "可申请复查至", WebFormat.date(ends, lang: layout.lang))
        }
        if let closed = s.status.closedOn { fact(&h, "办结日期", WebFormat.date(closed, lang: layout.lang)) }
        h.raw("</dl></section>")
    }

    private func steps(_ h: inout HTML, _ s: PortalStanding) {
        h.raw("<section class=\"card\" aria-labelledby=\"t-steps\"><h2 id=\"t-steps\">")
        h.text(layout.t("办理过程"))
        h.raw("</h2><ol class=\"timeline\" id=\"track-steps\">")
        for entry in s.publicSteps {
            h.raw("<li><time")
            h.attr("datetime", entry.day.iso)
            h.raw(">")
            h.text(WebFormat.date(entry.day, lang: layout.lang))
            h.raw("</time> <strong>")
            h.text(layout.t(Lifecycle.chineseName(of: entry.event.kind)))
            h.raw("</strong>")
            if entry.actorKind == "staff", let unit = entry.actorUnitName {
                h.raw(" <span class=\"muted\">")
                h.text(unit)
                h.raw("</span>")
            }
            if let text = entry.notice {
                h.raw("<p>")
                h.text(text)
                h.raw("</p>")
            }
            h.raw("</li>")
        }
        h.raw("</ol></section>")
    }

    private func letter(_ h: inout HTML, _ s: PortalStanding) {
        guard let letter = s.status.letter else { return }
        h.raw("<section class=\"card\" aria-labelledby=\"t-letter\"><h2 id=\"t-letter\">")
        h.text(layout.t("处理意见书"))
        h.raw("</h2><dl class=\"facts\">")
        fact(&h, "出具单位", letter.issuedBy)
        fact(&h, "出具日期", WebFormat.date(letter.issuedOn, lang: layout.lang))
        fact(&h, "处理结果", layout.t(letter.outcome.chineseName))
        h.raw("</dl>")
        for (label, text) in [("查明的事实", letter.factsFound), ("依据", letter.basis), ("处理意见", letter.opinion)] {
            h.raw("<h3>")
            h.text(layout.t(label))
            h.raw("</h3><p>")
            h.multiline(text)
            h.raw("</p>")
        }
        h.raw("<p class=\"muted\">")
        h.text(letter.appealRights)
        h.raw("</p></section>")
    }

    private func fact(_ h: inout HTML, _ label: String, _ value: String) {
        h.raw("<dt>")
        h.text(layout.t(label))
        h.raw("</dt><dd>")
        h.text(value)
        h.raw("</dd>")
    }
}

/// What the tracking page needs about one petition, computed once.
struct PortalStanding: Sendable {
    let petition: PetitionCase
    let publicSteps: [HistoryEntry]
    let config: CountyConfiguration
    let today: LocalDate

    init(_ petition: PetitionCase, history: [HistoryEntry], config: CountyConfiguration, today: LocalDate) {
        self.petition = petition
        publicSteps = history.filter { $0.event.isPublic }
        self.config = config
        self.today = today
    }

    var status: PetitionStatus { petition.status }

    var handlingUnit: String? { config.units.unit(status.handlingUnitID)?.name }

    /// The unit that owes the open step.
    var responsibleUnit: String? {
        Jurisdiction.responsibleUnit(status, units: config.units).flatMap { config.units.unit($0)?.name }
    }

    /// States in which a result has been published (RULES.md §2 step 5).
    static let rateable: Set<PetitionState> = [.replied, .reviewRequested, .reviewed, .recheckRequested, .final, .closed, .declined]

    var ratingOpen: Bool {
        guard Self.rateable.contains(status.state), let ends = status.ratingWindowEnds, today <= ends else { return false }
        return canRateAcceptance || canRateHandling
    }

    var canRateAcceptance: Bool { status.acceptanceRating == nil }
    /// A declined petition has only its acceptance decision to rate.
    var canRateHandling: Bool { status.handlingRating == nil && status.state != .declined }

    /// "review" or "recheck" while the petitioner may ask for one.
    var requestKind: String? {
        guard let ends = status.petitionerWindowEnds, today <= ends else { return nil }
        switch status.state {
        case .replied: return "review"
        case .reviewed: return "recheck"
        default: return nil
        }
    }
}
