import Foundation
import GRDB
import HuiyinDomain

extension SQLiteStore: AttachmentStore {
    /// Where attachment files live: beside the database, never under the static files served by the
    /// web server. Created on first use, readable by the server's user only.
    var attachmentDirectory: URL {
        URL(fileURLWithPath: pool.path + ".attachments", isDirectory: true)
    }

    public func saveAttachments(_ files: [NewAttachment], petitionID: PetitionRecord.ID, at: Date) async throws -> [AttachmentInfo] {
        guard !files.isEmpty else { return [] }
        let directory = attachmentDirectory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let first = try await pool.read { db in
            try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position), 0) FROM attachments WHERE petition_id = ?", arguments: [petitionID]) ?? 0
        } + 1
        var written: [URL] = []
        var infos: [AttachmentInfo] = []
        do {
            for (offset, file) in files.enumerated() {
                let position = first + offset
                // The stored name carries no part of the uploaded name, so it can never become a path.
                let stored = "\(petitionID)-\(position)-\(UUID().uuidString).bin"
                let url = directory.appendingPathComponent(stored)
                try Data(file.bytes).write(to: url, options: [.atomic])
                written.append(url)
                infos.append(AttachmentInfo(petitionID: petitionID, position: position, fileName: file.fileName, type: file.type,
                                            size: file.bytes.count, createdAt: at))
            }
            let rows = zip(infos, written).map { ($0, $1.lastPathComponent) }
            try await pool.write { db in
                for (info, stored) in rows {
                    try db.execute(
                        sql: """
                            INSERT INTO attachments (petition_id, position, file_name, type, size, stored_name, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [info.petitionID, info.position, info.fileName, info.type.rawValue, info.size, stored,
                                    at.timeIntervalSince1970])
                }
            }
        } catch {
            for url in written { try? FileManager.default.removeItem(at: url) }
            throw error
        }
        return infos
    }

    public func attachments(petitionID: PetitionRecord.ID) async throws -> [AttachmentInfo] {
        try await readForPage { db in
            try Row.fetchAll(db, sql: "SELECT * FROM attachments WHERE petition_id = ? ORDER BY position", arguments: [petitionID])
                .map(Self.attachmentInfo)
        }
    }

    public func attachment(petitionID: PetitionRecord.ID, position: Int) async throws -> (info: AttachmentInfo, bytes: [UInt8])? {
        let found = try await pool.read { db -> (AttachmentInfo, String)? in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM attachments WHERE petition_id = ? AND position = ?",
                                             arguments: [petitionID, position]) else { return nil }
            return (try Self.attachmentInfo(row), row["stored_name"])
        }
        guard let (info, stored) = found else { return nil }
        let data = try Data(contentsOf: attachmentDirectory.appendingPathComponent(stored))
        return (info, [UInt8](data))
    }

    static func attachmentInfo(_ row: Row) throws -> AttachmentInfo {
        guard let type = AttachmentType(rawValue: row["type"]) else { throw StoreError.corrupt("attachment type") }
        return AttachmentInfo(petitionID: row["petition_id"], position: row["position"], fileName: row["file_name"], type: type,
                              size: row["size"], createdAt: Date(timeIntervalSince1970: row["created_at"]))
    }
}

extension SQLiteStore: RatingStore {
    public func dissatisfiedRatings(since: Date, limit: Int) async throws -> [DissatisfiedRating] {
        try await pool.read { db in
            // The partial index history_ratings covers `action = 'rate'` by time; `instr` drops most rows
            // before decoding, and decoding decides (a comment could contain the word).
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT h.petition_id, h.at, h.event, p.number, p.title, p.status
                    FROM history h JOIN petitions p ON p.id = h.petition_id
                    WHERE h.action = 'rate' AND h.at >= ? AND instr(h.event, 'dissatisfied') > 0
                    ORDER BY h.at DESC
                    """,
                arguments: [since.timeIntervalSince1970])
            var out: [DissatisfiedRating] = []
            for row in rows where out.count < limit {
                guard case .rated(let acceptance, let handling, let comment) = try JSONCoding.decode(LifecycleEvent.self, row["event"]),
                      acceptance == .dissatisfied || handling == .dissatisfied else { continue }
                let status = try JSONCoding.decode(PetitionStatus.self, row["status"])
                out.append(DissatisfiedRating(
                    petitionID: row["petition_id"], number: row["number"], title: row["title"],
                    ratedAt: Date(timeIntervalSince1970: row["at"]), acceptance: acceptance, handling: handling, comment: comment,
                    handlingUnitID: status.handlingUnitID))
            }
            return out
        }
    }
}
