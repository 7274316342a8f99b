/// The two export links (导出 CSV, 导出 Excel) written where a list or table is shown, so that every
/// list, indicator table and report table can be taken away as it is seen (issue 7, point 7).
enum ExportLinks {
    /// `<p>` with links to `path.csv?query` and `path.xlsx?query` (`query` without the `?`, unescaped).
    static func render(_ h: inout HTML, _ layout: Layout, path: StaticString, query: String = "") {
        h.raw("<p class=\"row export-links\">")
        for (ext, label) in [(".csv", "导出 CSV"), (".xlsx", "导出 Excel")] {
            h.raw("<a class=\"button secondary\" href=\"")
            h.raw(path)
            h.text(query.isEmpty ? ext : ext + "?" + query)
            h.raw("\" download>")
            h.text(layout.t(label))
            h.raw("</a> ")
        }
        h.raw("</p>")
    }
}
