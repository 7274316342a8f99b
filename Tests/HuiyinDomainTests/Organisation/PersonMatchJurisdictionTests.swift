import HuiyinDomain
import Testing

private typealias Fx = LifecycleFixture

/// RULES.md §4: a unit named as accused never learns the informant through a person match, on either side.
@Suite("Person matches and accusations")
struct PersonMatchJurisdictionTests {
    static var accusation: PetitionRecord {
        var record = Fx.mainPetition
        record.registration.purpose = .accusation
        record.registration.flags.confidential = true
        record.registration.accusedUnitIDs = [Fx.countyHead.unitID]
        return record
    }

    @Test("the accused may not see a person match from the accusation they view, nor to it")
    func accusedSeesNoPersonMatch() {
        let units = Fx.units
        let ordinary = Fx.mainPetition
        #expect(!Jurisdiction.maySeePersonMatch(Fx.countyHead, viewing: Self.accusation, found: ordinary, units: units))
        #expect(!Jurisdiction.maySeePersonMatch(Fx.countyHead, viewing: ordinary, found: Self.accusation, units: units))
        #expect(!Jurisdiction.maySeePersonMatch(Fx.countyHead, viewing: nil, found: Self.accusation, units: units))
        #expect(Jurisdiction.maySeePersonMatch(Fx.countyHead, viewing: ordinary, found: ordinary, units: units))
        #expect(Jurisdiction.maySeePersonMatch(Fx.countyHead, viewing: nil, found: ordinary, units: units))
    }

    @Test("the bureau, not accused, sees person matches of an accusation")
    func bureauSeesPersonMatch() {
        #expect(Jurisdiction.maySeePersonMatch(Fx.triage, viewing: Self.accusation, found: Fx.mainPetition, units: Fx.units))
        #expect(Jurisdiction.maySeePersonMatch(Fx.triage, viewing: nil, found: Self.accusation, units: Fx.units))
    }
}
