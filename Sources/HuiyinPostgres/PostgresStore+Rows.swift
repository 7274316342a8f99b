import Foundation
import HuiyinDomain
import HuiyinStore
import PostgresNIO

extension PostgresStore {
    /// The columns a ``PetitionCase`` is read from (not the search tokens).
    static let petitionColumns = """
        p.id, p.number, p.query_code, p.matter_id, p.registration, p.status, p.registered_at, p.registered_by,
        p.registered_unit_id, p.is_repeat
        """

    static func petitionCase(_ row: PostgresRandomAccessRow) throws -> PetitionCase {
        let registration = try JSONCoding.decode(Registration.self, try row.get("registration"))
        let status = try JSONCoding.decode(PetitionStatus.self, try row.get("status"))
        let record = PetitionRecord(
            id: try row.get("id"), number: try row.get("number"), queryCode: try row.get("query_code"),
            matterID: try row.get("matter_id"), registration: registration, registeredAt: try row.date("registered_at"),
            registeredByUserID: try row.get("registered_by"), registeredUnitID: try row.get("registered_unit_id"),
            isRepeat: try row.get("is_repeat"))
        return PetitionCase(record: record, status: status)
    }

    /// The id an `INSERT … RETURNING id` produced.
    func id(_ query: PostgresQuery, on conn: PostgresConnection) async throws -> Int64 {
        guard let row = try await row(query, on: conn) else { throw StoreError.corrupt("INSERT returned no id") }
        return try row[0].decode(Int64.self)
    }

    func insertHistory(_ e: HistoryEntry, petitionID: Int64, on conn: PostgresConnection) async throws {
        let event = try JSONCoding.encode(e.event)
        try await execute("""
            INSERT INTO history (petition_id, seq, at, actor_kind, actor_user_id, actor_name, actor_role, actor_unit_id,
                actor_unit_name, action, event, notice)
            VALUES (\(petitionID), \(e.sequence), \(e.at.timeIntervalSince1970), \(e.actorKind), \(e.actorUserID),
                \(e.actorName), \(e.actorRole?.rawValue), \(e.actorUnitID), \(e.actorUnitName), \(e.event.kind),
                \(event), \(e.notice))
            """, on: conn)
    }

    func replaceUnits(petitionID: Int64, _ units: [OrgUnit.ID], on conn: PostgresConnection) async throws {
        try await execute("DELETE FROM petition_units WHERE petition_id = \(petitionID)", on: conn)
        guard !units.isEmpty else { return }
        try await execute("""
            INSERT INTO petition_units (petition_id, unit_id)
            SELECT \(petitionID), u FROM unnest(\(units)::BIGINT[]) AS u
            ON CONFLICT DO NOTHING
            """, on: conn)
    }
}
