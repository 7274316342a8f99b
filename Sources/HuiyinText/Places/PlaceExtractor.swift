import HuiyinDomain

/// Finds the places and units a text names (地名识别) and maps them onto the unit tree: townships and
/// streets (乡镇/街道), villages and communities (村/社区) with the township they lie in, and county
/// departments (县直部门). Built once from a ``UnitDirectory``; pure and fast (one pass over the text,
/// names looked up by their first character).
///
/// - Full names are found wherever they stand (柳塘镇, 新塘村, 县人社局 as 县人力资源和社会保障局's
///   usual name); at each position the longest name wins, so 柳塘村 is the village and not 柳塘 followed
///   by 村, and 青溪县人民医院 names the county, not the township 青溪镇.
/// - A township's short form (柳塘 for 柳塘镇) counts only when it means one unit (青溪 is the county
///   as much as 青溪镇, so it counts for neither) and stands as a place name: after a word that
///   introduces a place (在, 到, 住, 我们…) or at the start of a clause, and before one that follows a
///   place (的, 那边, 一带, 村…) or at the end of a clause — so 世外桃源 does not name 桃源镇, nor
///   县城东小学 the street 城东街道.
/// - A full name that several units bear (two 团结村) is settled by another place the text names (柳塘镇
///   团结村); otherwise each unit is reported with ``PlaceMention/alternatives`` saying how many there
///   are.
///
/// A department's name without the county's own name is another government's department after 市, 区,
/// 省 or 州, or after a letter or digit (市教育局, A3区人社局, A7县教育局), and is not reported.
///
/// The county, the city and the petition bureau are recognised (so that their names block others) but
/// not reported.
public struct PlaceExtractor: Sendable {
    struct Name: Sendable {
        var scalars: [Unicode.Scalar]
        var units: [OrgUnit.ID]
        var form: PlaceMention.Form
        /// A township's short form: counts only where it stands as a place name.
        var needsContext: Bool
        /// A department's name without the county's own name (教育局, 县人社局): another government's
        /// department when a city, district or province stands before it (市教育局, A3区人社局), or a
        /// letter or digit (A7县教育局, as masked data writes another county).
        var qualifiable: Bool
    }

    struct Place: Sendable {
        var kind: UnitKind
        var chain: [OrgUnit.ID]
        var townshipID: OrgUnit.ID?
        var reported: Bool
    }

    /// Names by their first scalar, longest first.
    let names: [Unicode.Scalar: [Name]]
    let places: [OrgUnit.ID: Place]

    public init(units: UnitDirectory) {
        let county = units.units.first { $0.kind == .countyGovernment }.flatMap(UnitNameForms.countyName(of:))
        var full: [String: Set<OrgUnit.ID>] = [:]
        var short: [String: Set<OrgUnit.ID>] = [:]
        var places: [OrgUnit.ID: Place] = [:]
        for unit in units.units {
            for n in UnitNameForms.fullNames(of: unit, county: county) { full[n, default: []].insert(unit.id) }
            for n in UnitNameForms.shortNames(of: unit, county: county) { short[n, default: []].insert(unit.id) }
            places[unit.id] = Self.place(of: unit, in: units)
        }
        var byFirst: [Unicode.Scalar: [Name]] = [:]
        func add(_ name: String, _ ids: Set<OrgUnit.ID>, _ form: PlaceMention.Form) {
            let scalars = Array(name.unicodeScalars)
            guard scalars.count >= 2, let first = scalars.first else { return }
            let needsContext = form == .short && ids.contains { units.unit($0).map { $0.kind != .department } ?? false }
            let qualifiable = !(county.map(name.hasPrefix) ?? false)
                && ids.contains { units.unit($0).map { $0.kind == .department || $0.kind == .petitionBureau } ?? false }
            byFirst[first, default: []].append(Name(scalars: scalars, units: ids.sorted(), form: form, needsContext: needsContext,
                                                    qualifiable: qualifiable))
        }
        for (name, ids) in full { add(name, ids, .full) }
        // A full name is never also read as a short one.
        for (name, ids) in short where full[name] == nil { add(name, ids, .short) }
        names = byFirst.mapValues { $0.sorted { $0.scalars.count > $1.scalars.count || ($0.scalars.count == $1.scalars.count && $0.form == .full && $1.form == .short) } }
        self.places = places
    }

    private static func place(of unit: OrgUnit, in units: UnitDirectory) -> Place {
        var chain: [OrgUnit.ID] = []
        var township: OrgUnit.ID?
        var current: OrgUnit? = unit
        while let u = current, chain.count < 16 {
            guard [.township, .street, .village, .community, .department].contains(u.kind) else { break }
            chain.append(u.id)
            if u.kind == .township || u.kind == .street { township = township ?? u.id }
            current = units.unit(u.parentID)
        }
        let reported = [.township, .street, .village, .community, .department].contains(unit.kind)
        return Place(kind: unit.kind, chain: chain, townshipID: township, reported: reported)
    }

    /// The places `text` names, most specific first (villages and communities, then townships and
    /// streets, then departments), each group in the order of the text. A place named twice is reported
    /// twice, with its two positions.
    public func places(in text: String) -> [PlaceMention] {
        let scalars = Array(text.unicodeScalars)
        var found: [(name: Name, at: Int)] = []
        var i = 0
        while i < scalars.count {
            guard let candidates = names[scalars[i]],
                  let match = candidates.first(where: { matches($0, scalars, at: i) }) else {
                i += 1
                continue
            }
            found.append((match, i))
            i += match.scalars.count
        }
        // Full names of several units: the one inside a township or street the text names elsewhere.
        let namedTownships = Set(found.filter { $0.name.units.count == 1 }.compactMap { places[$0.name.units[0]]?.townshipID })
        var mentions: [PlaceMention] = []
        let indices = Array(text.unicodeScalars.indices) + [text.unicodeScalars.endIndex]
        for (name, at) in found {
            var ids = name.units.filter { places[$0]?.reported == true }
            guard ids.count == name.units.count else { continue }  // a name the county or the bureau shares
            if ids.count > 1 {
                if name.form == .short, let broadest = Self.broadest(ids, places) {
                    ids = [broadest]  // 清河 for 清河镇 and its 清河社区: the township
                } else if name.form == .short {
                    continue
                } else {
                    let settled = ids.filter { id in places[id]?.townshipID.map(namedTownships.contains) ?? false }
                    if settled.count == 1 { ids = settled }
                }
            }
            for id in ids {
                guard let place = places[id] else { continue }
                mentions.append(PlaceMention(
                    name: String(String.UnicodeScalarView(name.scalars)), range: indices[at]..<indices[at + name.scalars.count],
                    offset: at, unitID: id, kind: place.kind, form: name.form, localityChain: place.chain,
                    townshipID: place.townshipID, alternatives: ids.count))
            }
        }
        return mentions.enumerated().sorted { a, b in
            a.element.specificity != b.element.specificity ? a.element.specificity > b.element.specificity : a.offset < b.offset
        }.map(\.element)
    }

    /// The unit among `ids` that all the others lie within, if there is one.
    private static func broadest(_ ids: [OrgUnit.ID], _ places: [OrgUnit.ID: Place]) -> OrgUnit.ID? {
        ids.first { root in ids.allSatisfy { places[$0]?.chain.contains(root) ?? false } }
    }

    private func matches(_ name: Name, _ text: [Unicode.Scalar], at i: Int) -> Bool {
        let n = name.scalars.count
        guard i + n <= text.count else { return false }
        for k in 1..<n where text[i + k] != name.scalars[k] { return false }
        if name.qualifiable, i > 0, Self.otherLevels.contains(text[i - 1]) || Self.isLatinOrDigit(text[i - 1]) { return false }
        guard name.needsContext else { return true }
        let before = i > 0 ? text[i - 1] : nil, after = i + n < text.count ? text[i + n] : nil
        return Self.opensPlace(before) && Self.closesPlace(after)
    }
}
