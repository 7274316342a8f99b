/// The checks shared by the actions: role, unit, state and time window.
struct Guards {
    let action: String
    let status: PetitionStatus
    let ctx: ActionContext
    let petition: PetitionRecord

    var roleName: String {
        switch ctx.actor {
        case .staff(let u): u.role.chineseName
        case .petitioner: "信访人"
        case .system: "系统"
        }
    }

    var today: LocalDate { ctx.today }

    func state(_ allowed: PetitionState...) throws(LifecycleError) {
        guard allowed.contains(status.state) else { throw .wrongState(action: action, state: status.state) }
    }

    @discardableResult
    func roles(_ allowed: Set<Role>) throws(LifecycleError) -> StaffUser {
        guard let user = ctx.actor.staff, allowed.contains(user.role) else {
            throw .roleNotAllowed(action: action, role: roleName)
        }
        return user
    }

    /// Triage belongs to the petition bureau's triage officers (RULES.md §2 step 2).
    func bureauTriage() throws(LifecycleError) {
        let user = try roles([.triageOfficer])
        guard let bureau = ctx.units.petitionBureau, user.unitID == bureau.id else {
            throw .wrongUnit(action: action, expected: ctx.units.petitionBureau?.name ?? "信访局")
        }
    }

    /// Registration-side actions: registrars and triage officers of the bureau or the registering unit.
    func intake() throws(LifecycleError) {
        let user = try roles([.registrar, .triageOfficer])
        let bureau = ctx.units.petitionBureau?.id
        guard user.unitID == bureau || user.unitID == petition.registeredUnitID else {
            throw .wrongUnit(action: action, expected: ctx.units.petitionBureau?.name ?? "信访局")
        }
    }

    /// The petitioner acting with the query code, or a clerk registering the request on their behalf
    /// (a letter or a visit asking for review).
    func petitionerOrIntake() throws(LifecycleError) {
        if case .petitioner = ctx.actor { return }
        try intake()
    }

    /// Closing is the bureau's bookkeeping (or the system's sweep).
    func closer() throws(LifecycleError) {
        if case .system = ctx.actor { return }
        let user = try roles([.triageOfficer, .admin])
        if user.role == .triageOfficer, user.unitID != ctx.units.petitionBureau?.id {
            throw .wrongUnit(action: action, expected: ctx.units.petitionBureau?.name ?? "信访局")
        }
    }

    func handlingBody(roles allowed: Set<Role>) throws(LifecycleError) {
        try bodyMember(status.handlingUnitID, roles: allowed)
    }

    func bodyMember(_ unitID: OrgUnit.ID?, roles allowed: Set<Role>) throws(LifecycleError) {
        let user = try roles(allowed)
        guard let unitID, user.unitID == unitID else {
            throw .wrongUnit(action: action, expected: ctx.units.unit(unitID)?.name ?? "承办单位")
        }
    }

    /// A unit that may receive a forwarded or assigned petition.
    func handlingUnit(_ id: OrgUnit.ID) throws(LifecycleError) -> OrgUnit {
        guard let unit = ctx.units.unit(id) else { throw .invalid(field: "unitId", message: "承办单位不存在") }
        guard unit.kind.canHandlePetitions, unit.kind != .petitionBureau else {
            throw .invalid(field: "unitId", message: "“\(unit.name)”不能作为承办单位")
        }
        if petition.registration.accusedUnitIDs.contains(where: { accused in
            ctx.units.unit(accused)?.kind.isGovernment ?? false ? id == accused : ctx.units.isWithin(id, ancestor: accused)
        }) {
            // RULES.md §4: accusation material never goes to the accused unit.
            throw .invalid(field: "unitId", message: "揭发控告件不得转送被反映单位")
        }
        return unit
    }

    func notAfter(_ due: LocalDate?, _ rule: RuleTable.Limit) throws(LifecycleError) {
        if let due, today > due { throw .windowClosed(action: action, rule: rule, due: due) }
    }

    func windowPassed(_ ends: LocalDate?, _ rule: RuleTable.Limit) throws(LifecycleError) {
        if let ends, today <= ends { throw .windowStillOpen(action: action, rule: rule, until: ends) }
    }
}
