import HuiyinDomain

/// Training examples made from the taxonomy itself, so a new system suggests categories before staff have
/// categorised anything: each level-3 category (or level-2 without children) contributes its names.
public enum TaxonomySeed {
    public static func examples(_ taxonomy: CategoryTaxonomy) -> [LabelledText] {
        var out: [LabelledText] = []
        for c in taxonomy.all where taxonomy.children(of: c.code).isEmpty {
            let path = taxonomy.path(of: c.code).map(\.name)
            // The most specific name counts most.
            let text = path.joined(separator: " ") + " " + (path.last ?? "") + " " + (path.last ?? "")
            out.append(LabelledText(text, label: c.code))
        }
        return out
    }
}
