/// The parts every form control is made of, written alike on every page — registration, administration,
/// the case page's actions, the portal: a label for each control, and on a refused field `aria-invalid`
/// with an `aria-describedby` that points at its message, which stands right after the control.
///
/// Each form keeps its own ids and its own errors (``RegistrationFields``, ``AdminFields``, the case
/// page's action forms); this is only how they are written. Texts come already in the page's language.
enum FormField {
    /// `<label for="id">text<span class="hint">hint</span></label>`; `required` marks it with a class.
    static func label(_ h: inout HTML, for id: String, _ text: String, required: Bool = false, hint: String? = nil) {
        h.raw("<label")
        h.attr("for", id)
        h.raw(required ? " class=\"required\">" : ">")
        h.text(text)
        if let hint {
            h.raw("<span class=\"hint\">")
            h.text(hint)
            h.raw("</span>")
        }
        h.raw("</label>")
    }

    /// On a refused control ` aria-invalid="true" aria-describedby="id-error"`, its message's id followed
    /// by `also` (say, a hint's id); on a good one ` aria-describedby="also"`, or nothing.
    static func describedBy(_ h: inout HTML, id: String, invalid: Bool, also: String? = nil) {
        if invalid {
            h.raw(" aria-invalid=\"true\"")
            h.attr("aria-describedby", id + "-error" + (also.map { " " + $0 } ?? ""))
        } else if let also {
            h.attr("aria-describedby", also)
        }
    }

    /// `<p class="field-error" id="id-error">` with the messages, a line each; nothing without one.
    static func message(_ h: inout HTML, id: String, _ lines: [String]) {
        guard !lines.isEmpty else { return }
        h.raw("<p class=\"field-error\"")
        h.attr("id", id + "-error")
        h.raw(">")
        for (i, line) in lines.enumerated() {
            if i > 0 { h.raw("<br>") }
            h.text(line)
        }
        h.raw("</p>")
    }

    /// The message of a control, if it has one.
    static func message(_ h: inout HTML, id: String, _ text: String?) {
        if let text { message(&h, id: id, [text]) }
    }

    /// `<option value="value" selected>label</option>`, the label indented `depth` levels (at most 8).
    static func option(_ h: inout HTML, value: String, _ label: String, selected: Bool, depth: Int = 0) {
        h.raw("<option")
        h.attr("value", value)
        if selected { h.raw(" selected") }
        h.raw(">")
        for _ in 0..<max(0, min(depth, 8)) { h.raw("\u{3000}") }
        h.text(label)
        h.raw("</option>")
    }

    /// The empty first choice of a select (`请选择…`).
    static func blankOption(_ h: inout HTML, _ label: String) {
        h.raw("<option value=\"\">")
        h.text(label)
        h.raw("</option>")
    }

    /// The problems of a refused form, at its top, each a link to its control (`#target`), so a keyboard or
    /// screen-reader user finds them; `focusable` lets a script move the focus to the list.
    static func errorSummary(_ h: inout HTML, id: StaticString, focusable: Bool = false, heading: String,
                             _ problems: [(target: String, text: String)]) {
        guard !problems.isEmpty else { return }
        h.raw("<div class=\"notice error\" role=\"alert\" id=\"")
        h.raw(id)
        h.raw(focusable ? "\" tabindex=\"-1\"><h2>" : "\"><h2>")
        h.text(heading)
        h.raw("</h2><ul>")
        for p in problems {
            h.raw("<li><a")
            h.attr("href", "#" + p.target)
            h.raw(">")
            h.text(p.text)
            h.raw("</a></li>")
        }
        h.raw("</ul></div>")
    }
}
