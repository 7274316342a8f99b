/// The text of a petition that near-duplicate detection compares: title, facts and reasons, demands.
public enum PetitionText {
    /// The fields joined by an ideographic space (which folding drops, so the join adds no shingles).
    public static func nearDuplicateText(title: String, content: String, demands: String) -> String {
        title + "\u{3000}" + content + "\u{3000}" + demands
    }
}
