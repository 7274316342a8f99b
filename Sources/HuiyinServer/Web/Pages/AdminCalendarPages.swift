import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The official calendar (官方日历): the years on file with their holidays and 调休 make-up working days,
/// a warning when a year is missing, and a form to add or replace a year. Every due date is computed on
/// this calendar, so a saved year takes effect at once (the configuration is reloaded).
struct AdminCalendarPages {
    let services: HuiyinServices

    func register(on admin: RouterGroup<HuiyinContext>) {
        admin.get("calendar") { request, context in try await list(context, done: AdminPage.done(request)) }
        admin.get("calendar/edit") { request, context in
            let calendar = services.configuration.current.calendar
            let wanted = request.uri.queryParameters.get("year").flatMap { Int($0) }
            var form = AdminCalendarForm()
            if let wanted, let existing = calendar.years.first(where: { $0.year == wanted }) {
                form = AdminCalendarForm(existing)
            } else {
                form.year = String(wanted ?? ((calendar.years.last?.year ?? services.petitions.today.year - 1) + 1))
            }
            return edit(context, form: form, errors: [:])
        }
        admin.post("calendar") { request, context in try await save(request, context) }
    }

    private func save(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        let session = try context.requireSession()
        let form = AdminCalendarForm(try await context.form(request))
        switch form.parse() {
        case .failure(let refusal):
            return edit(context, form: form, errors: refusal.errors.mapValues { context.lang.t($0) }, status: .unprocessableContent)
        case .success(let year):
            let replaced = services.configuration.current.calendar.covers(year: year.year)
            try await services.store.saveCalendarYear(year)
            try await services.reloadConfiguration()
            let summary = year.holidays.map { h in
                h.name + " " + AdminCalendarForm.ranges(h.days).map { $0.0 == $0.1 ? $0.0.iso : "\($0.0.iso)..\($0.1.iso)" }.joined(separator: ",")
            }.joined(separator: "；")
            try await services.recordAdminChange(
                by: session, action: "admin-calendar-save",
                detail: "\(replaced ? "替换" : "录入") \(year.year) 年官方日历：\(summary)；调休上班 \(year.makeUpWorkdays.map(\.iso).joined(separator: ","))")
            return Response.redirect(to: "/admin/calendar?done=calendar-saved", type: .normal)
        }
    }

    private func list(_ context: HuiyinContext, done: String?) async throws -> Response {
        let calendar = services.configuration.current.calendar
        let stored = Set(try await services.store.calendarYears().map(\.year))
        let warning = calendar.missingYearWarning(today: services.petitions.today)
        let lang = context.lang
        let page = AdminPage(context: context, title: "官方日历", area: .calendar)
        return page.render(done: done) { h in
            h.raw("<div class=\"row admin-head\"><h1>")
            h.text(page.t("官方日历"))
            h.raw("</h1><span class=\"spacer\"></span><a class=\"button\" href=\"/admin/calendar/edit\">")
            h.text(page.t("录入新年度"))
            h.raw("</a></div>")
            if let warning {
                h.raw("<div class=\"notice warn\" role=\"status\">")
                h.text(page.t(warning))
                h.raw("</div>")
            }
            h.raw("<p class=\"muted\">")
            h.text(page.t("依据国务院办公厅每年发布的部分节假日安排通知录入。未录入的年份按普通周末计算期限。"))
            h.raw("</p>")
            for y in calendar.years.reversed() {
                h.raw("<section class=\"card\"")
                h.attr("aria-labelledby", "y\(y.year)")
                h.raw("><div class=\"row admin-head\"><h2")
                h.attr("id", "y\(y.year)")
                h.raw(">")
                h.text(lang == .zh ? "\(y.year)年" : String(y.year))
                h.raw("</h2><span class=\"badge\">")
                h.text(page.t(stored.contains(y.year) ? "管理员录入" : "系统内置"))
                h.raw("</span><span class=\"spacer\"></span><a class=\"button secondary\"")
                h.attr("href", "/admin/calendar/edit?year=\(y.year)")
                h.raw(">")
                h.text(page.t("修改"))
                h.raw("<span class=\"admin-hidden\"> ")
                h.text(String(y.year))
                h.raw("</span></a></div><dl class=\"facts\">")
                for holiday in y.holidays {
                    h.raw("<dt>")
                    h.text(holiday.name)
                    h.raw("</dt><dd>")
                    let ranges = AdminCalendarForm.ranges(holiday.days)
                    for (i, r) in ranges.enumerated() {
                        if i > 0 { h.raw("，") }
                        h.text(WebFormat.date(r.0, lang: lang))
                        if r.0 != r.1 {
                            h.raw(" – ")
                            h.text(WebFormat.date(r.1, lang: lang))
                        }
                    }
                    h.raw(" <span class=\"muted\">")
                    h.text(lang == .zh ? "（\(holiday.days.count) 天）" : "(\(holiday.days.count) days)")
                    h.raw("</span></dd>")
                }
                h.raw("<dt>")
                h.text(page.t("调休上班"))
                h.raw("</dt><dd>")
                if y.makeUpWorkdays.isEmpty { h.raw("—") }
                for (i, d) in y.makeUpWorkdays.enumerated() {
                    if i > 0 { h.raw("，") }
                    h.text(WebFormat.date(d, lang: lang))
                    h.raw("（")
                    h.text(page.t(d.weekday.chinese))
                    h.raw("）")
                }
                h.raw("</dd></dl></section>")
            }
        }
    }

    private func edit(_ context: HuiyinContext, form: AdminCalendarForm, errors: [String: String],
                      status: HTTPResponse.Status = .ok) -> Response {
        let page = AdminPage(context: context, title: "录入官方日历", area: .calendar)
        let fields = AdminFields(layout: page.layout, errors: errors)
        return page.render(status: status) { h in
            h.raw("<p><a href=\"/admin/calendar\">")
            h.text(page.t("← 返回官方日历"))
            h.raw("</a></p><section class=\"card admin-form\"><h1>")
            h.text(page.t("录入官方日历"))
            h.raw("</h1><p class=\"muted\">")
            h.text(page.t("保存同一年份会替换原有安排。"))
            h.raw("</p>")
            fields.summary(&h)
            h.raw("<form method=\"post\" action=\"/admin/calendar\" novalidate>")
            page.layout.csrf(&h)
            fields.input(&h, "year", "年份", value: form.year, type: "number", required: true, extra: " min=\"2000\" max=\"2100\" inputmode=\"numeric\"")
            fields.textarea(&h, "holidays", "放假安排", value: form.holidays,
                            hint: "每行一个节日：名称 开始日期..结束日期，例如 元旦 2027-01-01..2027-01-03")
            fields.textarea(&h, "makeUpDays", "调休上班日", value: form.makeUpDays, hint: "周六或周日上班的日期，用空格或换行分开，例如 2027-02-06",
                            rows: "4")
            h.raw("<p><button type=\"submit\">")
            h.text(page.t("保存"))
            h.raw("</button> <a class=\"button secondary\" href=\"/admin/calendar\">")
            h.text(page.t("取消"))
            h.raw("</a></p></form></section>")
        }
    }
}
