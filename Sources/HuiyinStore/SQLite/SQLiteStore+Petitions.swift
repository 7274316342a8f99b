import Foundation
import GRDB
import HuiyinDomain

extension SQLiteStore: PetitionStore {
    public func register(_ registration: Registration, queryCode: String, at: Date, actor: Actor,
                         registeredUnitID: OrgUnit.ID, configuration: CountyConfiguration) async throws -> PetitionCase {
        let intake = try PetitionIntake(registration, at: at, actor: actor, configuration: configuration)
        let (receivedAt, receivedOn, status, entry) = (intake.receivedAt, intake.receivedOn, intake.status, intake.entry)
        let (registrationJSON, statusJSON, responsible) = (intake.registrationJSON, intake.statusJSON, intake.responsibleUnitID)

        return try await pool.write { db in
            let year = LocalDate.inChina(at).year
            try db.execute(sql: """
                INSERT INTO number_sequences (year, last) VALUES (?, 1)
                ON CONFLICT(year) DO UPDATE SET last = last + 1
                """, arguments: [year])
            let sequence = try Int.fetchOne(db, sql: "SELECT last FROM number_sequences WHERE year = ?", arguments: [year]) ?? 1
            let number = PetitionNumber.format(year: year, sequence: sequence)
            try db.execute(sql: "INSERT INTO matters (created_at) VALUES (?)", arguments: [at.timeIntervalSince1970])
            let matterID = db.lastInsertedRowID
            try db.execute(
                sql: """
                    INSERT INTO petitions (number, query_code, matter_id, channel, purpose, category_code, locality_unit_id,
                        people_count, title, received_at, received_on, registered_at, registered_by, registered_unit_id,
                        registration, state, responsible_unit_id, step_due, status, version, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    number, queryCode, matterID, registration.channel.rawValue, registration.purpose.rawValue,
                    registration.categoryCode, registration.localityUnitID, registration.peopleCount, registration.title,
                    receivedAt.timeIntervalSince1970, receivedOn.iso, at.timeIntervalSince1970, actor.staff?.id,
                    registeredUnitID, registrationJSON, status.state.rawValue, responsible, status.stepDue?.iso,
                    statusJSON, status.version, at.timeIntervalSince1970,
                ])
            let id = db.lastInsertedRowID
            for (i, p) in registration.petitioners.enumerated() {
                try db.execute(
                    sql: "INSERT INTO petitioners (petition_id, position, name, id_number, phone) VALUES (?, ?, ?, ?, ?)",
                    arguments: [id, i, p.name, p.idNumber, p.phone.flatMap { try? PhoneNumber.parse($0).matchKey }])
            }
            try Self.insertHistory(db, entry, petitionID: id)
            let record = PetitionRecord(
                id: id, number: number, queryCode: queryCode, matterID: matterID, registration: registration,
                registeredAt: at, registeredByUserID: actor.staff?.id, registeredUnitID: registeredUnitID, isRepeat: false)
            try Self.replaceUnits(db, petitionID: id, Jurisdiction.involvedUnits(record, status))
            try SQLiteTextIndexer(db).index(petitionID: id, registration)
            return PetitionCase(record: record, status: status)
        }
    }

    public func petition(id: PetitionRecord.ID) async throws -> PetitionCase? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM petitions WHERE id = ?", arguments: [id]).map(Self.petitionCase)
        }
    }

    public func petition(number: String) async throws -> PetitionCase? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM petitions WHERE number = ?", arguments: [number]).map(Self.petitionCase)
        }
    }

    public func history(petitionID: PetitionRecord.ID) async throws -> [HistoryEntry] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM history WHERE petition_id = ? ORDER BY seq", arguments: [petitionID]).map { row in
                HistoryEntry(
                    sequence: row["seq"], at: Date(timeIntervalSince1970: row["at"]), actorKind: row["actor_kind"],
                    actorUserID: row["actor_user_id"], actorName: row["actor_name"],
                    actorRole: (row["actor_role"] as String?).flatMap(Role.init(rawValue:)),
                    actorUnitID: row["actor_unit_id"], actorUnitName: row["actor_unit_name"],
                    event: try JSONCoding.decode(LifecycleEvent.self, row["event"]), notice: row["notice"])
            }
        }
    }

    public func list(_ query: PetitionQuery) async throws -> PetitionPage {
        let filter = SQLitePetitionFilter(query)
        let size = max(1, min(query.pageSize, 500))
        let page = max(1, query.page)
        return try await pool.read { db in
            if try Self.searchCannotMatch(db, query.text) { return PetitionPage(items: [], total: 0, page: page, pageSize: size) }
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(filter.countFrom) \(filter.whereClause)", arguments: filter.arguments) ?? 0
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT p.* FROM \(filter.from) \(filter.whereClause) ORDER BY \(filter.orderBy) LIMIT ? OFFSET ?",
                arguments: filter.arguments + [size, (page - 1) * size])
            return PetitionPage(items: try rows.map(Self.petitionCase), total: total, page: page, pageSize: size)
        }
    }

    public func countsByState(_ query: PetitionQuery) async throws -> [PetitionState: Int] {
        var q = query
        q.states = []
        let filter = SQLitePetitionFilter(q)
        return try await pool.read { db in
            var counts: [PetitionState: Int] = [:]
            if try Self.searchCannotMatch(db, query.text) { return counts }
            for row in try Row.fetchAll(db, sql: "SELECT state, COUNT(*) AS n FROM \(filter.from) \(filter.whereClause) GROUP BY state",
                                        arguments: filter.arguments) {
                if let s = PetitionState(rawValue: row["state"]) { counts[s] = row["n"] }
            }
            return counts
        }
    }

    public func append(_ entry: HistoryEntry, to petitionID: PetitionRecord.ID, expectedVersion: Int,
                       newStatus: PetitionStatus, responsibleUnitID: OrgUnit.ID?) async throws -> PetitionCase {
        let statusJSON = try JSONCoding.encode(newStatus)
        return try await pool.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM petitions WHERE id = ?", arguments: [petitionID]) else {
                throw StoreError.notFound
            }
            var current = try Self.petitionCase(row)
            guard current.status.version == expectedVersion, newStatus.version == expectedVersion + 1 else {
                throw StoreError.staleVersion(current: current.status.version)
            }
            try Self.insertHistory(db, entry, petitionID: petitionID)
            if case .linkedToMatter(let matterID, _, _) = entry.event {
                current.record.matterID = matterID
                current.record.isRepeat = true
                try db.execute(sql: "UPDATE petitions SET matter_id = ?, is_repeat = 1 WHERE id = ?", arguments: [matterID, petitionID])
            }
            if case .recheckDecided(_, _, nil) = entry.event {
                try db.execute(sql: "UPDATE matters SET is_final = 1 WHERE id = ?", arguments: [current.record.matterID])
            }
            current.status = newStatus
            try db.execute(
                sql: """
                    UPDATE petitions SET state = ?, step_due = ?, status = ?, version = ?, updated_at = ?,
                        responsible_unit_id = ?
                    WHERE id = ? AND version = ?
                    """,
                arguments: [newStatus.state.rawValue, newStatus.stepDue?.iso, statusJSON, newStatus.version,
                            entry.at.timeIntervalSince1970, responsibleUnitID,
                            petitionID, expectedVersion])
            guard db.changesCount == 1 else { throw StoreError.staleVersion(current: expectedVersion + 1) }
            try Self.replaceUnits(db, petitionID: petitionID, Jurisdiction.involvedUnits(current.record, newStatus))
            return current
        }
    }

    public func matterSummary(id: Int64) async throws -> MatterSummary? {
        try await pool.read { db in
            guard let matter = try Row.fetchOne(db, sql: "SELECT * FROM matters WHERE id = ?", arguments: [id]) else { return nil }
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM petitions WHERE matter_id = ? ORDER BY id", arguments: [id])
            let cases = try rows.map(Self.petitionCase)
            // The lead petition: one still in handling, else the latest one with a decision, else the first.
            let lead = cases.first { $0.status.state.isInHandling }
                ?? cases.last { $0.status.letter != nil }
                ?? cases.first
            guard let lead else { return nil }
            return MatterSummary(id: id, isFinal: matter["is_final"], leadPetitionNumber: lead.record.number,
                                 leadState: lead.status.state, windowEnds: lead.status.petitionerWindowEnds)
        }
    }

    // MARK: - Rows

    static func petitionCase(_ row: Row) throws -> PetitionCase {
        let registration = try JSONCoding.decode(Registration.self, row["registration"])
        let status = try JSONCoding.decode(PetitionStatus.self, row["status"])
        let record = PetitionRecord(
            id: row["id"], number: row["number"], queryCode: row["query_code"], matterID: row["matter_id"],
            registration: registration, registeredAt: Date(timeIntervalSince1970: row["registered_at"]),
            registeredByUserID: row["registered_by"], registeredUnitID: row["registered_unit_id"], isRepeat: row["is_repeat"])
        return PetitionCase(record: record, status: status)
    }

    static func insertHistory(_ db: Database, _ e: HistoryEntry, petitionID: Int64) throws {
        try db.execute(
            sql: """
                INSERT INTO history (petition_id, seq, at, actor_kind, actor_user_id, actor_name, actor_role, actor_unit_id,
                    actor_unit_name, action, event, notice)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [petitionID, e.sequence, e.at.timeIntervalSince1970, e.actorKind, e.actorUserID, e.actorName,
                        e.actorRole?.rawValue, e.actorUnitID, e.actorUnitName, e.event.kind,
                        try JSONCoding.encode(e.event), e.notice])
    }

    static func replaceUnits(_ db: Database, petitionID: Int64, _ units: [OrgUnit.ID]) throws {
        try db.execute(sql: "DELETE FROM petition_units WHERE petition_id = ?", arguments: [petitionID])
        for u in units {
            try db.execute(sql: "INSERT OR IGNORE INTO petition_units (petition_id, unit_id) VALUES (?, ?)", arguments: [petitionID, u])
        }
    }
}
