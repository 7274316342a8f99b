import Hummingbird
import HuiyinDomain
import HuiyinStore

/// 网上信访回执: shown once, right after a successful submission — the petition number and the query
/// code, with the advice to keep them, what happens next and by when. Printable on A4.
struct PortalReceiptView {
    let layout: PortalLayout
    let petition: PetitionCase
    let attachments: Int
    let config: CountyConfiguration

    func render() -> Response {
        let record = petition.record
        let lang = layout.lang
        return layout.render { h in
            h.raw("<div class=\"receipt-page portal-page\"><div class=\"notice ok noprint\" role=\"status\">")
            h.text(layout.t("提交成功。请立即记下或打印信访件编号和查询码：查询码只显示这一次，遗失后无法在网上找回。"))
            h.raw("</div>")
            ReceiptHeader.write(&h, chrome: layout, title: "网上信访回执", unitName: config.units.unit(record.registeredUnitID)?.name,
                                number: record.number)
            h.raw("<dd class=\"code\" id=\"receipt-code\">")
            h.text(record.queryCode)
            h.raw("</dd><dt>")
            h.text(layout.t("标题"))
            h.raw("</dt><dd>")
            h.text(record.registration.title)
            h.raw("</dd><dt>")
            h.text(layout.t("提交时间"))
            h.raw("</dt><dd>")
            h.text(WebFormat.time(record.receivedAt, lang: lang))
            h.raw("</dd>")
            if attachments > 0 {
                h.raw("<dt>")
                h.text(layout.t("附件"))
                h.raw("</dt><dd>")
                h.text(attachments)
                h.raw(" ")
                h.text(layout.t("个"))
                h.raw("</dd>")
            }
            if let due = petition.status.stepDue {
                h.raw("<dt>")
                h.text(layout.t("分办期限"))
                h.raw("</dt><dd>")
                h.text(WebFormat.date(due, lang: lang))
                h.raw("</dd>")
            }
            h.raw("</dl><h2>")
            h.text(layout.t("接下来"))
            h.raw("</h2><ol class=\"receipt-steps\"><li>")
            h.text(layout.t("县信访局在分办期限前决定由哪个单位办理，或告知您应通过的途径。"))
            h.raw("</li><li>")
            h.text(layout.t("承办单位在规定期限内告知是否受理，受理后出具书面处理意见。"))
            h.raw("</li><li>")
            h.text(layout.t("您可随时凭编号和查询码在“查询进度”中查看每一步、下一个期限和负责单位，收到答复后可以评价。"))
            h.raw("</li></ol><p class=\"muted\">")
            h.text(layout.t("请妥善保管查询码，不要告诉他人。工作人员不会向您索要查询码。"))
            h.raw("</p></article><p class=\"form-actions noprint\"><button type=\"button\" class=\"secondary\" data-print hidden>")
            h.text(layout.t("打印回执"))
            h.raw("</button> <a class=\"button\" href=\"/public/track\">")
            h.text(layout.t("查询进度"))
            h.raw("</a></p></div>")
        }
    }
}
