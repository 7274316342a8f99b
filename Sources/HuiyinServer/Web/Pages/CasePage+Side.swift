import HuiyinDomain
import HuiyinStore

/// The side column: the step now open and its deadline, the documents issued, the matter.
extension CasePage {
    func currentStep(_ h: inout HTML) {
        h.raw("<section class=\"card step\" aria-labelledby=\"h-step\"><h2 id=\"h-step\">")
        h.text(t("当前环节"))
        h.raw("</h2><dl class=\"facts\">")
        fact(&h, "状态", t(status.state.chineseName))
        if let step = status.stepName { fact(&h, "待办事项", t(step)) }
        if let unit = Jurisdiction.responsibleUnit(status, units: config.units).flatMap({ config.units.unit($0) }) {
            fact(&h, "责任单位", unit.name)
        } else if let unit = config.units.unit(status.handlingUnitID) {
            fact(&h, "承办单位", unit.name)
        }
        if let due = status.stepDue {
            h.raw("<dt>")
            h.text(t("办理期限"))
            h.raw("</dt><dd><span")
            h.attr("class", "due " + String(describing: WebFormat.dueClass(due: due, today: today)))
            h.raw(">")
            h.text(WebFormat.date(due, lang: layout.lang))
            h.raw("（")
            h.text(WebFormat.countdown(due: due, today: today, lang: layout.lang))
            h.raw("）</span></dd>")
        }
        if let due = status.objectionDue, status.state == .awaitingAcceptance { fact(&h, "异议期限", WebFormat.date(due, lang: layout.lang)) }
        if let due = status.reportDue, status.state == .awaitingAcceptance || status.state == .inHandling {
            fact(&h, "办结报告期限", WebFormat.date(due, lang: layout.lang))
        }
        if status.extended { fact(&h, "已延期", "\(status.extensionDays) 日") }
        if let ends = status.petitionerWindowEnds {
            fact(&h, status.state == .reviewed ? "申请复核截止" : "申请复查截止", WebFormat.date(ends, lang: layout.lang))
        }
        if let r = status.acceptanceRating { fact(&h, "受理评价", t(r.chineseName)) }
        if let r = status.handlingRating { fact(&h, "办理评价", t(r.chineseName)) }
        if let ends = status.ratingWindowEnds, status.handlingRating == nil { fact(&h, "评价期限", WebFormat.date(ends, lang: layout.lang)) }
        if let closed = status.closedOn { fact(&h, "办结日期", WebFormat.date(closed, lang: layout.lang)) }
        h.raw("</dl>")
        if let letter = status.letter {
            h.raw("<h3>")
            h.text(t("处理意见书"))
            h.raw("</h3><p>")
            h.text(letter.issuedBy)
            h.raw(" · ")
            h.text(WebFormat.date(letter.issuedOn, lang: layout.lang))
            h.raw(" · <strong>")
            h.text(t(letter.outcome.chineseName))
            h.raw("</strong></p>")
            if let entry = history.last(where: { $0.event.kind == "reply" }) {
                documentLinks(&h, kind: .decisionLetter, sequence: entry.sequence)
            }
        }
        h.raw("</section>")
    }

    func documents(_ h: inout HTML) {
        let issued = history.compactMap { e in DocumentKind(action: e.event.kind).map { (e, $0) } }
        guard !issued.isEmpty else { return }
        h.raw("<section class=\"card\" aria-labelledby=\"h-docs\"><h2 id=\"h-docs\">")
        h.text(t("文书"))
        h.raw("</h2><ul class=\"docs\">")
        for (entry, kind) in issued {
            h.raw("<li><a")
            h.attr("href", "\(path)/documents/\(entry.sequence)")
            h.raw(">")
            h.text(t(kind.title))
            h.raw("</a> <span class=\"muted\">")
            h.text(WebFormat.date(entry.at, lang: layout.lang))
            h.raw("</span> · <a")
            h.attr("href", "\(path)/documents/\(entry.sequence).docx")
            h.raw(" download>Word</a></li>")
        }
        h.raw("</ul></section>")
    }

    func matterCard(_ h: inout HTML) {
        h.raw("<section class=\"card\" aria-labelledby=\"h-matter\"><h2 id=\"h-matter\">")
        h.text(t("信访事项与重复信访"))
        h.raw("</h2><p>")
        h.text(t("事项编号"))
        h.raw(" #")
        h.text(Int(record.matterID))
        if record.isRepeat {
            h.raw(" · ")
            h.text(t("本件为重复信访"))
        }
        if status.matterIsFinal {
            h.raw(" · <strong>")
            h.text(t("已终结"))
            h.raw("</strong>")
        }
        h.raw("</p>")
        let others = matter.filter { $0.id != record.id }
        if others.isEmpty {
            h.raw("<p class=\"muted\">")
            h.text(t("同一事项下没有其他信访件。"))
            h.raw("</p>")
        } else {
            h.raw("<ul class=\"matter\">")
            for other in others {
                h.raw("<li><a href=\"/petitions/")
                h.text(Int(other.id))
                h.raw("\">")
                h.text(other.number)
                h.raw("</a> ")
                h.text(other.title)
                h.raw(" <span class=\"badge\">")
                h.text(t(other.state.chineseName))
                h.raw("</span> <span class=\"muted\">")
                h.text(WebFormat.date(other.receivedOn, lang: layout.lang))
                h.raw("</span></li>")
            }
            h.raw("</ul>")
        }
        h.raw("</section>")
    }
}

extension CasePage {
    /// 附件: the files the petitioner uploaded online — downloads only, never shown inline, and withheld
    /// from a unit named as accused (RULES.md §4).
    func attachmentsCard(_ h: inout HTML) {
        guard !attachments.isEmpty, !hidesIdentity else { return }
        h.raw("<section class=\"card\" aria-labelledby=\"h-files\"><h2 id=\"h-files\">")
        h.text(t("附件"))
        h.raw("</h2><ul class=\"docs\">")
        for file in attachments {
            h.raw("<li><a")
            h.attr("href", "\(path)/attachments/\(file.position)")
            h.raw(" download>")
            h.text(file.fileName)
            h.raw("</a> <span class=\"muted\">")
            h.text(file.type.rawValue.uppercased())
            h.raw(" · ")
            h.text(file.size >= 1 << 20 ? "\(file.size * 10 / (1 << 20) / 10).\(file.size * 10 / (1 << 20) % 10) MB" : "\(max(1, file.size / 1024)) KB")
            h.raw("</span></li>")
        }
        h.raw("</ul></section>")
    }
}
