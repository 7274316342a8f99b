import HuiyinDomain

/// How the workbench list is narrowed from the query string: one state, overdue or due soon, a page.
struct WorkbenchNarrowing {
    var state: PetitionState?
    var due: WorkbenchDueFilter?
    var page = 1
    /// A message for a value the queue does not offer (Chinese; translated when shown).
    var error: String?

    var isValid: Bool { error == nil }

    static func parse(_ form: FormData, queue: WorkbenchQueue) -> WorkbenchNarrowing {
        var n = WorkbenchNarrowing()
        let state = form.string("state"), due = form.string("due"), page = form.string("page")
        if !state.isEmpty {
            if let s = PetitionState(rawValue: state), queue.offers(s) { n.state = s } else { n.error = "所选状态不在您的待办范围内，已显示全部待办。" }
        }
        if !due.isEmpty {
            if let d = WorkbenchDueFilter(rawValue: due), d == .overdue ? queue.offersOverdue : queue.offersDueSoon {
                n.due = d
            } else {
                n.error = "期限筛选无效，已显示全部待办。"
            }
        }
        if !page.isEmpty {
            if let p = Int(page), (1...WorkbenchCaseFilter.maxPage).contains(p) { n.page = p } else { n.error = "页码无效，已显示第一页。" }
        }
        // A bad value narrows nothing: the whole queue is shown with the message.
        if n.error != nil { n = WorkbenchNarrowing(error: n.error) }
        return n
    }

    /// `/?…` with this narrowing at `page`.
    func link(page: Int) -> String {
        var parts: [String] = []
        if let state { parts.append("state=" + state.rawValue) }
        if let due { parts.append("due=" + due.rawValue) }
        if page > 1 { parts.append("page=" + String(page)) }
        return parts.isEmpty ? "/" : "/?" + parts.joined(separator: "&")
    }
}
