import HuiyinDomain

/// The names people give a unit in petitions (单位的称谓): its registered name, that name with or without
/// the county before it, and the short forms in common use — a township without 镇/乡/街道, a county
/// department by its usual abbreviation (人社局 for 人力资源和社会保障局). The abbreviations are the
/// national conventions for government departments, not any county's own names.
public enum UnitNameForms {
    /// Conventional short names of county departments, keyed by the name without the county (县…).
    public static let departmentAbbreviations: [String: [String]] = [
        "人力资源和社会保障局": ["人社局"],
        "住房和城乡建设局": ["住建局"],
        "自然资源局": ["国土局", "自然资源和规划局"],
        "自然资源和规划局": ["自然资源局", "国土局"],
        "生态环境局": ["环保局"],
        "生态环境分局": ["环保局", "生态环境局"],
        "卫生健康局": ["卫健局", "卫生局"],
        "卫生健康委员会": ["卫健委", "卫生局"],
        "交通运输局": ["交通局"],
        "市场监督管理局": ["市场监管局"],
        "农业农村局": ["农业局", "农业农村部门"],
        "医疗保障局": ["医保局"],
        "退役军人事务局": ["退役军人局"],
        "纪委监委": ["纪委", "监委", "纪检监察机关"],
        "发展和改革局": ["发改局"],
        "发展和改革委员会": ["发改委"],
        "教育和体育局": ["教体局", "教育局"],
        "文化广电和旅游局": ["文旅局", "文广旅局"],
        "应急管理局": ["应急局"],
        "城市管理局": ["城管局"],
        "综合行政执法局": ["执法局", "城管局"],
        "行政审批服务局": ["审批局"],
        "林业局": ["林业部门"],
        "财政局": ["财政部门"],
        "税务局": ["税务部门"],
    ]

    /// The suffixes that make a township's or street's name: 柳塘镇 → 柳塘.
    static let townshipSuffixes = ["街道办事处", "街道", "镇", "乡"]

    /// The county's own name (`青溪县` from `青溪县人民政府`), nil when the unit is not a county government.
    static func countyName(of unit: OrgUnit) -> String? {
        guard unit.kind == .countyGovernment || unit.kind == .city else { return nil }
        for suffix in ["人民政府", "政府"] where unit.name.hasSuffix(suffix) {
            let name = String(unit.name.dropLast(suffix.count))
            return name.isEmpty ? nil : name
        }
        return unit.name
    }

    /// The full forms of a unit's name. `county` is the county's name (青溪县) when known.
    static func fullNames(of unit: OrgUnit, county: String?) -> [String] {
        switch unit.kind {
        case .department, .petitionBureau:
            let core = departmentCore(unit.name, county: county)
            var names = [unit.name, "县" + core, core]
            if let county { names.append(county + core) }
            return unique(names.filter { $0.count >= 3 })
        case .countyGovernment, .city:
            let name = countyName(of: unit) ?? unit.name
            return unique([unit.name, name, name + "政府"])
        case .township, .street, .village, .community:
            var names = [unit.name]
            if let county { names.append(county + unit.name) }
            return names
        }
    }

    /// The short forms of a unit's name.
    static func shortNames(of unit: OrgUnit, county: String?) -> [String] {
        switch unit.kind {
        case .department:
            let core = departmentCore(unit.name, county: county)
            let short = departmentAbbreviations[core] ?? []
            return unique(short.flatMap { s in [s, "县" + s] + (county.map { [$0 + s] } ?? []) })
        case .township, .street:
            for suffix in townshipSuffixes where unit.name.hasSuffix(suffix) {
                let stem = String(unit.name.dropLast(suffix.count))
                return stem.count >= 2 ? [stem] : []
            }
            return []
        case .countyGovernment, .city:
            // 青溪县 → 青溪: blocks the township 青溪镇's short form, which it makes ambiguous.
            guard let name = countyName(of: unit), let last = name.last, "县市区".contains(last), name.count >= 3 else { return [] }
            return [String(name.dropLast())]
        case .village, .community, .petitionBureau:
            // 新塘 for 新塘村 and 东门 for 东门社区 are ordinary words too often (团结, 红星, 河口).
            return []
        }
    }

    /// `县人力资源和社会保障局` and `青溪县人力资源和社会保障局` → `人力资源和社会保障局`.
    static func departmentCore(_ name: String, county: String?) -> String {
        if let county, name.hasPrefix(county), name.count > county.count + 1 { return String(name.dropFirst(county.count)) }
        if name.hasPrefix("县"), name.count > 3 { return String(name.dropFirst()) }
        return name
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
