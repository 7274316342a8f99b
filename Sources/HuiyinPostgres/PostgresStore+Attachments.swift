import Foundation
import HuiyinDomain
import HuiyinStore
import PostgresNIO

extension PostgresStore: AttachmentStore {
    public func saveAttachments(_ files: [NewAttachment], petitionID: PetitionRecord.ID, at: Date) async throws -> [AttachmentInfo] {
        guard !files.isEmpty else { return [] }
        let created = at.timeIntervalSince1970
        return try await transaction { conn in
            // The petition's row lock numbers concurrent uploads one after the other.
            guard try await self.row("SELECT 1 FROM petitions WHERE id = \(petitionID) FOR UPDATE", on: conn) != nil else {
                throw StoreError.notFound
            }
            let first = try await self.int(
                "SELECT COALESCE(MAX(position), 0) FROM attachments WHERE petition_id = \(petitionID)", on: conn) + 1
            var infos: [AttachmentInfo] = []
            for (offset, file) in files.enumerated() {
                let position = first + offset
                try await self.execute("""
                    INSERT INTO attachments (petition_id, position, file_name, type, size, stored_name, created_at)
                    VALUES (\(petitionID), \(position), \(file.fileName), \(file.type.rawValue), \(file.bytes.count),
                        'attachment_bytes', \(created))
                    """, on: conn)
                try await self.execute("""
                    INSERT INTO attachment_bytes (petition_id, position, bytes) VALUES (\(petitionID), \(position), \(Data(file.bytes)))
                    """, on: conn)
                infos.append(AttachmentInfo(petitionID: petitionID, position: position, fileName: file.fileName, type: file.type,
                                            size: file.bytes.count, createdAt: at))
            }
            return infos
        }
    }

    public func attachments(petitionID: PetitionRecord.ID) async throws -> [AttachmentInfo] {
        try await withConnection { conn in
            try await self.rows("SELECT * FROM attachments WHERE petition_id = \(petitionID) ORDER BY position", on: conn)
                .map(Self.attachmentInfo)
        }
    }

    public func attachment(petitionID: PetitionRecord.ID, position: Int) async throws -> (info: AttachmentInfo, bytes: [UInt8])? {
        let found: (AttachmentInfo, Data)? = try await withConnection { conn in
            guard let row = try await self.row("""
                SELECT a.*, b.bytes FROM attachments a
                JOIN attachment_bytes b ON b.petition_id = a.petition_id AND b.position = a.position
                WHERE a.petition_id = \(petitionID) AND a.position = \(position)
                """, on: conn) else { return nil }
            return (try Self.attachmentInfo(row), try row.get("bytes", as: Data.self))
        }
        return found.map { (info: $0.0, bytes: [UInt8]($0.1)) }
    }

    static func attachmentInfo(_ row: PostgresRandomAccessRow) throws -> AttachmentInfo {
        guard let type = AttachmentType(rawValue: try row.get("type")) else { throw StoreError.corrupt("attachment type") }
        return AttachmentInfo(petitionID: try row.get("petition_id"), position: try row.get("position"),
                              fileName: try row.get("file_name"), type: type, size: try row.get("size"),
                              createdAt: try row.date("created_at"))
    }
}
