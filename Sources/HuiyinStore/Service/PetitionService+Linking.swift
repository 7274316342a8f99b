import HuiyinDomain

/// Linking a repeat petition to a matter (同人同事) only ever reaches what the user may open: a petition
/// number or a matter outside the user's jurisdiction is answered exactly as one that does not exist.
extension PetitionService {
    /// The matter of the petition numbered `number`, when `user` may see that petition; nil otherwise.
    public func matterID(ofPetitionNumber number: String, for user: StaffUser) async throws -> Int64? {
        guard let c = try await store.petition(number: number.uppercased()),
              Jurisdiction.canSee(user, c.record, c.status, units: configuration.current.units) else { return nil }
        return c.record.matterID
    }

    /// Whether `user` may see at least one petition of the matter (the same test as the matter list on the
    /// case page).
    public func maySeeMatter(_ matterID: Int64, for user: StaffUser) async throws -> Bool {
        var query = PetitionQuery()
        query.matterID = matterID
        query.pageSize = 1
        return try await list(query, for: user).total > 0
    }

    /// The link target for the rules: nil — "要关联的信访事项不存在" — when the matter does not exist or a staff
    /// actor may not see it.
    func linkTarget(_ matterID: Int64, actor: Actor) async throws -> MatterSummary? {
        if let user = actor.staff, !(try await maySeeMatter(matterID, for: user)) { return nil }
        return try await store.matterSummary(id: matterID)
    }
}
