/// The period chooser (统计期间) at the top of the dashboard, hotspot and report pages: a GET form back
/// to the page. After a wrong entry it shows what was typed, marked invalid, with the error beside it.
enum PeriodForm {
    static func render(_ h: inout HTML, _ layout: Layout, action: StaticString, code: String, typed: String, error: String?) {
        h.raw("<form method=\"get\" action=\"")
        h.raw(action)
        h.raw("\" class=\"card row\"><div class=\"field\"><label for=\"period\">")
        h.text(layout.t("统计期间"))
        h.raw("</label><input id=\"period\" name=\"period\"")
        h.attr("value", error == nil ? code : typed)
        if error != nil { h.raw(" aria-invalid=\"true\" aria-describedby=\"period-error\"") }
        h.raw(">")
        if let error {
            h.raw("<p class=\"field-error\" id=\"period-error\">")
            h.text(layout.t(error))
            h.raw("</p>")
        }
        h.raw("</div><button type=\"submit\">")
        h.text(layout.t("查看"))
        h.raw("</button></form>")
    }
}
