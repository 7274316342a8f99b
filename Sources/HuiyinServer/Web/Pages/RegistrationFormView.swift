import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The registration page (登记): one form for letters, visits, calls and online petitions.
///
/// Works without JavaScript: "添加信访人", "删除" and "查重" are submit buttons that show the form
/// again with all input kept; the script only refreshes the repeat hints while typing.
struct RegistrationFormView {
    let layout: Layout
    let form: RegistrationForm
    let errors: [FieldError]
    let config: CountyConfiguration
    /// Earlier petitions of the same person; nil when not searched.
    let matches: [EarlierPetition]?
    /// 智能提示 from the text typed; nil when not computed.
    var hints: RegistrationHints?

    var fields: RegistrationFields { RegistrationFields(lang: layout.lang, errors: errors) }

    func render(status: HTTPResponse.Status = .ok) -> Response {
        let fields = self.fields
        return layout.render(status: status) { h in
            h.raw("<div class=\"registration\"><h1>")
            h.text(layout.t("登记信访件"))
            h.raw("</h1><p class=\"muted\">")
            h.text(layout.t("来信、来访、来电和网上信访均在此登记。带 * 的为必填项。"))
            h.raw("</p>")
            summary(&h)
            h.raw("<form method=\"post\" action=\"/petitions/new\" novalidate>")
            layout.csrf(&h)
            h.raw("<input type=\"hidden\" name=\"count\"")
            h.attr("value", String(form.petitioners.count))
            // Enter in a text field submits with the first submit button: make that one "登记".
            h.raw("><button type=\"submit\" name=\"register\" value=\"1\" class=\"default-submit\" tabindex=\"-1\" aria-hidden=\"true\">")
            h.text(layout.t("登记"))
            h.raw("</button>")
            basics(&h, fields)
            RegistrationPetitionersView(layout: layout, form: form, fields: fields, matches: matches).render(&h)
            content(&h, fields)
            RegistrationHintsView(lang: layout.lang, config: config, form: form, hints: hints).render(&h)
            flags(&h, fields)
            h.raw("<div class=\"form-actions\"><button type=\"submit\" name=\"register\" value=\"1\">")
            h.text(layout.t("登记"))
            h.raw("</button><a class=\"button secondary\" href=\"/\">")
            h.text(layout.t("取消"))
            h.raw("</a></div></form></div><script src=\"/static/huiyin.js\" defer></script>")
        }
    }

    /// Every problem at the top, each a link to its field, so a keyboard or screen-reader user finds them.
    private func summary(_ h: inout HTML) {
        let ordered = errors.enumerated().sorted { (Self.rank($0.element.field), $0.offset) < (Self.rank($1.element.field), $1.offset) }
        FormField.errorSummary(&h, id: "reg-errors", heading: layout.t("登记未完成，请修改以下内容："), ordered.map { _, e in
            (e.field == "petitioners" ? "petitioners" : RegistrationFields.id(e.field.hasPrefix("accusedUnitIds") ? "accusedUnitIds" : e.field),
             fieldName(e.field) + "：" + layout.t(e.message))
        })
    }

    /// The label of a field path, for the summary: `petitioners[1].phone` → "信访人 2 · 联系电话".
    func fieldName(_ path: String) -> String {
        if path.hasPrefix("petitioners["), let close = path.firstIndex(of: "]"),
           let i = Int(path[path.index(path.startIndex, offsetBy: 12)..<close]) {
            let rest = path[close...].dropFirst(2)
            return layout.t("信访人") + " " + String(i + 1) + " · " + layout.t(Self.labels[String(rest)] ?? String(rest))
        }
        if path.hasPrefix("accusedUnitIds") { return layout.t("被反映（被控告）单位") }
        return layout.t(Self.labels[path] ?? path)
    }

    /// The order of fields on the page, so the summary reads top to bottom.
    static func rank(_ path: String) -> Int {
        if path.hasPrefix("petitioners[") { return 100 + (Int(path.dropFirst(12).prefix { $0.isNumber }) ?? 0) }
        if path.hasPrefix("accusedUnitIds") { return 400 }
        return order[path] ?? 500
    }

    static let order: [String: Int] = [
        "channel": 1, "source": 2, "purpose": 3, "receivedAt": 4, "peopleCount": 5, "petitioners": 50,
        "title": 300, "categoryCode": 301, "localityUnitId": 302, "localityAddress": 303, "content": 304, "demands": 305,
    ]

    static let labels: [String: String] = [
        "channel": "信访形式", "source": "来源", "receivedAt": "收到时间", "purpose": "信访目的", "peopleCount": "人数",
        "petitioners": "信访人", "categoryCode": "内容分类", "localityUnitId": "问题属地", "localityAddress": "问题发生地址",
        "title": "标题", "content": "主要事实和理由", "demands": "诉求", "name": "姓名", "idType": "证件类型",
        "idNumber": "证件号码", "sex": "性别", "phone": "联系电话", "address": "住址", "workplace": "工作单位", "role": "身份",
    ]

    private func basics(_ h: inout HTML, _ f: RegistrationFields) {
        h.raw("<section class=\"card\" aria-labelledby=\"reg-basics\"><h2 id=\"reg-basics\">")
        h.text(layout.t("信访形式与来源"))
        h.raw("</h2><div class=\"reg-grid\">")
        f.select(&h, "channel", "信访形式", options: Channel.allCases.map { ($0.rawValue, $0.chineseName) }, selected: form.channel,
                 required: true)
        f.select(&h, "source", "来源", options: PetitionSource.allCases.map { ($0.rawValue, $0.chineseName) }, selected: form.source,
                 required: true)
        f.select(&h, "purpose", "信访目的", options: Purpose.allCases.map { ($0.rawValue, $0.chineseName) }, selected: form.purpose,
                 required: true, placeholder: "请选择")
        // Date and time share one message (field `receivedAt`).
        h.raw("<div class=\"field\"><label for=\"f-receivedAt\" class=\"required\">")
        h.text(layout.t("收到日期"))
        h.raw("</label><input type=\"date\" id=\"f-receivedAt\" name=\"receivedDate\"")
        h.attr("value", form.receivedDate)
        invalid(&h, f, "receivedAt")
        h.raw("></div><div class=\"field\"><label for=\"f-receivedTime\">")
        h.text(layout.t("收到时间"))
        h.raw("</label><input type=\"time\" id=\"f-receivedTime\" name=\"receivedTime\"")
        h.attr("value", form.receivedTime)
        invalid(&h, f, "receivedAt")
        h.raw("></div>")
        let hintID = "f-peopleCount-hint"
        h.raw("<div class=\"field\">")
        f.label(&h, "peopleCount", "人数", required: true)
        h.raw("<input type=\"number\" min=\"1\" max=\"100000\" inputmode=\"numeric\"")
        f.identity(&h, "peopleCount", value: form.peopleCount,
                   describedBy: hintID + (f.hasError("petitioners") ? " f-petitioners-error" : ""))
        h.raw(" required>")
        f.message(&h, "peopleCount")
        h.raw("<p class=\"hint-text\"")
        h.attr("id", hintID)
        h.raw(">")
        let rules = config.rules
        h.text(layout.lang == .zh
            ? "\(rules.collectiveThreshold)人及以上为集体访，须推选 1–\(rules.maxRepresentatives) 名代表（在信访人中将身份选为“代表”）。"
            : "\(rules.collectiveThreshold) or more people make a collective petition: name 1–\(rules.maxRepresentatives) representatives (role \"Representative\" below).")
        h.raw("</p></div></div>")
        f.message(&h, "receivedAt")
        h.raw("</section>")
    }

    private func invalid(_ h: inout HTML, _ f: RegistrationFields, _ path: String) {
        FormField.describedBy(&h, id: RegistrationFields.id(path), invalid: f.hasError(path))
    }

    private func content(_ h: inout HTML, _ f: RegistrationFields) {
        h.raw("<section class=\"card\" aria-labelledby=\"reg-content\"><h2 id=\"reg-content\">")
        h.text(layout.t("反映内容"))
        h.raw("</h2>")
        f.input(&h, "title", "标题", value: form.title, required: true, hint: "一句话概括，不超过 100 字", extra: " maxlength=\"100\"")
        h.raw("<div class=\"reg-grid two\">")
        f.categoryPicker(&h, taxonomy: config.taxonomy, selected: form.categoryCode)
        f.localityPicker(&h, units: config.units, selected: form.localityUnitID)
        h.raw("</div>")
        f.input(&h, "localityAddress", "问题发生地址", value: form.localityAddress, hint: "如 某村某组、某小区某栋")
        f.textarea(&h, "content", "主要事实和理由", value: form.content, required: true, rows: "8")
        f.textarea(&h, "demands", "诉求", value: form.demands, hint: "信访人希望解决什么", rows: "3")
        h.raw("</section>")
    }

    private func flags(_ h: inout HTML, _ f: RegistrationFields) {
        h.raw("<section class=\"card\" aria-labelledby=\"reg-flags\"><h2 id=\"reg-flags\">")
        h.text(layout.t("情形标记"))
        h.raw("</h2><fieldset class=\"checks\"><legend>")
        h.text(layout.t("如有以下情形请勾选"))
        h.raw("</legend>")
        f.checkbox(&h, "levelSkipping", "越级", checked: form.levelSkipping)
        f.checkbox(&h, "legalProcedure", "涉法涉诉（应通过诉讼、仲裁、复议等途径）", checked: form.legalProcedure)
        f.checkbox(&h, "anonymous", "匿名", checked: form.anonymous)
        f.checkbox(&h, "confidential", "揭发控告／需保密", checked: form.confidential)
        f.checkbox(&h, "emergency", "紧急情况（赴省进京、扬言极端行为等）", checked: form.emergency)
        h.raw("</fieldset>")
        f.accusedPicker(&h, units: config.units, selected: form.accusedUnitIDs)
        h.raw("</section>")
    }
}
