import HuiyinDomain
import HuiyinStore

/// Gathers a situation report's figures from the store (a dozen aggregate reads, run concurrently),
/// shared by the report page, its downloads and `huiyin report`.
struct ReportBuilder {
    let services: HuiyinServices

    func build(_ period: IndicatorPeriod) async throws -> ReportData {
        let store = services.store
        let config = services.configuration.current
        let today = services.petitions.today
        let previous = period.previous
        let lastYear = ReportData.yearBefore(period)
        async let now = totals(period)
        async let before = totals(previous)
        async let yearAgo = totals(lastYear)
        let trendStart = IndicatorPeriod.month(period.end.year - 1, period.end.month)!.end.adding(days: 1)
        async let months = store.petitionCounts(by: .month, from: trendStart, through: period.end)
        async let channels = store.petitionCounts(by: .channel, from: period.start, through: period.end)
        async let purposes = store.petitionCounts(by: .purpose, from: period.start, through: period.end)
        async let categories = store.petitionCounts(by: .category, from: period.start, through: period.end)
        async let places = store.petitionCounts(by: .place, from: period.start, through: period.end)
        async let backlog = store.backlogCases()
        async let overdue = store.openSteps(dueOnOrBefore: today.adding(days: -1))
        async let note = store.reportNote(period: period.code)
        async let hotspots = HotspotService(petitions: services.petitions).report(for: period)
        let board = try await SupervisionService(petitions: services.petitions).board(for: period)
        let units = config.units
        var unitRows: [OrgUnit.ID: [String]] = [:]
        for (i, indicator) in ReportData.unitIndicatorSet.enumerated() {
            for f in board.byUnit(indicator) {
                guard let u = f.unitID else { continue }
                unitRows[u, default: Array(repeating: "—", count: ReportData.unitIndicatorSet.count)][i] =
                    "\(f.percent)（\(f.numerator)/\(f.denominator)）"
            }
        }
        let unitTable = ExportTable(
            title: "各单位考核指标", headers: ["单位"] + ReportData.unitIndicatorSet.map(\.chineseName),
            rows: unitRows.sorted { $0.key < $1.key }.map { [SupervisionNav.unitName(units, $0.key)] + $0.value },
            fileStem: "report-\(period.code)-units")
        let allBacklog = try await backlog
        var data = ReportData(
            period: period, previous: previous, lastYear: lastYear, issuer: units.petitionBureau?.name ?? "信访局", generatedOn: today,
            totals: try await now, previousTotals: try await before, lastYearTotals: try await yearAgo,
            trend: try await months.map { SVGChart.Bar(label: String($0.key.suffix(5)), value: $0.count) },
            channels: try await channels.map { SVGChart.Bar(label: Channel(rawValue: $0.key)?.chineseName ?? $0.key, value: $0.count) },
            purposes: try await purposes.map { SVGChart.Bar(label: Purpose(rawValue: $0.key)?.chineseName ?? $0.key, value: $0.count) },
            categories: try await categories.prefix(10).map { SVGChart.Bar(label: config.taxonomy.category(code: $0.key)?.name ?? $0.key, value: $0.count) },
            places: try await places.prefix(10).map { SVGChart.Bar(label: Int64($0.key).flatMap { units.unit($0)?.name } ?? $0.key, value: $0.count) },
            hotspots: try await hotspots,
            indicators: Indicator.allCases.map { board.total($0) }, unitIndicators: unitTable,
            backlogOpen: allBacklog.filter { !$0.isSignedOff }.count, backlogSignedOff: allBacklog.filter(\.isSignedOff).count,
            backlogEntered: allBacklog.filter { period.contains($0.enteredOn) }.count,
            overdueNow: try await overdue.count, risks: [], recommendations: try await note ?? "")
        data.risks = risks(data, config)
        return data
    }

    private func totals(_ p: IndicatorPeriod) async throws -> ReportData.Totals {
        let store = services.store
        async let t = store.petitionTotals(from: p.start, through: p.end, collectiveThreshold: services.configuration.current.rules.collectiveThreshold)
        async let skipping = store.levelSkippingCount(from: p.start, through: p.end)
        let (total, collective, repeats) = try await t
        return ReportData.Totals(total: total, collective: collective, repeats: repeats, levelSkipping: try await skipping)
    }

    /// Risks read from the figures [design]: rising collective or level-skipping petitions, the hottest
    /// issues, categories rising against their baseline, overdue steps and a low satisfaction rate.
    private func risks(_ d: ReportData, _ config: CountyConfiguration) -> [String] {
        var out: [String] = []
        if d.totals.collective > d.previousTotals.collective, d.totals.collective > 0 {
            out.append("集体访 \(d.totals.collective) 件，较上期增加 \(d.totals.collective - d.previousTotals.collective) 件，需防范群体性事件。")
        }
        if d.totals.levelSkipping > d.previousTotals.levelSkipping, d.totals.levelSkipping > 0 {
            out.append("越级访 \(d.totals.levelSkipping) 件，较上期增加 \(d.totals.levelSkipping - d.previousTotals.levelSkipping) 件，需压实属地责任。")
        }
        for h in d.hotspots.hotspots.prefix(3) {
            out.append("\(h.placeText(config))“\(h.title)”同类问题 \(h.count) 件（\(h.distinctPetitioners) 人），热度 \(h.heat)，存在矛盾升级风险。")
        }
        for r in d.hotspots.risingCategories.prefix(2) {
            let name = config.taxonomy.category(code: r.key)?.name ?? r.key
            out.append("“\(name)”类信访 \(r.current) 件，较前三期平均\(r.changeText == "新出现" ? "为新出现" : "变化 " + r.changeText)。")
        }
        if d.overdueNow > 0 { out.append("目前有 \(d.overdueNow) 件信访事项的办理环节已超期。") }
        if let s = d.indicators.first(where: { $0.indicator == .satisfaction }), let rate = s.rate, rate < 0.9 {
            out.append("参评群众满意率为 \(s.percent)，低于 90%。")
        }
        if out.isEmpty { out.append("本期未发现突出风险。") }
        return out
    }
}
