import Foundation
import HuiyinDomain
import HuiyinStore
import HuiyinText
import PostgresNIO

extension PostgresStore: TextStore {
    public func textSettings() async throws -> TextSettings {
        try await withConnection { conn in try await PostgresTextIndexer(self, on: conn).configuration().0 }
    }

    public func saveTextSettings(_ settings: TextSettings) async throws {
        let json = try JSONCoding.encode(settings)
        try await withConnection { conn in
            try await self.execute("""
                INSERT INTO text_settings (id, data) VALUES (1, \(json)) ON CONFLICT (id) DO UPDATE SET data = excluded.data
                """, on: conn)
        }
    }

    public func nearDuplicateCandidates(bandKeys: [Int64], excluding: PetitionRecord.ID?, limit: Int) async throws -> [PetitionRecord.ID] {
        guard !bandKeys.isEmpty else { return [] }
        let keys = Array(Set(bandKeys))
        return try await withConnection { conn in
            try await self.rows("""
                SELECT petition_id FROM petition_lsh
                WHERE band_key = ANY(\(keys)) AND petition_id <> \(excluding ?? -1)
                GROUP BY petition_id ORDER BY COUNT(*) DESC, petition_id DESC LIMIT \(limit)
                """, on: conn).map { try $0.get("petition_id") }
        }
    }

    public func personCandidates(idNumbers: [String], phones: [String], names: [String], excluding: PetitionRecord.ID?, limit: Int) async throws -> [PetitionRecord.ID] {
        guard !(idNumbers.isEmpty && phones.isEmpty && names.isEmpty) else { return [] }
        // One indexed lookup per kind of key, as in SQLite (an OR across columns would scan).
        return try await withConnection { conn in
            try await self.rows("""
                SELECT petition_id FROM (
                    SELECT petition_id FROM petitioners WHERE id_number = ANY(\(idNumbers))
                    UNION SELECT petition_id FROM petitioners WHERE phone = ANY(\(phones))
                    UNION SELECT petition_id FROM petitioners WHERE name = ANY(\(names))
                ) AS found WHERE petition_id <> \(excluding ?? -1)
                ORDER BY petition_id DESC LIMIT \(limit)
                """, on: conn).map { try $0.get("petition_id") }
        }
    }

    public func petitions(idNumbers: [String], phones: [String], names: [String], excluding: PetitionRecord.ID?, limit: Int) async throws -> [PetitionCase] {
        try await petitions(ids: try await personCandidates(idNumbers: idNumbers, phones: phones, names: names, excluding: excluding, limit: limit))
    }

    public func petitionTexts(ids: [PetitionRecord.ID]) async throws -> [StoredPetitionText] {
        guard !ids.isEmpty else { return [] }
        return try await withConnection { conn in
            try await self.rows("""
                SELECT p.id, p.title, r.doc ->> 'content' AS content, r.doc ->> 'demands' AS demands,
                    COALESCE(r.doc -> 'petitioners', '[]')::TEXT AS petitioners
                FROM petitions p CROSS JOIN LATERAL (SELECT p.registration::jsonb AS doc) r
                WHERE p.id = ANY(\(ids))
                """, on: conn).map { row in
                StoredPetitionText(id: try row.get("id"), title: try row.get("title"), content: try row.get("content", as: String?.self) ?? "",
                                   demands: try row.get("demands", as: String?.self) ?? "",
                                   petitioners: try JSONCoding.decode([Petitioner].self, try row.get("petitioners")))
            }
        }
    }

    public func petitions(ids: [PetitionRecord.ID]) async throws -> [PetitionCase] {
        guard !ids.isEmpty else { return [] }
        return try await withConnection { conn in
            try await self.rows("SELECT \(unescaped: Self.petitionColumns) FROM petitions p WHERE p.id = ANY(\(ids)) ORDER BY p.id DESC",
                                on: conn).map(Self.petitionCase)
        }
    }

    public func riskAssessment(petitionID: PetitionRecord.ID) async throws -> RiskAssessment? {
        try await withConnection { conn in
            guard let row = try await self.row("SELECT level, matches FROM petition_risk WHERE petition_id = \(petitionID)", on: conn)
            else { return nil }
            return RiskAssessment(level: RiskLevel(rawValue: try row.get("level")) ?? .none,
                                  matches: try JSONCoding.decode([RiskMatch].self, try row.get("matches")))
        }
    }

    public func riskQueue(visibleUnitIDs: [OrgUnit.ID]?, limit: Int) async throws -> [RiskQueueItem] {
        if let units = visibleUnitIDs, units.isEmpty { return [] }
        let everywhere = visibleUnitIDs == nil
        return try await withConnection { conn in
            try await self.rows("""
                SELECT \(unescaped: Self.petitionColumns), r.level AS risk_level, r.matches AS risk_matches
                FROM petition_risk r JOIN petitions p ON p.id = r.petition_id
                WHERE \(everywhere) OR p.id IN (SELECT petition_id FROM petition_units WHERE unit_id = ANY(\(visibleUnitIDs ?? [])))
                ORDER BY r.tier DESC, CASE r.level WHEN 'high' THEN 2 WHEN 'low' THEN 1 ELSE 0 END DESC, p.received_at DESC, p.id DESC
                LIMIT \(limit)
                """, on: conn).map { row in
                RiskQueueItem(petition: try Self.petitionCase(row),
                              assessment: RiskAssessment(level: RiskLevel(rawValue: try row.get("risk_level")) ?? .none,
                                                         matches: try JSONCoding.decode([RiskMatch].self, try row.get("risk_matches"))))
            }
        }
    }

    public func model(named name: String) async throws -> StoredModel? {
        try await withConnection { conn in
            try await self.row("SELECT * FROM text_models WHERE name = \(name)", on: conn).map {
                StoredModel(name: try $0.get("name"), trainedAt: try $0.date("trained_at"),
                            exampleCount: try $0.get("example_count"), data: try $0.get("data"))
            }
        }
    }

    public func saveModel(_ model: StoredModel) async throws {
        try await withConnection { conn in
            try await self.execute("""
                INSERT INTO text_models (name, trained_at, example_count, data)
                VALUES (\(model.name), \(model.trainedAt.timeIntervalSince1970), \(model.exampleCount), \(model.data))
                ON CONFLICT (name) DO UPDATE SET trained_at = excluded.trained_at, example_count = excluded.example_count,
                    data = excluded.data
                """, on: conn)
        }
    }

    public func trainingExamples(limit: Int) async throws -> [(title: String, body: String, category: String)] {
        try await withConnection { conn in
            try await self.rows("""
                SELECT p.title, p.category_code, (r.doc ->> 'content') || '　' || (r.doc ->> 'demands') AS body
                FROM petitions p CROSS JOIN LATERAL (SELECT p.registration::jsonb AS doc) r
                WHERE p.category_code <> '' ORDER BY p.id DESC LIMIT \(limit)
                """, on: conn).map { (try $0.get("title"), try $0.get("body", as: String?.self) ?? "", try $0.get("category_code")) }
        }
    }

    public func categorisedCount() async throws -> Int {
        try await withConnection { conn in try await self.int("SELECT COUNT(*) FROM petitions WHERE category_code <> ''", on: conn) }
    }

    @discardableResult
    public func rebuildTextIndex() async throws -> Int {
        try await transaction { conn in try await PostgresTextIndexer(self, on: conn).rebuild() }
    }
}
