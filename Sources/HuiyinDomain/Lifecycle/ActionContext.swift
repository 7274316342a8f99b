import Foundation

/// Everything the rules need besides the petition: who acts, when, and the county's configuration.
public struct ActionContext: Sendable {
    public var actor: Actor
    public var now: Date
    public var calendar: OfficialCalendar
    public var rules: RuleTable
    public var units: UnitDirectory
    /// For ``PetitionAction/linkMatter(matterID:)``: the matter to link to, loaded by the caller.
    public var linkTarget: MatterSummary?

    public init(actor: Actor, now: Date, calendar: OfficialCalendar, rules: RuleTable, units: UnitDirectory,
                linkTarget: MatterSummary? = nil) {
        self.actor = actor
        self.now = now
        self.calendar = calendar
        self.rules = rules
        self.units = units
        self.linkTarget = linkTarget
    }

    public var today: LocalDate { LocalDate.inChina(now) }

    public func due(from start: LocalDate, _ rule: RuleTable.Limit) -> LocalDate {
        calendar.due(from: start, limit: rules[rule])
    }
}
