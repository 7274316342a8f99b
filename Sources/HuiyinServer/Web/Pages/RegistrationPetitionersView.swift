import HuiyinDomain
import HuiyinStore

/// The petitioners part of the registration form (信访人): one fieldset per person, the buttons that add
/// one or look up earlier petitions, and the repeat hints.
struct RegistrationPetitionersView {
    let layout: Layout
    let form: RegistrationForm
    let fields: RegistrationFields
    let matches: [EarlierPetition]?

    static let idTypes: [(String, String)] = [
        (Petitioner.IDType.residentID.rawValue, "居民身份证"),
        (Petitioner.IDType.passport.rawValue, "护照"),
        (Petitioner.IDType.other.rawValue, "其他证件"),
    ]
    static let sexes: [(String, String)] = [
        (Petitioner.Sex.unknown.rawValue, "未填"),
        (Petitioner.Sex.male.rawValue, "男"),
        (Petitioner.Sex.female.rawValue, "女"),
    ]

    func render(_ h: inout HTML) {
        let f = fields
        h.raw("<section class=\"card\" id=\"petitioners\" aria-labelledby=\"reg-people\"><h2 id=\"reg-people\">")
        h.text(layout.t("信访人"))
        h.raw("</h2>")
        if let messages = f.errors["petitioners"] {
            h.raw("<p class=\"field-error block\" id=\"f-petitioners-error\">")
            for (i, m) in messages.enumerated() {
                if i > 0 { h.raw("<br>") }
                h.text(layout.t(m))
            }
            h.raw("</p>")
        }
        for i in form.petitioners.indices {
            fieldset(&h, i)
        }
        h.raw("<div class=\"row people-actions\"><button type=\"submit\" name=\"add\" value=\"1\" class=\"secondary\">")
        h.text(layout.t("添加信访人"))
        h.raw("</button><button type=\"submit\" name=\"lookup\" value=\"1\" class=\"secondary\">")
        h.text(layout.t("查重"))
        h.raw("</button><span class=\"muted\">")
        h.text(layout.t("按身份证号码和电话号码查找该信访人以往的信访件"))
        h.raw("</span></div><div id=\"lookup-results\" class=\"lookup-results\" aria-live=\"polite\">")
        RegistrationLookupView.render(&h, lang: layout.lang, matches: matches, selected: form.linkMatter)
        h.raw("</div></section>")
    }

    private func fieldset(_ h: inout HTML, _ i: Int) {
        let f = fields
        let p = form.petitioners[i]
        let path = "petitioners[\(i)]."
        let number = String(i + 1)
        h.raw("<fieldset class=\"petitioner\"><legend>")
        h.text(layout.t("信访人"))
        h.raw(" ")
        h.text(number)
        h.raw("</legend><div class=\"reg-grid\">")
        f.input(&h, path + "name", "姓名", value: p.name, required: !form.anonymous, extra: " autocomplete=\"off\" maxlength=\"50\"")
        f.select(&h, path + "role", "身份", options: Petitioner.PetitionerRole.allCases.map { ($0.rawValue, $0.chineseName) },
                 selected: p.role, describedBy: f.hasError("petitioners") ? "f-petitioners-error" : nil)
        f.select(&h, path + "idType", "证件类型", options: Self.idTypes, selected: p.idType)
        f.input(&h, path + "idNumber", "证件号码", value: p.idNumber, hint: "18 位身份证号码",
                extra: " autocomplete=\"off\" maxlength=\"32\" spellcheck=\"false\" data-lookup=\"id\"")
        f.input(&h, path + "phone", "联系电话", value: p.phone, type: "tel",
                extra: " autocomplete=\"off\" maxlength=\"40\" data-lookup=\"phone\"")
        f.select(&h, path + "sex", "性别", options: Self.sexes, selected: p.sex)
        h.raw("</div><div class=\"reg-grid two\">")
        f.input(&h, path + "address", "住址", value: p.address, extra: " autocomplete=\"off\" maxlength=\"200\"")
        f.input(&h, path + "workplace", "工作单位", value: p.workplace, extra: " autocomplete=\"off\" maxlength=\"200\"")
        h.raw("</div>")
        if form.petitioners.count > 1 {
            h.raw("<p class=\"remove\"><button type=\"submit\" name=\"remove\" class=\"link\"")
            h.attr("value", String(i))
            h.raw(">")
            h.text(layout.t("删除信访人"))
            h.raw(" ")
            h.text(number)
            h.raw("</button></p>")
        }
        h.raw("</fieldset>")
    }
}
