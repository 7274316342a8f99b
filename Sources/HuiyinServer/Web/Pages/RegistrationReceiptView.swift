import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The registration receipt (登记回执): what the registrar hands to the petitioner — the petition's
/// number, its query code, when it was received, by when the bureau will route it, and how to follow it.
/// Printable on A4 (the header, buttons and notices are left out of the print).
struct RegistrationReceiptView {
    let layout: Layout
    let petition: PetitionCase
    let config: CountyConfiguration
    /// Only the registering unit's staff see the query code.
    let showsQueryCode: Bool
    /// Shown just after registering (the redirect target carries `registered=1`).
    let justRegistered: Bool
    /// The note of the repeat link, when the petition was linked to an earlier matter.
    let linkNote: String?
    /// Why linking as a repeat failed, if it did.
    let linkFailure: String?

    func render() -> Response {
        let record = petition.record
        let lang = layout.lang
        return layout.render { h in
            h.raw("<div class=\"receipt-page\">")
            if justRegistered {
                h.raw("<div class=\"notice ok noprint\" role=\"status\">")
                h.text(layout.t("登记成功。"))
                if showsQueryCode { h.text(layout.t("请将信访件编号和查询码告知信访人，或打印本回执交给信访人。")) }
                h.raw("</div>")
            }
            if let linkNote {
                h.raw("<div class=\"notice ok noprint\" role=\"status\"><strong>")
                h.text(layout.t("已作为重复信访关联："))
                h.raw("</strong>")
                h.text(linkNote)
                h.raw("</div>")
            }
            if let linkFailure {
                h.raw("<div class=\"notice warn noprint\" role=\"alert\"><strong>")
                h.text(layout.t("本件已登记，但未能关联为重复信访："))
                h.raw("</strong>")
                h.text(layout.t(linkFailure))
                h.raw("</div>")
            }
            if justRegistered, record.registration.isCollective(rules: config.rules) || record.registration.flags.emergency {
                h.raw("<div class=\"notice warn noprint\" role=\"alert\">")
                h.text(layout.t("本件为集体访或紧急情况，请立即报告值班领导。"))
                h.raw("</div>")
            }
            ReceiptHeader.write(&h, chrome: layout, title: "信访事项登记回执", unitName: config.units.unit(record.registeredUnitID)?.name,
                                number: record.number)
            if showsQueryCode {
                h.raw("<dd class=\"code\" id=\"receipt-code\">")
                h.text(record.queryCode)
            } else {
                h.raw("<dd class=\"muted\">")
                h.text(layout.t("仅登记单位可查看"))
            }
            h.raw("</dd>")
            fact(&h, "标题", record.registration.title)
            if showsQueryCode, !record.registration.petitioners.isEmpty {
                fact(&h, "信访人", record.registration.petitioners.map(\.name).joined(separator: "、"))
            }
            fact(&h, "信访形式", layout.t(record.registration.channel.chineseName))
            fact(&h, "收到时间", WebFormat.time(record.receivedAt, lang: lang))
            fact(&h, "登记时间", WebFormat.time(record.registeredAt, lang: lang))
            if petition.status.state == .registered, let due = petition.status.stepDue {
                fact(&h, "分办期限", WebFormat.date(due, lang: lang))
            } else {
                fact(&h, "当前状态", layout.t(petition.status.state.chineseName))
            }
            h.raw("</dl><h2>")
            h.text(layout.t("如何查询办理进度"))
            h.raw("</h2><ol class=\"receipt-steps\">")
            steps(&h)
            h.raw("</ol><p class=\"receipt-sign\">")
            h.text(config.units.unit(record.registeredUnitID)?.name)
            h.raw("<br>")
            h.text(WebFormat.date(record.registeredAt, lang: lang))
            h.raw("</p></article><p class=\"noprint form-actions\"><button type=\"button\" class=\"secondary\" data-print hidden>")
            h.text(layout.t("打印回执"))
            h.raw("</button><a class=\"button\"")
            h.attr("href", "/petitions/" + String(record.id))
            h.raw(">")
            h.text(layout.t("查看案件"))
            h.raw("</a><a class=\"button secondary\" href=\"/petitions/new\">")
            h.text(layout.t("继续登记"))
            h.raw("</a></p></div><script src=\"/static/huiyin.js\" defer></script>")
        }
    }

    private func fact(_ h: inout HTML, _ term: String, _ value: String) {
        h.raw("<dt>")
        h.text(layout.t(term))
        h.raw("</dt><dd>")
        h.text(value)
        h.raw("</dd>")
    }

    private func steps(_ h: inout HTML) {
        let rules = config.rules
        let due = petition.status.state == .registered ? petition.status.stepDue : nil
        let zh = layout.lang == .zh
        var lines: [String] = []
        if let due {
            lines.append(zh ? "信访局将于\(due.chinese)前决定转送、交办、直接办理或不予受理（不予受理的，书面告知理由和应当通过的途径）。"
                            : "The petition bureau decides by \(due.iso) whether to forward, assign, handle directly or decline it (a decline is explained in writing, with the proper route).")
        }
        let notice = rules[.acceptanceNotice], decision = rules[.decision]
        lines.append(zh ? "有权处理的机关收到后，应在\(notice)内书面告知是否受理；受理后一般在\(decision)内出具书面处理意见。"
                        : "The body with authority tells the petitioner in writing within \(notice.days) days whether it accepts the matter, and issues a written decision normally within \(decision.days) days of accepting it.")
        lines.append(zh ? "信访人可凭信访件编号和查询码，在网上信访平台查询办理进度、查看告知书和处理意见，并对受理和办理情况进行满意度评价。"
                        : "With the number and the query code the petitioner can follow the case online, read the notices and the decision, and rate how it was handled.")
        lines.append(zh ? "查询码是查询和评价的凭证，请妥善保管，不要告知他人。"
                        : "The query code is the key to the case: keep it safe and do not share it.")
        for line in lines {
            h.raw("<li>")
            h.text(line)
            h.raw("</li>")
        }
    }
}
