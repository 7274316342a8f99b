import Foundation
import HuiyinDomain
import HuiyinStore
import PostgresNIO

extension PostgresStore: PetitionStore {
    public func register(_ registration: Registration, queryCode: String, at: Date, actor: Actor,
                         registeredUnitID: OrgUnit.ID, configuration: CountyConfiguration) async throws -> PetitionCase {
        let intake = try PetitionIntake(registration, at: at, actor: actor, configuration: configuration)
        let (receivedAt, receivedOn, status, entry) = (intake.receivedAt, intake.receivedOn, intake.status, intake.entry)
        let (registrationJSON, statusJSON, responsible) = (intake.registrationJSON, intake.statusJSON, intake.responsibleUnitID)
        let year = LocalDate.inChina(at).year
        let atSeconds = at.timeIntervalSince1970
        let registeredBy = actor.staff?.id

        return try await transaction { conn in
            // The number of the year: one row per year, incremented under the row lock.
            let sequence = try await self.int("""
                INSERT INTO number_sequences (year, last) VALUES (\(year), 1)
                ON CONFLICT (year) DO UPDATE SET last = number_sequences.last + 1
                RETURNING last
                """, on: conn)
            let number = PetitionNumber.format(year: year, sequence: sequence)
            let matterID = try await self.id("INSERT INTO matters (created_at) VALUES (\(atSeconds)) RETURNING id", on: conn)
            let id = try await self.id("""
                INSERT INTO petitions (number, query_code, matter_id, channel, purpose, category_code, locality_unit_id,
                    people_count, title, received_at, received_on, registered_at, registered_by, registered_unit_id,
                    registration, state, responsible_unit_id, step_due, status, version, updated_at)
                VALUES (\(number), \(queryCode), \(matterID), \(registration.channel.rawValue), \(registration.purpose.rawValue),
                    \(registration.categoryCode), \(registration.localityUnitID), \(registration.peopleCount),
                    \(registration.title), \(receivedAt.timeIntervalSince1970), \(receivedOn.iso), \(atSeconds),
                    \(registeredBy), \(registeredUnitID), \(registrationJSON), \(status.state.rawValue), \(responsible),
                    \(status.stepDue?.iso), \(statusJSON), \(status.version), \(atSeconds))
                RETURNING id
                """, on: conn)
            for (i, p) in registration.petitioners.enumerated() {
                let phone = p.phone.flatMap { try? PhoneNumber.parse($0).matchKey }
                try await self.execute("""
                    INSERT INTO petitioners (petition_id, position, name, id_number, phone)
                    VALUES (\(id), \(i), \(p.name), \(p.idNumber), \(phone))
                    """, on: conn)
            }
            try await self.insertHistory(entry, petitionID: id, on: conn)
            let record = PetitionRecord(
                id: id, number: number, queryCode: queryCode, matterID: matterID, registration: registration,
                registeredAt: at, registeredByUserID: registeredBy, registeredUnitID: registeredUnitID, isRepeat: false)
            try await self.replaceUnits(petitionID: id, Jurisdiction.involvedUnits(record, status), on: conn)
            // Searchable and comparable from the moment it exists: indexed in the same transaction.
            try await PostgresTextIndexer(self, on: conn).index(petitionID: id, registration)
            return PetitionCase(record: record, status: status)
        }
    }

    public func petition(id: PetitionRecord.ID) async throws -> PetitionCase? {
        try await withConnection { conn in
            try await self.row("SELECT \(unescaped: Self.petitionColumns) FROM petitions p WHERE id = \(id)", on: conn)
                .map(Self.petitionCase)
        }
    }

    public func petition(number: String) async throws -> PetitionCase? {
        try await withConnection { conn in
            try await self.row("SELECT \(unescaped: Self.petitionColumns) FROM petitions p WHERE number = \(number)", on: conn)
                .map(Self.petitionCase)
        }
    }

    public func history(petitionID: PetitionRecord.ID) async throws -> [HistoryEntry] {
        try await withConnection { conn in try await self.historyEntries(petitionID: petitionID, on: conn) }
    }

    public func list(_ query: PetitionQuery) async throws -> PetitionPage {
        let size = max(1, min(query.pageSize, 500))
        let page = max(1, query.page)
        let filter = PostgresPetitionFilter(query)
        return try await withConnection { conn in
            let total = try await self.int(filter.countQuery, on: conn)
            let rows = try await self.rows(
                filter.query(select: Self.petitionColumns,
                             suffix: " ORDER BY \(filter.orderBy) LIMIT \(size) OFFSET \((page - 1) * size)"),
                on: conn)
            return PetitionPage(items: try rows.map(Self.petitionCase), total: total, page: page, pageSize: size)
        }
    }

    public func countsByState(_ query: PetitionQuery) async throws -> [PetitionState: Int] {
        var q = query
        q.states = []
        let filter = PostgresPetitionFilter(q)
        return try await withConnection { conn in
            var counts: [PetitionState: Int] = [:]
            for row in try await self.rows(filter.query(select: "p.state, COUNT(*) AS n", suffix: " GROUP BY p.state"), on: conn) {
                if let s = PetitionState(rawValue: try row.get("state")) { counts[s] = try row.get("n") }
            }
            return counts
        }
    }

    public func append(_ entry: HistoryEntry, to petitionID: PetitionRecord.ID, expectedVersion: Int,
                       newStatus: PetitionStatus, responsibleUnitID: OrgUnit.ID?) async throws -> PetitionCase {
        let statusJSON = try JSONCoding.encode(newStatus)
        let at = entry.at.timeIntervalSince1970
        return try await transaction { conn in
            // The row lock serialises concurrent actions on one case: the second waits, then sees the new version.
            guard let row = try await self.row(
                "SELECT \(unescaped: Self.petitionColumns) FROM petitions p WHERE id = \(petitionID) FOR UPDATE", on: conn) else {
                throw StoreError.notFound
            }
            var current = try Self.petitionCase(row)
            guard current.status.version == expectedVersion, newStatus.version == expectedVersion + 1 else {
                throw StoreError.staleVersion(current: current.status.version)
            }
            try await self.insertHistory(entry, petitionID: petitionID, on: conn)
            if case .linkedToMatter(let matterID, _, _) = entry.event {
                current.record.matterID = matterID
                current.record.isRepeat = true
                try await self.execute("UPDATE petitions SET matter_id = \(matterID), is_repeat = TRUE WHERE id = \(petitionID)", on: conn)
            }
            if case .recheckDecided(_, _, nil) = entry.event {
                try await self.execute("UPDATE matters SET is_final = TRUE WHERE id = \(current.record.matterID)", on: conn)
            }
            current.status = newStatus
            let changed = try await self.rows("""
                UPDATE petitions SET state = \(newStatus.state.rawValue), step_due = \(newStatus.stepDue?.iso),
                    status = \(statusJSON), version = \(newStatus.version), updated_at = \(at),
                    responsible_unit_id = \(responsibleUnitID)
                WHERE id = \(petitionID) AND version = \(expectedVersion)
                RETURNING 1
                """, on: conn).count
            guard changed == 1 else { throw StoreError.staleVersion(current: expectedVersion + 1) }
            try await self.replaceUnits(petitionID: petitionID, Jurisdiction.involvedUnits(current.record, newStatus), on: conn)
            return current
        }
    }

    public func matterSummary(id: Int64) async throws -> MatterSummary? {
        try await withConnection { conn in
            guard let matter = try await self.row("SELECT is_final FROM matters WHERE id = \(id)", on: conn) else { return nil }
            let cases = try await self.rows(
                "SELECT \(unescaped: Self.petitionColumns) FROM petitions p WHERE matter_id = \(id) ORDER BY id", on: conn
            ).map(Self.petitionCase)
            // The lead petition: one still in handling, else the latest one with a decision, else the first.
            let lead = cases.first { $0.status.state.isInHandling }
                ?? cases.last { $0.status.letter != nil }
                ?? cases.first
            guard let lead else { return nil }
            return MatterSummary(id: id, isFinal: try matter.get("is_final"), leadPetitionNumber: lead.record.number,
                                 leadState: lead.status.state, windowEnds: lead.status.petitionerWindowEnds)
        }
    }
}
