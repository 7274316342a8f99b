import Foundation
import Hummingbird
import HuiyinDomain
import HuiyinStore

/// 文书: the print view `GET /petitions/{id}/documents/{sequence}` and the Word download
/// `GET /petitions/{id}/documents/{sequence}.docx` of each notice and letter, rendered from the
/// administrator's templates; and the template editor under `/admin/templates`.
struct DocumentPages {
    let services: HuiyinServices

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("petitions/{id}/documents/{document}") { _, context in
            try await show(context)
        }
        DocumentTemplatePages(services: services).register(on: group)
    }

    private func show(_ context: HuiyinContext) async throws -> Response {
        let session = try context.requireSession()
        let id = try CasePages.id(context)
        guard let raw = context.parameters.get("document") else { throw WebError.notFound }
        let docx = raw.hasSuffix(".docx")
        guard let sequence = Int(docx ? String(raw.dropLast(5)) : raw) else { throw WebError.notFound }
        guard let petition = try await services.petitions.petition(id: id, for: session.user) else { throw WebError.notFound }
        let history = try await services.store.history(petitionID: id)
        guard let entry = history.first(where: { $0.sequence == sequence }),
              let kind = DocumentKind(action: entry.event.kind) else { throw WebError.notFound }
        let body = try await services.store.documentTemplate(kind: kind)?.body ?? DocumentTemplate.defaultBody(for: kind)
        // A stored template that no longer compiles (edited outside the editor) falls back to the default text.
        let template = (try? DocumentTemplateText(kind: kind, body: body))
            ?? (try! DocumentTemplateText(kind: kind, body: DocumentTemplate.defaultBody(for: kind)))
        let builder = DocumentBuilder(petition: petition, history: history, config: services.configuration.current, viewer: session.user)
        guard let document = builder.document(for: entry, template: template) else { throw WebError.notFound }
        if docx {
            return try download(document, petitionNumber: petition.record.number)
        }
        return DocumentPrintView(layout: Layout(context: context, title: document.title, section: .cases),
                                 document: document, petitionPath: "/petitions/\(id)", sequence: sequence).render()
    }

    private func download(_ document: OfficialDocument, petitionNumber: String) throws -> Response {
        let data = try DocxWriter.data(document)
        var headers = HTTPFields()
        headers[.contentType] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        let name = document.fileName(petitionNumber: petitionNumber)
        headers[.contentDisposition] = "attachment; filename=\"\(petitionNumber).docx\"; filename*=UTF-8''" + FormData.encode(name)
        headers[.cacheControl] = "no-store"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
