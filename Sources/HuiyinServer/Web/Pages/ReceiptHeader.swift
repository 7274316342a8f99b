/// The top of a receipt (回执) — title, receiving unit, petition number and the 查询码 label — shared by the
/// staff registration receipt and the portal's receipt, which differ only in what follows.
enum ReceiptHeader {
    /// Writes from the opening `<article>` up to and including the `<dt>` of the query code; the caller
    /// writes the code's `<dd>` (shown, or withheld) and the rest of the list.
    static func write(_ h: inout HTML, chrome: some PageChrome, title: String, unitName: String?, number: String) {
        h.raw("<article class=\"card receipt\" aria-labelledby=\"receipt-title\"><h1 id=\"receipt-title\">")
        h.text(chrome.t(title))
        h.raw("</h1><p class=\"receipt-unit\">")
        h.text(unitName)
        h.raw("</p><dl class=\"facts receipt-facts\"><dt>")
        h.text(chrome.t("信访件编号"))
        h.raw("</dt><dd class=\"code\" id=\"receipt-number\">")
        h.text(number)
        h.raw("</dd><dt>")
        h.text(chrome.t("查询码"))
        h.raw("</dt>")
    }
}
