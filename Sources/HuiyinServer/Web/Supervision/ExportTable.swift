/// A table ready to export or print: a title, column headers and rows of text (already masked).
struct ExportTable: Sendable {
    var title: String
    var headers: [String]
    var rows: [[String]]
    /// A file-name stem (ASCII), e.g. `petitions` or `report-2026-10-channels`.
    var fileStem: String
}
