import HuiyinDomain
import HuiyinStore
import HuiyinText

/// The risk list (风险提示) as the supervisor queue and the dashboard draw it, in the store's order —
/// danger to life first, then collective petitions, then the rest — each row with its tier's badge (a
/// colour and words, so that it reads without the colour, to a screen reader too) and the one-line reason.
/// It flags the text, never the person.
enum RiskQueueTable {
    static func render(_ h: inout HTML, _ layout: Layout, _ items: [RiskQueueItem]) {
        let table = ListTable.open(&h, labels: ["风险层级", "编号", "标题", "理由", "状态", "收到日期"].map(layout.t))
        for item in items {
            let record = item.petition.record
            h.raw("<tr class=\"risk-row ")
            h.raw(rowClass(item.assessment))
            h.raw("\">")
            table.cell(&h, 0) { badge(&$0, layout, item.assessment) }
            table.cell(&h, 1) { h in
                h.raw("<a class=\"case-no\" href=\"/petitions/")
                h.text(Int(record.id))
                h.raw("\">")
                h.text(record.number)
                h.raw("</a>")
            }
            table.cell(&h, 2, text: record.registration.title)
            table.cell(&h, 3, class: "risk-reason", text: Strings.riskReason(item.assessment, lang: layout.lang))
            table.cell(&h, 4, text: layout.t(item.petition.status.state.chineseName))
            table.cell(&h, 5, text: WebFormat.date(record.receivedAt, lang: layout.lang))
            h.raw("</tr>")
        }
        table.close(&h)
    }

    /// `<span class="badge tier-danger">危及生命</span>`; in the other tier the level names the badge
    /// (风险较高 / 风险一般), each its own colour.
    static func badge(_ h: inout HTML, _ layout: Layout, _ a: RiskAssessment) {
        h.raw("<span class=\"badge ")
        h.raw(rowClass(a))
        h.raw("\">")
        h.text(layout.t(label(a)))
        h.raw("</span>")
    }

    static func label(_ a: RiskAssessment) -> String {
        switch a.tier {
        case .danger, .collective, .none: a.tier.chineseName
        case .other: "风险" + a.level.chineseName
        }
    }

    static func rowClass(_ a: RiskAssessment) -> StaticString {
        switch a.tier {
        case .danger: "tier-danger"
        case .collective: "tier-collective"
        case .other, .none: a.level == .high ? "tier-high" : "tier-low"
        }
    }
}
