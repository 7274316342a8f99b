import Foundation
import HuiyinDomain

/// What kind of file an attachment (附件) is, decided from its first bytes — never from its name.
public enum AttachmentType: String, Sendable, Codable, CaseIterable {
    case jpeg, png, gif, webp, pdf

    /// The type whose signature starts `bytes`, or nil for anything else (executables, archives, HTML …).
    public static func sniff<C: Collection>(_ bytes: C) -> AttachmentType? where C.Element == UInt8 {
        let head = Array(bytes.prefix(12))
        func starts(_ sig: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + sig.count && Array(head[offset..<offset + sig.count]) == sig
        }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("RIFF".utf8)), starts(Array("WEBP".utf8), at: 8) { return .webp }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        return nil
    }

    public var mimeType: String {
        switch self {
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .gif: "image/gif"
        case .webp: "image/webp"
        case .pdf: "application/pdf"
        }
    }

    /// The extension given to the file name a staff member downloads.
    public var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .gif: "gif"
        case .webp: "webp"
        case .pdf: "pdf"
        }
    }
}

/// A file the petitioner uploaded, checked and ready to store.
public struct NewAttachment: Sendable {
    public var fileName: String
    public var type: AttachmentType
    public var bytes: [UInt8]

    public init(fileName: String, type: AttachmentType, bytes: [UInt8]) {
        self.fileName = fileName
        self.type = type
        self.bytes = bytes
    }
}

/// A stored attachment's metadata (the bytes live in a file outside the web root).
public struct AttachmentInfo: Sendable, Hashable {
    public var petitionID: PetitionRecord.ID
    /// 1, 2, 3 … in the order uploaded.
    public var position: Int
    /// The name the petitioner's device gave the file (cleaned); shown, never used as a path.
    public var fileName: String
    public var type: AttachmentType
    public var size: Int
    public var createdAt: Date

    public init(petitionID: PetitionRecord.ID, position: Int, fileName: String, type: AttachmentType, size: Int, createdAt: Date) {
        self.petitionID = petitionID
        self.position = position
        self.fileName = fileName
        self.type = type
        self.size = size
        self.createdAt = createdAt
    }
}

/// Attachments of petitions: metadata in the database, bytes in files in a directory that is never
/// served directly (for SQLite: `<database>.attachments/` beside the database file).
public protocol AttachmentStore: Sendable {
    /// Stores the files of a petition, numbered after any it already has.
    @discardableResult
    func saveAttachments(_ files: [NewAttachment], petitionID: PetitionRecord.ID, at: Date) async throws -> [AttachmentInfo]
    /// The attachments of a petition in order.
    func attachments(petitionID: PetitionRecord.ID) async throws -> [AttachmentInfo]
    /// One attachment with its bytes, or nil.
    func attachment(petitionID: PetitionRecord.ID, position: Int) async throws -> (info: AttachmentInfo, bytes: [UInt8])?
}
