import Foundation
import GRDB
import HuiyinDomain
import HuiyinText

extension SQLiteStore: TextStore {
    public func textSettings() async throws -> TextSettings {
        try await pool.read { db in try SQLiteTextIndexer.settings(db) }
    }

    public func saveTextSettings(_ settings: TextSettings) async throws {
        let json = try JSONCoding.encode(settings)
        try await pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO text_settings (id, data) VALUES (1, ?)", arguments: [json])
        }
    }

    public func nearDuplicateCandidates(bandKeys: [Int64], excluding: PetitionRecord.ID?, limit: Int) async throws -> [PetitionRecord.ID] {
        guard !bandKeys.isEmpty else { return [] }
        let keys = Array(Set(bandKeys))
        return try await pool.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT petition_id FROM petition_lsh
                WHERE band_key IN (\(Array(repeating: "?", count: keys.count).joined(separator: ","))) AND petition_id != ?
                GROUP BY petition_id ORDER BY COUNT(*) DESC, petition_id DESC LIMIT ?
                """, arguments: StatementArguments(keys) + [excluding ?? -1, limit])
        }
    }

    public func personCandidates(idNumbers: [String], phones: [String], names: [String], excluding: PetitionRecord.ID?, limit: Int) async throws -> [PetitionRecord.ID] {
        // One indexed lookup per kind of key (an OR across columns would make SQLite scan the table).
        var branches: [String] = []
        var args: [(any DatabaseValueConvertible)?] = []
        for (column, values) in [("id_number", idNumbers), ("phone", phones), ("name", names)] where !values.isEmpty {
            branches.append("SELECT petition_id FROM petitioners WHERE \(column) IN (\(Array(repeating: "?", count: values.count).joined(separator: ",")))")
            args += values
        }
        guard !branches.isEmpty else { return [] }
        args += [excluding ?? -1, limit]
        let sql = """
            SELECT petition_id FROM (\(branches.joined(separator: " UNION "))) WHERE petition_id != ?
            ORDER BY petition_id DESC LIMIT ?
            """
        let arguments = StatementArguments(args)
        return try await pool.read { db in try Int64.fetchAll(db, sql: sql, arguments: arguments) }
    }

    public func petitions(idNumbers: [String], phones: [String], names: [String], excluding: PetitionRecord.ID?, limit: Int) async throws -> [PetitionCase] {
        try await petitions(ids: try await personCandidates(idNumbers: idNumbers, phones: phones, names: names, excluding: excluding, limit: limit))
    }

    public func petitionTexts(ids: [PetitionRecord.ID]) async throws -> [StoredPetitionText] {
        guard !ids.isEmpty else { return [] }
        return try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, title, json_extract(registration, '$.content') AS content, json_extract(registration, '$.demands') AS demands,
                       json_extract(registration, '$.petitioners') AS petitioners
                FROM petitions WHERE id IN (\(Array(repeating: "?", count: ids.count).joined(separator: ",")))
                """, arguments: StatementArguments(ids)).map { row in
                StoredPetitionText(id: row["id"], title: row["title"], content: row["content"] ?? "", demands: row["demands"] ?? "",
                                   petitioners: try JSONCoding.decode([Petitioner].self, row["petitioners"] ?? "[]"))
            }
        }
    }

    public func petitions(ids: [PetitionRecord.ID]) async throws -> [PetitionCase] {
        try await pool.read { db in try Self.cases(db, ids: ids) }
    }

    public func riskAssessment(petitionID: PetitionRecord.ID) async throws -> RiskAssessment? {
        try await pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT level, matches FROM petition_risk WHERE petition_id = ?", arguments: [petitionID])
            else { return nil }
            return try Self.assessment(row)
        }
    }

    public func riskQueue(visibleUnitIDs: [OrgUnit.ID]?, limit: Int) async throws -> [RiskQueueItem] {
        var visible = ""
        var args: [(any DatabaseValueConvertible)?] = []
        if let units = visibleUnitIDs {
            guard !units.isEmpty else { return [] }
            visible = "AND p.id IN (SELECT petition_id FROM petition_units WHERE unit_id IN (\(Array(repeating: "?", count: units.count).joined(separator: ","))))"
            args += units
        }
        args.append(limit)
        let sql = """
            SELECT p.*, r.level AS risk_level, r.matches AS risk_matches FROM petition_risk r JOIN petitions p ON p.id = r.petition_id
            WHERE 1 \(visible)
            ORDER BY r.tier DESC, CASE r.level WHEN 'high' THEN 2 WHEN 'low' THEN 1 ELSE 0 END DESC, p.received_at DESC, p.id DESC LIMIT ?
            """
        let arguments = StatementArguments(args)
        return try await pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                RiskQueueItem(petition: try Self.petitionCase(row),
                              assessment: RiskAssessment(level: RiskLevel(rawValue: row["risk_level"]) ?? .none,
                                                         matches: try JSONCoding.decode([RiskMatch].self, row["risk_matches"])))
            }
        }
    }

    public func model(named name: String) async throws -> StoredModel? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM text_models WHERE name = ?", arguments: [name]).map {
                StoredModel(name: $0["name"], trainedAt: Date(timeIntervalSince1970: $0["trained_at"]),
                            exampleCount: $0["example_count"], data: $0["data"])
            }
        }
    }

    public func saveModel(_ model: StoredModel) async throws {
        try await pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO text_models (name, trained_at, example_count, data) VALUES (?, ?, ?, ?)",
                           arguments: [model.name, model.trainedAt.timeIntervalSince1970, model.exampleCount, model.data])
        }
    }

    public func trainingExamples(limit: Int) async throws -> [(title: String, body: String, category: String)] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT title, category_code,
                       json_extract(registration, '$.content') || '　' || json_extract(registration, '$.demands') AS body
                FROM petitions WHERE category_code != '' ORDER BY id DESC LIMIT ?
                """, arguments: [limit]).map { ($0["title"], $0["body"] ?? "", $0["category_code"]) }
        }
    }

    public func categorisedCount() async throws -> Int {
        try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM petitions WHERE category_code != ''") ?? 0 }
    }

    public func routingRules() async throws -> [RoutingRule] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM routing_rules ORDER BY category_prefix, locality_unit_id").map {
                RoutingRule(id: $0["id"], categoryPrefix: $0["category_prefix"], localityUnitID: $0["locality_unit_id"], unitID: $0["unit_id"])
            }
        }
    }

    @discardableResult
    public func saveRoutingRule(_ rule: RoutingRule) async throws -> RoutingRule {
        try await pool.write { db in
            var saved = rule
            if let id = rule.id {
                try db.execute(sql: "UPDATE routing_rules SET category_prefix = ?, locality_unit_id = ?, unit_id = ? WHERE id = ?",
                               arguments: [rule.categoryPrefix, rule.localityUnitID, rule.unitID, id])
                guard db.changesCount == 1 else { throw StoreError.notFound }
            } else {
                do {
                    try db.execute(sql: "INSERT INTO routing_rules (category_prefix, locality_unit_id, unit_id) VALUES (?, ?, ?)",
                                   arguments: [rule.categoryPrefix, rule.localityUnitID, rule.unitID])
                } catch let e as DatabaseError where e.resultCode == .SQLITE_CONSTRAINT {
                    throw StoreError.duplicate("routing rule \(rule.categoryPrefix)")
                }
                saved.id = db.lastInsertedRowID
            }
            return saved
        }
    }

    public func deleteRoutingRule(id: Int64) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM routing_rules WHERE id = ?", arguments: [id])
            guard db.changesCount == 1 else { throw StoreError.notFound }
        }
    }

    public func routingHistory(categoryPrefixes: [String]) async throws -> [RoutingObservation] {
        let prefixes = Array(Set(categoryPrefixes.filter { !$0.isEmpty }))
        guard !prefixes.isEmpty else { return [] }
        let condition = prefixes.map { _ in "(category_code >= ? AND category_code < ?)" }.joined(separator: " OR ")
        let args = prefixes.flatMap { [$0, $0 + "\u{FFFF}"] }
        return try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT category_code, locality_unit_id, json_extract(status, '$.handlingUnitID') AS unit, COUNT(*) AS n
                FROM petitions WHERE (\(condition)) AND unit IS NOT NULL
                GROUP BY category_code, locality_unit_id, unit
                """, arguments: StatementArguments(args)).map {
                RoutingObservation(categoryCode: $0["category_code"], localityUnitID: $0["locality_unit_id"], unitID: $0["unit"], count: $0["n"])
            }
        }
    }

    @discardableResult
    public func rebuildTextIndex() async throws -> Int {
        let pool = self.pool
        // The petitions are read on a second connection, so reading overlaps writing the index.
        return try await pool.write { db in
            try SQLiteTextIndexer(db).rebuild(source: { id in try pool.read { try SQLiteTextIndexer.documents($0, after: id) } })
        }
    }

    // MARK: - Rows

    static func cases(_ db: Database, ids: [Int64]) throws -> [PetitionCase] {
        guard !ids.isEmpty else { return [] }
        return try Row.fetchAll(db, sql: "SELECT * FROM petitions WHERE id IN (\(Array(repeating: "?", count: ids.count).joined(separator: ","))) ORDER BY id DESC",
                                arguments: StatementArguments(ids)).map(petitionCase)
    }

    static func assessment(_ row: Row) throws -> RiskAssessment {
        RiskAssessment(level: RiskLevel(rawValue: row["level"]) ?? .none, matches: try JSONCoding.decode([RiskMatch].self, row["matches"]))
    }
}
