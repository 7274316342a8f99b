import GRDB
import HuiyinDomain

/// Turns a ``CaseListQuery`` into a parameterised WHERE clause and an ORDER BY that the indexes of
/// `SQLiteSchema+Queue.swift` serve.
struct SQLiteCaseListFilter {
    var whereClause = ""
    var arguments = StatementArguments()
    var orderBy: String

    /// Up to this many visible units, a jurisdiction is looked up by unit; beyond, petition by petition.
    static let smallJurisdiction = 32

    /// Whether `queue_counts` (responsible unit, state, due date) holds everything `q` filters on, so its
    /// counts can be added up there instead of counted over the petitions. A queue always names its
    /// states, which the table's index serves.
    static func countsServe(_ q: CaseListQuery) -> Bool {
        !q.states.isEmpty && q.registeredUnitID == nil && q.registeredSince == nil && (q.categoryPrefix ?? "").isEmpty
            && q.channel == nil && q.receivedFrom == nil && q.receivedThrough == nil && q.visibleUnitIDs == nil
    }

    init(_ q: CaseListQuery) {
        var c = SQLitePetitionConditions()
        c.states(q.states)
        c.add("p.responsible_unit_id = ?", ifSet: q.responsibleUnitID)
        c.add("p.registered_unit_id = ?", ifSet: q.registeredUnitID)
        c.add("p.registered_at >= ?", ifSet: q.registeredSince?.timeIntervalSince1970)
        c.categoryPrefix(q.categoryPrefix)
        c.add("p.channel = ?", ifSet: q.channel?.rawValue)
        if q.openOnly { c.add("p.step_due IS NOT NULL") }
        c.add("p.step_due < ?", ifSet: q.dueBefore?.iso)
        c.add("p.step_due >= ?", ifSet: q.dueOnOrAfter?.iso)
        c.add("p.step_due <= ?", ifSet: q.dueOnOrBefore?.iso)
        // The received day is matched through the indexed instant: [from 00:00, through+1 00:00) China time.
        c.add("p.received_at >= ?", ifSet: q.receivedFrom?.startInChina.timeIntervalSince1970)
        c.add("p.received_at < ?", ifSet: q.receivedThrough?.adding(days: 1).startInChina.timeIntervalSince1970)
        // A few units (a township, a department) own few petitions: collect them from the (unit, petition)
        // key. Many units (a county government sees nearly everything): walk the sort order and check each
        // petition, which stops as soon as the page is full.
        c.involves(q.visibleUnitIDs, lookupByUnitUpTo: Self.smallJurisdiction)
        whereClause = c.whereClause
        arguments = c.arguments

        switch q.sort {
        case .due:
            // When every match has an open step, the plain column order lets an index deliver the rows
            // in order; otherwise the expression index `petitions_due_order` puts the finished ones last.
            let allOpen = q.openOnly || q.dueBefore != nil || q.dueOnOrAfter != nil || q.dueOnOrBefore != nil
                || (!q.states.isEmpty && q.states.allSatisfy(\.isStaffStepOpen))
            orderBy = allOpen ? "p.step_due, p.id" : "ifnull(p.step_due, '9999-12-31'), p.id"
        case .newest: orderBy = "p.received_at DESC, p.id DESC"
        case .oldest: orderBy = "p.received_at, p.id"
        case .recentlyRegistered: orderBy = "p.registered_at DESC, p.id DESC"
        }
    }
}
