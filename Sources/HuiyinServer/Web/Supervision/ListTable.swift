/// The supervision pages' lists: a card section with its heading (and a muted line when the list is
/// empty), and the stacked table (`table.stack`: on a phone each row becomes a block and each cell
/// shows its column's name from `data-label`) that the ledger, the open orders and the per-unit tallies
/// are drawn in.
struct ListTable {
    let labels: [String]

    /// `<section class="card" aria-labelledby="<id>-h">` (with `id="<id>"` when `anchor`) and its `<h2>`.
    /// When `empty` is given, writes it as a muted line, closes the section and returns false.
    static func section(_ h: inout HTML, _ layout: Layout, id: StaticString, title: String, anchor: Bool = false,
                        empty: String? = nil) -> Bool {
        h.raw("<section class=\"card\"")
        if anchor {
            h.raw(" id=\"")
            h.raw(id)
            h.raw("\"")
        }
        h.raw(" aria-labelledby=\"")
        h.raw(id)
        h.raw("-h\"><h2 id=\"")
        h.raw(id)
        h.raw("-h\">")
        h.text(layout.t(title))
        h.raw("</h2>")
        guard let empty else { return true }
        h.raw("<p class=\"muted\">")
        h.text(layout.t(empty))
        h.raw("</p></section>")
        return false
    }

    /// Opens the table with its header row (labels already translated); `numbers` right-aligns figures.
    static func open(_ h: inout HTML, labels: [String], numbers: Bool = false) -> ListTable {
        h.raw(numbers ? "<div class=\"table-wrap\"><table class=\"stack numbers\"><thead><tr>" : "<div class=\"table-wrap\"><table class=\"stack\"><thead><tr>")
        for l in labels {
            h.raw("<th scope=\"col\">")
            h.text(l)
            h.raw("</th>")
        }
        h.raw("</tr></thead><tbody>")
        return ListTable(labels: labels)
    }

    /// One cell of `column` (`<th scope="row">` when `header`), with an optional class, its content
    /// written by `content`.
    func cell(_ h: inout HTML, _ column: Int, header: Bool = false, class cls: StaticString = "", _ content: (inout HTML) -> Void) {
        h.raw(header ? "<th scope=\"row\" data-label=\"" : "<td data-label=\"")
        h.text(labels[column])
        if cls.utf8CodeUnitCount > 0 {
            h.raw("\" class=\"")
            h.raw(cls)
        }
        h.raw("\">")
        content(&h)
        h.raw(header ? "</th>" : "</td>")
    }

    /// A cell of plain text.
    func cell(_ h: inout HTML, _ column: Int, header: Bool = false, class cls: StaticString = "", text: String?) {
        cell(&h, column, header: header, class: cls) { $0.text(text) }
    }

    /// Closes the table (not the section).
    func close(_ h: inout HTML) {
        h.raw("</tbody></table></div>")
    }
}
