import Foundation
import HuiyinDomain
import HuiyinStore
import PostgresNIO

extension PostgresStore: BacklogStore {
    public func backlogMatterFacts() async throws -> [BacklogRules.MatterFacts] {
        try await withConnection { conn in
            try await self.rows("""
                SELECT matter_id, MAX(id) AS lead, MIN(received_on) AS first,
                    bool_or(state NOT IN ('closed', 'declined', 'refusedAgain', 'merged', 'final')) AS unresolved,
                    COUNT(*) FILTER (WHERE is_repeat) AS repeats,
                    bool_or(status::jsonb ->> 'handlingRating' = 'dissatisfied'
                        OR status::jsonb ->> 'acceptanceRating' = 'dissatisfied') AS dissatisfied
                FROM petitions
                WHERE matter_id NOT IN (SELECT matter_id FROM backlog_cases)
                GROUP BY matter_id
                ORDER BY matter_id
                """, on: conn).compactMap { row in
                guard let first = LocalDate(iso: try row.get("first")) else { return nil }
                return BacklogRules.MatterFacts(
                    matterID: try row.get("matter_id"), leadPetitionID: try row.get("lead"), firstReceivedOn: first,
                    unresolved: try row.get("unresolved", as: Bool?.self) ?? false, repeatCount: try row.get("repeats"),
                    dissatisfied: try row.get("dissatisfied", as: Bool?.self) ?? false)
            }
        }
    }

    public func enterBacklog(matterID: Int64, petitionID: Int64, reasons: [BacklogReason], on day: LocalDate) async throws -> Bool {
        let text = reasons.map(\.rawValue).joined(separator: ",")
        return try await withConnection { conn in
            try await self.rows("""
                INSERT INTO backlog_cases (matter_id, petition_id, reasons, entered_on)
                VALUES (\(matterID), \(petitionID), \(text), \(day.iso))
                ON CONFLICT (matter_id) DO NOTHING
                RETURNING 1
                """, on: conn).count == 1
        }
    }

    public func backlogCases() async throws -> [BacklogCase] {
        try await withConnection { conn in
            try await self.rows("SELECT * FROM backlog_cases ORDER BY signed_off_on IS NOT NULL, entered_on, id", on: conn)
                .map(Self.backlogCase)
        }
    }

    public func backlogCase(id: Int64) async throws -> (BacklogCase, [BacklogProgress])? {
        try await snapshot { conn in
            guard let row = try await self.row("SELECT * FROM backlog_cases WHERE id = \(id)", on: conn) else { return nil }
            let log = try await self.rows("SELECT * FROM backlog_progress WHERE backlog_id = \(id) ORDER BY seq", on: conn).map {
                BacklogProgress(at: LocalDate.inChina(try $0.date("at")), authorName: try $0.get("author_name"), text: try $0.get("text"))
            }
            return (try Self.backlogCase(row), log)
        }
    }

    public func updateBacklog(id: Int64, ownerUserID: StaffUser.ID?, plan: String, on day: LocalDate) async throws {
        let since = ownerUserID == nil ? nil : day.iso
        try await withConnection { conn in
            // The ownership date moves only when the owner changes.
            let changed = try await self.rows("""
                UPDATE backlog_cases SET
                    owned_since = CASE WHEN owner_user_id IS NOT DISTINCT FROM \(ownerUserID) THEN owned_since ELSE \(since) END,
                    owner_user_id = \(ownerUserID), plan = \(plan)
                WHERE id = \(id) AND signed_off_on IS NULL
                RETURNING 1
                """, on: conn).count
            guard changed == 1 else { throw StoreError.notFound }
        }
    }

    public func addBacklogProgress(id: Int64, at: Date, authorName: String, text: String) async throws {
        try await transaction { conn in
            // The ledger row's lock numbers concurrent entries one after the other.
            guard try await self.row("SELECT 1 FROM backlog_cases WHERE id = \(id) FOR UPDATE", on: conn) != nil else {
                throw StoreError.notFound
            }
            try await self.execute("""
                INSERT INTO backlog_progress (backlog_id, seq, at, author_name, text)
                SELECT \(id), COALESCE(MAX(seq), 0) + 1, \(at.timeIntervalSince1970), \(authorName), \(text)
                FROM backlog_progress WHERE backlog_id = \(id)
                """, on: conn)
        }
    }

    public func signOffBacklog(id: Int64, conditions: Set<ClosingCondition>, on day: LocalDate, by user: StaffUser.ID) async throws {
        let text = try JSONCoding.encode(conditions.map(\.rawValue).sorted())
        try await withConnection { conn in
            let changed = try await self.rows("""
                UPDATE backlog_cases SET conditions = \(text), signed_off_on = \(day.iso), signed_off_by = \(user)
                WHERE id = \(id) AND signed_off_on IS NULL
                RETURNING 1
                """, on: conn).count
            guard changed == 1 else { throw StoreError.notFound }
        }
    }

    static func backlogCase(_ row: PostgresRandomAccessRow) throws -> BacklogCase {
        let conditions = try JSONCoding.decode([String].self, try row.get("conditions")).compactMap(ClosingCondition.init(rawValue:))
        return BacklogCase(
            id: try row.get("id"), matterID: try row.get("matter_id"), petitionID: try row.get("petition_id"),
            reasons: (try row.get("reasons", as: String.self)).split(separator: ",").compactMap { BacklogReason(rawValue: String($0)) },
            enteredOn: LocalDate(iso: try row.get("entered_on")) ?? LocalDate(year: 2000, month: 1, day: 1)!,
            ownerUserID: try row.get("owner_user_id"),
            ownedSince: try row.get("owned_since", as: String?.self).flatMap(LocalDate.init(iso:)),
            plan: try row.get("plan"), conditions: Set(conditions),
            signedOffOn: try row.get("signed_off_on", as: String?.self).flatMap(LocalDate.init(iso:)),
            signedOffBy: try row.get("signed_off_by"))
    }
}
