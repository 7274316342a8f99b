import HuiyinDomain
import HuiyinStore
import HuiyinText

/// 风险提示 in the supervisor queue: the petitions whose text matched the risk lexicon (or that are
/// collective) — danger to life first, then collective petitions, then the rest, each with its tier's
/// badge and reason (``RiskQueueTable``); the same list as `GET /api/v1/risk-queue`. It flags the text,
/// never the person.
extension SupervisionQueueView {
    /// Rows shown (and asked of the store, which orders by tier before it cuts).
    static let riskLimit = 20

    func riskSection(_ h: inout HTML) {
        guard ListTable.section(&h, layout, id: "risks", title: "风险提示", anchor: true,
                                empty: risks.isEmpty ? "没有带风险提示的信访件。" : nil) else { return }
        h.raw("<p class=\"muted\">")
        h.text(layout.t("危及生命的在前，其次集体访，再次其他；同层按风险等级和收到日期（最新在前）。提示针对内容，不针对信访人。"))
        h.raw("</p>")
        RiskQueueTable.render(&h, layout, risks)
        h.raw("</section>")
    }
}
