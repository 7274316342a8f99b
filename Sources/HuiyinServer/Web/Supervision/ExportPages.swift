import Foundation
import Hummingbird
import HuiyinDomain
import HuiyinStore

/// Exports (导出) of lists to CSV and `.xlsx`: the case list with its filters (`/petitions/export.csv`,
/// `.xlsx`), the supervision queue, the backlog ledger, the indicator table, the hotspots and the report's tables.
/// Personal data is masked unless the user may see it (``ExportMasking``).
struct ExportPages {
    let services: HuiyinServices

    /// The most rows one export writes.
    static let maxRows = 10_000

    func register(on group: RouterGroup<HuiyinContext>) {
        for format in [ExportFormat.csv, .xlsx] {
            group.get("petitions/export.\(format.rawValue)") { request, context in try await caseList(request, context, format) }
            group.get("supervision/queue.\(format.rawValue)") { _, context in try await queue(context, format) }
            group.get("supervision/backlog.\(format.rawValue)") { _, context in try await backlog(context, format) }
            group.get("supervision/report/tables.\(format.rawValue)") { request, context in try await report(request, context, format) }
            group.get("supervision/hotspots.\(format.rawValue)") { request, context in try await hotspots(request, context, format) }
        }
        group.get("supervision/indicators.xlsx") { request, context in try await indicators(request, context) }
    }

    private func caseList(_ request: Request, _ context: HuiyinContext, _ format: ExportFormat) async throws -> Response {
        let user = try context.requireSession().user
        let config = services.configuration.current
        let today = services.petitions.today
        let query = FormData(request.uri.query ?? "")
        let unitOptions = WorkbenchCaseFilter.unitOptions(for: user, units: config.units)
        let filter = WorkbenchCaseFilter.parse(query, units: unitOptions, taxonomy: config.taxonomy)
        guard filter.isValid else { throw WebError.forbidden(context.lang.t("筛选条件有误，请先在案件查询页修正")) }
        var list = filter.query(today: today, visibleUnitIDs: Jurisdiction.visibleUnits(for: user, units: config.units))
        list.offset = 0
        list.limit = Self.maxRows
        list.countLimit = nil
        let rows = try await services.store.caseList(list).rows
        let masking = ExportMasking(user: user, units: config.units, full: query.string("personal") == "full")
        if masking.full {
            try await services.store.record(AuditEntry(at: services.clock.now(), userID: user.id, username: user.username,
                                                       action: "export-personal", petitionID: nil,
                                                       detail: "导出案件清单（含个人信息）\(rows.count) 件"))
        }
        let registrations = try await services.store.registrations(ids: rows.map(\.id))
        return try format.response([masking.caseTable(rows, registrations: registrations, config: config, title: "案件清单")],
                                   fileStem: "petitions-\(today.iso)")
    }

    private func queue(_ context: HuiyinContext, _ format: ExportFormat) async throws -> Response {
        let user = try SupervisionPages.reader(context)
        let config = services.configuration.current
        let today = services.petitions.today
        let settings = try await services.store.supervisionSettings()
        var overdue = CaseListQuery()
        overdue.openOnly = true
        overdue.dueBefore = today
        overdue.limit = Self.maxRows
        var soon = CaseListQuery()
        soon.openOnly = true
        soon.dueOnOrAfter = today
        soon.dueOnOrBefore = today.adding(days: settings.dueSoonDays)
        soon.limit = Self.maxRows
        async let a = services.store.caseList(overdue)
        async let b = services.store.caseList(soon)
        let masking = ExportMasking(user: user, units: config.units, full: false)
        return try format.response([masking.caseTable(try await a.rows, registrations: [:], config: config, title: "已超期"),
                                    masking.caseTable(try await b.rows, registrations: [:], config: config, title: "即将到期")],
                                   fileStem: "supervision-queue-\(today.iso)")
    }

    private func backlog(_ context: HuiyinContext, _ format: ExportFormat) async throws -> Response {
        _ = try SupervisionPages.reader(context)
        let cases = try await services.store.backlogCases()
        async let rows = services.store.caseRows(ids: cases.map(\.petitionID))
        async let users = services.store.users()
        var byID: [Int64: CaseListRow] = [:]
        for r in try await rows { byID[r.id] = r }
        var names: [StaffUser.ID: String] = [:]
        for u in try await users { names[u.id] = u.displayName }
        let table = ExportTable(
            title: "积案台账", headers: ["台账号", "信访编号", "标题", "列入原因", "列入日期", "包案领导", "化解方案", "销号日期"],
            rows: cases.map { c in
                [String(c.id), byID[c.petitionID]?.number ?? "", byID[c.petitionID]?.title ?? "",
                 c.reasons.map(\.chineseName).joined(separator: "、"), c.enteredOn.iso, c.ownerUserID.flatMap { names[$0] } ?? "",
                 c.plan, c.signedOffOn?.iso ?? ""]
            }, fileStem: "backlog")
        return try format.response([table], fileStem: "backlog-\(services.petitions.today.iso)")
    }

    private func indicators(_ request: Request, _ context: HuiyinContext) async throws -> Response {
        _ = try SupervisionPages.reader(context)
        let (period, error) = IndicatorPages(services: services).period(FormData(request.uri.query ?? ""))
        guard error == nil else { throw WebError.notFound }
        let board = try await SupervisionService(petitions: services.petitions).board(for: period)
        let units = services.configuration.current.units
        var rows: [[String]] = []
        for indicator in Indicator.allCases {
            for f in [board.total(indicator)] + board.byUnit(indicator) {
                rows.append([indicator.chineseName, f.unitID.map { SupervisionNav.unitName(units, $0) } ?? "全县",
                             String(f.numerator), String(f.denominator), f.percent, indicator.formula])
            }
        }
        return try ExportFormat.xlsx.response(
            [ExportTable(title: "考核指标 \(period.code)", headers: ["指标", "单位", "分子", "分母", "比率", "公式"], rows: rows,
                         fileStem: "indicators")], fileStem: "indicators-\(period.code)")
    }

    /// Every hotspot of the period with its member petitions (numbers and titles: no personal data),
    /// and the rising categories and places.
    private func hotspots(_ request: Request, _ context: HuiyinContext, _ format: ExportFormat) async throws -> Response {
        _ = try SupervisionPages.reader(context)
        let (period, error) = IndicatorPages(services: services).period(FormData(request.uri.query ?? ""))
        guard error == nil else { throw WebError.notFound }
        let report = try await HotspotService(petitions: services.petitions).report(for: period)
        let config = services.configuration.current
        let place = { (key: String) in Int64(key).flatMap { config.units.unit($0)?.name } ?? key }
        let category = { (code: String) in config.taxonomy.category(code: code)?.name ?? code }
        let headers: [String] = ["序号", "热度", "问题", "属地", "关键词", "类别", "件数", "信访人", "涉及人数", "上期", "新发", "起", "止", "信访件"]
        let spots = ExportTable(
            title: "热点问题 \(period.code)", headers: headers,
            rows: report.hotspots.enumerated().map { (i: Int, h: Hotspot) -> [String] in
                let counts: [String] = [String(h.count), String(h.distinctPetitioners), String(h.people), String(h.previousCount)]
                let named: [String] = [String(i + 1), String(h.heat), h.title, h.placeText(config), h.keyPhrases.joined(separator: "、"),
                                       category(h.category)]
                let span: [String] = [h.isEmerging ? "是" : "", h.firstDay.iso, h.lastDay.iso, h.members.map(\.number).joined(separator: " ")]
                return named + counts + span
            }, fileStem: "hotspots")
        func rising(_ title: String, _ keys: [RisingKey], _ name: (String) -> String) -> ExportTable {
            ExportTable(title: title, headers: ["名称", "本期", "前三期平均", "变化"],
                        rows: keys.map { [name($0.key), String($0.current), String(($0.baseline * 10).rounded() / 10), $0.changeText] },
                        fileStem: "rising")
        }
        return try format.response([spots, rising("上升最快的问题类别", report.risingCategories, category),
                                    rising("上升最快的问题属地", report.risingPlaces, place)],
                                   fileStem: "hotspots-\(period.code)")
    }

    private func report(_ request: Request, _ context: HuiyinContext, _ format: ExportFormat) async throws -> Response {
        _ = try SupervisionPages.reader(context)
        let (period, error) = IndicatorPages(services: services).period(FormData(request.uri.query ?? ""))
        guard error == nil else { throw WebError.notFound }
        let data = try await ReportBuilder(services: services).build(period)
        return try format.response(data.tables(services.configuration.current), fileStem: "report-\(period.code)-tables")
    }
}
