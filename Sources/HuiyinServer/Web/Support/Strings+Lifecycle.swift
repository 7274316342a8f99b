import HuiyinDomain

/// Why a case action was refused, in the page's language. The domain says it in Chinese
/// (``LifecycleError/message``); English is composed here from the same parts (action, role, state, rule,
/// date), so a refusal on the English interface is English throughout.
extension Strings {
    static func refusal(_ error: LifecycleError, lang: Lang) -> String {
        guard lang == .en else { return error.message }
        let t = lang.t
        func action(_ a: String) -> String { "“" + t(Lifecycle.chineseName(of: a)) + "”" }
        func rule(_ r: RuleTable.Limit) -> String { t(r.chineseName) + ", " + t(r.source) }
        switch error {
        case .roleNotAllowed(let a, let role):
            return "The role “\(t(role))” may not \(action(a))"
        case .wrongUnit(let a, let expected):
            return "\(action(a)) is for \(expected) to do"
        case .wrongState(let a, let state):
            return "The case is “\(t(state.chineseName))”: \(action(a)) is not possible now"
        case .windowClosed(let a, let limit, let due):
            return "The time for \(action(a)) has passed (\(rule(limit)); due \(WebFormat.date(due, lang: .en)))"
        case .windowStillOpen(let a, let limit, let until):
            return "The period “\(t(limit.chineseName))” runs until \(WebFormat.date(until, lang: .en)): \(action(a)) is not possible yet"
        case .alreadyExtended:
            return "An extension may be granted once only (Regulations on Petition Work, art. 34)"
        case .matterIsFinal:
            return "This matter is final: the same facts and reasons are not accepted again; only \(action("refuseAgain")) is possible (art. 36)"
        case .matterNotFinal:
            return "This matter is not final, so \(action("refuseAgain")) is not possible"
        case .alreadyRated:
            return "Already rated; a petition is rated once"
        case .invalid(_, let message):
            return fieldMessage(message, lang: lang)
        }
    }

    /// A field message of a case action in the page's language; in English a fixed sentence from the
    /// tables (``lifecycleTable`` and the others), or one of the sentences with a value inside (the value is kept).
    static func fieldMessage(_ zh: String, lang: Lang) -> String {
        guard lang == .en else { return zh }
        if let fixed = Strings.english[zh] { return fixed }
        for (prefix, suffix, english) in lifecycleTemplates where zh.hasPrefix(prefix) && zh.hasSuffix(suffix)
            && zh.count > prefix.count + suffix.count {
            let value = zh.dropFirst(prefix.count).dropLast(suffix.count)
            return english.replacingOccurrences(of: "%@", with: String(value))
        }
        return zh
    }

    /// Sentences with one value inside: Chinese before it, Chinese after it, English with `%@` for it.
    static let lifecycleTemplates: [(String, String, String)] = [
        ("延期天数须在 1–", " 日之间（《信访工作条例》第三十四条）", "The extension must be 1–%@ days (Regulations on Petition Work, art. 34)"),
        ("“", "”不能作为承办单位", "“%@” cannot be the handling unit"),
        ("督办级别不能低于已采取的“", "”", "The supervision level cannot be lower than the “%@” already taken"),
    ]

    /// The fixed field messages of case actions (action, role and rule names are in the other tables).
    static let lifecycleTable: [String: String] = [
        "报送办结报告的期限须晚于今天": "The report deadline must be after today",
        "未配置信访局": "No petition bureau is configured",
        "不予受理的信访件只能评价受理情况": "A declined petition can only be rated on how it was received",
        "承办单位未配置复查机关": "The handling unit has no review body configured",
        "复查机关未配置上一级复核机关": "The review body has no re-review body configured above it",
        "督办期限须晚于今天": "The supervision deadline must be after today",
        "该件未被督办，无需报告进展": "This case is not under supervision; no progress report is needed",
        "不能关联到本件自身的事项": "A petition cannot be linked to its own matter",
        "要关联的信访事项不存在": "The matter to link to does not exist",
        "内容过长": "The text is too long",
        "承办单位不存在": "The handling unit does not exist",
        "揭发控告件不得转送被反映单位": "An accusation may not be sent to the unit it accuses",
        "请说明不予受理的理由": "Give the reason for declining",
        "请告知信访人应当通过的途径": "Tell the petitioner which route to take instead",
        "请说明不再受理的理由": "Give the reason for not accepting again",
        "请说明异议理由": "Give the reason for the objection",
        "请说明延期理由": "Give the reason for the extension",
        "请写明查明的事实": "Write the facts found",
        "请写明法律法规或政策依据": "Write the legal or policy basis",
        "请写明处理意见": "Write the opinion",
        "请写明申请复查的理由": "Write the reasons for requesting a review",
        "请写明复查意见": "Write the review opinion",
        "请写明申请复核的理由": "Write the reasons for requesting a re-review",
        "请写明复核意见": "Write the re-review opinion",
        "请说明督办事由": "Give the reason for supervision",
        "请填写办理进展": "Describe the progress",
        "请填写备注内容": "Write the note",
    ]
}
