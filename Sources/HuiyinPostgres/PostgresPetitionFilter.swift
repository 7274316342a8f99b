import HuiyinDomain
import HuiyinStore
import HuiyinText
import PostgresNIO

/// Turns a ``PetitionQuery`` into a parameterised query (`$1…` placeholders), the same filters and the
/// same search answers as the SQLite adapter's.
///
/// Text is searched in `petition_search` (see `PostgresSchema.text`): a term of two or more characters
/// becomes a `tsquery` of all its bigrams over the GIN-indexed tokens, and terms of three or more characters
/// are then confirmed by `strpos` on the folded fields, since having all the bigrams does not make them
/// consecutive; a two-character term is exact from the index alone. A one-character term is matched by
/// `strpos` alone (it hits a large share of the petitions; a scan is faster there than the index). Names count only with
/// ``PetitionQuery/searchNames``: their tokens carry a `~` mark.
struct PostgresPetitionFilter {
    private(set) var whereClause = ""
    private(set) var binds = PostgresBindings()
    /// `petitions p`, joined with the search index when the query requires terms.
    private(set) var from = "petitions p"
    /// What a count reads: the search index alone when the text is the only filter.
    private(set) var countFrom = "petitions p"
    private(set) var orderBy = "p.id DESC"

    init(_ q: PetitionQuery) {
        var parts: [String] = []
        var binds = PostgresBindings()
        func param(_ value: some PostgresDynamicTypeEncodable) -> String {
            binds.append(value)
            return "$\(binds.count)"
        }
        var relevance: [String] = []
        if let text = q.text, !text.isEmpty {
            let names = q.searchNames
            /// The condition that `term` occurs in the row of `petition_search` called `s`.
            func occurs(_ term: SearchQuery.Term, in s: String) -> String {
                // One character: a large share of petitions hit, and the GIN prefix search must union the lists
                // of every bigram starting with it — measured no faster than this scan of the folded text at
                // 100k petitions (both ~0.4 s); beside other terms, the scan only filters what they found.
                if term.folded.count == 1 { return Self.confirmation(param(Self.string(term.folded)), in: s, names: names) }
                var condition = "\(s).tokens @@ \(param(Self.tsquery(term, names: names)))::tsquery"
                if term.folded.count >= 3 { condition += " AND " + Self.confirmation(param(Self.string(term.folded)), in: s, names: names) }
                return "(\(condition))"
            }
            if !text.required.isEmpty {
                from = "petitions p JOIN petition_search s ON s.petition_id = p.id"
                for term in text.required {
                    parts.append(occurs(term, in: "s"))
                    guard q.sort == .relevance else { continue }
                    let t = param(Self.string(term.folded))
                    // Title hits weigh most, then names, then content and demands (as SQLite's BM25 column weights).
                    relevance.append("(CASE WHEN strpos(s.title, \(t)) > 0 THEN 8 ELSE 0 END"
                                     + (names ? " + CASE WHEN strpos(s.names, \(t)) > 0 THEN 4 ELSE 0 END" : "")
                                     + " + CASE WHEN strpos(s.body, \(t)) > 0 THEN 1 ELSE 0 END)")
                }
                for term in text.excluded { parts.append("NOT \(occurs(term, in: "s"))") }
            } else {
                for term in text.excluded {
                    parts.append("p.id NOT IN (SELECT x.petition_id FROM petition_search x WHERE \(occurs(term, in: "x")))")
                }
            }
        }
        let textOnly = parts.count
        if !q.states.isEmpty { parts.append("p.state = ANY(\(param(q.states.map(\.rawValue))))") }
        if let u = q.responsibleUnitID { parts.append("p.responsible_unit_id = \(param(u))") }
        if let c = q.categoryPrefix, !c.isEmpty {
            parts.append("p.category_code >= \(param(c)) AND p.category_code < \(param(c + "\u{FFFF}"))")
        }
        if let ch = q.channel { parts.append("p.channel = \(param(ch.rawValue))") }
        if let d = q.overdueOn { parts.append("p.step_due < \(param(d.iso))") }
        if let d = q.dueOnOrBefore { parts.append("p.step_due <= \(param(d.iso))") }
        if let d = q.receivedFrom { parts.append("p.received_on >= \(param(d.iso))") }
        if let d = q.receivedThrough { parts.append("p.received_on <= \(param(d.iso))") }
        if let m = q.matterID { parts.append("p.matter_id = \(param(m))") }
        if let visible = q.visibleUnitIDs {
            if visible.isEmpty {
                parts.append("FALSE")
            } else {
                parts.append("p.id IN (SELECT petition_id FROM petition_units WHERE unit_id = ANY(\(param(visible))))")
            }
        }
        countFrom = from
        if parts.count == textOnly, from != "petitions p" { countFrom = "petition_search s" }
        if !parts.isEmpty { whereClause = " WHERE " + parts.joined(separator: " AND ") }
        self.binds = binds
        let joined = from != "petitions p"
        switch q.sort {
        case .dueDate: orderBy = "p.step_due IS NULL, p.step_due, p.id"
        case .receivedNewest: orderBy = "p.received_at DESC, p.id DESC"
        case .receivedOldest: orderBy = "p.received_at, p.id"
        // The order of registration; on the index's key when searching, so that the newest hits are read first.
        case .registeredNewest: orderBy = joined ? "s.petition_id DESC" : "p.id DESC"
        case .relevance: orderBy = joined ? relevance.joined(separator: " + ") + " DESC, s.petition_id DESC" : "p.id DESC"
        }
    }

    /// `SELECT columns FROM` the petitions (joined with the search index when searching), this filter's WHERE
    /// clause, then `suffix` (ORDER BY, GROUP BY… with literal numbers only).
    func query(select columns: String, suffix: String = "") -> PostgresQuery {
        PostgresQuery(unsafeSQL: "SELECT \(columns) FROM \(from)" + whereClause + suffix, binds: binds)
    }

    /// The number of petitions that match.
    var countQuery: PostgresQuery {
        PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM \(countFrom)" + whereClause, binds: binds)
    }

    // MARK: - Terms

    /// The `tsquery` text of a term over the index tokens: all its bigrams (`'c':*`, the prefix, for one
    /// character); with `names`, the same over the `~`-marked name tokens as an alternative. Folded text
    /// holds only letters and digits, so no quoting is needed inside the quotes.
    static func tsquery(_ term: SearchQuery.Term, names: Bool) -> String {
        let s = term.folded
        func lexemes(_ mark: String) -> String {
            if s.count == 1 { return "'\(mark)\(Character(s[0]))':*" }
            var parts: [String] = []
            for i in 0..<(s.count - 1) { parts.append("'\(mark)\(string([s[i], s[i + 1]]))'") }
            return parts.joined(separator: " & ")
        }
        return names ? "(\(lexemes(""))) | (\(lexemes("~")))" : lexemes("")
    }

    /// The folded term (bound as `t`) occurs in one field of the search row `s`.
    static func confirmation(_ t: String, in s: String, names: Bool) -> String {
        "(strpos(\(s).title, \(t)) > 0 OR strpos(\(s).body, \(t)) > 0"
            + (names ? " OR strpos(\(s).names, \(t)) > 0)" : ")")
    }

    static func string(_ scalars: [Unicode.Scalar]) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars)
        return String(v)
    }
}
