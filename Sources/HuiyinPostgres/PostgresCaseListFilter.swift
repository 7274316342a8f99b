import HuiyinDomain
import HuiyinStore
import PostgresNIO

/// Turns a ``CaseListQuery`` into a parameterised WHERE clause (`$1…` placeholders) and an ORDER BY that
/// the indexes of `v3-queue-indexes` serve: the same filters and order as the SQLite adapter's
/// `SQLiteCaseListFilter`.
struct PostgresCaseListFilter {
    private(set) var whereClause = ""
    private(set) var binds = PostgresBindings()
    let orderBy: String

    /// Whether `queue_counts` (responsible unit, state, due date) holds everything `q` filters on, so its
    /// counts can be added up there instead of counted over the petitions (as SQLite decides).
    static func countsServe(_ q: CaseListQuery) -> Bool {
        !q.states.isEmpty && q.registeredUnitID == nil && q.registeredSince == nil && (q.categoryPrefix ?? "").isEmpty
            && q.channel == nil && q.receivedFrom == nil && q.receivedThrough == nil && q.visibleUnitIDs == nil
    }

    /// The filter of `q`; its placeholders start after `leading` values the caller binds first.
    init(_ q: CaseListQuery, after leading: PostgresBindings = PostgresBindings()) {
        var parts: [String] = []
        var binds = leading
        func param(_ value: some PostgresDynamicTypeEncodable) -> String {
            binds.append(value)
            return "$\(binds.count)"
        }
        if !q.states.isEmpty { parts.append("p.state = ANY(\(param(q.states.map(\.rawValue))))") }
        if let u = q.responsibleUnitID { parts.append("p.responsible_unit_id = \(param(u))") }
        if let u = q.registeredUnitID { parts.append("p.registered_unit_id = \(param(u))") }
        if let since = q.registeredSince { parts.append("p.registered_at >= \(param(since.timeIntervalSince1970))") }
        if let c = q.categoryPrefix, !c.isEmpty {
            // Byte order whatever the database's collation (a linguistic one may ignore U+FFFF).
            parts.append("p.category_code COLLATE \"C\" >= \(param(c)) AND p.category_code COLLATE \"C\" < \(param(c + "\u{FFFF}"))")
        }
        if let ch = q.channel { parts.append("p.channel = \(param(ch.rawValue))") }
        if q.openOnly { parts.append("p.step_due IS NOT NULL") }
        if let d = q.dueBefore { parts.append("p.step_due < \(param(d.iso))") }
        if let d = q.dueOnOrAfter { parts.append("p.step_due >= \(param(d.iso))") }
        if let d = q.dueOnOrBefore { parts.append("p.step_due <= \(param(d.iso))") }
        // The received day is matched through the indexed instant: [from 00:00, through+1 00:00) China time.
        if let d = q.receivedFrom { parts.append("p.received_at >= \(param(d.startInChina.timeIntervalSince1970))") }
        if let d = q.receivedThrough {
            parts.append("p.received_at < \(param(d.adding(days: 1).startInChina.timeIntervalSince1970))")
        }
        if let visible = q.visibleUnitIDs {
            if visible.isEmpty {
                parts.append("FALSE")
            } else {
                // The planner chooses between collecting the (unit, petition) keys and checking petition by
                // petition in the sort order; one form serves both sizes of jurisdiction.
                parts.append("EXISTS (SELECT 1 FROM petition_units pu WHERE pu.petition_id = p.id AND pu.unit_id = ANY(\(param(visible))))")
            }
        }
        if !parts.isEmpty { whereClause = " WHERE " + parts.joined(separator: " AND ") }
        self.binds = binds

        switch q.sort {
        case .due:
            // When every match has an open step, the plain column order lets an index deliver the rows in
            // order; otherwise the expression index `petitions_due_order` puts the finished ones last.
            let allOpen = q.openOnly || q.dueBefore != nil || q.dueOnOrAfter != nil || q.dueOnOrBefore != nil
                || (!q.states.isEmpty && q.states.allSatisfy(\.isStaffStepOpen))
            orderBy = allOpen ? "p.step_due, p.id" : "coalesce(p.step_due, '9999-12-31'), p.id"
        case .newest: orderBy = "p.received_at DESC, p.id DESC"
        case .oldest: orderBy = "p.received_at, p.id"
        case .recentlyRegistered: orderBy = "p.registered_at DESC, p.id DESC"
        }
    }

    /// `head`, this filter's WHERE clause, then `suffix` (ORDER BY, GROUP BY, LIMIT with literal numbers only).
    func query(_ head: String, suffix: String = "") -> PostgresQuery {
        PostgresQuery(unsafeSQL: head + whereClause + suffix, binds: binds)
    }
}
