import Foundation
import HuiyinDomain
import HuiyinStore

/// The filters of the case list (案件查询), read from the query string of a GET form.
///
/// Every value is checked against what the form offers; a bad one is reported beside its field
/// (``errors``, keyed by field name) and the list is not queried, so a typo never shows a wrong list.
struct WorkbenchCaseFilter {
    var state: PetitionState?
    /// A first-level category code.
    var category: String?
    /// The unit that owes the open step.
    var unitID: OrgUnit.ID?
    var channel: Channel?
    var overdue = false
    var from: LocalDate?
    var to: LocalDate?
    var sort: CaseListSort = .newest
    var page = 1
    /// The values as typed, to put back into the form.
    var typed: [String: String] = [:]
    /// Field name → message (Chinese; translated when shown).
    var errors: [String: String] = [:]

    static let sorts: [CaseListSort] = [.newest, .oldest, .due]
    /// Pages beyond this are refused: nobody reads page 2,001 of a list; they narrow it.
    static let maxPage = 2_000

    static func parse(_ form: FormData, units: [OrgUnit], taxonomy: CategoryTaxonomy) -> WorkbenchCaseFilter {
        var f = WorkbenchCaseFilter()
        func value(_ name: String) -> String? {
            let v = form.string(name).trimmingWhitespace
            if !v.isEmpty { f.typed[name] = v }
            return v.isEmpty ? nil : v
        }
        if let v = value("state") {
            f.state = PetitionState(rawValue: v)
            if f.state == nil { f.errors["state"] = "请选择有效的办理状态" }
        }
        if let v = value("category") {
            if taxonomy.children(of: nil).contains(where: { $0.code == v }) { f.category = v } else { f.errors["category"] = "请选择有效的内容分类" }
        }
        if let v = value("unit") {
            if let id = OrgUnit.ID(v), units.contains(where: { $0.id == id }) { f.unitID = id } else { f.errors["unit"] = "请选择有效的办理单位" }
        }
        if let v = value("channel") {
            f.channel = Channel(rawValue: v)
            if f.channel == nil { f.errors["channel"] = "请选择有效的信访形式" }
        }
        if let v = value("overdue") { f.overdue = ["1", "on", "true", "yes"].contains(v) }
        if let v = value("from") {
            f.from = LocalDate(iso: v)
            if f.from == nil { f.errors["from"] = "日期格式应为 2026-11-27" }
        }
        if let v = value("to") {
            f.to = LocalDate(iso: v)
            if f.to == nil { f.errors["to"] = "日期格式应为 2026-11-27" }
        }
        if let from = f.from, let to = f.to, from > to { f.errors["to"] = "结束日期不能早于开始日期" }
        if let v = value("sort") {
            if let s = CaseListSort(rawValue: v), sorts.contains(s) { f.sort = s } else { f.errors["sort"] = "请选择有效的排序方式" }
        }
        if let v = value("page") {
            if let n = Int(v), (1...maxPage).contains(n) { f.page = n } else { f.errors["page"] = "页码无效" }
        }
        return f
    }

    var isValid: Bool { errors.isEmpty }

    /// Whether any filter narrows the list (the sort and page do not).
    var narrows: Bool {
        state != nil || category != nil || unitID != nil || channel != nil || overdue || from != nil || to != nil
    }

    func query(today: LocalDate, visibleUnitIDs: [OrgUnit.ID]?) -> CaseListQuery {
        var q = CaseListQuery()
        if let state { q.states = [state] }
        q.categoryPrefix = category
        q.responsibleUnitID = unitID
        q.channel = channel
        if overdue { q.dueBefore = today }
        q.receivedFrom = from
        q.receivedThrough = to
        q.visibleUnitIDs = visibleUnitIDs
        q.sort = sort
        q.limit = WorkbenchQueue.pageSize
        q.offset = (page - 1) * WorkbenchQueue.pageSize
        q.countLimit = 10_000
        return q
    }

    /// `/petitions?…` with these filters and `page`: pagination keeps the filters.
    func link(page: Int) -> String {
        var parts: [String] = []
        if let state { parts.append("state=" + state.rawValue) }
        if let category { parts.append("category=" + FormData.encode(category)) }
        if let unitID { parts.append("unit=" + String(unitID)) }
        if let channel { parts.append("channel=" + channel.rawValue) }
        if overdue { parts.append("overdue=1") }
        if let from { parts.append("from=" + from.iso) }
        if let to { parts.append("to=" + to.iso) }
        if sort != .newest { parts.append("sort=" + sort.rawValue) }
        if page > 1 { parts.append("page=" + String(page)) }
        return parts.isEmpty ? "/petitions" : "/petitions?" + parts.joined(separator: "&")
    }

    /// The units a user may filter by: those that can owe a step, within what the user may see.
    static func unitOptions(for user: StaffUser, units: UnitDirectory) -> [OrgUnit] {
        let visible = Jurisdiction.visibleUnits(for: user, units: units).map(Set.init)
        return units.units.filter { u in
            (u.kind.canHandlePetitions || u.kind == .city) && (visible?.contains(u.id) ?? true)
        }
    }
}
