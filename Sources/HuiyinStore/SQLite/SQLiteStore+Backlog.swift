import Foundation
import GRDB
import HuiyinDomain

extension SQLiteStore: BacklogStore {
    public func backlogMatterFacts() async throws -> [BacklogRules.MatterFacts] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT matter_id, MAX(id) AS lead, MIN(received_on) AS first,
                    MAX(state NOT IN ('closed', 'declined', 'refusedAgain', 'merged', 'final')) AS unresolved,
                    SUM(is_repeat) AS repeats,
                    MAX(json_extract(status, '$.handlingRating') = 'dissatisfied'
                        OR json_extract(status, '$.acceptanceRating') = 'dissatisfied') AS dissatisfied
                FROM petitions
                WHERE matter_id NOT IN (SELECT matter_id FROM backlog_cases)
                GROUP BY matter_id
                """).compactMap { row in
                guard let first = LocalDate(iso: row["first"]) else { return nil }
                return BacklogRules.MatterFacts(
                    matterID: row["matter_id"], leadPetitionID: row["lead"], firstReceivedOn: first,
                    unresolved: (row["unresolved"] as Int?) == 1, repeatCount: row["repeats"] ?? 0,
                    dissatisfied: (row["dissatisfied"] as Int?) == 1)
            }
        }
    }

    public func enterBacklog(matterID: Int64, petitionID: Int64, reasons: [BacklogReason], on day: LocalDate) async throws -> Bool {
        let text = reasons.map(\.rawValue).joined(separator: ",")
        return try await pool.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO backlog_cases (matter_id, petition_id, reasons, entered_on) VALUES (?, ?, ?, ?)",
                           arguments: [matterID, petitionID, text, day.iso])
            return db.changesCount == 1
        }
    }

    public func backlogCases() async throws -> [BacklogCase] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM backlog_cases ORDER BY signed_off_on IS NOT NULL, entered_on, id").map(Self.backlogCase)
        }
    }

    public func backlogCase(id: Int64) async throws -> (BacklogCase, [BacklogProgress])? {
        try await pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM backlog_cases WHERE id = ?", arguments: [id]) else { return nil }
            let log = try Row.fetchAll(db, sql: "SELECT * FROM backlog_progress WHERE backlog_id = ? ORDER BY seq", arguments: [id]).map {
                BacklogProgress(at: LocalDate.inChina(Date(timeIntervalSince1970: $0["at"])), authorName: $0["author_name"], text: $0["text"])
            }
            return (try Self.backlogCase(row), log)
        }
    }

    public func updateBacklog(id: Int64, ownerUserID: StaffUser.ID?, plan: String, on day: LocalDate) async throws {
        try await pool.write { db in
            // The ownership date moves only when the owner changes.
            try db.execute(sql: """
                UPDATE backlog_cases SET
                    owned_since = CASE WHEN owner_user_id IS ? THEN owned_since ELSE ? END,
                    owner_user_id = ?, plan = ?
                WHERE id = ? AND signed_off_on IS NULL
                """, arguments: [ownerUserID, ownerUserID == nil ? nil : day.iso, ownerUserID, plan, id])
            guard db.changesCount == 1 else { throw StoreError.notFound }
        }
    }

    public func addBacklogProgress(id: Int64, at: Date, authorName: String, text: String) async throws {
        try await pool.write { db in
            let next = (try Int.fetchOne(db, sql: "SELECT MAX(seq) FROM backlog_progress WHERE backlog_id = ?", arguments: [id]) ?? 0) + 1
            try db.execute(sql: "INSERT INTO backlog_progress (backlog_id, seq, at, author_name, text) VALUES (?, ?, ?, ?, ?)",
                           arguments: [id, next, at.timeIntervalSince1970, authorName, text])
        }
    }

    public func signOffBacklog(id: Int64, conditions: Set<ClosingCondition>, on day: LocalDate, by user: StaffUser.ID) async throws {
        let text = try JSONCoding.encode(conditions.map(\.rawValue).sorted())
        try await pool.write { db in
            try db.execute(sql: "UPDATE backlog_cases SET conditions = ?, signed_off_on = ?, signed_off_by = ? WHERE id = ? AND signed_off_on IS NULL",
                           arguments: [text, day.iso, user, id])
            guard db.changesCount == 1 else { throw StoreError.notFound }
        }
    }

    static func backlogCase(_ row: Row) throws -> BacklogCase {
        let conditions = try JSONCoding.decode([String].self, row["conditions"]).compactMap(ClosingCondition.init(rawValue:))
        return BacklogCase(
            id: row["id"], matterID: row["matter_id"], petitionID: row["petition_id"],
            reasons: (row["reasons"] as String).split(separator: ",").compactMap { BacklogReason(rawValue: String($0)) },
            enteredOn: LocalDate(iso: row["entered_on"]) ?? LocalDate(year: 2000, month: 1, day: 1)!,
            ownerUserID: row["owner_user_id"], ownedSince: (row["owned_since"] as String?).flatMap(LocalDate.init(iso:)),
            plan: row["plan"], conditions: Set(conditions),
            signedOffOn: (row["signed_off_on"] as String?).flatMap(LocalDate.init(iso:)), signedOffBy: row["signed_off_by"])
    }
}
