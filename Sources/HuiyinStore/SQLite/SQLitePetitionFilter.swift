import GRDB
import HuiyinDomain
import HuiyinText

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
        var c = SQLitePetitionConditions()
        let search = q.text.flatMap { $0.isEmpty ? nil : $0 }
        if let search {
            let columns = q.searchNames ? "" : "{title content demands} : "
            if let match = search.matchExpression {
                from = "petition_search s JOIN petitions p ON p.id = s.rowid"
                c.add("petition_search MATCH ?", [columns + "(" + match + ")"])
            } else if let exclusion = search.exclusionExpression {
                c.add("p.id NOT IN (SELECT rowid FROM petition_search WHERE petition_search MATCH ?)", [columns + exclusion])
            }
        }
        c.states(q.states)
        c.add("p.responsible_unit_id = ?", ifSet: q.responsibleUnitID)
        c.categoryPrefix(q.categoryPrefix)
        c.add("p.channel = ?", ifSet: q.channel?.rawValue)
        c.add("p.step_due < ?", ifSet: q.overdueOn?.iso)
        c.add("p.step_due <= ?", ifSet: q.dueOnOrBefore?.iso)
        c.add("p.received_on >= ?", ifSet: q.receivedFrom?.iso)
        c.add("p.received_on <= ?", ifSet: q.receivedThrough?.iso)
        c.add("p.matter_id = ?", ifSet: q.matterID)
        c.involves(q.visibleUnitIDs)
        countFrom = from
        if c.parts.count == 1, from != "petitions p" { countFrom = "petition_search" }
        whereClause = c.whereClause
        arguments = c.arguments
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

extension SQLiteStore {
    /// True when a required term of `search` holds a trigram that no indexed petition has (see
    /// ``TrigramKeys``): then nothing matches, and the search is answered without asking FTS5 to prove it.
    public static func searchCannotMatch(_ db: Database, _ search: SearchQuery?) throws -> Bool {
        guard let keys = search?.requiredTrigramKeys, !keys.isEmpty else { return false }
        let found = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM search_trigrams WHERE key IN (\(Array(repeating: "?", count: keys.count).joined(separator: ",")))",
                                     arguments: StatementArguments(keys)) ?? 0
        return found < keys.count
    }
}
