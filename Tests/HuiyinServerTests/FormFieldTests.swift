import Foundation
import HuiyinDomain
@testable import HuiyinServer
import Hummingbird
import HummingbirdTesting
import Testing

/// The parts of every form control, to the letter: registration, administration, the case page's actions
/// and the portal all write labels, error attributes, messages and options through ``FormField``, and
/// assistive technology relies on these exact ties (`for`, `aria-describedby` → the message's `id`).
@Suite("Form fields")
struct FormFieldTests {
    static func written(_ body: (inout HTML) -> Void) -> String {
        var h = HTML(capacity: 256)
        body(&h)
        return String(decoding: h.bytes, as: UTF8.self)
    }

    @Test("label, error attributes, message, options and the error summary")
    func parts() {
        #expect(Self.written { FormField.label(&$0, for: "f-a", "姓名") } == "<label for=\"f-a\">姓名</label>")
        #expect(Self.written { FormField.label(&$0, for: "x\"y", "<b>", required: true, hint: "18位") }
            == "<label for=\"x&quot;y\" class=\"required\">&lt;b&gt;<span class=\"hint\">18位</span></label>")
        #expect(Self.written { FormField.describedBy(&$0, id: "f-a", invalid: false) } == "")
        #expect(Self.written { FormField.describedBy(&$0, id: "f-a", invalid: false, also: "hint") } == " aria-describedby=\"hint\"")
        #expect(Self.written { FormField.describedBy(&$0, id: "f-a", invalid: true) } == " aria-invalid=\"true\" aria-describedby=\"f-a-error\"")
        #expect(Self.written { FormField.describedBy(&$0, id: "f-a", invalid: true, also: "hint") }
            == " aria-invalid=\"true\" aria-describedby=\"f-a-error hint\"")
        #expect(Self.written { FormField.message(&$0, id: "f-a", nil as String?) } == "")
        #expect(Self.written { FormField.message(&$0, id: "f-a", [String]()) } == "")
        #expect(Self.written { FormField.message(&$0, id: "f-a", ["一", "二&"]) } == "<p class=\"field-error\" id=\"f-a-error\">一<br>二&amp;</p>")
        #expect(Self.written { FormField.message(&$0, id: "f-a", "请选择") } == "<p class=\"field-error\" id=\"f-a-error\">请选择</p>")
        #expect(Self.written { FormField.option(&$0, value: "7", "柳塘镇", selected: false) } == "<option value=\"7\">柳塘镇</option>")
        #expect(Self.written { FormField.option(&$0, value: "8", "新塘村", selected: true, depth: 2) }
            == "<option value=\"8\" selected>\u{3000}\u{3000}新塘村</option>")
        #expect(Self.written { FormField.option(&$0, value: "9", "深", selected: false, depth: 12) }
            == "<option value=\"9\">" + String(repeating: "\u{3000}", count: 8) + "深</option>")
        #expect(Self.written { FormField.blankOption(&$0, "请选择") } == "<option value=\"\">请选择</option>")
        #expect(Self.written { FormField.errorSummary(&$0, id: "reg-errors", heading: "有误", []) } == "")
        #expect(Self.written { FormField.errorSummary(&$0, id: "reg-errors", focusable: true, heading: "有误", [("f-title", "标题：请填写")]) }
            == "<div class=\"notice error\" role=\"alert\" id=\"reg-errors\" tabindex=\"-1\"><h2>有误</h2><ul>"
            + "<li><a href=\"#f-title\">标题：请填写</a></li></ul></div>")
    }

    @Test("registration fields: ids from paths, every message of a field, a hint kept in aria-describedby")
    func registrationFields() {
        let f = RegistrationFields(lang: .zh, errors: [
            FieldError("petitioners[0].phone", "电话号码格式不对"),
            FieldError("petitioners[0].phone", "请填写联系电话"),
            FieldError("accusedUnitIds[2]", "单位不存在"),
        ])
        #expect(Self.written { f.input(&$0, "petitioners[0].phone", "联系电话", value: "139", type: "tel", required: true) }
            == "<div class=\"field\"><label for=\"f-petitioners-0-phone\" class=\"required\">联系电话</label>"
            + "<input type=\"tel\" id=\"f-petitioners-0-phone\" name=\"petitioners[0].phone\" value=\"139\""
            + " aria-invalid=\"true\" aria-describedby=\"f-petitioners-0-phone-error\" required>"
            + "<p class=\"field-error\" id=\"f-petitioners-0-phone-error\">电话号码格式不对<br>请填写联系电话</p></div>")
        #expect(Self.written { f.identity(&$0, "content", describedBy: "content-count") }
            == " id=\"f-content\" name=\"content\" aria-describedby=\"content-count\"")
        #expect(Self.written { f.message(&$0, "accusedUnitIds") } == "<p class=\"field-error\" id=\"f-accusedUnitIds-error\">单位不存在</p>")
        #expect(Self.written { f.select(&$0, "purpose", "信访目的", options: [("demand", "求决")], selected: "demand", placeholder: "请选择") }
            == "<div class=\"field\"><label for=\"f-purpose\">信访目的</label><select id=\"f-purpose\" name=\"purpose\">"
            + "<option value=\"\">请选择</option><option value=\"demand\" selected>求决</option></select></div>")
    }

    @Test("a refused case action shows its message beside the field, tied to it")
    func caseActionField() async throws {
        try await APIFixture.withApp(today: "2026-09-21") { f, client in
            let flow = CaseFlow(f: f, client: client)
            let id = try await flow.register()
            try await flow.act("fenban", id, "forward", [("unitId", String(f.unit("柳塘镇").id)), ("note", "")])
            try await flow.act("xz04.cb", id, "accept", [("note", "")])
            let refused = try await flow.act("xz04.fz", id, "extend", [("days", ""), ("reason", "需要现场勘查")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("<label for=\"extend-days\" class=\"required\">延长天数<span class=\"hint\">1–"))
            #expect(refused.body.contains("<input type=\"number\" id=\"extend-days\" name=\"days\" value=\"\" min=\"1\" max=\""))
            #expect(refused.body.contains(" aria-invalid=\"true\" aria-describedby=\"extend-days-error\">"
                + "<p class=\"field-error\" id=\"extend-days-error\">请填写延期天数</p>"))
            #expect(refused.body.contains("<label for=\"extend-reason\" class=\"required\">延期理由</label>"
                + "<textarea id=\"extend-reason\" name=\"reason\" rows=\"3\">需要现场勘查</textarea>"))
        }
    }
}
