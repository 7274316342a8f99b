import HuiyinDomain
import HuiyinStore

/// The table of petitions shared by the workbench and the case list: number, title with badges,
/// category, locality, state and step, due date with countdown and colour. On a phone each row
/// stacks into labelled lines (`table.stack`).
struct WorkbenchTable {
    let layout: Layout
    let configuration: CountyConfiguration
    let user: StaffUser
    let today: LocalDate

    func render(_ h: inout HTML, rows: [CaseListRow], caption: String) {
        let labels = (number: layout.t("编号"), title: layout.t("标题"), category: layout.t("内容分类"),
                      locality: layout.t("问题属地"), state: layout.t("状态与环节"), due: layout.t("办理期限"))
        h.raw("<div class=\"table-wrap\"><table class=\"stack cases\"><caption class=\"visually-hidden\">")
        h.text(caption)
        h.raw("</caption><thead><tr><th scope=\"col\">")
        h.text(labels.number)
        h.raw("</th><th scope=\"col\">")
        h.text(labels.title)
        h.raw("</th><th scope=\"col\">")
        h.text(labels.category)
        h.raw("</th><th scope=\"col\">")
        h.text(labels.locality)
        h.raw("</th><th scope=\"col\">")
        h.text(labels.state)
        h.raw("</th><th scope=\"col\">")
        h.text(labels.due)
        h.raw("</th></tr></thead><tbody>")
        for row in rows {
            h.raw("<tr><td data-label=\"")
            h.text(labels.number)
            h.raw("\"><a class=\"case-no\" href=\"/petitions/")
            h.text(Int(row.id))
            h.raw("\">")
            h.text(row.number)
            h.raw("</a>")
            if let received = row.receivedOn {
                h.raw("<br><small class=\"muted\">")
                h.text(layout.t("收到"))
                h.raw(" ")
                h.date(received, lang: layout.lang)
                h.raw("</small>")
            }
            h.raw("</td><td data-label=\"")
            h.text(labels.title)
            h.raw("\" class=\"case-title\">")
            h.text(row.title)
            badges(&h, row)
            h.raw("</td><td data-label=\"")
            h.text(labels.category)
            h.raw("\">")
            category(&h, row.categoryCode)
            h.raw("</td><td data-label=\"")
            h.text(labels.locality)
            h.raw("\">")
            locality(&h, row.localityUnitID)
            h.raw("</td><td data-label=\"")
            h.text(labels.state)
            h.raw("\">")
            state(&h, row)
            h.raw("</td>")
            due(&h, row, label: labels.due)
            h.raw("</tr>")
        }
        h.raw("</tbody></table></div>")
    }

    private func badges(_ h: inout HTML, _ row: CaseListRow) {
        var any = false
        func badge(_ h: inout HTML, _ cls: StaticString, _ text: String) {
            if !any { h.raw("<span class=\"badges\">"); any = true }
            h.raw("<span class=\"")
            h.raw(cls)
            h.raw("\">")
            h.text(layout.t(text))
            h.raw("</span>")
        }
        if row.peopleCount >= configuration.rules.collectiveThreshold {
            badge(&h, "badge collective", "集体访")
        }
        if row.emergency { badge(&h, "badge risk", "紧急") }
        if row.risk == .high { badge(&h, "badge risk", "高风险") } else if row.risk == .low { badge(&h, "badge risk-low", "有风险") }
        if row.isRepeat { badge(&h, "badge", "重复信访") }
        if row.supervisionCount > 0 { badge(&h, "badge", "已督办") }
        if row.extensionDays > 0 { badge(&h, "badge", "已延期") }
        if WorkbenchQueue.extensionWorthy(row, for: user, today: today) { badge(&h, "badge extend", "可延期") }
        if any { h.raw("</span>") }
    }

    private func category(_ h: inout HTML, _ code: String) {
        let taxonomy = configuration.taxonomy
        guard let leaf = taxonomy.category(code: code) else {
            h.text(code)
            return
        }
        var top = leaf
        while let parent = top.parentCode, let p = taxonomy.category(code: parent) { top = p }
        if top.code != leaf.code {
            h.raw("<small class=\"muted\">")
            h.text(top.name)
            h.raw("</small><br>")
        }
        h.text(leaf.name)
    }

    private func locality(_ h: inout HTML, _ id: OrgUnit.ID) {
        let units = configuration.units
        guard let unit = units.unit(id) else {
            h.raw("—")
            return
        }
        if unit.kind == .village || unit.kind == .community, let parent = units.unit(unit.parentID) {
            h.text(parent.name)
            h.raw(" ")
        }
        h.text(unit.name)
    }

    private func state(_ h: inout HTML, _ row: CaseListRow) {
        guard let state = row.state else {
            h.raw("—")
            return
        }
        h.raw("<span class=\"state state-")
        h.text(state.rawValue)
        h.raw("\">")
        h.text(layout.t(state.chineseName))
        h.raw("</span>")
        if let step = Self.stepName(state) {
            h.raw("<br><small>")
            h.text(layout.t(step))
            if let unit = configuration.units.unit(row.responsibleUnitID) {
                h.raw(" · ")
                h.text(unit.name)
            }
            h.raw("</small>")
        }
    }

    private func due(_ h: inout HTML, _ row: CaseListRow, label: String) {
        h.raw("<td data-label=\"")
        h.text(label)
        h.raw("\" class=\"")
        h.raw(WebFormat.dueClass(due: row.stepDue, today: today))
        h.raw("\">")
        if let due = row.stepDue {
            h.raw("<time datetime=\"")
            h.isoDate(due)
            h.raw("\">")
            h.date(due, lang: layout.lang)
            h.raw("</time><br><small>")
            WebFormat.countdown(&h, due: due, today: today, lang: layout.lang)
            h.raw("</small>")
        } else {
            h.raw("<span class=\"muted\">—</span>")
        }
        h.raw("</td>")
    }

    /// The open staff step of a state, named by ``PetitionStatus/stepName``.
    static func stepName(_ state: PetitionState) -> String? {
        stepNames[state] ?? nil
    }

    private static let stepNames: [PetitionState: String?] = Dictionary(uniqueKeysWithValues: PetitionState.allCases.map { state in
        var status = PetitionStatus(receivedOn: LocalDate(daysSinceEpoch: 0))
        status.state = state
        return (state, status.stepName)
    })

    /// "第 2 页" with previous / next links that keep the filters.
    static func pager(_ h: inout HTML, layout: Layout, page: Int, hasNext: Bool, link: (Int) -> String) {
        guard page > 1 || hasNext else { return }
        h.raw("<nav class=\"pager\" aria-label=\"")
        h.text(layout.t("分页"))
        h.raw("\">")
        if page > 1 {
            h.raw("<a class=\"button secondary\" rel=\"prev\" href=\"")
            h.text(link(page - 1))
            h.raw("\">")
            h.text(layout.t("上一页"))
            h.raw("</a>")
        }
        h.raw("<span>")
        h.text(layout.lang == .zh ? "第 \(page) 页" : "Page \(page)")
        h.raw("</span>")
        if hasNext {
            h.raw("<a class=\"button secondary\" rel=\"next\" href=\"")
            h.text(link(page + 1))
            h.raw("\">")
            h.text(layout.t("下一页"))
            h.raw("</a>")
        }
        h.raw("</nav>")
    }
}
