import Hummingbird
import HuiyinDomain
import HuiyinStore

/// 我要信访: the online petition form. One column, large targets, plain words; works without
/// JavaScript (the script only counts characters). Every input has a label; problems are listed at the
/// top with links and shown beside their fields, with everything typed kept.
struct PortalSubmitView {
    let layout: PortalLayout
    let form: PortalSubmission
    let errors: [FieldError]
    let config: CountyConfiguration
    let csrf: String
    /// Files were sent with a form that had problems: they must be chosen again.
    var filesDropped = false
    var notice: PortalNotice?

    /// Plain-language purposes.
    static let purposes: [(Purpose, String)] = [
        (.demand, "反映问题，请求解决"), (.suggestion, "提出意见建议"), (.accusation, "检举控告"),
        (.appeal, "申诉（对处理结果不服）"), (.enquiry, "咨询政策"),
    ]

    /// Everyday words for the first-level classes, where the county's taxonomy uses these names.
    static let categoryHints: [String: String] = [
        "城乡建设": "道路、供水供电、物业、违章建筑", "党务政务": "机关作风、政务服务", "国土资源": "土地、矿产",
        "环境保护": "污染、噪音、垃圾", "纪检监察": "公职人员违纪违法", "交通运输": "公交、出租车、道路运输",
        "经济管理": "企业、市场、价格", "科技与信息产业": "通信、网络", "民政": "低保、救助、养老、婚姻登记",
        "农村农业": "土地承包、村务、惠农补贴", "商贸旅游": "商业、旅游", "卫生计生": "医疗、医保、公共卫生",
        "政法": "治安、法律服务", "教育文体": "入学、教师、文化体育", "劳动和社会保障": "工资、社保、就业",
    ]

    func render(status: HTTPResponse.Status = .ok) -> Response {
        let fields = RegistrationFields(lang: layout.lang, errors: errors)
        return layout.render(status: status) { h in
            h.raw("<div class=\"portal-page registration\"><h1>")
            h.text(layout.t("我要信访"))
            h.raw("</h1><p class=\"lead\">")
            h.text(layout.t("请如实填写。带 * 的为必填项，大约需要三分钟。提交后您会得到信访件编号和查询码。"))
            h.raw(" <a href=\"/public\">")
            h.text(layout.t("先看办事指南"))
            h.raw("</a></p>")
            layout.notice(&h, notice)
            errorSummary(&h)
            h.raw("<form method=\"post\" action=\"/public/submit\" enctype=\"multipart/form-data\" novalidate>")
            layout.csrf(&h, token: csrf)
            who(&h, fields)
            place(&h, fields)
            matter(&h, fields)
            attachments(&h, fields)
            // A field people never see or reach; robots fill in every field.
            h.raw("<div class=\"visually-hidden\" aria-hidden=\"true\"><label for=\"f-website\">")
            h.text(layout.t("请勿填写此项"))
            h.raw("</label><input type=\"text\" id=\"f-website\" name=\"website\" tabindex=\"-1\" autocomplete=\"off\"></div>")
            h.raw("<p class=\"form-actions\"><button type=\"submit\">")
            h.text(layout.t("提交信访事项"))
            h.raw("</button></p></form></div>")
        }
    }

    private func errorSummary(_ h: inout HTML) {
        FormField.errorSummary(&h, id: "reg-errors", focusable: true, heading: layout.t("提交未完成，请修改以下内容："),
                               errors.map { (RegistrationFields.id($0.field), layout.t($0.message)) })
    }

    private func who(_ h: inout HTML, _ f: RegistrationFields) {
        h.raw("<section class=\"card\" aria-labelledby=\"s-who\"><h2 id=\"s-who\">")
        h.text(layout.t("1. 您的信息"))
        h.raw("</h2><fieldset class=\"choice\"><legend>")
        h.text(layout.t("谁来反映"))
        h.raw("</legend><label class=\"radio\"><input type=\"radio\" name=\"kind\" value=\"person\"")
        if !form.isGroup { h.raw(" checked") }
        h.raw("> ")
        h.text(layout.t("我本人"))
        h.raw("</label><label class=\"radio\"><input type=\"radio\" name=\"kind\" value=\"group\"")
        if form.isGroup { h.raw(" checked") }
        h.raw("> ")
        h.text(layout.t("多人联名"))
        h.raw("</label></fieldset>")
        person(&h, f, 0, required: true)
        h.raw("<details class=\"group\"")
        if form.isGroup || f.hasError("peopleCount") { h.raw(" open") }
        h.raw("><summary>")
        h.text(layout.t("多人联名时填写：人数和代表"))
        h.raw("</summary><p class=\"hint-text\">")
        h.text(layout.t("联名人数达到") + "\(config.rules.collectiveThreshold)" + layout.t("人以上的，请推选不超过")
               + "\(config.rules.maxRepresentatives)" + layout.t("名代表（包括您本人），并填写代表的信息。"))
        h.raw("</p>")
        f.input(&h, "peopleCount", "联名人数", value: form.peopleCount, type: "number", extra: " min=\"2\" inputmode=\"numeric\"")
        for i in 1..<PortalSubmission.maxNamed {
            h.raw("<fieldset class=\"petitioner\"><legend>")
            h.text(layout.t("代表") + " \(i + 1)")
            h.raw("</legend>")
            person(&h, f, i, required: false)
            h.raw("</fieldset>")
        }
        h.raw("</details></section>")
    }

    private func person(_ h: inout HTML, _ f: RegistrationFields, _ i: Int, required: Bool) {
        let p = form.people[i], path = "petitioners[\(i)]."
        h.raw("<div class=\"reg-grid two\">")
        f.input(&h, path + "name", "真实姓名", value: p.name, required: required, extra: " autocomplete=\"name\"")
        f.input(&h, path + "idNumber", "身份证号码", value: p.idNumber, required: required, hint: "18位",
                extra: " autocomplete=\"off\" maxlength=\"18\" spellcheck=\"false\" autocapitalize=\"characters\"")
        f.input(&h, path + "phone", "联系电话", value: p.phone, type: "tel", required: required, extra: " autocomplete=\"tel\" inputmode=\"tel\"")
        if i == 0 { f.input(&h, path + "address", "联系地址", value: p.address, extra: " autocomplete=\"street-address\"") }
        h.raw("</div>")
    }

    private func place(_ h: inout HTML, _ f: RegistrationFields) {
        h.raw("<section class=\"card\" aria-labelledby=\"s-place\"><h2 id=\"s-place\">")
        h.text(layout.t("2. 问题发生在哪里"))
        h.raw("</h2>")
        f.localityPicker(&h, units: config.units, selected: form.localityUnitID)
        f.input(&h, "localityAddress", "详细地点", value: form.localityAddress, hint: "如村组、小区、门牌号")
        h.raw("</section>")
    }

    private func matter(_ h: inout HTML, _ f: RegistrationFields) {
        h.raw("<section class=\"card\" aria-labelledby=\"s-matter\"><h2 id=\"s-matter\">")
        h.text(layout.t("3. 反映什么"))
        h.raw("</h2>")
        f.select(&h, "purpose", "您想要", options: Self.purposes.map { ($0.0.rawValue, $0.1) }, selected: form.purpose, required: true)
        var categories: [(String, String)] = []
        for c in config.taxonomy.children(of: nil) {
            categories.append((c.code, Self.categoryHints[c.name].map { c.name + "（" + $0 + "）" } ?? c.name))
        }
        f.select(&h, "categoryCode", "问题类别", options: categories, selected: form.categoryCode, placeholder: "不清楚，由信访部门分类")
        f.input(&h, "title", "标题", value: form.title, required: true, hint: "一句话概括，如“某村道路损毁无人维修”",
                extra: " maxlength=\"100\"")
        h.raw("<div class=\"field\">")
        f.label(&h, "content", "主要事实和理由", required: true, hint: "最多\(PortalSubmission.maxContent)字")
        h.raw("<textarea rows=\"8\" maxlength=\"")
        h.text(PortalSubmission.maxContent)
        h.raw("\" data-counter=\"content-count\"")
        f.identity(&h, "content", describedBy: "content-count")
        h.raw(" required>")
        h.text(form.content)
        h.raw("</textarea><p class=\"hint-text counter\" id=\"content-count\" aria-live=\"polite\">")
        h.text(layout.t("已输入") + " \(form.content.count) / \(PortalSubmission.maxContent) " + layout.t("字"))
        h.raw("</p>")
        f.message(&h, "content")
        h.raw("</div>")
        f.textarea(&h, "demands", "您的诉求", value: form.demands, hint: "希望怎样解决", rows: "3")
        h.raw("<details class=\"accused\"")
        if form.purpose == Purpose.accusation.rawValue { h.raw(" open") }
        h.raw("><summary>")
        h.text(layout.t("检举控告时填写：被检举控告的单位"))
        h.raw("</summary>")
        f.accusedPicker(&h, units: config.units, selected: form.accusedUnitIDs)
        h.raw("</details></section>")
    }

    private func attachments(_ h: inout HTML, _ f: RegistrationFields) {
        h.raw("<section class=\"card\" aria-labelledby=\"s-files\"><h2 id=\"s-files\">")
        h.text(layout.t("4. 附件（可选）"))
        h.raw("</h2><p class=\"hint-text\" id=\"files-hint\">")
        h.text(layout.t("最多3个，每个不超过10MB；只接受照片（JPG、PNG、GIF、WebP）和 PDF 文件。"))
        h.raw("</p>")
        if filesDropped {
            h.raw("<p class=\"notice warn\">")
            h.text(layout.t("为安全起见，表单有误时已选的附件不会保留，请重新选择。"))
            h.raw("</p>")
        }
        for i in 1...3 {
            // The first input carries the field's id, so the error summary's link lands on it.
            let id = i == 1 ? RegistrationFields.id("attachments") : "f-attachments-\(i)"
            h.raw("<label")
            h.attr("for", id)
            h.raw(">")
            h.text(layout.t("附件") + " \(i)")
            h.raw("</label><input type=\"file\" accept=\"image/jpeg,image/png,image/gif,image/webp,application/pdf\"")
            if i == 1 {
                f.identity(&h, "attachments", describedBy: "files-hint")
            } else {
                h.attr("id", id)
                h.raw(" name=\"attachments\" aria-describedby=\"files-hint\"")
            }
            h.raw(">")
        }
        f.message(&h, "attachments")
        h.raw("</section>")
    }
}
