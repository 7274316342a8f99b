/// 处理意见书: the written decision — facts found, decision, legal or policy basis, and the
/// petitioner's right to ask for review within the window (RULES.md §2 step 4).
public struct DecisionLetter: Sendable, Hashable, Codable {
    public var outcome: DecisionOutcome
    public var factsFound: String
    public var basis: String
    /// The handling opinion itself (处理意见).
    public var opinion: String
    /// Generated: the review body and the window, so the petitioner knows the next step.
    public var appealRights: String
    public var issuedBy: String
    public var issuedOn: LocalDate

    public init(outcome: DecisionOutcome, factsFound: String, basis: String, opinion: String,
                appealRights: String, issuedBy: String, issuedOn: LocalDate) {
        self.outcome = outcome
        self.factsFound = factsFound
        self.basis = basis
        self.opinion = opinion
        self.appealRights = appealRights
        self.issuedBy = issuedBy
        self.issuedOn = issuedOn
    }
}
