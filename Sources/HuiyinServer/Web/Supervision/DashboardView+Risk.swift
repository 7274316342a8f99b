import HuiyinStore

/// 风险提示 on the leader dashboard: the first petitions of the supervisor queue's risk list — danger to life
/// first, then collective petitions — above the charts, so a leader sees them before the figures.
extension DashboardView {
    /// Rows shown (and asked of the store, which orders by tier before it cuts).
    static let riskLimit = 10

    func riskSection(_ h: inout HTML) {
        guard ListTable.section(&h, layout, id: "dash-risks", title: "风险提示",
                                empty: risks.isEmpty ? "没有带风险提示的信访件。" : nil) else { return }
        RiskQueueTable.render(&h, layout, risks)
        h.raw("<p><a href=\"/supervision#risks\">")
        h.text(layout.t("查看全部风险提示"))
        h.raw("</a></p></section>")
    }
}
