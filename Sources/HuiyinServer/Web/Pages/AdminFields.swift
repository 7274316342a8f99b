import HuiyinDomain

/// Form controls of the administration pages: a label for every control, the message beside a field
/// that was refused (`aria-invalid` and `aria-describedby`, written by ``FormField``), and the value the
/// administrator typed. A field's name is its id.
struct AdminFields {
    let layout: Layout
    /// Messages by field name, already in the interface language.
    var errors: [String: String] = [:]

    func t(_ zh: String) -> String { layout.t(zh) }

    /// `<label for=name>label</label>` with an optional required mark and hint.
    func label(_ h: inout HTML, _ name: String, _ label: String, required: Bool = false, hint: String? = nil) {
        FormField.label(&h, for: name, t(label), required: required, hint: hint.map(t))
    }

    /// ` aria-invalid="true" aria-describedby="name-error"` when the field has a message.
    func invalidAttributes(_ h: inout HTML, _ name: String) {
        FormField.describedBy(&h, id: name, invalid: errors[name] != nil)
    }

    /// The message under a field, if it has one.
    func message(_ h: inout HTML, _ name: String) {
        FormField.message(&h, id: name, errors[name])
    }

    func input(_ h: inout HTML, _ name: String, _ label: String, value: String, type: StaticString = "text",
               required: Bool = false, hint: String? = nil, autocomplete: StaticString = "off", extra: StaticString = "") {
        self.label(&h, name, label, required: required, hint: hint)
        h.raw("<input type=\"")
        h.raw(type)
        h.raw("\"")
        h.attr("id", name)
        h.attr("name", name)
        h.attr("value", value)
        h.raw(" autocomplete=\"")
        h.raw(autocomplete)
        h.raw("\"")
        if required { h.raw(" required") }
        h.raw(extra)
        invalidAttributes(&h, name)
        h.raw(">")
        message(&h, name)
    }

    func textarea(_ h: inout HTML, _ name: String, _ label: String, value: String, hint: String? = nil, rows: StaticString = "8") {
        self.label(&h, name, label, hint: hint)
        h.raw("<textarea rows=\"")
        h.raw(rows)
        h.raw("\" spellcheck=\"false\"")
        h.attr("id", name)
        h.attr("name", name)
        invalidAttributes(&h, name)
        h.raw(">")
        h.text(value)
        h.raw("</textarea>")
        message(&h, name)
    }

    /// A select over `options` (value, label, indent depth); `selected` is the chosen value.
    func select(_ h: inout HTML, _ name: String, _ label: String, options: [(value: String, label: String, depth: Int)],
                selected: String, required: Bool = false, blank: String? = nil) {
        self.label(&h, name, label, required: required)
        h.raw("<select")
        h.attr("id", name)
        h.attr("name", name)
        if required { h.raw(" required") }
        invalidAttributes(&h, name)
        h.raw(">")
        if let blank { FormField.blankOption(&h, t(blank)) }
        for o in options { FormField.option(&h, value: o.value, o.label, selected: o.value == selected, depth: o.depth) }
        h.raw("</select>")
        message(&h, name)
    }

    /// The options of a unit picker: the tree in order, indented, with the kind.
    static func unitOptions(_ tree: [(unit: OrgUnit, depth: Int)], lang: Lang) -> [(value: String, label: String, depth: Int)] {
        tree.map { (String($0.unit.id), $0.unit.name + "（" + lang.t($0.unit.kind.chineseName) + "）", $0.depth) }
    }

    /// A list of problems that belong to no single field.
    func problems(_ h: inout HTML, _ list: [String]) {
        guard !list.isEmpty else { return }
        h.raw("<div class=\"notice error\" role=\"alert\"><ul>")
        for p in list {
            h.raw("<li>")
            h.text(t(p))
            h.raw("</li>")
        }
        h.raw("</ul></div>")
    }

    /// A summary at the top of a refused form, so screen-reader users hear that something needs fixing.
    func summary(_ h: inout HTML) {
        guard !errors.isEmpty else { return }
        h.raw("<div class=\"notice error\" role=\"alert\">")
        h.text(layout.lang == .zh ? "有 \(errors.count) 处需要修改，请查看标出的字段"
               : "\(errors.count) field\(errors.count == 1 ? "" : "s") to fix; see the marked fields")
        h.raw("</div>")
    }
}
