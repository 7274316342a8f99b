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
    /// The area petitions are grouped by before their texts are compared: the place itself, or the
    /// larger place it lies in (a village's township, a district's city), so that one problem reported
    /// under a village by some and under its township by others stays one hotspot.
    public var area: String
    /// Who filed it (an ID number or a name): counts distinct petitioners.
    public var petitioner: String
    public var receivedOn: LocalDate
    /// Public support (点赞) where the channel records it.
    public var support: Int?
    /// People who raised it (a collective petition of 108 people counts 108).
    public var people: Int

    public init(id: Int64, number: String, title: String, text: String, category: String, place: String,
                petitioner: String, receivedOn: LocalDate, support: Int? = nil, area: String? = nil, people: Int = 1) {
        self.id = id
        self.number = number
        self.title = title
        self.text = text
        self.category = category
        self.place = place
        self.area = area ?? place
        self.petitioner = petitioner
        self.receivedOn = receivedOn
        self.support = support
        self.people = max(1, people)
    }
}
