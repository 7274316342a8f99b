/// Who may see which petition (RULES.md §4; issue of authorisation): the bureau, supervisors, leaders
/// and administrators see every case; any other unit sees the cases that involve it or a unit below it.
public enum Jurisdiction {
    public static func seesAll(_ user: StaffUser, units: UnitDirectory) -> Bool {
        switch user.role {
        case .leader, .supervisor, .admin: return true
        default: return user.unitID == units.petitionBureau?.id
        }
    }

    /// The units a petition involves: where it was registered, who handles it, who reviews it.
    public static func involvedUnits(_ record: PetitionRecord, _ status: PetitionStatus) -> [OrgUnit.ID] {
        var ids = [record.registeredUnitID]
        for id in [status.handlingUnitID, status.reviewUnitID, status.recheckUnitID] {
            if let id, !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// The unit that owes the open step (for queues), if any.
    public static func responsibleUnit(_ status: PetitionStatus, units: UnitDirectory) -> OrgUnit.ID? {
        switch status.state {
        case .registered: units.petitionBureau?.id
        case .awaitingAcceptance, .inHandling: status.handlingUnitID
        case .reviewRequested: status.reviewUnitID
        case .recheckRequested: status.recheckUnitID
        default: nil
        }
    }

    public static func canSee(_ user: StaffUser, _ record: PetitionRecord, _ status: PetitionStatus, units: UnitDirectory) -> Bool {
        if seesAll(user, units: units) { return true }
        let mine = Set(visibleUnits(for: user, units: units) ?? [])
        return involvedUnits(record, status).contains { mine.contains($0) }
    }

    /// The units whose cases `user` may see (nil = all), for list queries: their own unit and the units
    /// below it — except that the county and city governments, which sit above every unit as review
    /// bodies, see only the cases that involve them directly (their leaders see all through their role).
    public static func visibleUnits(for user: StaffUser, units: UnitDirectory) -> [OrgUnit.ID]? {
        if seesAll(user, units: units) { return nil }
        if let kind = units.unit(user.unitID)?.kind, kind.isGovernment { return [user.unitID] }
        return units.subtree(of: user.unitID)
    }

    /// An accusation's informant is hidden from every user of a unit named as accused (or below it).
    ///
    /// A government named as accused hides it from its own staff only: the bureau and the departments sit
    /// below it in the tree but are not the accused.
    public static func hidesIdentity(from user: StaffUser, _ record: PetitionRecord, units: UnitDirectory) -> Bool {
        guard record.registration.flags.confidential || record.registration.purpose == .accusation else { return false }
        return record.registration.accusedUnitIDs.contains { accused in
            if units.unit(accused)?.kind.isGovernment ?? false { return user.unitID == accused }
            return units.isWithin(user.unitID, ancestor: accused)
        }
    }
}
