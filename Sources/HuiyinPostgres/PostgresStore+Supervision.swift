import Foundation
import HuiyinDomain
import HuiyinStore
import PostgresNIO

extension PostgresStore: SupervisionStore {
    /// The conditional UPDATE of SQLite, on PostgreSQL: of several instances racing, the first takes the
    /// row lock and the others wait for its commit, then re-check the WHERE clause against the row it
    /// wrote (a live lease of another holder) and change nothing, so exactly one gets `true`.
    public func claimJob(_ name: String, period: String, holder: String, now: Date, leaseSeconds: Double) async throws -> Bool {
        let at = now.timeIntervalSince1970
        return try await transaction { conn in
            try await self.execute("INSERT INTO job_leases (name) VALUES (\(name)) ON CONFLICT (name) DO NOTHING", on: conn)
            return try await self.rows("""
                UPDATE job_leases SET holder = \(holder), lease_until = \(at + leaseSeconds)
                WHERE name = \(name) AND done_period < \(period) AND (holder IS NULL OR lease_until < \(at) OR holder = \(holder))
                RETURNING 1
                """, on: conn).count == 1
        }
    }

    public func finishJob(_ name: String, period: String, holder: String) async throws {
        try await withConnection { conn in
            try await self.execute(
                "UPDATE job_leases SET done_period = \(period), holder = NULL, lease_until = 0 WHERE name = \(name) AND holder = \(holder)",
                on: conn)
        }
    }

    public func openSteps(dueOnOrBefore day: LocalDate) async throws -> [DeadlineSweep.OpenStep] {
        try await withConnection { conn in
            try await self.rows("""
                SELECT p.id, p.number, p.title, p.state, p.step_due, p.responsible_unit_id,
                    (SELECT string_agg(w.level, ',') FROM deadline_warnings w
                     WHERE w.petition_id = p.id AND w.state = p.state AND w.due = p.step_due) AS warned
                FROM petitions p
                WHERE p.step_due IS NOT NULL AND p.step_due <= \(day.iso)
                ORDER BY p.step_due, p.id
                """, on: conn).compactMap { row -> DeadlineSweep.OpenStep? in
                guard let state = PetitionState(rawValue: try row.get("state")),
                      let due = LocalDate(iso: try row.get("step_due")) else { return nil }
                let warned = (try row.get("warned", as: String?.self) ?? "").split(separator: ",")
                    .compactMap { DeadlineLevel(rawValue: String($0)) }
                return DeadlineSweep.OpenStep(petitionID: try row.get("id"), number: try row.get("number"), title: try row.get("title"),
                                              state: state, due: due, responsibleUnitID: try row.get("responsible_unit_id"),
                                              alreadyWarned: Set(warned))
            }
        }
    }

    public func recordWarning(petitionID: Int64, state: PetitionState, due: LocalDate, level: DeadlineLevel,
                              messages: [OutboxMessage], at: Date) async throws -> Bool {
        try await transaction { conn in
            // A second instance recording the same warning waits on the key, then inserts nothing.
            let recorded = try await self.rows("""
                INSERT INTO deadline_warnings (petition_id, state, due, level, recorded_at)
                VALUES (\(petitionID), \(state.rawValue), \(due.iso), \(level.rawValue), \(at.timeIntervalSince1970))
                ON CONFLICT DO NOTHING
                RETURNING 1
                """, on: conn).count == 1
            guard recorded else { return false }
            for m in messages { try await self.insertOutbox(m, on: conn) }
            return true
        }
    }

    func insertOutbox(_ m: OutboxMessage, on conn: PostgresConnection) async throws {
        let (kind, id): (String, Int64) = switch m.recipient {
        case .unit(let u): ("unit", u)
        case .user(let u): ("user", u)
        }
        try await execute("""
            INSERT INTO outbox (created_at, recipient_kind, recipient_id, recipient_name, petition_id, subject, body)
            VALUES (\(m.createdAt.timeIntervalSince1970), \(kind), \(id), \(m.recipientName), \(m.petitionID), \(m.subject), \(m.body))
            """, on: conn)
    }

    /// How long a claimed message stays with the instance that claimed it (`pg-outbox-claims`).
    static let outboxClaimSeconds = 600.0

    /// The pending messages, claimed for this caller: every instance delivers on its own timer, and a
    /// message goes to exactly one of them (rows another instance is claiming are skipped, rows it
    /// claimed are not offered again until ``markOutbox(id:sentAt:error:)`` or the claim runs out).
    public func pendingOutbox(limit: Int) async throws -> [OutboxMessage] {
        try await withConnection { conn in
            try await self.rows("""
                UPDATE outbox SET claimed_until = extract(epoch FROM clock_timestamp())::DOUBLE PRECISION + \(Self.outboxClaimSeconds)
                WHERE id IN (
                    SELECT id FROM outbox
                    WHERE sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < extract(epoch FROM clock_timestamp())::DOUBLE PRECISION)
                    ORDER BY id LIMIT \(max(0, limit))
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """, on: conn).map(Self.outboxMessage).sorted { ($0.id ?? 0) < ($1.id ?? 0) }
        }
    }

    public func markOutbox(id: Int64, sentAt: Date?, error: String?) async throws {
        try await withConnection { conn in
            try await self.execute("""
                UPDATE outbox SET sent_at = \(sentAt?.timeIntervalSince1970), attempts = attempts + 1, last_error = \(error),
                    claimed_until = NULL
                WHERE id = \(id)
                """, on: conn)
        }
    }

    public func outbox(limit: Int) async throws -> [OutboxMessage] {
        try await withConnection { conn in
            try await self.rows("SELECT * FROM outbox ORDER BY id DESC LIMIT \(max(0, limit))", on: conn).map(Self.outboxMessage)
        }
    }

    static func outboxMessage(_ row: PostgresRandomAccessRow) throws -> OutboxMessage {
        let id: Int64 = try row.get("recipient_id")
        let kind: String = try row.get("recipient_kind")
        return OutboxMessage(
            id: try row.get("id"), createdAt: try row.date("created_at"),
            recipient: kind == "unit" ? .unit(id) : .user(id), recipientName: try row.get("recipient_name"),
            petitionID: try row.get("petition_id"), subject: try row.get("subject"), body: try row.get("body"),
            sentAt: try row.get("sent_at", as: Double?.self).map(Date.init(timeIntervalSince1970:)),
            attempts: try row.get("attempts"), lastError: try row.get("last_error"))
    }

    public func supervisionSettings() async throws -> BacklogSettings {
        try await withConnection { conn in
            guard let row = try await self.row("SELECT data FROM supervision_settings WHERE id = 1", on: conn) else {
                return BacklogSettings()
            }
            return try JSONCoding.decode(BacklogSettings.self, try row.get("data"))
        }
    }

    public func saveSupervisionSettings(_ settings: BacklogSettings) async throws {
        let text = try JSONCoding.encode(settings)
        try await withConnection { conn in
            try await self.execute(
                "INSERT INTO supervision_settings (id, data) VALUES (1, \(text)) ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data",
                on: conn)
        }
    }
}
