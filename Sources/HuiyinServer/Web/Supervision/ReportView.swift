import Hummingbird
import HuiyinDomain
import HuiyinStore

/// Renders the report page: the period, the downloads, the report itself and the recommendations form.
struct ReportView {
    let layout: Layout
    let document: ReportDocument
    let periodText: String
    let periodError: String?
    let saved: Bool
    /// The recommendations as typed, when they could not be saved.
    let draft: String?
    let draftError: String?

    func render(status: HTTPResponse.Status) -> Response {
        let period = document.data.period
        return layout.render(status: status) { h in
            // Printed (Ctrl+P) the page is the report alone: the application around it has `noprint`.
            SupervisionNav.head(&h, layout, title: "形势分析报告", subtitle: period.chineseName, print: false)
            SupervisionNav.render(&h, layout, current: .report)
            PeriodForm.render(&h, layout, action: "/supervision/report", code: period.code, typed: periodText, error: periodError)
            h.raw("<p class=\"row report-downloads noprint\">")
            link(&h, "/supervision/report.html?period=", period.code, "下载打印版（HTML）")
            link(&h, "/supervision/report.docx?period=", period.code, "下载 Word（.docx）")
            link(&h, "/supervision/report/tables.xlsx?period=", period.code, "报告表格（Excel）")
            link(&h, "/supervision/report/tables.csv?period=", period.code, "报告表格（CSV）")
            h.raw("</p>")
            if saved {
                h.raw("<p class=\"notice ok noprint\" role=\"status\">")
                h.text(layout.t("对策建议已保存。"))
                h.raw("</p>")
            }
            h.raw("<article class=\"card report document\">")
            document.body(&h)
            h.raw("</article><section class=\"card noprint\" id=\"recommendations\" aria-labelledby=\"rec-h\"><h2 id=\"rec-h\">")
            h.text(layout.t("编辑对策建议"))
            h.raw("</h2><form method=\"post\" action=\"/supervision/report\">")
            layout.csrf(&h)
            h.raw("<input type=\"hidden\" name=\"period\"")
            h.attr("value", period.code)
            h.raw("><div class=\"field\"><label for=\"recommendations-text\">")
            h.text(layout.t("对策建议（每段一行）"))
            h.raw("</label><textarea id=\"recommendations-text\" name=\"recommendations\" rows=\"10\"")
            if draftError != nil { h.raw(" aria-invalid=\"true\" aria-describedby=\"recommendations-error\"") }
            h.raw(">")
            h.text(draft ?? document.data.recommendations)
            h.raw("</textarea>")
            if let draftError {
                h.raw("<p class=\"field-error\" id=\"recommendations-error\">")
                h.text(layout.t(draftError))
                h.raw("</p>")
            }
            h.raw("</div><button type=\"submit\">")
            h.text(layout.t("保存对策建议"))
            h.raw("</button></form></section>")
        }
    }

    private func link(_ h: inout HTML, _ base: StaticString, _ code: String, _ label: String) {
        h.raw("<a class=\"button secondary\" href=\"")
        h.raw(base)
        h.text(FormData.encode(code))
        h.raw("\">")
        h.text(layout.t(label))
        h.raw("</a> ")
    }
}
