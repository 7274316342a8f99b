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
        var parts: [String] = []
        var args: [any DatabaseValueConvertible] = []
        func placeholders(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ",") }

        if !q.states.isEmpty {
            parts.append("p.state IN (\(placeholders(q.states.count)))")
            args += q.states.map(\.rawValue)
        }
        if let u = q.responsibleUnitID {
            parts.append("p.responsible_unit_id = ?")
            args.append(u)
        }
        if let u = q.registeredUnitID {
            parts.append("p.registered_unit_id = ?")
            args.append(u)
        }
        if let since = q.registeredSince {
            parts.append("p.registered_at >= ?")
            args.append(since.timeIntervalSince1970)
        }
        if let c = q.categoryPrefix, !c.isEmpty {
            parts.append("p.category_code >= ? AND p.category_code < ?")
            args += [c, c + "\u{FFFF}"]
        }
        if let ch = q.channel {
            parts.append("p.channel = ?")
            args.append(ch.rawValue)
        }
        if q.openOnly { parts.append("p.step_due IS NOT NULL") }
        if let d = q.dueBefore {
            parts.append("p.step_due < ?")
            args.append(d.iso)
        }
        if let d = q.dueOnOrAfter {
            parts.append("p.step_due >= ?")
            args.append(d.iso)
        }
        if let d = q.dueOnOrBefore {
            parts.append("p.step_due <= ?")
            args.append(d.iso)
        }
        // The received day is matched through the indexed instant: [from 00:00, through+1 00:00) China time.
        if let d = q.receivedFrom {
            parts.append("p.received_at >= ?")
            args.append(d.startInChina.timeIntervalSince1970)
        }
        if let d = q.receivedThrough {
            parts.append("p.received_at < ?")
            args.append(d.adding(days: 1).startInChina.timeIntervalSince1970)
        }
        if let visible = q.visibleUnitIDs {
            if visible.isEmpty {
                parts.append("0")
            } else {
                // A few units (a township, a department) own few petitions: collect them from the
                // (unit, petition) key. Many units (a county government sees nearly everything): walk the
                // sort order and check each petition, which stops as soon as the page is full.
                parts.append(visible.count <= Self.smallJurisdiction
                    ? "p.id IN (SELECT petition_id FROM petition_units WHERE unit_id IN (\(placeholders(visible.count))))"
                    : "EXISTS (SELECT 1 FROM petition_units pu WHERE pu.petition_id = p.id AND pu.unit_id IN (\(placeholders(visible.count))))")
                args += visible
            }
        }
        if !parts.isEmpty { whereClause = "WHERE " + parts.joined(separator: " AND ") }
        arguments = StatementArguments(args)

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
