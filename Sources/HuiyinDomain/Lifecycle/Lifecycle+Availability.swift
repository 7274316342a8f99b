/// Which actions a user may take on a petition right now, so that pages offer only those.
///
/// The answer comes from ``Lifecycle/decide(_:for:status:in:)`` itself, tried with representative
/// inputs for each action: there is no second copy of the rules to drift from the first. Field
/// problems of the dummy inputs cannot occur (they are valid), so a refusal always means role, unit,
/// state or time window. Pure: nothing is recorded.
extension Lifecycle {
    /// The actions staff can take from the case page, in the order they are offered.
    public static let staffActionNames = [
        "forward", "assign", "handleDirectly", "accept", "object", "extend", "reply", "decline", "refuseAgain",
        "requestReview", "decideReview", "requestRecheck", "decideRecheck", "close", "linkMatter", "supervise", "comment",
    ]

    /// The names of the actions `ctx.actor` may take on `petition` in `status`, in ``staffActionNames`` order.
    public static func availableActions(for petition: PetitionRecord, status: PetitionStatus, in ctx: ActionContext) -> [String] {
        staffActionNames.filter { isAvailable($0, for: petition, status: status, in: ctx) }
    }

    /// Whether the action named `name` would be accepted with well-formed inputs.
    public static func isAvailable(_ name: String, for petition: PetitionRecord, status: PetitionStatus, in ctx: ActionContext) -> Bool {
        var ctx = ctx
        guard let action = sample(name, for: petition, in: &ctx) else { return false }
        do {
            _ = try decide(action, for: petition, status: status, in: ctx)
            return true
        } catch {
            return false
        }
    }

    /// A well-formed instance of the action, or nil when none can exist (no unit to forward to).
    private static func sample(_ name: String, for petition: PetitionRecord, in ctx: inout ActionContext) -> PetitionAction? {
        let text = "—"
        switch name {
        case "forward", "assign":
            guard let unit = ctx.units.units.first(where: {
                $0.kind.canHandlePetitions && $0.kind != .petitionBureau && !petition.registration.accusedUnitIDs.contains($0.id)
            }) else { return nil }
            return name == "forward" ? .forward(unitID: unit.id, note: "") : .assign(unitID: unit.id, reportDue: nil, note: "")
        case "handleDirectly": return .handleDirectly(note: "")
        case "decline": return .decline(reason: text, properRoute: text)
        case "refuseAgain": return .refuseAgain(reason: text)
        case "accept": return .accept(note: "")
        case "object": return .object(reason: text)
        case "extend": return .extend(days: 1, reason: text)
        case "reply": return .reply(outcome: .explain, factsFound: text, basis: text, opinion: text)
        case "requestReview": return .requestReview(reasons: text)
        case "decideReview": return .decideReview(outcome: .uphold, opinion: text)
        case "requestRecheck": return .requestRecheck(reasons: text)
        case "decideRecheck": return .decideRecheck(outcome: .uphold, opinion: text)
        case "close": return .close(note: "")
        case "supervise": return .supervise(reason: text, dueDate: nil)
        case "comment": return .comment(text: text)
        case "linkMatter":
            // Any other matter that is not final: the check is about who and when, not which matter.
            let other: Int64 = petition.matterID == Int64.max ? 1 : Int64.max
            ctx.linkTarget = MatterSummary(id: other, isFinal: false, leadPetitionNumber: "", leadState: .closed, windowEnds: nil)
            return .linkMatter(matterID: other)
        default: return nil
        }
    }
}
