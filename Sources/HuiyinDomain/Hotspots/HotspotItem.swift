/// One petition as the hotspot detector sees it.
public struct HotspotItem: Sendable, Hashable {
    public var id: Int64
    /// 信访编号 (or the source's id).
    public var number: String
    public var title: String
    /// Title and content (or its beginning): what the similarity is computed on.
    public var text: String
    /// The first-level category code ("" when unknown): petitions of different categories never cluster.
    public var category: String
    /// The place key (a locality unit id, or a place name found in the text; "" when unknown).
    public var place: String
    /// Who filed it (an ID number or a name): counts distinct petitioners.
    public var petitioner: String
    public var receivedOn: LocalDate
    /// Public support (点赞) where the channel records it.
    public var support: Int?

    public init(id: Int64, number: String, title: String, text: String, category: String, place: String,
                petitioner: String, receivedOn: LocalDate, support: Int? = nil) {
        self.id = id
        self.number = number
        self.title = title
        self.text = text
        self.category = category
        self.place = place
        self.petitioner = petitioner
        self.receivedOn = receivedOn
        self.support = support
    }
}
