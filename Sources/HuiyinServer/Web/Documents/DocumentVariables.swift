import HuiyinStore

/// The values a document template may use, per kind, with what each means (shown to administrators).
enum DocumentVariables {
    typealias Variable = (name: String, meaning: String)

    /// Values every document has.
    static let common: [Variable] = [
        ("petitioner", "信访人姓名（对被反映单位显示“信息保密”）"),
        ("petitionNumber", "信访件编号"),
        ("title", "信访事项标题"),
        ("receivedOn", "收到信访事项的日期"),
        ("issuer", "出具文书的机关"),
        ("issuedOn", "出具日期"),
        ("documentNumber", "文号"),
    ]

    /// Values particular to one kind of document.
    static func specific(to kind: DocumentKind) -> [Variable] {
        switch kind {
        case .acceptanceNotice:
            [("decisionDue", "出具处理意见的期限"), ("note", "受理时的附言")]
        case .declineNotice:
            [("reason", "不予受理的理由"), ("properRoute", "告知的法定途径")]
        case .extensionNotice:
            [("days", "延长的天数"), ("reason", "延期理由"), ("decisionDue", "延期后的办理期限")]
        case .decisionLetter:
            [("outcome", "处理结果（支持 / 部分支持 / 不予支持 / 解释说明）"), ("factsFound", "查明的事实"),
             ("basis", "法律法规或政策依据"), ("opinion", "处理意见"), ("appealRights", "申请复查的权利和期限"),
             ("reviewWindowEnds", "申请复查的截止日期")]
        case .reviewOpinion:
            [("outcome", "复查结论（维持 / 变更 / 撤销重办）"), ("opinion", "复查意见"), ("reasons", "申请复查的理由"),
             ("requestedOn", "申请复查的日期"), ("originalIssuer", "原处理机关"), ("originalIssuedOn", "原处理意见的日期"),
             ("recheckRights", "申请复核的权利和期限（撤销重办时为空）"), ("recheckWindowEnds", "申请复核的截止日期"),
             ("rehandlingDue", "撤销重办时重新出具处理意见的期限（否则为空）")]
        case .recheckOpinion:
            [("outcome", "复核结论（维持 / 变更 / 撤销重办）"), ("opinion", "复核意见"), ("reasons", "申请复核的理由"),
             ("requestedOn", "申请复核的日期"), ("reviewIssuer", "复查机关"),
             ("rehandlingDue", "撤销重办时重新出具处理意见的期限（否则为空）")]
        }
    }

    static func all(for kind: DocumentKind) -> [Variable] { common + specific(to: kind) }

    static func names(for kind: DocumentKind) -> [String] { all(for: kind).map(\.name) }
}
