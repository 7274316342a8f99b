import Foundation
import HuiyinDomain
import HuiyinStore
import PostgresNIO

extension PostgresStore: CaseViewStore {
    /// One snapshot: the petition, its history, and its matter's petitions as light rows (no JSON), the
    /// matter's jurisdiction checked petition by petition.
    public func caseView(id: PetitionRecord.ID, matterVisibleUnitIDs: [OrgUnit.ID]?, matterLimit: Int) async throws -> CaseView? {
        try await snapshot { conn in
            guard let row = try await self.row(
                "SELECT \(unescaped: Self.petitionColumns) FROM petitions p WHERE p.id = \(id)", on: conn) else { return nil }
            let petition = try Self.petitionCase(row)
            let history = try await self.historyEntries(petitionID: id, on: conn)
            let limit = max(1, matterLimit)
            let matterID = petition.record.matterID
            let rows = if let visible = matterVisibleUnitIDs {
                try await self.rows("""
                    SELECT p.id, p.number, p.title, p.state, p.received_on FROM petitions p
                    WHERE p.matter_id = \(matterID)
                        AND EXISTS (SELECT 1 FROM petition_units pu WHERE pu.petition_id = p.id AND pu.unit_id = ANY(\(visible)))
                    ORDER BY p.received_at, p.id LIMIT \(limit)
                    """, on: conn)
            } else {
                try await self.rows("""
                    SELECT p.id, p.number, p.title, p.state, p.received_on FROM petitions p
                    WHERE p.matter_id = \(matterID)
                    ORDER BY p.received_at, p.id LIMIT \(limit)
                    """, on: conn)
            }
            let matter = try rows.compactMap { row -> MatterPetition? in
                guard let state = PetitionState(rawValue: try row.get("state")),
                      let received = LocalDate(iso: try row.get("received_on")) else { return nil }
                return MatterPetition(id: try row.get("id"), number: try row.get("number"), title: try row.get("title"),
                                      state: state, receivedOn: received)
            }
            return CaseView(petition: petition, history: history, matter: matter)
        }
    }

    /// The history of a petition, oldest first, read on `conn` (inside the caller's snapshot).
    func historyEntries(petitionID: PetitionRecord.ID, on conn: PostgresConnection) async throws -> [HistoryEntry] {
        try await rows("""
            SELECT seq, at, actor_kind, actor_user_id, actor_name, actor_role, actor_unit_id, actor_unit_name, event, notice
            FROM history WHERE petition_id = \(petitionID) ORDER BY seq
            """, on: conn).map { row in
            HistoryEntry(
                sequence: try row.get("seq"), at: try row.date("at"), actorKind: try row.get("actor_kind"),
                actorUserID: try row.get("actor_user_id"), actorName: try row.get("actor_name"),
                actorRole: (try row.get("actor_role", as: String?.self)).flatMap(Role.init(rawValue:)),
                actorUnitID: try row.get("actor_unit_id"), actorUnitName: try row.get("actor_unit_name"),
                event: try JSONCoding.decode(LifecycleEvent.self, try row.get("event")), notice: try row.get("notice"))
        }
    }
}
