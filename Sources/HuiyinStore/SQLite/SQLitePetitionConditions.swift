import GRDB
import HuiyinDomain

/// The conditions of a WHERE clause over `petitions p`, each with its arguments, kept in the order they
/// are added: the one builder behind ``SQLitePetitionFilter`` (the API's list and search) and
/// ``SQLiteCaseListFilter`` (the workbench queues and the case list), so a filter both have is written once.
struct SQLitePetitionConditions {
    private(set) var parts: [String] = []
    private var values: [any DatabaseValueConvertible] = []

    /// `WHERE a AND b …`, or nothing when there is no condition.
    var whereClause: String { parts.isEmpty ? "" : "WHERE " + parts.joined(separator: " AND ") }

    var arguments: StatementArguments { StatementArguments(values) }

    /// `?,?,?` for `n` arguments.
    static func placeholders(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ",") }

    /// A condition and the arguments of its `?` placeholders.
    mutating func add(_ sql: String, _ arguments: [any DatabaseValueConvertible] = []) {
        parts.append(sql)
        values += arguments
    }

    /// A condition with one `?`, only when the filter is set (`value` is not nil).
    mutating func add(_ sql: String, ifSet value: (any DatabaseValueConvertible)?) {
        if let value { add(sql, [value]) }
    }

    /// The petition is in one of `states` (no condition for none).
    mutating func states(_ states: [PetitionState]) {
        guard !states.isEmpty else { return }
        add("p.state IN (\(Self.placeholders(states.count)))", states.map(\.rawValue))
    }

    /// The category is `prefix` or below it: a range over the code, which the code's index serves.
    mutating func categoryPrefix(_ prefix: String?) {
        guard let prefix, !prefix.isEmpty else { return }
        add("p.category_code >= ? AND p.category_code < ?", [prefix, prefix + "\u{FFFF}"])
    }

    /// Jurisdiction: the petition involves one of `unitIDs` (nil: no condition; empty: nothing matches).
    /// Up to `lookupByUnitUpTo` units, the petitions are collected from the (unit, petition) key; beyond,
    /// each petition is checked on its own, which lets a walk in the sort order stop as soon as a page is full.
    mutating func involves(_ unitIDs: [OrgUnit.ID]?, lookupByUnitUpTo: Int = .max) {
        guard let unitIDs else { return }
        guard !unitIDs.isEmpty else { return add("0") }
        let list = Self.placeholders(unitIDs.count)
        add(unitIDs.count <= lookupByUnitUpTo
                ? "p.id IN (SELECT petition_id FROM petition_units WHERE unit_id IN (\(list)))"
                : "EXISTS (SELECT 1 FROM petition_units pu WHERE pu.petition_id = p.id AND pu.unit_id IN (\(list)))",
            unitIDs)
    }
}
