import HuiyinDomain

/// Labels, inputs and the message beside each field of the registration form.
///
/// Every input has a label; a field with a problem gets `aria-invalid="true"` and `aria-describedby`
/// pointing at its message, which is written right after it (`<p class="field-error">`), as ``FormField``
/// writes them. Used by the staff registration form and the portal's 我要信访 alike.
struct RegistrationFields {
    /// The page's language: labels, hints and messages are written in it.
    let lang: Lang
    /// Messages by field path; `accusedUnitIds[2]` is filed under `accusedUnitIds`.
    let errors: [String: [String]]

    init(lang: Lang, errors: [FieldError]) {
        self.lang = lang
        var byField: [String: [String]] = [:]
        for e in errors {
            let field = e.field.hasPrefix("accusedUnitIds") ? "accusedUnitIds" : e.field
            if !(byField[field]?.contains(e.message) ?? false) { byField[field, default: []].append(e.message) }
        }
        self.errors = byField
    }

    /// The element id of a field: `petitioners[1].idNumber` → `f-petitioners-1-idNumber`.
    static func id(_ path: String) -> String {
        var out = "f-"
        for c in path {
            switch c {
            case "[", ".": if out.last != "-" { out.append("-") }
            case "]": break
            default: out.append(c)
            }
        }
        return out
    }

    func hasError(_ path: String) -> Bool { errors[path] != nil }

    func label(_ h: inout HTML, _ path: String, _ text: String, required: Bool = false, hint: String? = nil) {
        FormField.label(&h, for: Self.id(path), lang.t(text), required: required, hint: hint.map(lang.t))
    }

    /// ` id name value` and, with errors, `aria-invalid` and `aria-describedby` (plus `describedBy`, e.g. a hint).
    func identity(_ h: inout HTML, _ path: String, value: String? = nil, describedBy extra: String? = nil) {
        let id = Self.id(path)
        h.attr("id", id)
        h.attr("name", path)
        if let value { h.attr("value", value) }
        FormField.describedBy(&h, id: id, invalid: hasError(path), also: extra)
    }

    /// The messages for a field, if any.
    func message(_ h: inout HTML, _ path: String) {
        FormField.message(&h, id: Self.id(path), (errors[path] ?? []).map(lang.t))
    }

    /// A one-line input with its label and message. `extra` is trusted markup (attributes).
    func input(_ h: inout HTML, _ path: String, _ text: String, value: String, type: StaticString = "text",
               required: Bool = false, hint: String? = nil, extra: StaticString = "") {
        h.raw("<div class=\"field\">")
        label(&h, path, text, required: required, hint: hint)
        h.raw("<input type=\"")
        h.raw(type)
        h.raw("\"")
        identity(&h, path, value: value)
        if required { h.raw(" required") }
        h.raw(extra)
        h.raw(">")
        message(&h, path)
        h.raw("</div>")
    }

    func textarea(_ h: inout HTML, _ path: String, _ text: String, value: String, required: Bool = false,
                  hint: String? = nil, rows: StaticString = "5") {
        h.raw("<div class=\"field\">")
        label(&h, path, text, required: required, hint: hint)
        h.raw("<textarea rows=\"")
        h.raw(rows)
        h.raw("\"")
        identity(&h, path)
        if required { h.raw(" required") }
        h.raw(">")
        h.text(value)
        h.raw("</textarea>")
        message(&h, path)
        h.raw("</div>")
    }

    /// A select over fixed choices (value, Chinese label); `placeholder` adds an empty first option.
    func select(_ h: inout HTML, _ path: String, _ text: String, options: [(String, String)], selected: String,
                required: Bool = false, placeholder: String? = nil, describedBy: String? = nil) {
        h.raw("<div class=\"field\">")
        label(&h, path, text, required: required)
        h.raw("<select")
        identity(&h, path, describedBy: describedBy)
        if required { h.raw(" required") }
        h.raw(">")
        if let placeholder { FormField.blankOption(&h, lang.t(placeholder)) }
        for (value, name) in options {
            FormField.option(&h, value: value, lang.t(name), selected: value == selected)
        }
        h.raw("</select>")
        message(&h, path)
        h.raw("</div>")
    }

    /// A checkbox with its label after it.
    func checkbox(_ h: inout HTML, _ path: String, _ text: String, checked: Bool, hint: String? = nil) {
        h.raw("<label")
        h.attr("for", Self.id(path))
        h.raw("><input type=\"checkbox\" value=\"on\"")
        identity(&h, path)
        if checked { h.raw(" checked") }
        h.raw("> ")
        h.text(lang.t(text))
        if let hint {
            h.raw("<span class=\"hint\">")
            h.text(lang.t(hint))
            h.raw("</span>")
        }
        h.raw("</label>")
    }
}
