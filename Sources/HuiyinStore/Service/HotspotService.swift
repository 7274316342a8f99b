import Foundation
import HuiyinDomain
import HuiyinText

/// What the hotspot page and the report show for one period.
public struct HotspotReport: Sendable {
    public var period: IndicatorPeriod
    public var previous: IndicatorPeriod
    /// Hottest first.
    public var hotspots: [Hotspot]
    /// First-level category codes rising fastest against the average of the three windows before.
    public var risingCategories: [RisingKey]
    /// Locality unit ids (as text) rising fastest.
    public var risingPlaces: [RisingKey]
}

/// Hotspots and trends (苗头性、倾向性问题) as use cases: the analysis of a period, and the alert raised
/// once when a new hotspot of the last 30 days grows past ``alertThreshold`` petitions.
public struct HotspotService: Sendable {
    /// A new hotspot with this many petitions in the last 30 days raises an alert.
    public static let alertThreshold = 5
    /// Windows of the same length before the period that form a trend's baseline.
    public static let baselineWindows = 3

    public let petitions: PetitionService

    public init(petitions: PetitionService) { self.petitions = petitions }

    var store: any HuiyinStore { petitions.store }

    /// Hotspots of the period against the previous window of the same length, and rising keys.
    public func report(for period: IndicatorPeriod) async throws -> HotspotReport {
        let before = period.previous
        let previous = before.start...before.end
        var baseline = before
        for _ in 1..<Self.baselineWindows { baseline = baseline.previous }
        let baselineStart = baseline.start
        // Detection reads the texts of this window and the previous one; the trends read pre-aggregated counts.
        async let fetched = store.hotspotItems(receivedFrom: before.start, through: period.end)
        async let categoriesNow = store.petitionCounts(by: .category, from: period.start, through: period.end)
        async let placesNow = store.petitionCounts(by: .place, from: period.start, through: period.end)
        async let categoriesBefore = store.petitionCounts(by: .category, from: baselineStart, through: before.end)
        async let placesBefore = store.petitionCounts(by: .place, from: baselineStart, through: before.end)
        let units = petitions.configuration.current.units
        let hotspots = Self.detect(Self.withAreas(try await fetched, units: units), window: period.start...period.end, previous: previous)
        func dictionary(_ pairs: [(key: String, count: Int)]) -> [String: Int] {
            Dictionary(pairs.map { ($0.key, $0.count) }, uniquingKeysWith: +)
        }
        return HotspotReport(
            period: period, previous: before, hotspots: hotspots,
            risingCategories: RisingKey.rising(current: dictionary(try await categoriesNow), baselineTotals: dictionary(try await categoriesBefore),
                                               baselineWindows: Self.baselineWindows),
            risingPlaces: RisingKey.rising(current: dictionary(try await placesNow), baselineTotals: dictionary(try await placesBefore),
                                           baselineWindows: Self.baselineWindows))
    }

    /// Villages and communities are grouped with their township or street (``HotspotItem/area``): one
    /// problem reported under 新塘村 by some and under 柳塘镇 by others is one hotspot.
    static func withAreas(_ items: [HotspotItem], units: UnitDirectory) -> [HotspotItem] {
        var areaOf: [String: String] = [:]
        return items.map { item in
            var item = item
            if let known = areaOf[item.place] {
                item.area = known
            } else {
                let unit = Int64(item.place).flatMap { units.unit($0) }
                let area = unit.flatMap { u in [.village, .community].contains(u.kind) ? u.parentID : nil }.map(String.init) ?? item.place
                areaOf[item.place] = area
                item.area = area
            }
            return item
        }
    }

    /// The hot issues of the window: ``HotIssueEngine``, the one engine of the pages, the report, the alert
    /// and `huiyin analyse hotspots`.
    public static func detect(_ items: [HotspotItem], window: ClosedRange<LocalDate>, previous: ClosedRange<LocalDate>?) -> [Hotspot] {
        HotIssueEngine().detect(items, window: window, previous: previous)
    }

    /// Raises an alert (an outbox message to every active supervisor and leader) for each hotspot of the
    /// last 30 days with at least ``alertThreshold`` petitions that was not alerted before. Returns the
    /// number of hotspots alerted.
    @discardableResult
    public func alertNewHotspots() async throws -> Int {
        let now = petitions.clock.now()
        let today = LocalDate.inChina(now)
        let window = today.adding(days: -29)...today
        let previous = today.adding(days: -59)...today.adding(days: -30)
        let items = Self.withAreas(try await store.hotspotItems(receivedFrom: previous.lowerBound, through: today),
                                   units: petitions.configuration.current.units)
        let hot = Self.detect(items, window: window, previous: previous).filter { $0.count >= Self.alertThreshold }
        guard !hot.isEmpty else { return 0 }
        let config = petitions.configuration.current
        let readers = try await store.users().filter { ($0.role == .supervisor || $0.role == .leader) && $0.active }
        var alerted = 0
        for h in hot {
            let place = Int64(h.place).flatMap { config.units.unit($0)?.name } ?? h.place
            let category = config.taxonomy.category(code: h.category)?.name ?? h.category
            let site = h.placeName.isEmpty ? place : "\(place)\(h.placeName)"
            let subject = "【热点预警】\(site) · \(category)：\(h.title)"
            let body = "近 30 日\(site)反映“\(h.title)”同类问题 \(h.count) 件（\(h.distinctPetitioners) 人），"
                + "上一个 30 日 \(h.previousCount) 件，热度 \(h.heat)。请关注研判。"
            let messages = readers.map {
                OutboxMessage(createdAt: now, recipient: .user($0.id), recipientName: $0.displayName,
                              petitionID: h.representative.id, subject: subject, body: body)
            }
            if try await store.recordHotspotAlert(key: h.key, messages: messages, at: now) { alerted += 1 }
        }
        return alerted
    }
}
