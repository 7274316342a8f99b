import Foundation
import GRDB
import HuiyinDomain

extension SQLiteStore: PersonLookupStore {
    public func earlierPetitions(idNumbers: [String], phoneKeys: [String], visibleUnitIDs: [OrgUnit.ID]?,
                                 limit: Int) async throws -> [EarlierPetition] {
        let ids = Array(Set(idNumbers.filter { !$0.isEmpty }).prefix(50))
        let phones = Array(Set(phoneKeys.filter { !$0.isEmpty }).prefix(50))
        guard !ids.isEmpty || !phones.isEmpty else { return [] }
        if let visible = visibleUnitIDs, visible.isEmpty { return [] }

        func marks(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ",") }
        // An empty IN () is a syntax error in SQLite, so each key list contributes only when present.
        let idTest = ids.isEmpty ? "0" : "q.id_number IN (\(marks(ids.count)))"
        let phoneTest = phones.isEmpty ? "0" : "q.phone IN (\(marks(phones.count)))"
        var arguments: [any DatabaseValueConvertible] = []
        arguments += ids
        arguments += phones
        arguments += ids
        arguments += phones
        var sql = """
            SELECT p.*,
                EXISTS (SELECT 1 FROM petitioners q WHERE q.petition_id = p.id AND \(idTest)) AS by_id,
                EXISTS (SELECT 1 FROM petitioners q WHERE q.petition_id = p.id AND \(phoneTest)) AS by_phone
            FROM petitions p
            WHERE p.id IN (SELECT q.petition_id FROM petitioners q WHERE \(idTest) OR \(phoneTest))
            """
        if let visible = visibleUnitIDs {
            sql += " AND p.id IN (SELECT petition_id FROM petition_units WHERE unit_id IN (\(marks(visible.count))))"
            arguments += visible
        }
        sql += " ORDER BY p.received_at DESC, p.id DESC LIMIT ?"
        arguments.append(max(1, min(limit, 200)))
        let finalSQL = sql
        let finalArguments: StatementArguments = StatementArguments(arguments)
        return try await pool.read { db in
            try Row.fetchAll(db, sql: finalSQL, arguments: finalArguments).map { row in
                EarlierPetition(petition: try Self.petitionCase(row), matchedByIDNumber: row["by_id"], matchedByPhone: row["by_phone"])
            }
        }
    }
}
