import HuiyinDomain
import HuiyinStore
import HuiyinText

/// The suggested handling units (建议承办单位) in the case page's forward and assign forms: listed with
/// their reasons above the unit choice, marked in it, and the first one chosen when the form is fresh —
/// for the triage officer to check, without JavaScript.
extension CasePage {
    /// Loaded only for a user who may forward or assign this petition now (the one use of them).
    static func unitSuggestions(_ services: HuiyinServices, _ petition: PetitionCase, available: [String]) async throws -> [UnitSuggestion] {
        guard let text = services.text, available.contains(where: { $0 == "forward" || $0 == "assign" }) else { return [] }
        return try await text.suggestUnits(for: petition)
    }

    /// The suggestions that may be chosen in the unit list (never an accused unit; a unit that can handle).
    func selectableSuggestions(_ selectable: Set<OrgUnit.ID>) -> [UnitSuggestion] {
        unitSuggestions.filter { selectable.contains($0.unitID) }
    }

    /// `<div class="unit-suggestions">建议：1. 柳塘镇 — 正文提到柳塘镇新塘村 …</div>`, described by the
    /// select through `id`.
    func suggestionList(_ h: inout HTML, id: String, _ list: [UnitSuggestion]) {
        h.raw("<div class=\"unit-suggestions\"")
        h.attr("id", id)
        h.raw("><strong>")
        h.text(t("建议"))
        h.raw("</strong> <span class=\"muted\">")
        h.text(t("依据内容分类、问题属地和正文提到的地方，请核实后选择。"))
        h.raw("</span><ol class=\"hint-list\">")
        for s in list {
            h.raw("<li><span class=\"unit-name\">")
            h.text(config.units.unit(s.unitID)?.name ?? "—")
            h.raw("</span> <small class=\"muted\">")
            h.text(UnitSuggestionReason.text(s, lang: layout.lang))
            h.raw("</small></li>")
        }
        h.raw("</ol></div>")
    }
}
