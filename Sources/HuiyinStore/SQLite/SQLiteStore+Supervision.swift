import Foundation
import GRDB
import HuiyinDomain

extension SQLiteStore: SupervisionStore {
    public func claimJob(_ name: String, period: String, holder: String, now: Date, leaseSeconds: Double) async throws -> Bool {
        try await pool.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO job_leases (name) VALUES (?)", arguments: [name])
            try db.execute(
                sql: """
                    UPDATE job_leases SET holder = ?, lease_until = ?
                    WHERE name = ? AND done_period < ? AND (holder IS NULL OR lease_until < ? OR holder = ?)
                    """,
                arguments: [holder, now.timeIntervalSince1970 + leaseSeconds, name, period, now.timeIntervalSince1970, holder])
            return db.changesCount == 1
        }
    }

    public func finishJob(_ name: String, period: String, holder: String) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE job_leases SET done_period = ?, holder = NULL, lease_until = 0 WHERE name = ? AND holder = ?",
                           arguments: [period, name, holder])
        }
    }

    public func openSteps(dueOnOrBefore day: LocalDate) async throws -> [DeadlineSweep.OpenStep] {
        try await pool.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT p.id, p.number, p.title, p.state, p.step_due, p.responsible_unit_id,
                        (SELECT group_concat(w.level) FROM deadline_warnings w
                         WHERE w.petition_id = p.id AND w.state = p.state AND w.due = p.step_due) AS warned
                    FROM petitions p
                    WHERE p.step_due IS NOT NULL AND p.step_due <= ?
                    ORDER BY p.step_due, p.id
                    """,
                arguments: [day.iso])
            return rows.compactMap { row -> DeadlineSweep.OpenStep? in
                guard let state = PetitionState(rawValue: row["state"]), let due = LocalDate(iso: row["step_due"]) else { return nil }
                let warned = ((row["warned"] as String?) ?? "").split(separator: ",").compactMap { DeadlineLevel(rawValue: String($0)) }
                return DeadlineSweep.OpenStep(petitionID: row["id"], number: row["number"], title: row["title"], state: state,
                                              due: due, responsibleUnitID: row["responsible_unit_id"], alreadyWarned: Set(warned))
            }
        }
    }

    public func recordWarning(petitionID: Int64, state: PetitionState, due: LocalDate, level: DeadlineLevel,
                              messages: [OutboxMessage], at: Date) async throws -> Bool {
        try await pool.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO deadline_warnings (petition_id, state, due, level, recorded_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [petitionID, state.rawValue, due.iso, level.rawValue, at.timeIntervalSince1970])
            guard db.changesCount == 1 else { return false }
            for m in messages { try Self.insertOutbox(db, m) }
            return true
        }
    }

    static func insertOutbox(_ db: Database, _ m: OutboxMessage) throws {
        let (kind, id): (String, Int64) = switch m.recipient {
        case .unit(let u): ("unit", u)
        case .user(let u): ("user", u)
        }
        try db.execute(
            sql: """
                INSERT INTO outbox (created_at, recipient_kind, recipient_id, recipient_name, petition_id, subject, body)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [m.createdAt.timeIntervalSince1970, kind, id, m.recipientName, m.petitionID, m.subject, m.body])
    }

    public func pendingOutbox(limit: Int) async throws -> [OutboxMessage] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT ?", arguments: [limit]).map(Self.outboxMessage)
        }
    }

    public func markOutbox(id: Int64, sentAt: Date?, error: String?) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = ? WHERE id = ?",
                           arguments: [sentAt?.timeIntervalSince1970, error, id])
        }
    }

    public func outbox(limit: Int) async throws -> [OutboxMessage] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM outbox ORDER BY id DESC LIMIT ?", arguments: [limit]).map(Self.outboxMessage)
        }
    }

    static func outboxMessage(_ row: Row) -> OutboxMessage {
        let id: Int64 = row["recipient_id"]
        let kind: String = row["recipient_kind"]
        return OutboxMessage(
            id: row["id"], createdAt: Date(timeIntervalSince1970: row["created_at"]),
            recipient: kind == "unit" ? .unit(id) : .user(id), recipientName: row["recipient_name"],
            petitionID: row["petition_id"], subject: row["subject"], body: row["body"],
            sentAt: (row["sent_at"] as Double?).map(Date.init(timeIntervalSince1970:)), attempts: row["attempts"],
            lastError: row["last_error"])
    }

    public func supervisionOrders() async throws -> [SupervisionOrder] {
        try await pool.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT h.petition_id, h.seq, h.at, h.event, p.status
                    FROM history h JOIN petitions p ON p.id = h.petition_id
                    WHERE h.action IN ('supervise', 'reportProgress')
                    ORDER BY h.petition_id, h.seq
                    """)
            var orders: [SupervisionOrder] = []
            var i = 0
            while i < rows.count {
                let pid: Int64 = rows[i]["petition_id"]
                var entries: [(sequence: Int, day: LocalDate, event: LifecycleEvent)] = []
                let status = try JSONCoding.decode(PetitionStatus.self, rows[i]["status"])
                while i < rows.count, rows[i]["petition_id"] as Int64 == pid {
                    entries.append((rows[i]["seq"], LocalDate.inChina(Date(timeIntervalSince1970: rows[i]["at"])),
                                    try JSONCoding.decode(LifecycleEvent.self, rows[i]["event"])))
                    i += 1
                }
                orders += SupervisionOrder.orders(petitionID: pid, history: entries, handlingUnitID: status.handlingUnitID)
            }
            return SupervisionOrder.inIssueOrder(orders)
        }
    }

    public func dissatisfiedRows(limit: Int) async throws -> [CaseListRow] {
        let ids = try await pool.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT id FROM petitions
                WHERE json_extract(status, '$.handlingRating') = 'dissatisfied' OR json_extract(status, '$.acceptanceRating') = 'dissatisfied'
                ORDER BY updated_at DESC LIMIT ?
                """, arguments: [limit])
        }
        return try await caseRows(ids: ids)
    }

    public func caseRows(ids: [Int64]) async throws -> [CaseListRow] {
        guard !ids.isEmpty else { return [] }
        return try await pool.read { db in
            var byID: [Int64: CaseListRow] = [:]
            // Chunks keep the statement under SQLite's variable limit.
            for start in stride(from: 0, to: ids.count, by: 500) {
                let chunk = Array(ids[start..<min(ids.count, start + 500)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT p.id, p.number, p.title, p.category_code, p.locality_unit_id, p.channel, p.state, p.step_due,
                            p.responsible_unit_id, p.people_count, p.is_repeat, p.received_on,
                            json_extract(p.registration, '$.flags.risk') AS risk,
                            json_extract(p.registration, '$.flags.emergency') AS emergency,
                            json_extract(p.status, '$.extensionDays') AS extension_days,
                            json_extract(p.status, '$.supervisionCount') AS supervision_count
                        FROM petitions p WHERE p.id IN (\(marks))
                        """,
                    arguments: StatementArguments(chunk))
                for row in rows { let r = Self.caseListRow(row); byID[r.id] = r }
            }
            return ids.compactMap { byID[$0] }
        }
    }

    public func indicatorFacts(receivedFrom from: LocalDate, through: LocalDate,
                               configuration: CountyConfiguration) async throws -> [IndicatorFact] {
        let bureau = configuration.units.petitionBureau?.id ?? 0
        return try await pool.read { db in
            let cursor = try Row.fetchCursor(
                db, sql: "SELECT id, matter_id, is_repeat, received_on, status FROM petitions WHERE received_on >= ? AND received_on <= ?",
                arguments: [from.iso, through.iso])
            var facts: [IndicatorFact] = []
            while let row = try cursor.next() {
                guard let received = LocalDate(iso: row["received_on"]) else { continue }
                let status = try JSONCoding.decode(PetitionStatus.self, row["status"])
                facts.append(IndicatorFact(id: row["id"], matterID: row["matter_id"], isRepeat: row["is_repeat"], receivedOn: received,
                                           status: status, calendar: configuration.calendar, rules: configuration.rules, bureauID: bureau))
            }
            return facts
        }
    }

    public func petitionCounts(by dimension: PetitionDimension, from: LocalDate, through: LocalDate) async throws -> [(key: String, count: Int)] {
        let key = switch dimension {
        case .month: "substr(day, 1, 7)"
        case .channel: "channel"
        case .category: "category"
        case .place: "CAST(place AS TEXT)"
        case .purpose: "purpose"
        }
        return try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(key) AS k, SUM(n) AS total FROM petition_day_counts WHERE day >= ? AND day <= ?
                GROUP BY k HAVING total > 0 ORDER BY \(dimension == .month ? "k" : "total DESC, k")
                """, arguments: [from.iso, through.iso]).map { (key: $0["k"] as String? ?? "", count: $0["total"] as Int) }
        }
    }

    public func petitionTotals(from: LocalDate, through: LocalDate, collectiveThreshold: Int) async throws -> (total: Int, collective: Int, repeats: Int) {
        try await pool.read { db in
            // The counts cap head counts at `peopleCap`; a higher threshold is answered from the petitions.
            let row = collectiveThreshold <= SQLiteSchema.peopleCap
                ? try Row.fetchOne(db, sql: """
                    SELECT COALESCE(SUM(n), 0) AS n, COALESCE(SUM(CASE WHEN people >= ? THEN n END), 0) AS c,
                        COALESCE(SUM(CASE WHEN is_repeat THEN n END), 0) AS r
                    FROM petition_day_counts WHERE day >= ? AND day <= ?
                    """, arguments: [collectiveThreshold, from.iso, through.iso])
                : try Row.fetchOne(db, sql: """
                    SELECT COUNT(*) AS n, COALESCE(SUM(people_count >= ?), 0) AS c, COALESCE(SUM(is_repeat), 0) AS r
                    FROM petitions WHERE received_on >= ? AND received_on <= ?
                    """, arguments: [collectiveThreshold, from.iso, through.iso])
            return (row?["n"] ?? 0, row?["c"] ?? 0, row?["r"] ?? 0)
        }
    }

    public func supervisionSettings() async throws -> BacklogSettings {
        try await pool.read { db in
            guard let text = try String.fetchOne(db, sql: "SELECT data FROM supervision_settings WHERE id = 1") else { return BacklogSettings() }
            return try JSONCoding.decode(BacklogSettings.self, text)
        }
    }

    public func saveSupervisionSettings(_ settings: BacklogSettings) async throws {
        let text = try JSONCoding.encode(settings)
        try await pool.write { db in
            try db.execute(sql: "INSERT INTO supervision_settings (id, data) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data",
                           arguments: [text])
        }
    }
}
