/// What a new (or draft) petition has in common with an earlier one.
public struct SimilarityFinding: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// 同人同事: the same person and essentially the same text — a possible repeat petition.
        case repeatPetition
        /// Essentially the same text from someone else (template letters, neighbours, organised petitions).
        case nearDuplicate
        /// The same person about something else: their earlier petition, shown for context.
        case samePerson
    }

    public var kind: Kind
    /// Exact Jaccard similarity of the character shingles.
    public var similarity: Double
    public var person: PersonMatchReason?

    /// `相似度0.87，身份证号相同`.
    public var reason: String {
        var parts = ["相似度" + PersonMatchReason.format(similarity)]
        if let person { parts.append(person.chineseDescription) }
        return parts.joined(separator: "，")
    }
}

/// Decides, from exact similarity and person matching, whether an earlier petition is a possible repeat,
/// a near-duplicate, the same person on another matter, or nothing to show. Thresholds come from
/// ``TextSettings``.
public struct SimilarityJudge: Sendable {
    public var settings: TextSettings
    public var matcher: PersonMatcher

    public init(settings: TextSettings) {
        self.settings = settings
        matcher = PersonMatcher(addressThreshold: settings.addressThreshold)
    }

    public func judge(text: Shingles, persons: [PersonKeys], earlierText: Shingles, earlierPersons: [PersonKeys]) -> SimilarityFinding? {
        let similarity = text.jaccard(earlierText)
        let person = matcher.bestReason(persons, earlierPersons)
        // Only a strong person match (ID number, phone) makes a repeat; the same name with a similar address
        // is shown beside a near-duplicate as a hint, never as a repeat by itself.
        if let person, person.isStrong, similarity >= settings.repeatThreshold {
            return SimilarityFinding(kind: .repeatPetition, similarity: similarity, person: person)
        }
        if similarity >= settings.nearDuplicateThreshold {
            return SimilarityFinding(kind: .nearDuplicate, similarity: similarity, person: person)
        }
        if let person, person.isStrong {
            return SimilarityFinding(kind: .samePerson, similarity: similarity, person: person)
        }
        return nil
    }
}
