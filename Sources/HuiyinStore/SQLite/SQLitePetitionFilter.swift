import GRDB
import HuiyinDomain

/// Turns a ``PetitionQuery`` into a parameterised WHERE clause.
struct SQLitePetitionFilter {
    var whereClause = ""
    var arguments = StatementArguments()
    var orderBy: String
    /// `petitions p`, or the search index joined with it when the query has text.
    var from = "petitions p"
    /// Counting a search without other filters needs no join: every indexed row is a petition.
    var countFrom = "petitions p"

    init(_ q: PetitionQuery) {
        var parts: [String] = []
        var args: [any DatabaseValueConvertible] = []
        let search = q.text.flatMap { $0.isEmpty ? nil : $0 }
        if let search {
            let columns = q.searchNames ? "" : "{title content demands} : "
            if let match = search.matchExpression {
                from = "petition_search s JOIN petitions p ON p.id = s.rowid"
                parts.append("petition_search MATCH ?")
                args.append(columns + "(" + match + ")")
            } else if let exclusion = search.exclusionExpression {
                parts.append("p.id NOT IN (SELECT rowid FROM petition_search WHERE petition_search MATCH ?)")
                args.append(columns + exclusion)
            }
        }
        if !q.states.isEmpty {
            parts.append("p.state IN (\(Array(repeating: "?", count: q.states.count).joined(separator: ",")))")
            args += q.states.map(\.rawValue)
        }
        if let u = q.responsibleUnitID {
            parts.append("p.responsible_unit_id = ?")
            args.append(u)
        }
        if let c = q.categoryPrefix, !c.isEmpty {
            parts.append("p.category_code >= ? AND p.category_code < ?")
            args += [c, c + "\u{FFFF}"]
        }
        if let ch = q.channel {
            parts.append("p.channel = ?")
            args.append(ch.rawValue)
        }
        if let d = q.overdueOn {
            parts.append("p.step_due < ?")
            args.append(d.iso)
        }
        if let d = q.dueOnOrBefore {
            parts.append("p.step_due <= ?")
            args.append(d.iso)
        }
        if let d = q.receivedFrom {
            parts.append("p.received_on >= ?")
            args.append(d.iso)
        }
        if let d = q.receivedThrough {
            parts.append("p.received_on <= ?")
            args.append(d.iso)
        }
        if let m = q.matterID {
            parts.append("p.matter_id = ?")
            args.append(m)
        }
        if let visible = q.visibleUnitIDs {
            if visible.isEmpty {
                parts.append("0")
            } else {
                parts.append("p.id IN (SELECT petition_id FROM petition_units WHERE unit_id IN (\(Array(repeating: "?", count: visible.count).joined(separator: ","))))")
                args += visible
            }
        }
        countFrom = from
        if parts.count == 1, from != "petitions p" { countFrom = "petition_search" }
        if !parts.isEmpty { whereClause = "WHERE " + parts.joined(separator: " AND ") }
        arguments = StatementArguments(args)
        switch q.sort {
        case .dueDate: orderBy = "p.step_due IS NULL, p.step_due, p.id"
        case .receivedNewest: orderBy = "p.received_at DESC, p.id DESC"
        case .receivedOldest: orderBy = "p.received_at, p.id"
        case .registeredNewest: orderBy = search?.matchExpression != nil ? "s.rowid DESC" : "p.id DESC"
        case .relevance:
            // Title hits weigh most, then names, demands and content (BM25 per column).
            orderBy = search?.matchExpression != nil ? "bm25(petition_search, 8.0, 1.0, 2.0, 4.0), s.rowid DESC" : "p.id DESC"
        }
    }
}
