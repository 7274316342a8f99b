import Foundation
import GRDB
import HuiyinDomain

extension SQLiteStore: CaseViewStore {
    /// One read: the petition (only the columns the page needs), its history, and its matter's other
    /// petitions as light rows (no JSON), the matter's jurisdiction checked petition by petition. The
    /// petition and history are decoded once per version (``SQLiteCaseCache``).
    public func caseView(id: PetitionRecord.ID, matterVisibleUnitIDs: [OrgUnit.ID]?, matterLimit: Int) async throws -> CaseView? {
        try await readForPage { db in
            // The JSON columns are only read (and decoded) when the cache has nothing for this version.
            guard let found = try db.mapFirstRow(Self.caseViewPetitionSQL, [id], { row in try self.decodedCase(db, row) }) else {
                return nil
            }
            let (petition, history) = found
            var sql = "SELECT p.id, p.number, p.title, p.state, p.received_on FROM petitions p WHERE p.matter_id = ?"
            var arguments: StatementArguments = [petition.record.matterID]
            if let visible = matterVisibleUnitIDs {
                if visible.isEmpty {
                    sql += " AND 0"
                } else {
                    sql += " AND EXISTS (SELECT 1 FROM petition_units pu WHERE pu.petition_id = p.id AND pu.unit_id IN ("
                        + Array(repeating: "?", count: visible.count).joined(separator: ",") + "))"
                    arguments += StatementArguments(visible)
                }
            }
            sql += " ORDER BY p.received_at, p.id LIMIT ?"
            arguments += [max(1, matterLimit)]
            let matter = try db.mapRows(sql, arguments) { row -> MatterPetition? in
                guard let state = PetitionState(rawValue: row[3]), let received = LocalDate(iso: row[4]) else { return nil }
                return MatterPetition(id: row[0], number: row[1], title: row[2], state: state, receivedOn: received)
            }
            return CaseView(petition: petition, history: history, matter: matter.compactMap { $0 })
        }
    }

    static let caseViewPetitionSQL = """
        SELECT id, number, query_code, matter_id, registered_at, registered_by, registered_unit_id, is_repeat,
            registration, status, version, updated_at
        FROM petitions WHERE id = ?
        """

    /// The petition of `row` (selected with ``caseViewPetitionSQL``) and its history: from
    /// ``SQLiteCaseCache`` when it holds them at this version, else decoded and remembered.
    private func decodedCase(_ db: Database, _ row: Row) throws -> (PetitionCase, [HistoryEntry]) {
        let id: PetitionRecord.ID = row[0]
        let version: Int = row[10], updatedAt: Double = row[11]
        if let cached = caseCache.entry(id: id, version: version, updatedAt: updatedAt) {
            return (cached.petition, cached.history)
        }
        let petition = try Self.caseViewPetition(row)
        let history = try db.mapRows(Self.caseViewHistorySQL, [id], Self.historyEntry)
        caseCache.remember(.init(version: version, updatedAt: updatedAt, petition: petition, history: history))
        return (petition, history)
    }

    static func caseViewPetition(_ row: Row) throws -> PetitionCase {
        let registration = try JSONCoding.decode(Registration.self, row[8] as String)
        let status = try JSONCoding.decode(PetitionStatus.self, row[9] as String)
        let record = PetitionRecord(
            id: row[0], number: row[1], queryCode: row[2], matterID: row[3], registration: registration,
            registeredAt: Date(timeIntervalSince1970: row[4]), registeredByUserID: row[5], registeredUnitID: row[6],
            isRepeat: row[7])
        return PetitionCase(record: record, status: status)
    }

    static let caseViewHistorySQL = """
        SELECT seq, at, actor_kind, actor_user_id, actor_name, actor_role, actor_unit_id, actor_unit_name, event, notice
        FROM history WHERE petition_id = ? ORDER BY seq
        """

    /// A history row selected with ``caseViewHistorySQL``.
    static func historyEntry(_ row: Row) throws -> HistoryEntry {
        HistoryEntry(
            sequence: row[0], at: Date(timeIntervalSince1970: row[1]), actorKind: row[2], actorUserID: row[3],
            actorName: row[4], actorRole: (row[5] as String?).flatMap(Role.init(rawValue:)), actorUnitID: row[6],
            actorUnitName: row[7], event: try JSONCoding.decode(LifecycleEvent.self, row[8] as String), notice: row[9])
    }
}
