import HuiyinDomain
import HuiyinStore

/// The petitioner's two actions on the tracking page: rate the result (满意度评价) and ask for review
/// or re-review (复查/复核). Outside their windows the page says why, and what remains possible.
struct PortalTrackForms {
    let layout: PortalLayout
    let csrf: String
    let standing: PortalStanding
    let code: String
    /// Messages by field (`acceptance`, `handling`, `reasons`).
    let errors: [String: String]

    var status: PetitionStatus { standing.status }
    var rules: RuleTable { standing.config.rules }

    func render(_ h: inout HTML) {
        rating(&h)
        review(&h)
    }

    /// Number and code travel with each form (the page is never cached: `Cache-Control: no-store`).
    private func hidden(_ h: inout HTML) {
        layout.csrf(&h, token: csrf)
        h.raw("<input type=\"hidden\" name=\"number\"")
        h.attr("value", standing.petition.record.number)
        h.raw("><input type=\"hidden\" name=\"code\"")
        h.attr("value", code)
        h.raw(">")
    }

    private func rating(_ h: inout HTML) {
        let rated = status.acceptanceRating != nil || status.handlingRating != nil
        guard standing.ratingOpen || rated else { return }
        h.raw("<section class=\"card\" aria-labelledby=\"t-rate\"><h2 id=\"t-rate\">")
        h.text(layout.t("满意度评价"))
        h.raw("</h2>")
        if let r = status.acceptanceRating { given(&h, "受理情况", r) }
        if let r = status.handlingRating { given(&h, "办理情况", r) }
        guard standing.ratingOpen, let ends = status.ratingWindowEnds else {
            h.raw("</section>")
            return
        }
        h.raw("<p>")
        h.text(layout.t("请在此日前评价：") + WebFormat.date(ends, lang: layout.lang) + layout.t("。每项只能评价一次。"))
        h.raw("</p><form method=\"post\" action=\"/public/track/rate\" novalidate>")
        hidden(&h)
        if standing.canRateAcceptance { choices(&h, "acceptance", "对受理情况（是否及时受理、告知）") }
        if standing.canRateHandling { choices(&h, "handling", "对办理情况（处理意见和办理结果）") }
        FormField.label(&h, for: "f-comment", layout.t("意见（可选）"))
        h.raw("<textarea id=\"f-comment\" name=\"comment\" rows=\"3\" maxlength=\"500\"></textarea><p><button type=\"submit\">")
        h.text(layout.t("提交评价"))
        h.raw("</button></p></form></section>")
    }

    private func given(_ h: inout HTML, _ what: String, _ r: Satisfaction) {
        h.raw("<p>")
        h.text(layout.t(what) + layout.t("：") + layout.t(r.chineseName))
        h.raw(" <span class=\"muted\">")
        h.text(layout.t("（已评价）"))
        h.raw("</span></p>")
    }

    private func choices(_ h: inout HTML, _ name: StaticString, _ legend: String) {
        let field = String(describing: name)
        h.raw("<fieldset class=\"choice rating\"")
        if errors[field] != nil {
            h.raw(" aria-describedby=\"")
            h.raw(name)
            h.raw("-error\"")
        }
        h.raw("><legend>")
        h.text(layout.t(legend))
        h.raw("</legend>")
        for s in Satisfaction.allCases {
            h.raw("<label class=\"radio\"><input type=\"radio\" name=\"")
            h.raw(name)
            h.raw("\"")
            h.attr("value", s.rawValue)
            h.raw("> ")
            h.text(layout.t(s.chineseName))
            h.raw("</label>")
        }
        FormField.message(&h, id: field, errors[field].map(layout.t))
        h.raw("</fieldset>")
    }

    private func review(_ h: inout HTML) {
        h.raw("<section class=\"card\" aria-labelledby=\"t-review\"><h2 id=\"t-review\">")
        h.text(layout.t("复查与复核"))
        h.raw("</h2>")
        if let kind = standing.requestKind, let ends = status.petitionerWindowEnds {
            let review = kind == "review"
            let body = review ? status.handlingUnitID.flatMap { standing.config.units.reviewBody(of: $0) }?.name
                : status.reviewUnitID.flatMap { standing.config.units.reviewBody(of: $0) }?.name
            h.raw("<p>")
            h.text(layout.t(review ? "对处理意见不服的，可在此日前申请复查：" : "对复查意见不服的，可在此日前申请复核：")
                   + WebFormat.date(ends, lang: layout.lang) + layout.t("。"))
            if let body { h.text(layout.t("受理机关：") + body) }
            h.raw("</p><form method=\"post\" action=\"/public/track/review\" novalidate>")
            hidden(&h)
            FormField.label(&h, for: "f-reasons", layout.t(review ? "申请复查的理由" : "申请复核的理由"), required: true)
            h.raw("<textarea id=\"f-reasons\" name=\"reasons\" rows=\"4\" maxlength=\"2000\" required")
            // The message's id is `reasons-error`, after the field's name.
            FormField.describedBy(&h, id: "reasons", invalid: errors["reasons"] != nil)
            h.raw("></textarea>")
            FormField.message(&h, id: "reasons", errors["reasons"].map(layout.t))
            h.raw("<p><button type=\"submit\">")
            h.text(layout.t(review ? "申请复查" : "申请复核"))
            h.raw("</button></p></form>")
        } else {
            h.raw("<p id=\"review-closed\">")
            h.text(explanation)
            h.raw("</p>")
        }
        h.raw("</section>")
    }

    /// Why review cannot be asked for now, and what remains.
    var explanation: String {
        let t = layout.t
        let review = rules[.reviewRequest], recheck = rules[.recheckRequest]
        switch status.state {
        case .registered, .awaitingAcceptance, .inHandling:
            return t("收到书面处理意见后，如不服，可自收到之日起") + PortalFormat.limit(review, lang: layout.lang)
                + t("内向上一级机关申请复查。")
        case .reviewRequested:
            return t("您的复查申请正在办理中，复查机关将在期限内作出复查意见。")
        case .recheckRequested:
            return t("您的复核申请正在办理中，复核机关将在期限内作出复核意见。")
        case .final, .refusedAgain:
            return t("本信访事项已经复核终结，同一事实和理由不再受理。如有新的事实和理由，可以提出新的信访事项；涉及法律问题的，可依法向人民法院起诉或申请行政复议。")
        case .declined:
            return t("不予受理的事项不能申请复查，请按不予受理告知中的途径办理；也可以就新的事实和理由提出新的信访事项。")
        case .merged:
            return t("本件已与您此前反映的同一事项合并办理，请查询原信访件的进度。")
        case .replied, .reviewed, .closed:
            let recheckDue = status.state == .reviewed || status.reviewOutcome != nil
            return t(recheckDue ? "申请复核须在收到复查意见之日起" : "申请复查须在收到处理意见之日起")
                + PortalFormat.limit(recheckDue ? recheck : review, lang: layout.lang)
                + t("内提出，该期限已经届满，网上不能再申请。您仍可以：就新的事实和理由提出新的信访事项；涉及法律问题的，依法通过诉讼、行政复议等途径解决。")
        }
    }
}
