/// What kind of place a phrase names, read from its last characters as Chinese place names are built
/// (通名): an administrative area (省、市、区、县、镇、乡、街道、村、组、社区) or a site — an estate, road,
/// school, hospital, company, market, project (小区、新城、花园、苑、路、学院、医院、公司、市场、项目 …). The
/// specific part before the suffix (专名) must have at least two characters, so 新城 alone is no place.
public enum PlaceKind: Sendable, Hashable {
    case none
    case area
    case site

    static let areaSuffixes: [[UInt32]] = ["街道", "社区", "省", "市", "区", "县", "镇", "乡", "村", "组"].map(scalars)
    static let siteSuffixes: [[UInt32]] = [
        "小区", "花园", "新城", "家园", "公寓", "广场", "大厦", "中心", "学院", "学校", "大学", "中学", "小学",
        "幼儿园", "医院", "卫生院", "公司", "集团", "市场", "大道", "项目", "工程", "华庭", "庭院", "山庄", "名苑",
        "城", "苑", "园", "庭", "府", "湾", "院", "路", "街", "巷", "桥", "站", "港", "湖", "厂", "场", "馆", "店",
    ].map(scalars).sorted { $0.count > $1.count }
    /// Suffixes dropped from a site's name when places are compared (丽发新城小区 is 丽发新城).
    static let genericTails: [[UInt32]] = ["小区", "社区"].map(scalars)

    static func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    /// Characters that end the name of an administrative area (镇 of 柳塘镇, 区 of A2区, 道 of 街道).
    static let areaEnds: Set<UInt32> = Set("省市区县镇乡村".unicodeScalars.map(\.value))

    /// The text before `i` ends an area's name: a single-character area suffix, or 街道/社区.
    static func endsArea(_ t: [UInt32], before i: Int) -> Bool {
        guard i >= 2 else { return false }
        if areaEnds.contains(t[i - 1]) { return true }
        let two = (t[i - 2], t[i - 1])
        return two == (0x8857, 0x9053) || two == (0x793E, 0x533A)  // 街道, 社区
    }

    /// A generic tail (小区, 社区) starts at `i`.
    static func startsGenericTail(_ t: [UInt32], at i: Int) -> Bool {
        guard i + 1 < t.count else { return false }
        return genericTails.contains { $0[0] == t[i] && $0[1] == t[i + 1] }
    }

    static func of(_ p: [UInt32]) -> PlaceKind {
        // 小区 ends in 区 but is an estate, not a district.
        if p.count >= 4, p.suffix(2).elementsEqual([0x5C0F, 0x533A]) {
            return genericWords.contains { HotIssueEngine.contains(p, $0) } ? .none : .site
        }
        if areaSuffixes.contains(where: { p.count >= $0.count + 2 && p.suffix($0.count).elementsEqual($0) }) { return .area }
        guard siteSuffix(p) != nil else { return .none }
        return genericWords.contains { HotIssueEngine.contains(p, $0) } ? .none : .site
    }

    /// Words that make a "site" a kind of body rather than one place (政府, 法院, 有限公司 …) or show that the
    /// phrase is part of the petition's own sentence (请, 希望, 恳请): general Chinese, not any county's names.
    static let genericWords: [[UInt32]] = [
        "政府", "人民", "法院", "检察", "国务院", "市委", "党和", "有限", "房地产", "物业", "请", "希望", "要求", "以",
        "过马", "上级", "各级", "相关", "有关", "附近", "周边", "旁边", "对面", "门口", "楼下", "临街",
    ].map(scalars)

    /// The length of the site suffix `p` ends with, if any (the longest that leaves two characters).
    static func siteSuffix(_ p: [UInt32]) -> Int? {
        siteSuffixes.first { s in
            let specific = objectSuffixes.contains(s) ? 3 : 2
            return p.count >= s.count + specific && p.suffix(s.count).elementsEqual(s)
        }?.count
    }

    /// Suffixes that also make the names of things complained about (搅拌站, 麻将馆, 养猪场, 垃圾站): with
    /// them a place's own name needs three characters (长沙南站, 金鼎砖厂).
    static let objectSuffixes: [[UInt32]] = ["站", "厂", "场", "馆", "店", "港"].map(scalars)

    /// The kind of a mined phrase, knowing how often it occurs (`frequency`) and how often its specific part
    /// (专名, the phrase without its suffix) occurs anywhere (`specificFrequency`). A site is a proper name
    /// only when its specific part is seen mostly inside it: 丽发 lives in 丽发新城, but 麻将 of 麻将馆, 垃圾 of
    /// 垃圾站 and 自来水 of 自来水公司 are everywhere — those are the things complained about, not places.
    ///
    /// Nor is a site a place when, without its first character, it is a name seen far more often: 建搅拌站
    /// is 建 + 搅拌站, a thing built, not an estate (`tailFrequency`, the frequency of the phrase less its first
    /// character; 丽发新城 less 丽 occurs no more often than 丽发新城).
    static func of(_ p: [UInt32], frequency: Int, specificFrequency: Int, tailFrequency: Int) -> PlaceKind {
        let kind = of(p)
        guard kind == .site else { return kind }
        guard Double(tailFrequency) < 1.5 * Double(max(frequency, 1)) else { return .none }
        return Double(frequency) >= properNameShare * Double(max(specificFrequency, 1)) ? .site : .none
    }

    static let properNameShare = 0.5

    /// A site's name without the areas it is named under and without a generic tail: leading masked or real
    /// administrative names (A市, A2区, 暮云街道, 黄兴镇 — any prefix `isArea` accepts) are dropped while
    /// two characters remain.
    static func canonical(_ p: [UInt32], isArea: ([UInt32]) -> Bool) -> [UInt32] {
        var s = ArraySlice(p)
        var changed = true
        while changed && s.count > 2 {
            changed = false
            // A masked code: one Latin capital, digits, then 市/区/县 (A市, A2区, B7县).
            if let first = s.first, (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first) {
                var i = s.startIndex + 1
                while i < s.endIndex, (0x30...0x39).contains(s[i]) { i += 1 }
                if i < s.endIndex, [0x5E02, 0x533A, 0x53BF].contains(s[i]), s.endIndex - (i + 1) >= 2 {
                    s = s[(i + 1)...]
                    changed = true
                    continue
                }
            }
            for n in stride(from: min(s.count - 2, 8), through: 2, by: -1) where isArea(Array(s.prefix(n))) {
                s = s.dropFirst(n)
                changed = true
                break
            }
        }
        for tail in genericTails where s.count >= tail.count + 2 && s.suffix(tail.count).elementsEqual(tail) {
            s = s.dropLast(tail.count)
        }
        return Array(s)
    }
}
