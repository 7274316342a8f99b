import HuiyinDomain

/// Where a petition is about, from the places its text names and the locality given at registration
/// (问题属地): a weight for each township or street, and the departments the text names.
public struct PlaceEvidence: Sendable, Hashable {
    /// Townships and streets (乡镇/街道), weights summing to 1; empty when nothing places the petition.
    public var townships: [OrgUnit.ID: Double]
    /// County departments the text names (人社局, 县住房和城乡建设局), in the order of the text.
    public var departments: [OrgUnit.ID]
    /// For each township and department: the text's words for it or for the places inside it, joined where
    /// they stand together (`柳塘镇新塘村`).
    public var names: [OrgUnit.ID: [String]]
    /// The township or street of the registration's locality, if it lies in one.
    public var localityTownship: OrgUnit.ID?
    /// The most specific unambiguous place the text names (a village before its township), for routing
    /// rules that depend on the locality when none was given.
    public var mostSpecific: OrgUnit.ID?

    /// What one mention weighs: a full name 1, a short form 0.7, shared among the units a name may mean.
    static func weight(_ m: PlaceMention) -> Double { (m.form == .full ? 1 : 0.7) / Double(m.alternatives) }
    /// What the locality field weighs against the text: as much as the text's strongest township.
    static let localityWeight = 1.0

    public init(mentions: [PlaceMention], locality: OrgUnit.ID?, units: UnitDirectory) {
        var raw: [OrgUnit.ID: Double] = [:]
        var departments: [OrgUnit.ID] = []
        for m in mentions {
            if let t = m.townshipID {
                raw[t] = min(1, raw[t, default: 0] + Self.weight(m))  // naming a place again adds little
            } else if m.kind == .department, !departments.contains(m.unitID) {
                departments.append(m.unitID)
            }
        }
        departments.sort { a, b in
            (mentions.first { $0.unitID == a }?.offset ?? 0) < (mentions.first { $0.unitID == b }?.offset ?? 0)
        }
        localityTownship = Self.township(of: locality, in: units)
        if let t = localityTownship { raw[t, default: 0] += Self.localityWeight }
        let total = raw.values.reduce(0, +)
        townships = total > 0 ? raw.mapValues { $0 / total } : [:]
        self.departments = departments
        names = Self.names(mentions)
        mostSpecific = mentions.first { $0.isUnambiguous && $0.townshipID != nil }?.unitID
    }

    /// The township or street a unit lies in (itself for one), nil for a department or the county.
    static func township(of unit: OrgUnit.ID?, in units: UnitDirectory) -> OrgUnit.ID? {
        var current = units.unit(unit)
        var steps = 0
        while let u = current, steps < 16 {
            if u.kind == .township || u.kind == .street { return u.id }
            current = units.unit(u.parentID)
            steps += 1
        }
        return nil
    }

    /// Each township's and department's words in the text, places that stand together (柳塘镇 + 新塘村)
    /// joined, none repeated or inside another.
    static func names(_ mentions: [PlaceMention]) -> [OrgUnit.ID: [String]] {
        var byUnit: [OrgUnit.ID: [String]] = [:]
        // 新塘村 after 柳塘镇新塘村 says nothing new; 柳塘镇新塘村 after 新塘村 replaces it.
        func add(_ unit: OrgUnit.ID, _ text: String) {
            var list = byUnit[unit, default: []]
            guard !list.contains(where: { $0.contains(text) }) else { return }
            list.removeAll { text.contains($0) }
            list.append(text)
            byUnit[unit] = list
        }
        let ordered = mentions.sorted { $0.offset < $1.offset }
        var i = 0
        while i < ordered.count {
            var text = ordered[i].name
            var end = ordered[i].offset + ordered[i].name.unicodeScalars.count
            let key = ordered[i].townshipID ?? ordered[i].unitID
            var j = i + 1
            while j < ordered.count, ordered[j].offset == end, (ordered[j].townshipID ?? ordered[j].unitID) == key {
                text += ordered[j].name
                end += ordered[j].name.unicodeScalars.count
                j += 1
            }
            add(key, text)
            i = j
        }
        return byUnit
    }
}
