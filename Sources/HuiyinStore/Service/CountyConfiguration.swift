import HuiyinDomain

/// The county's configuration as the rules need it: units, calendar, rule table, taxonomy.
/// Loaded once from the store and replaced whole when an administrator edits it.
public struct CountyConfiguration: Sendable {
    public var units: UnitDirectory
    public var calendar: OfficialCalendar
    public var rules: RuleTable
    public var taxonomy: CategoryTaxonomy

    public init(units: UnitDirectory, calendar: OfficialCalendar, rules: RuleTable, taxonomy: CategoryTaxonomy) {
        self.units = units
        self.calendar = calendar
        self.rules = rules
        self.taxonomy = taxonomy
    }

    /// Reads the configuration from the store, with the shipped calendar and statutory rules where the
    /// store holds none.
    public static func load(from store: any OrganisationStore) async throws -> CountyConfiguration {
        let units = try await store.units()
        let years = try await store.calendarYears()
        var calendar = OfficialCalendar.shipped
        for y in years { calendar = calendar.adding(y) }
        let rules = try await store.ruleTable() ?? .statutory
        return CountyConfiguration(units: UnitDirectory(units: units), calendar: calendar, rules: rules,
                                   taxonomy: .shipped)
    }
}
