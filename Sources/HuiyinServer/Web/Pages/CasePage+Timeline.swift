import Foundation
import HuiyinDomain
import HuiyinStore

/// The history as a timeline: when, who (name, role, unit), what, the details of the step, and the
/// notice the petitioner received. Staff also see objections, supervision and comments.
extension CasePage {
    func timeline(_ h: inout HTML) {
        h.raw("<section class=\"card\" id=\"history\" aria-labelledby=\"h-history\"><h2 id=\"h-history\">")
        h.text(t("办理记录"))
        h.raw("</h2><ol class=\"timeline\">")
        for entry in history {
            h.raw("<li")
            h.attr("class", "ev-" + entry.event.kind)
            h.raw("><time datetime=\"")
            WebFormat.dateTimeAttribute(&h, entry.at)
            h.raw("\">")
            WebFormat.time(&h, entry.at, lang: layout.lang)
            h.raw("</time><p class=\"ev-head\"><strong>")
            h.text(t(Lifecycle.chineseName(of: entry.event.kind)))
            h.raw("</strong> <span class=\"muted\">")
            h.text(entry.actorName)
            if let role = entry.actorRole {
                h.raw(" · ")
                h.text(t(role.chineseName))
            }
            if let unit = entry.actorUnitName {
                h.raw(" · ")
                h.text(unit)
            }
            h.raw("</span></p>")
            let details = Self.details(of: entry.event)
            if !details.isEmpty {
                h.raw("<dl class=\"facts ev-details\">")
                for (label, value) in details where !value.isEmpty {
                    h.raw("<dt>")
                    h.text(t(label))
                    h.raw("</dt><dd>")
                    h.multiline(value)
                    h.raw("</dd>")
                }
                h.raw("</dl>")
            }
            if let notice = entry.notice {
                h.raw("<p class=\"ev-notice\"><span class=\"muted\">")
                h.text(t("告知信访人："))
                h.raw("</span>")
                h.text(notice)
                h.raw("</p>")
            }
            if let kind = DocumentKind(action: entry.event.kind) {
                documentLinks(&h, kind: kind, sequence: entry.sequence)
            }
            h.raw("</li>")
        }
        h.raw("</ol></section>")
    }

    func documentLinks(_ h: inout HTML, kind: DocumentKind, sequence: Int) {
        h.raw("<p class=\"doc-links\"><a")
        h.attr("href", "\(path)/documents/\(sequence)")
        h.raw(">")
        h.text(t(kind.title))
        h.raw("</a> · <a")
        h.attr("href", "\(path)/documents/\(sequence).docx")
        h.raw(" download>")
        h.text(t("下载 Word"))
        h.raw("</a></p>")
    }

    /// Label–value pairs of what a step decided (dates in Chinese).
    static func details(of event: LifecycleEvent) -> [(String, String)] {
        switch event {
        case .registered(let received, let due):
            [("收到日期", received.chinese), ("分办期限", due.chinese)]
        case .forwarded(_, let unit, let acceptanceDue, let objectionDue, let note):
            [("转送至", unit), ("受理告知期限", acceptanceDue.chinese), ("异议期限", objectionDue.chinese), ("附言", note)]
        case .assigned(_, let unit, let acceptanceDue, let objectionDue, let reportDue, let note):
            [("交办至", unit), ("受理告知期限", acceptanceDue.chinese), ("异议期限", objectionDue.chinese),
             ("办结报告期限", reportDue.chinese), ("附言", note)]
        case .handledDirectly(_, let unit, let due, let note):
            [("办理单位", unit), ("办理期限", due.chinese), ("附言", note)]
        case .declined(let reason, let route, _):
            [("理由", reason), ("告知途径", route)]
        case .refusedAgain(let reason):
            [("理由", reason)]
        case .accepted(let due, let note):
            [("办理期限", due.chinese), ("附言", note)]
        case .objected(let reason, let due):
            [("异议理由", reason), ("重新分办期限", due.chinese)]
        case .extended(let days, let reason, let due):
            [("延长", "\(days) 日"), ("理由", reason), ("新的办理期限", due.chinese)]
        case .replied(let letter, let window, _):
            [("处理结果", letter.outcome.chineseName), ("查明事实", letter.factsFound), ("处理依据", letter.basis),
             ("处理意见", letter.opinion), ("申请复查截止", window.chinese)]
        case .rated(let acceptance, let handling, let comment):
            [("受理评价", acceptance?.chineseName ?? ""), ("办理评价", handling?.chineseName ?? ""), ("评价意见", comment)]
        case .reviewRequested(_, let unit, let reasons, let due):
            [("复查机关", unit), ("申请理由", reasons), ("复查期限", due.chinese)]
        case .reviewDecided(let outcome, let opinion, let window, let rehandling):
            [("复查结论", outcome.chineseName), ("复查意见", opinion),
             rehandling.map { ("重新办理期限", $0.chinese) } ?? ("申请复核截止", window.chinese)]
        case .recheckRequested(_, let unit, let reasons, let due):
            [("复核机关", unit), ("申请理由", reasons), ("复核期限", due.chinese)]
        case .recheckDecided(let outcome, let opinion, let rehandling):
            [("复核结论", outcome.chineseName), ("复核意见", opinion), ("重新办理期限", rehandling?.chinese ?? "")]
        case .closed(let note):
            [("说明", note)]
        case .supervised(let reason, let due, let level, let required, _):
            [("督办级别", (level ?? .written).chineseName), ("督办事由", reason), ("报告要求", required ?? ""),
             ("督办期限", due?.chinese ?? "")]
        case .progressReported(let text):
            [("办理进展", text)]
        case .deadlineWarning(let step, let due, let level):
            [("预警", level.chineseName), ("环节", step), ("期限", due.chinese)]
        case .commented(let text):
            [("备注", text)]
        case .linkedToMatter(let matter, _, let note):
            [("信访事项", "#\(matter)"), ("说明", note)]
        }
    }
}
