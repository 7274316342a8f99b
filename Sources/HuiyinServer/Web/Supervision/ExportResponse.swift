import Foundation
import Hummingbird

/// Export formats of a list (CSV with a BOM for Excel and WPS, or `.xlsx`), and the download response.
enum ExportFormat: String {
    case csv, xlsx

    /// `….csv` / `….xlsx` at the end of a path, else nil.
    static func of(path: String) -> ExportFormat? {
        path.hasSuffix(".csv") ? .csv : path.hasSuffix(".xlsx") ? .xlsx : nil
    }

    /// The tables as a download: CSV writes them one after another with a blank line between.
    func response(_ tables: [ExportTable], fileStem: String) throws -> Response {
        var headers = HTTPFields()
        let body: [UInt8]
        switch self {
        case .csv:
            var out = "\u{FEFF}"
            for (i, t) in tables.enumerated() {
                if tables.count > 1 { out += (i > 0 ? "\r\n" : "") + IndicatorPages.csvField(t.title) + "\r\n" }
                out += t.headers.map(IndicatorPages.csvField).joined(separator: ",") + "\r\n"
                for row in t.rows { out += row.map(IndicatorPages.csvField).joined(separator: ",") + "\r\n" }
            }
            body = Array(out.utf8)
            headers[.contentType] = "text/csv; charset=utf-8"
        case .xlsx:
            body = [UInt8](try XLSXWriter.data(tables))
            headers[.contentType] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
        headers[.contentDisposition] = "attachment; filename=\"\(fileStem).\(rawValue)\""
        headers[.cacheControl] = "no-store"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
