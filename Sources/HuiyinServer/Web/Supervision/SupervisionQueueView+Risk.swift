import HuiyinDomain
import HuiyinStore
import HuiyinText

/// 风险提示 in the supervisor queue: the petitions whose text matched the risk lexicon (or that are
/// collective), newest first, each with the matched words as a flag — the same list as
/// `GET /api/v1/risk-queue`. It flags the text, never the person.
extension SupervisionQueueView {
    /// Rows shown (and asked of the store).
    static let riskLimit = 20

    func riskSection(_ h: inout HTML) {
        h.raw("<section class=\"card\" id=\"risks\" aria-labelledby=\"risks-h\"><h2 id=\"risks-h\">")
        h.text(layout.t("风险提示"))
        h.raw("</h2>")
        guard !risks.isEmpty else {
            h.raw("<p class=\"muted\">")
            h.text(layout.t("没有带风险提示的信访件。"))
            h.raw("</p></section>")
            return
        }
        let labels = ["编号", "标题", "风险词语", "状态", "收到日期"].map(layout.t)
        h.raw("<div class=\"table-wrap\"><table class=\"stack\"><thead><tr>")
        for l in labels { h.raw("<th scope=\"col\">"); h.text(l); h.raw("</th>") }
        h.raw("</tr></thead><tbody>")
        for item in risks {
            let record = item.petition.record
            h.raw("<tr><td data-label=\"")
            h.text(labels[0])
            h.raw("\"><a class=\"case-no\" href=\"/petitions/")
            h.text(Int(record.id))
            h.raw("\">")
            h.text(record.number)
            h.raw("</a></td><td data-label=\"")
            h.text(labels[1])
            h.raw("\">")
            h.text(record.registration.title)
            h.raw("</td><td data-label=\"")
            h.text(labels[2])
            h.raw("\"><span class=\"badge risk\">")
            h.text(layout.t("风险" + item.assessment.level.chineseName))
            h.raw("</span>")
            SimilarListView.riskWords(&h, lang: layout.lang, item.assessment)
            h.raw("</td><td data-label=\"")
            h.text(labels[3])
            h.raw("\">")
            h.text(layout.t(item.petition.status.state.chineseName))
            h.raw("</td><td data-label=\"")
            h.text(labels[4])
            h.raw("\">")
            h.text(WebFormat.date(record.receivedAt, lang: layout.lang))
            h.raw("</td></tr>")
        }
        h.raw("</tbody></table></div></section>")
    }
}
