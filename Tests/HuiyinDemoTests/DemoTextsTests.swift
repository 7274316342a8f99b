import HuiyinDomain
import Testing
@testable import HuiyinDemo

/// 500 petitions as the demo seeder would draw them: a random township, a random village, a petition.
private func generate(count: Int = 500, seed: UInt64 = 2026) -> [(township: String, village: String, text: DemoPetitionText)] {
    var rng = SeededGenerator(seed: seed)
    return (0..<count).map { _ in
        let township = DemoTexts.townships[rng.demoIndex(DemoTexts.townships.count)]
        let village = township.villages[rng.demoIndex(township.villages.count)]
        return (township.name, village, DemoTexts.petition(township: township.name, village: village, using: &rng))
    }
}

private func fields(_ text: DemoPetitionText) -> [String] {
    [text.title, text.content, text.demands, text.purpose, text.level1, text.level2, text.level3,
     text.accusedUnitHint ?? "", text.decisionFacts, text.decisionBasis, text.suggestedDepartment]
}

@Suite("DemoTexts — generated petitions")
struct DemoPetitionTests {
    let sample = generate()

    @Test func everyCategoryTripleExistsInTheShippedTaxonomy() {
        let taxonomy = CategoryTaxonomy.shipped
        for (_, _, text) in sample {
            let node = taxonomy.find(level1: text.level1, level2: text.level2, level3: text.level3)
            #expect(node?.level == 3, "\(text.templateKey): \(text.level1)/\(text.level2)/\(text.level3)")
        }
    }

    @Test func lengthsAreWithinBounds() {
        for (_, _, text) in sample {
            let key = text.templateKey
            #expect((10...30).contains(text.title.count), "\(key) title \(text.title.count): \(text.title)")
            #expect((150...350).contains(text.content.count), "\(key) content \(text.content.count)")
            #expect((20...80).contains(text.demands.count), "\(key) demands \(text.demands.count): \(text.demands)")
            #expect((80...200).contains(text.decisionFacts.count), "\(key) facts \(text.decisionFacts.count)")
            #expect(text.decisionBasis.contains("《") && text.decisionBasis.contains("》"), "\(key) basis")
        }
    }

    @Test func purposesDepartmentsAndAccusedUnitsAreValid() {
        for (_, _, text) in sample {
            #expect(DemoTexts.purposes.contains(text.purpose), "\(text.templateKey): \(text.purpose)")
            #expect(DemoTexts.departments.contains(text.suggestedDepartment), "\(text.templateKey): \(text.suggestedDepartment)")
            #expect((text.accusedUnitHint != nil) == (text.purpose == "揭发控告"), "\(text.templateKey)")
        }
        let hints = Set(sample.compactMap(\.text.accusedUnitHint))
        let allowed = Set(DemoTexts.departments + ["村委会", "居委会", "镇政府", "乡政府", "街道办事处"])
        #expect(!hints.isEmpty)
        #expect(hints.isSubset(of: allowed), "\(hints.subtracting(allowed))")
    }

    @Test func theSampleIsVaried() {
        let keys = Set(sample.map(\.text.templateKey))
        #expect(keys.count >= 40, "only \(keys.count) templates in 500 petitions")
        #expect(Set(sample.map(\.text.title)).count >= 300)
        #expect(Set(sample.map(\.text.content)).count == sample.count)
        #expect(Set(sample.map(\.text.level1)).count >= 10)
        #expect(Set(sample.map(\.text.purpose)) == Set(DemoTexts.purposes))
        #expect(Set(sample.map(\.text.suggestedDepartment)).count >= 12)
    }

    @Test func collectiveAndRiskTextsAreIncluded() {
        let collective = sample.filter(\.text.isCollective)
        #expect(collective.count >= 25)
        for (_, _, text) in collective {
            // The head count the record will carry is the one the text states.
            #expect(text.content.contains("\(text.peopleCount)"), "\(text.templateKey)")
        }
        #expect(sample.contains { $0.text.content.contains("几十户") })
        #expect(sample.contains { $0.text.content.contains("不想活了") })
        #expect(sample.contains { $0.text.content.contains("去省里上访") })
        #expect(sample.filter { !$0.text.isCollective }.allSatisfy { $0.text.peopleCount == 1 })
    }

    @Test func placeholdersAreAllFilled() {
        for (_, _, text) in sample {
            for field in fields(text) {
                #expect(!field.contains("Optional("), "\(text.templateKey)")
                #expect(!field.contains("\\("), "\(text.templateKey)")
                #expect(!field.contains("{") && !field.contains("}"), "\(text.templateKey)")
                #expect(field == field.trimmingSpaces, "\(text.templateKey)")
            }
        }
    }

    @Test func textsDoNotLabelPetitioners() {
        let labels = ["刁民", "闹事", "闹访", "缠访", "缠诉", "无理取闹", "上访户", "老上访", "不稳定因素", "维稳对象", "重点人员", "偏执", "精神病人"]
        for (_, _, text) in sample {
            for field in fields(text) {
                for label in labels { #expect(!field.contains(label), "\(text.templateKey): \(label)") }
            }
        }
    }

    @Test func ruralMattersHappenInVillagesAndEstateMattersInCommunities() {
        let ruralKeys = Set(DemoTexts.templates.filter { $0.setting == .rural }.map(\.key))
        let urbanKeys = Set(DemoTexts.templates.filter { $0.setting == .urban }.map(\.key))
        #expect(!ruralKeys.isEmpty && !urbanKeys.isEmpty)
        for (_, village, text) in sample {
            if village.hasSuffix("社区") { #expect(!ruralKeys.contains(text.templateKey), "\(text.templateKey) in \(village)") }
            if village.hasSuffix("村") { #expect(!urbanKeys.contains(text.templateKey), "\(text.templateKey) in \(village)") }
        }
        // The place is written into the text.
        #expect(sample.filter { $0.text.content.contains($0.township) }.count >= sample.count / 2)
    }

    @Test func sameSeedGivesTheSameOutputAndAnotherSeedDoesNot() {
        #expect(generate().map(\.text) == sample.map(\.text))
        #expect(generate(count: 50, seed: 7).map(\.text) != Array(sample.prefix(50)).map(\.text))
    }
}

@Suite("DemoTexts — every template")
struct DemoTemplateTests {
    @Test func thereAreEnoughTemplatesAcrossTheTaxonomy() {
        let templates = DemoTexts.templates
        #expect(templates.count >= 40)
        #expect(Set(templates.map(\.key)).count == templates.count, "template keys must be unique")
        #expect(templates.filter { $0.weight < 3 }.count <= 5, "risk templates stay rare")
    }

    /// Each template on its own, many draws, in every place it may be used: bounds hold everywhere,
    /// not just in the sample.
    @Test(arguments: DemoTexts.templates.map(\.key))
    func templateStaysWithinBounds(key: String) throws {
        let template = try #require(DemoTexts.templates.first { $0.key == key })
        let taxonomy = CategoryTaxonomy.shipped
        var produced = 0
        for (index, township) in DemoTexts.townships.enumerated() {
            for village in township.villages {
                let isVillage = village.hasSuffix("村")
                if template.setting == .rural && !isVillage || template.setting == .urban && isVillage { continue }
                for seed in 0..<6 {
                    var draw = DemoDraw(township: township.name, village: village, seed: UInt64(index * 100 + seed))
                    let text = template.make(&draw)
                    produced += 1
                    #expect((10...30).contains(text.title.count), "title \(text.title)")
                    #expect((150...320).contains(text.content.count), "content \(text.content.count)")
                    #expect((20...80).contains(text.demands.count), "demands \(text.demands)")
                    #expect((80...200).contains(text.decisionFacts.count), "facts \(text.decisionFacts.count)")
                    #expect(taxonomy.find(level1: text.level1, level2: text.level2, level3: text.level3)?.level == 3)
                    #expect(DemoTexts.departments.contains(text.suggestedDepartment))
                    #expect((text.accusedUnitHint != nil) == (text.purpose == "揭发控告"))
                    #expect(draw.peopleCount == 1 || draw.peopleCount >= 5)
                }
            }
        }
        #expect(produced > 0)
    }
}

@Suite("DemoTexts — places and people")
struct DemoPlacesTests {
    @Test func townshipsAndVillages() {
        let townships = DemoTexts.townships
        #expect((8...12).contains(townships.count))
        #expect(Set(townships.map(\.name)).count == townships.count)
        #expect(townships.contains { $0.name.hasSuffix("镇") })
        #expect(townships.contains { $0.name.hasSuffix("乡") })
        #expect(townships.contains { $0.name.hasSuffix("街道") })
        for township in townships {
            #expect((3...4).contains(township.villages.count), "\(township.name)")
            #expect(township.villages.allSatisfy { $0.hasSuffix("村") || $0.hasSuffix("社区") })
            #expect(Set(township.villages).count == township.villages.count)
        }
        let villages = townships.flatMap(\.villages)
        #expect(villages.contains { $0.hasSuffix("村") } && villages.contains { $0.hasSuffix("社区") })
        #expect(DemoTexts.countyName == "青溪县")
    }

    @Test func departments() {
        let departments = DemoTexts.departments
        #expect(Set(departments).count == departments.count)
        #expect((10...20).contains(departments.count))
        for name in ["县人力资源和社会保障局", "县住房和城乡建设局", "县自然资源局", "县生态环境局", "县教育局",
                     "县卫生健康局", "县交通运输局", "县市场监督管理局", "县公安局", "县民政局", "县农业农村局"] {
            #expect(departments.contains(name), "\(name)")
        }
    }

    @Test func personNames() {
        var rng = SeededGenerator(seed: 11)
        let names = (0..<2000).map { _ in DemoTexts.personName(using: &rng) }
        #expect(names.allSatisfy { (2...4).contains($0.count) })
        #expect(names.contains { $0.count == 2 })
        #expect(names.contains { $0.count == 3 })
        #expect(names.contains { name in DemoTexts.compoundSurnames.contains { name.hasPrefix($0) } })
        #expect(Set(names).count >= 1000)
        #expect(names.allSatisfy { !DemoTexts.wellKnownNames.contains($0) })
    }

    @Test func addresses() {
        var rng = SeededGenerator(seed: 5)
        for township in DemoTexts.townships {
            for village in township.villages {
                let address = DemoTexts.address(township: township.name, village: village, using: &rng)
                #expect(address.hasPrefix("青溪县" + township.name + village), "\(address)")
                if village.hasSuffix("村") {
                    #expect(address.contains("组") && address.hasSuffix("号"), "\(address)")
                } else {
                    #expect(address.hasSuffix("室") || address.hasSuffix("号"), "\(address)")
                }
            }
        }
        var again = SeededGenerator(seed: 5)
        var first = SeededGenerator(seed: 5)
        #expect(DemoTexts.address(township: "柳塘镇", village: "新塘村", using: &again)
                == DemoTexts.address(township: "柳塘镇", village: "新塘村", using: &first))
    }

    @Test func workplacesAreSometimesAbsent() {
        var rng = SeededGenerator(seed: 3)
        let places = (0..<300).map { _ in DemoTexts.workplace(using: &rng) }
        #expect(places.contains(nil))
        #expect(places.compactMap { $0 }.count >= 150)
        #expect(places.compactMap { $0 }.allSatisfy { !$0.isEmpty })
    }
}

@Suite("SeededGenerator and amounts")
struct SeededGeneratorTests {
    @Test func matchesTheSplitMix64ReferenceSequence() {
        var rng = SeededGenerator(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42)
        #expect((0..<10).map { _ in a.next() } == (0..<10).map { _ in b.next() })
    }

    @Test func demoIndexStaysInRange() {
        var rng = SeededGenerator(seed: 1)
        let values = (0..<1000).map { _ in rng.demoIndex(7) }
        #expect(values.allSatisfy { (0..<7).contains($0) })
        #expect(Set(values) == Set(0..<7))
    }

    @Test func yuanIsWrittenTheWayPetitionsWriteIt() {
        #expect(DemoDraw.yuan(9_800) == "9800元")
        #expect(DemoDraw.yuan(38_600) == "3.86万元")
        #expect(DemoDraw.yuan(35_000) == "3.5万元")
        #expect(DemoDraw.yuan(30_500) == "3.05万元")
        #expect(DemoDraw.yuan(120_000) == "12万元")
        #expect(DemoDraw.yuan(12_345) == "12345元")
    }
}

private extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
