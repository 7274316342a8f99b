/// 内容分类 (category): one node of the three-level content taxonomy that every petition is filed under.
///
/// Codes are hierarchical, two digits per level, so a node's code always starts with its parent's code:
/// `"01"` 城乡建设 → `"0101"` 安全生产 → `"010101"` 事故处理. Codes, not names, are what petitions
/// store: names may be edited by an administrator, codes stay.
public struct Category: Sendable, Hashable, Codable, Identifiable {
    /// Two digits per level: `"01"`, `"0101"`, `"010101"`.
    public var code: String
    /// The display name, e.g. `"事故处理"`.
    public var name: String
    /// 1 (first-level class) to 3 (leaf).
    public var level: Int
    /// The code of the parent node; `nil` for a first-level class.
    public var parentCode: String?

    public var id: String { code }

    public init(code: String, name: String, level: Int, parentCode: String?) {
        self.code = code
        self.name = name
        self.level = level
        self.parentCode = parentCode
    }
}
