import Foundation
import HuiyinDomain
import HuiyinStore
import HuiyinText
import PostgresNIO

/// The routing table an administrator edits and the routing history learned from past forwarding (the
/// unit-suggestion half of ``TextStore``).
extension PostgresStore {
    public func routingRules() async throws -> [RoutingRule] {
        try await withConnection { conn in
            try await self.rows("SELECT * FROM routing_rules ORDER BY category_prefix, locality_unit_id NULLS FIRST", on: conn).map {
                RoutingRule(id: try $0.get("id"), categoryPrefix: try $0.get("category_prefix"),
                            localityUnitID: try $0.get("locality_unit_id"), unitID: try $0.get("unit_id"))
            }
        }
    }

    @discardableResult
    public func saveRoutingRule(_ rule: RoutingRule) async throws -> RoutingRule {
        do {
            return try await transaction { conn in
                var saved = rule
                if let id = rule.id {
                    let changed = try await self.rows("""
                        UPDATE routing_rules SET category_prefix = \(rule.categoryPrefix), locality_unit_id = \(rule.localityUnitID),
                            unit_id = \(rule.unitID)
                        WHERE id = \(id) RETURNING 1
                        """, on: conn).count
                    guard changed == 1 else { throw StoreError.notFound }
                } else {
                    saved.id = try await self.id("""
                        INSERT INTO routing_rules (category_prefix, locality_unit_id, unit_id)
                        VALUES (\(rule.categoryPrefix), \(rule.localityUnitID), \(rule.unitID)) RETURNING id
                        """, on: conn)
                }
                return saved
            }
        } catch StoreError.duplicate {
            throw StoreError.duplicate("routing rule \(rule.categoryPrefix)")
        }
    }

    public func deleteRoutingRule(id: Int64) async throws {
        try await withConnection { conn in
            let deleted = try await self.rows("DELETE FROM routing_rules WHERE id = \(id) RETURNING 1", on: conn).count
            guard deleted == 1 else { throw StoreError.notFound }
        }
    }

    public func routingHistory(categoryPrefixes: [String]) async throws -> [RoutingObservation] {
        let prefixes = Array(Set(categoryPrefixes.filter { !$0.isEmpty }))
        guard !prefixes.isEmpty else { return [] }
        // The code ranges [prefix, prefix + U+FFFF) as in SQLite: an index range per prefix, not LIKE.
        let upper = prefixes.map { $0 + "\u{FFFF}" }
        return try await withConnection { conn in
            try await self.rows("""
                SELECT category_code, locality_unit_id, unit, COUNT(*) AS n FROM (
                    SELECT p.category_code, p.locality_unit_id, (p.status::jsonb ->> 'handlingUnitID')::BIGINT AS unit
                    FROM petitions p
                    WHERE EXISTS (SELECT 1 FROM unnest(\(prefixes)::TEXT[], \(upper)::TEXT[]) AS r(lo, hi)
                                  WHERE p.category_code >= r.lo AND p.category_code < r.hi)
                ) AS seen WHERE unit IS NOT NULL
                GROUP BY category_code, locality_unit_id, unit
                """, on: conn).map {
                RoutingObservation(categoryCode: try $0.get("category_code"), localityUnitID: try $0.get("locality_unit_id"),
                                   unitID: try $0.get("unit"), count: try $0.get("n"))
            }
        }
    }
}
