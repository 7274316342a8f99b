import Foundation
import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The situation report (信访形势分析报告): `GET /supervision/report?period=2026-10` shows it with the
/// editable recommendations, `POST /supervision/report` saves them, and `GET /supervision/report.html`
/// / `.docx` download the print-ready document.
struct ReportPages {
    let services: HuiyinServices

    /// The longest recommendations text kept.
    static let maxRecommendations = 20_000

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("supervision/report") { request, context in try await page(request, context) }
        group.post("supervision/report") { request, context in try await save(request, context) }
        group.get("supervision/report.html") { request, context in try await download(request, context, docx: false) }
        group.get("supervision/report.docx") { request, context in try await download(request, context, docx: true) }
    }

    private func page(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        _ = try SupervisionPages.reader(context)
        let query = FormData(request.uri.query ?? "")
        let (period, error) = IndicatorPages(services: services).period(query)
        let data = try await ReportBuilder(services: services).build(period)
        let layout = Layout(context: context, title: context.lang.t("形势分析报告"), section: .supervision)
        return ReportView(layout: layout, document: ReportDocument(data: data, config: services.configuration.current),
                          periodText: query.string("period"), periodError: error, saved: query.string("saved") == "1",
                          draft: nil, draftError: nil)
            .render(status: error == nil ? .ok : .unprocessableContent)
    }

    private func save(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        let user = try SupervisionPages.reader(context)
        let form = try await context.form(request)
        guard let period = IndicatorPeriod.parse(form.string("period").trimmingWhitespace) else { throw WebError.notFound }
        let text = TextNormalizer.text(form.string("recommendations"))
        guard text.count <= Self.maxRecommendations else {
            let data = try await ReportBuilder(services: services).build(period)
            let layout = Layout(context: context, title: context.lang.t("形势分析报告"), section: .supervision)
            return ReportView(layout: layout, document: ReportDocument(data: data, config: services.configuration.current),
                              periodText: period.code, periodError: nil, saved: false, draft: form.string("recommendations"),
                              draftError: "对策建议不能超过 20000 字")
                .render(status: .unprocessableContent)
        }
        try await services.store.saveReportNote(period: period.code, text: text, by: user.id, at: services.clock.now())
        return Response.redirect(to: "/supervision/report?period=\(FormData.encode(period.code))&saved=1#recommendations", type: .normal)
    }

    private func download(_ request: Request, _ context: HuiyinContext, docx: Bool) async throws -> Response {
        _ = try SupervisionPages.reader(context)
        let query = FormData(request.uri.query ?? "")
        let (period, error) = IndicatorPages(services: services).period(query)
        guard error == nil else { throw WebError.notFound }
        let document = ReportDocument(data: try await ReportBuilder(services: services).build(period), config: services.configuration.current)
        let bytes = docx ? [UInt8](try ReportDocx(document: document).data()) : document.standalone()
        var headers = HTTPFields()
        headers[.contentType] = docx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "text/html; charset=utf-8"
        let ext = docx ? "docx" : "html"
        headers[.contentDisposition] = "attachment; filename=\"report-\(period.code).\(ext)\"; filename*=UTF-8''"
            + FormData.encode("\(document.title).\(ext)")
        headers[.cacheControl] = "no-store"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

/// The situation report for the command line (`huiyin report`): the same builder and documents as the
/// report page.
public enum SituationReportExport {
    /// The print-ready HTML document, or the `.docx`, of `period`.
    public static func render(services: HuiyinServices, period: IndicatorPeriod, docx: Bool) async throws -> Data {
        let document = ReportDocument(data: try await ReportBuilder(services: services).build(period), config: services.configuration.current)
        return docx ? try ReportDocx(document: document).data() : Data(document.standalone())
    }
}
