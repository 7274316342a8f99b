import Foundation
import Hummingbird
import HuiyinDomain
import HuiyinStore

/// `GET /petitions/{id}/attachments/{n}`: a petitioner's attachment, for staff who may see the case.
///
/// Always a download (`Content-Disposition: attachment`), typed by the bytes checked at upload, with
/// `nosniff` and a sandboxing CSP, so nothing uploaded is ever rendered or run in the application's
/// origin. A unit named as accused never gets the informant's material (RULES.md §4). Every download is
/// written to the audit log.
struct PortalAttachmentRoutes {
    let services: HuiyinServices

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("petitions/{id}/attachments/{n}") { _, context in
            let session = try context.requireSession()
            guard let id = context.parameters.get("id").flatMap(Int64.init), id > 0,
                  let n = context.parameters.get("n").flatMap(Int.init), n > 0 else { throw WebError.notFound }
            guard let c = try await services.petitions.petition(id: id, for: session.user),
                  !Jurisdiction.hidesIdentity(from: session.user, c.record, units: services.configuration.current.units),
                  let file = try await services.store.attachment(petitionID: id, position: n) else { throw WebError.notFound }
            try await services.store.record(AuditEntry(
                at: services.clock.now(), userID: session.user.id, username: session.user.username, action: "download-attachment",
                petitionID: id, detail: "\(c.record.number) #\(n)"))
            return Self.download(file.info, bytes: file.bytes, number: c.record.number)
        }
    }

    static func download(_ info: AttachmentInfo, bytes: [UInt8], number: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = info.type.mimeType
        // An ASCII name for old clients, the original (percent-encoded) for the rest; the extension
        // always follows the checked type, never the uploaded name.
        let ascii = "\(number)-\(info.position).\(info.type.fileExtension)"
        let base = info.fileName.split(separator: ".").dropLast().joined(separator: ".")
        let full = (base.isEmpty ? ascii : base + "." + info.type.fileExtension)
        headers[.contentDisposition] = "attachment; filename=\"\(ascii)\"; filename*=UTF-8''" + FormData.encode(full)
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        headers[.cacheControl] = "private, no-store"
        headers[.contentSecurityPolicy] = "default-src 'none'; sandbox"
        headers[.init("X-Frame-Options")!] = "DENY"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
