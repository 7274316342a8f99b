import HuiyinDomain
import HuiyinStore
import PostgresNIO

/// Turns a ``PetitionQuery`` into a parameterised WHERE clause (`$1…` placeholders), the same filters
/// as the SQLite adapter's.
struct PostgresPetitionFilter {
    private(set) var whereClause = ""
    private(set) var binds = PostgresBindings()
    let orderBy: String

    init(_ q: PetitionQuery) {
        var parts: [String] = []
        var binds = PostgresBindings()
        func param(_ value: some PostgresDynamicTypeEncodable) -> String {
            binds.append(value)
            return "$\(binds.count)"
        }
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
        // Until the bigram GIN index is filled (issue 6 §3), text is matched by substring on the stored
        // columns — exact for the title; content and demands live in the registration document.
        if let text = q.text, !text.isEmpty {
            for term in text.required {
                parts.append("strpos(lower(p.title || ' ' || p.registration), lower(\(param(term.display)))) > 0")
            }
            for term in text.excluded {
                parts.append("strpos(lower(p.title || ' ' || p.registration), lower(\(param(term.display)))) = 0")
            }
        }
        if let visible = q.visibleUnitIDs {
            if visible.isEmpty {
                parts.append("FALSE")
            } else {
                parts.append("p.id IN (SELECT petition_id FROM petition_units WHERE unit_id = ANY(\(param(visible))))")
            }
        }
        if !parts.isEmpty { whereClause = " WHERE " + parts.joined(separator: " AND ") }
        self.binds = binds
        switch q.sort {
        case .dueDate: orderBy = "p.step_due IS NULL, p.step_due, p.id"
        case .receivedNewest: orderBy = "p.received_at DESC, p.id DESC"
        case .receivedOldest: orderBy = "p.received_at, p.id"
        case .relevance, .registeredNewest: orderBy = "p.registered_at DESC, p.id DESC"
        }
    }

    /// `head`, this filter's WHERE clause, then `suffix` (ORDER BY, GROUP BY… with literal numbers only).
    func query(_ head: String, suffix: String = "") -> PostgresQuery {
        PostgresQuery(unsafeSQL: head + whereClause + suffix, binds: binds)
    }
}
