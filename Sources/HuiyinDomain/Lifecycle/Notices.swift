/// The plain texts of the notices the petitioner receives (告知书). Issue-specific print layouts and
/// administrator-edited templates build on these sentences.
public enum Notices {
    public static func appealRights(reviewBody: String?, limit: TimeLimit, kind: String) -> String {
        let body = reviewBody ?? "上一级行政机关"
        return "信访人对本处理意见不服的，可以自收到本意见书之日起\(limit)内向\(body)请求\(kind)。"
    }

    /// The text shown to the petitioner for an event, or nil for internal steps.
    public static func publicText(for event: LifecycleEvent) -> String? {
        switch event {
        case .registered(let received, let due):
            "您的信访事项已于\(received.chinese)收到并登记，将于\(due.chinese)前作出处理。"
        case .forwarded(_, let unit, let due, _, _):
            "您的信访事项已转送\(unit)办理，该单位将于\(due.chinese)前告知是否受理。"
        case .assigned(_, let unit, let due, _, _, _):
            "您的信访事项已交由\(unit)办理，该单位将于\(due.chinese)前告知是否受理。"
        case .handledDirectly(_, let unit, let due, _):
            "您的信访事项由\(unit)直接办理，将于\(due.chinese)前出具处理意见。"
        case .declined(let reason, let route, _):
            "经审查，您的信访事项不予受理。理由：\(clause(reason))。请通过以下途径解决：\(clause(route))。"
        case .refusedAgain(let reason):
            "您反映的事项已经复核终结，根据《信访工作条例》第三十六条，不再受理。\(reason)"
        case .accepted(let due, _):
            "您的信访事项已受理，将于\(due.chinese)前出具书面处理意见。"
        case .extended(let days, let reason, let due):
            "因\(clause(reason))，您的信访事项办理期限延长\(days)日，将于\(due.chinese)前出具处理意见。"
        case .replied(let letter, let window, _):
            "已出具处理意见书（\(letter.outcome.chineseName)）。如不服，可于\(window.chinese)前申请复查。"
        case .rated:
            "您的评价已收到，感谢您的反馈。"
        case .reviewRequested(_, let unit, _, let due):
            "复查申请已转\(unit)，将于\(due.chinese)前作出复查意见。"
        case .reviewDecided(let outcome, _, let window, let rehandling):
            if let rehandling {
                "复查决定撤销原处理意见、责成重新办理，将于\(rehandling.chinese)前重新出具处理意见。"
            } else {
                "复查决定：\(outcome.chineseName)原处理意见。如不服，可于\(window.chinese)前申请复核。"
            }
        case .recheckRequested(_, let unit, _, let due):
            "复核申请已转\(unit)，将于\(due.chinese)前作出复核意见。"
        case .recheckDecided(let outcome, _, let rehandling):
            if let rehandling {
                "复核决定撤销原处理意见、责成重新办理，将于\(rehandling.chinese)前重新出具处理意见。"
            } else {
                "复核决定：\(outcome.chineseName)。本信访事项已终结，同一事实和理由不再受理。"
            }
        case .closed:
            "您的信访事项已办结。"
        case .linkedToMatter(_, _, let note):
            note
        case .supervised, .commented, .objected, .progressReported, .deadlineWarning:
            nil
        }
    }

    /// A clause without its closing punctuation, so a sentence built around it does not read "。，".
    static func clause(_ s: String) -> String {
        var t = Substring(s)
        while let last = t.last, "。．.，,；;！!".contains(last) { t.removeLast() }
        return String(t)
    }
}
