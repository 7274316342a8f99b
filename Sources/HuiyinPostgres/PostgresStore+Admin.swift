import Foundation
import HuiyinDomain
import HuiyinStore
import PostgresNIO

extension PostgresStore: AdminStore {
    public func auditLog(actionPrefix: String?, offset: Int, limit: Int) async throws -> [AuditEntry] {
        let skip = max(offset, 0)
        return try await withConnection { conn in
            let rows = if let actionPrefix, !actionPrefix.isEmpty {
                try await self.rows("""
                    SELECT * FROM audit_log WHERE left(action, length(\(actionPrefix))) = \(actionPrefix)
                    ORDER BY id DESC LIMIT \(limit) OFFSET \(skip)
                    """, on: conn)
            } else {
                try await self.rows("SELECT * FROM audit_log ORDER BY id DESC LIMIT \(limit) OFFSET \(skip)", on: conn)
            }
            return try rows.map(Self.auditEntry)
        }
    }

    static func auditEntry(_ row: PostgresRandomAccessRow) throws -> AuditEntry {
        AuditEntry(at: try row.date("at"), userID: try row.get("user_id"), username: try row.get("username"),
                   action: try row.get("action"), petitionID: try row.get("petition_id"), detail: try row.get("detail"))
    }
}

extension PostgresStore: TemplateStore {
    public func documentTemplates() async throws -> [DocumentTemplate] {
        let all = try await withConnection { conn in try await self.rows("SELECT * FROM document_templates", on: conn).compactMap(Self.template) }
        return DocumentKind.allCases.compactMap { kind in all.first { $0.kind == kind } }
    }

    public func documentTemplate(kind: DocumentKind) async throws -> DocumentTemplate? {
        try await withConnection { conn in
            try await self.row("SELECT * FROM document_templates WHERE kind = \(kind.rawValue)", on: conn).flatMap(Self.template)
        }
    }

    public func saveDocumentTemplate(_ t: DocumentTemplate) async throws {
        try await withConnection { conn in
            try await self.execute("""
                INSERT INTO document_templates (kind, body, updated_at, updated_by)
                VALUES (\(t.kind.rawValue), \(t.body), \(t.updatedAt?.timeIntervalSince1970), \(t.updatedBy))
                ON CONFLICT (kind) DO UPDATE SET body = EXCLUDED.body, updated_at = EXCLUDED.updated_at,
                    updated_by = EXCLUDED.updated_by
                """, on: conn)
        }
    }

    private static func template(_ row: PostgresRandomAccessRow) throws -> DocumentTemplate? {
        guard let kind = DocumentKind(rawValue: try row.get("kind")) else { return nil }
        return DocumentTemplate(kind: kind, body: try row.get("body"),
                                updatedAt: try row.get("updated_at", as: Double?.self).map { Date(timeIntervalSince1970: $0) },
                                updatedBy: try row.get("updated_by"))
    }
}

extension PostgresStore: PersonLookupStore {
    public func earlierPetitions(idNumbers: [String], phoneKeys: [String], visibleUnitIDs: [OrgUnit.ID]?,
                                 limit: Int) async throws -> [EarlierPetition] {
        let ids = Array(Set(idNumbers.filter { !$0.isEmpty }).prefix(50))
        let phones = Array(Set(phoneKeys.filter { !$0.isEmpty }).prefix(50))
        guard !ids.isEmpty || !phones.isEmpty else { return [] }
        if let visible = visibleUnitIDs, visible.isEmpty { return [] }
        let cap = max(1, min(limit, 200))
        // `= ANY(array)` is false for an empty array, so both key lists are always bound.
        let everywhere = visibleUnitIDs == nil
        let visible = visibleUnitIDs ?? []
        return try await withConnection { conn in
            try await self.rows("""
                SELECT \(unescaped: Self.petitionColumns),
                    EXISTS (SELECT 1 FROM petitioners q WHERE q.petition_id = p.id AND q.id_number = ANY(\(ids))) AS by_id,
                    EXISTS (SELECT 1 FROM petitioners q WHERE q.petition_id = p.id AND q.phone = ANY(\(phones))) AS by_phone
                FROM petitions p
                WHERE p.id IN (SELECT q.petition_id FROM petitioners q WHERE q.id_number = ANY(\(ids)) OR q.phone = ANY(\(phones)))
                  AND (\(everywhere) OR p.id IN (SELECT petition_id FROM petition_units WHERE unit_id = ANY(\(visible))))
                ORDER BY p.received_at DESC, p.id DESC
                LIMIT \(cap)
                """, on: conn).map { row in
                EarlierPetition(petition: try Self.petitionCase(row), matchedByIDNumber: try row.get("by_id"),
                                matchedByPhone: try row.get("by_phone"))
            }
        }
    }
}

extension PostgresStore: RatingStore {
    public func dissatisfiedRatings(since: Date, limit: Int) async throws -> [DissatisfiedRating] {
        try await withConnection { conn in
            // The partial index history_ratings covers `action = 'rate'` by time; `strpos` drops most rows
            // before decoding, and decoding decides (a comment could contain the word).
            let rows = try await self.rows("""
                SELECT h.petition_id, h.at, h.event, p.number, p.title, p.status
                FROM history h JOIN petitions p ON p.id = h.petition_id
                WHERE h.action = 'rate' AND h.at >= \(since.timeIntervalSince1970) AND strpos(h.event, 'dissatisfied') > 0
                ORDER BY h.at DESC
                """, on: conn)
            var out: [DissatisfiedRating] = []
            for row in rows where out.count < limit {
                guard case .rated(let acceptance, let handling, let comment) = try JSONCoding.decode(LifecycleEvent.self, try row.get("event")),
                      acceptance == .dissatisfied || handling == .dissatisfied else { continue }
                let status = try JSONCoding.decode(PetitionStatus.self, try row.get("status"))
                out.append(DissatisfiedRating(
                    petitionID: try row.get("petition_id"), number: try row.get("number"), title: try row.get("title"),
                    ratedAt: try row.date("at"), acceptance: acceptance, handling: handling, comment: comment,
                    handlingUnitID: status.handlingUnitID))
            }
            return out
        }
    }
}
