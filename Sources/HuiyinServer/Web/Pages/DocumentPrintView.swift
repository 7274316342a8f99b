import Hummingbird
import HuiyinDomain

/// The print view: an A4 page laid out like an official document, with a toolbar that does not print.
struct DocumentPrintView {
    let layout: Layout
    let document: OfficialDocument
    let petitionPath: String
    let sequence: Int

    func render() -> Response {
        layout.render { h in
            h.raw("<div class=\"doc-toolbar noprint\"><a")
            h.attr("href", petitionPath)
            h.raw(">← ")
            h.text(layout.t("返回案件"))
            h.raw("</a><span class=\"spacer\"></span><button type=\"button\" class=\"secondary\" data-print hidden>")
            h.text(layout.t("打印"))
            h.raw("</button><a class=\"button\"")
            h.attr("href", "\(petitionPath)/documents/\(sequence).docx")
            h.raw(" download>")
            h.text(layout.t("下载 Word"))
            h.raw("</a></div><p class=\"muted noprint\">")
            h.text(layout.t("使用浏览器的“打印”功能（Ctrl+P）即可按 A4 纸打印本文书。"))
            h.raw("</p><article class=\"document\" lang=\"zh-CN\"><h1>")
            h.text(document.title)
            h.raw("</h1><p class=\"docno\">")
            h.text(document.number)
            h.raw("</p><p class=\"addressee\">")
            h.text(document.addressee)
            h.raw("：</p>")
            for paragraph in document.paragraphs {
                h.raw("<p>")
                h.text(paragraph)
                h.raw("</p>")
            }
            h.raw("<p class=\"sign\">")
            h.text(document.issuer)
            h.raw("<br>")
            h.text(document.date.chinese)
            h.raw("</p></article>")
        }
    }
}
