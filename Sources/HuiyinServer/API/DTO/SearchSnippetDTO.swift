import HuiyinDomain
import HuiyinText

/// Where the search terms occur in a petition: the first field with a hit (title, content, demands,
/// names), cut around the hit, as parts with `hit: true` on the matched text.
struct SearchSnippetDTO: Codable, Sendable {
    var field: String
    var parts: [SnippetPart]

    init?(_ r: Registration, terms: [SearchQuery.Term], identityWithheld: Bool) {
        var fields: [(String, String)] = [("title", r.title), ("content", r.content), ("demands", r.demands)]
        if !identityWithheld { fields.append(("names", r.petitioners.map(\.name).joined(separator: " "))) }
        let chosen = fields.first { !Highlighter.hitRanges(in: $0.1, terms: terms).isEmpty } ?? (terms.isEmpty ? fields[1] : nil)
        guard let (name, text) = chosen else { return nil }
        field = name
        parts = Highlighter.snippet(text, terms: terms, length: name == "title" ? 100 : 80)
    }
}
