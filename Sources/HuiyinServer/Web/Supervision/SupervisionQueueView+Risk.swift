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
        guard ListTable.section(&h, layout, id: "risks", title: "风险提示", anchor: true,
                                empty: risks.isEmpty ? "没有带风险提示的信访件。" : nil) else { return }
        let table = ListTable.open(&h, labels: ["编号", "标题", "风险词语", "状态", "收到日期"].map(layout.t))
        for item in risks {
            let record = item.petition.record
            h.raw("<tr>")
            table.cell(&h, 0) { h in
                h.raw("<a class=\"case-no\" href=\"/petitions/")
                h.text(Int(record.id))
                h.raw("\">")
                h.text(record.number)
                h.raw("</a>")
            }
            table.cell(&h, 1, text: record.registration.title)
            table.cell(&h, 2) { h in
                h.raw("<span class=\"badge risk\">")
                h.text(layout.t("风险" + item.assessment.level.chineseName))
                h.raw("</span>")
                SimilarListView.riskWords(&h, lang: layout.lang, item.assessment)
            }
            table.cell(&h, 3, text: layout.t(item.petition.status.state.chineseName))
            table.cell(&h, 4, text: WebFormat.date(record.receivedAt, lang: layout.lang))
            h.raw("</tr>")
        }
        table.close(&h)
        h.raw("</section>")
    }
}
