/// Text for the demo county 青溪县: place names, people, workplaces and petitions.
///
/// Everything here is written for the demo, none of it comes from real cases: the county, its townships,
/// villages, companies and people are fictional. Petitions come from base templates (see
/// `DemoTexts+Templates.swift` and the topic files beside it) whose slots — places, names, amounts,
/// dates, head counts, companies — are filled from the generator, so the same generator state always
/// gives the same text.
public enum DemoTexts {
    /// The fictional county.
    public static let countyName = "青溪县"

    /// The five 信访目的 a petition can have.
    public static let purposes = ["求决", "意见建议", "揭发控告", "申诉", "咨询"]

    /// Generates one petition about a matter in `village` (a 村 or 社区) of `township`.
    ///
    /// Templates that need farmland are used only for villages (村), templates about residential estates
    /// only for communities (社区); the rest fit both. Deterministic for a given generator state.
    public static func petition<R: RandomNumberGenerator>(
        township: String, village: String, using rng: inout R
    ) -> DemoPetitionText {
        let setting: DemoTemplate.Setting = village.hasSuffix("村") ? .rural : .urban
        let candidates = templates.filter { $0.setting == .any || $0.setting == setting }
        let template = weightedPick(candidates, using: &rng)
        var draw = DemoDraw(township: township, village: village, seed: rng.next())
        var text = template.make(&draw)
        let closing = draw.closing(for: text.purpose)
        if text.content.count + closing.count <= 350 { text.content += closing }
        text.templateKey = template.key
        text.peopleCount = draw.peopleCount
        return text
    }

    /// A person's name: a common surname (occasionally a 复姓) with a one- or two-character given name.
    public static func personName<R: RandomNumberGenerator>(using rng: inout R) -> String {
        while true {
            let surname = rng.demoIndex(100) < 3 ? pick(compoundSurnames, &rng) : pick(surnames, &rng)
            let given = rng.demoIndex(100) < 28 ? pick(singleGivenNames, &rng) : pick(doubleGivenNames, &rng)
            let name = surname + given
            if !wellKnownNames.contains(name) { return name }
        }
    }

    /// A postal address in the county, e.g. `青溪县柳塘镇新塘村3组12号` or
    /// `青溪县城东街道文昌社区锦绣花园5栋2单元301室`.
    public static func address<R: RandomNumberGenerator>(
        township: String, village: String, using rng: inout R
    ) -> String {
        let prefix = countyName + township + village
        if village.hasSuffix("村") {
            return prefix + "\(1 + rng.demoIndex(9))组\(1 + rng.demoIndex(60))号"
        }
        if township.hasSuffix("街道") || rng.demoIndex(3) == 0 {
            let floor = 1 + rng.demoIndex(18)
            return prefix + pick(estates, &rng)
                + "\(1 + rng.demoIndex(16))栋\(1 + rng.demoIndex(3))单元\(floor)0\(1 + rng.demoIndex(4))室"
        }
        return prefix + pick(townStreets, &rng) + "\(1 + rng.demoIndex(180))号"
    }

    /// A workplace (工作单位), or `nil` for people without one (farmers, retirees, people between jobs).
    public static func workplace<R: RandomNumberGenerator>(using rng: inout R) -> String? {
        switch rng.demoIndex(20) {
        case 0..<7:
            return nil
        case 7..<14:
            return companyName(pick(CompanyTrade.allCases, &rng), using: &rng).full
        case 14..<16:
            return pick(publicWorkplaces, &rng)
        case 16..<18:
            return "个体经营"
        default:
            return "务工（\(pick(["浙江", "广东", "江苏", "福建", "上海"], &rng))）"
        }
    }

    // MARK: - Picking

    static func pick<T, R: RandomNumberGenerator>(_ options: [T], _ rng: inout R) -> T {
        options[rng.demoIndex(options.count)]
    }

    static func weightedPick<R: RandomNumberGenerator>(_ candidates: [DemoTemplate], using rng: inout R) -> DemoTemplate {
        let total = candidates.reduce(0) { $0 + $1.weight }
        var ticket = rng.demoIndex(total)
        for template in candidates {
            if ticket < template.weight { return template }
            ticket -= template.weight
        }
        return candidates[candidates.count - 1]
    }
}
