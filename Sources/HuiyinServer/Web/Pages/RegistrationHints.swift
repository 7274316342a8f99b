import HuiyinDomain
import HuiyinStore
import HuiyinText

/// What the registration form shows from the text typed so far (智能提示): earlier petitions that are
/// possible repeats or near-duplicates of the draft (not only the same person's), the top-3 categories
/// with confidence, the suggested handling units, and the risk words. The same service calls as
/// `POST /api/v1/registration-hints`.
struct RegistrationHints {
    var similar: [SimilarPetition]
    var categories: [CategoryPrediction]
    var units: [UnitSuggestion]
    var risk: RiskAssessment

    /// Rows of each kind shown in the form.
    static let perKind = 5

    /// The draft as typed; nil when no title, facts or demands are typed yet.
    static func draft(_ form: RegistrationForm) -> TextDraft? {
        let title = form.title.trimmingWhitespace, content = form.content.trimmingWhitespace, demands = form.demands.trimmingWhitespace
        guard !(title + content + demands).isEmpty else { return nil }
        func value(_ s: String) -> String? {
            let v = s.trimmingWhitespace
            return v.isEmpty ? nil : v
        }
        let people = form.petitioners.filter { !$0.isBlank }.map {
            Petitioner(name: $0.name.trimmingWhitespace, idNumber: value($0.idNumber), phone: value($0.phone), address: value($0.address))
        }
        return TextDraft(title: title, content: content, demands: demands, petitioners: people,
                         peopleCount: max(1, Int(form.peopleCount.trimmingWhitespace) ?? max(1, people.count)),
                         channel: Channel(rawValue: form.channel), localityUnitID: OrgUnit.ID(form.localityUnitID))
    }

    /// The hints for the form, or nil when there is no text yet or the store has no text intelligence.
    static func compute(_ services: HuiyinServices, form: RegistrationForm, for user: StaffUser) async throws -> RegistrationHints? {
        guard let text = services.text, let draft = draft(form) else { return nil }
        // As the API: only what the registrar may see; nothing found through the person when the
        // informant's identity is withheld from the registrar (the service applies both).
        var shown: [SimilarityFinding.Kind: Int] = [:]
        let similar = try await text.similar(to: draft, for: user).filter { s in
            guard s.finding.kind != .samePerson else { return false }
            shown[s.finding.kind, default: 0] += 1
            return shown[s.finding.kind]! <= perKind
        }
        let categories = try await text.suggestCategories(title: draft.title, body: draft.content + "\u{3000}" + draft.demands)
        let suggested = try await text.suggestUnits(categories: categories, locality: draft.localityUnitID,
                                                    text: [draft.title, draft.content, draft.demands].joined(separator: "\u{3000}"))
        let risk = try await text.assessRisk(draft)
        try await text.retrainIfGrown()
        return RegistrationHints(similar: similar, categories: categories, units: suggested, risk: risk)
    }
}
