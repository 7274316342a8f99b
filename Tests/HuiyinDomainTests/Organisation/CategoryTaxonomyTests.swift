import Foundation
import Testing
@testable import HuiyinDomain

@Suite("CategoryTaxonomy — the shipped default")
struct ShippedCategoryTaxonomyTests {
    let taxonomy = CategoryTaxonomy.shipped

    @Test func hasFifteenFirstLevelClassesAndAllEntries() {
        #expect(taxonomy.children(of: nil).count == 15)
        #expect(taxonomy.all.filter { $0.level == 1 }.count == 15)
        #expect(taxonomy.all.filter { $0.level == 2 }.count == 118)
        #expect(taxonomy.all.filter { $0.level == 3 }.count == 517)
        #expect(taxonomy.all.count == 15 + 118 + 517)
    }

    @Test func firstLevelClassesAreNumberedInFileOrder() {
        let roots = taxonomy.children(of: nil)
        #expect(roots.map(\.code) == (1...15).map { String(format: "%02d", $0) })
        #expect(roots.first?.name == "城乡建设")
        #expect(roots.last?.name == "劳动和社会保障")
        #expect(roots.map(\.name).contains("纪检监察"))
        #expect(roots.allSatisfy { $0.parentCode == nil && $0.level == 1 })
    }

    @Test func allIsDepthFirst() {
        #expect(Array(taxonomy.all.prefix(6).map(\.code)) == ["01", "0101", "010101", "010102", "010103", "0102"])
        #expect(taxonomy.all.last?.code == "150906")
        // Every node comes after its parent and after its previous sibling's whole subtree.
        var seen: Set<String> = []
        for node in taxonomy.all {
            if let parent = node.parentCode { #expect(seen.contains(parent), "\(node.code) before its parent") }
            seen.insert(node.code)
        }
        #expect(seen.count == taxonomy.all.count)
    }

    @Test func everyCodeExtendsItsParent() {
        for node in taxonomy.all {
            #expect(node.code.count == 2 * node.level)
            if let parent = node.parentCode {
                #expect(node.code.hasPrefix(parent))
                #expect(taxonomy.category(code: parent)?.level == node.level - 1)
            }
        }
    }

    @Test func childrenInFileOrder() {
        #expect(taxonomy.children(of: "0101").map(\.name) == ["事故处理", "安全生产管理", "安全隐患"])
        #expect(taxonomy.children(of: "01").count == 10)
        #expect(taxonomy.children(of: "010101").isEmpty)
        #expect(taxonomy.children(of: "99").isEmpty)
    }

    @Test func pathsAndPathNames() {
        #expect(taxonomy.path(of: "010101").map(\.code) == ["01", "0101", "010101"])
        #expect(taxonomy.pathName(of: "010101") == "城乡建设 / 安全生产 / 事故处理")
        #expect(taxonomy.pathName(of: "0101") == "城乡建设 / 安全生产")
        #expect(taxonomy.pathName(of: "15") == "劳动和社会保障")
        #expect(taxonomy.pathName(of: "150906") == "劳动和社会保障 / 退休政策及待遇 / 病退及提前退休人员待遇")
        #expect(taxonomy.path(of: "999999").isEmpty)
        #expect(taxonomy.pathName(of: "nope") == "")
        #expect(taxonomy.category(code: "010101")?.name == "事故处理")
        #expect(taxonomy.category(code: "0") == nil)
    }

    @Test func findByNamesGoesAsDeepAsTheNamesMatch() throws {
        let leaf = try #require(taxonomy.find(level1: "劳动和社会保障", level2: "劳动关系", level3: "农民工权益"))
        #expect(leaf.level == 3)
        #expect(taxonomy.pathName(of: leaf.code) == "劳动和社会保障 / 劳动关系 / 农民工权益")

        // The same third-level name under two different second-level classes.
        let a = try #require(taxonomy.find(level1: "城乡建设", level2: "住房保障与房地产", level3: "住房公积金"))
        let b = try #require(taxonomy.find(level1: "劳动和社会保障", level2: "工资福利", level3: "住房公积金"))
        #expect(a.code != b.code)
        #expect(a.code.hasPrefix("01") && b.code.hasPrefix("15"))

        #expect(taxonomy.find(level1: "城乡建设", level2: "安全生产", level3: "不存在的")?.code == "0101")
        #expect(taxonomy.find(level1: "城乡建设", level2: nil, level3: nil)?.code == "01")
        #expect(taxonomy.find(level1: "城乡建设", level2: "", level3: "事故处理")?.code == "01")
        #expect(taxonomy.find(level1: " 城乡建设 ", level2: "安全生产 ", level3: " 事故处理")?.code == "010101")
        #expect(taxonomy.find(level1: "不存在", level2: "安全生产", level3: "事故处理") == nil)
        // Names that contain punctuation survive the file format.
        #expect(taxonomy.find(level1: "城乡建设", level2: "住房保障与房地产", level3: "房产证登记、办理")?.level == 3)
        #expect(taxonomy.find(level1: "农村农业", level2: "其他", level3: "农村“八大员”问题")?.level == 3)
    }

    @Test func shippedFileRoundTripsThroughTheParser() throws {
        // Re-serialise the leaves and parse again: same nodes, same order.
        var lines = ["code,level1,level2,level3"]
        for leaf in taxonomy.all where leaf.level == 3 {
            lines.append(([leaf.code] + taxonomy.path(of: leaf.code).map(\.name)).joined(separator: ","))
        }
        let again = try CategoryTaxonomy.parseCSV(lines.joined(separator: "\n"))
        #expect(again.all == taxonomy.all)
    }
}

@Suite("CategoryTaxonomy — parsing and validation")
struct CategoryTaxonomyParsingTests {
    @Test func parsesLeafRowsAndBuildsParents() throws {
        let taxonomy = try CategoryTaxonomy.parseCSV("""
            code,level1,level2,level3
            010101,甲,乙,丙
            010102,甲,乙,丁
            010201,甲,戊,己
            020101,庚,辛,壬
            """)
        #expect(taxonomy.all.map(\.code) == ["01", "0101", "010101", "010102", "0102", "010201", "02", "0201", "020101"])
        #expect(taxonomy.category(code: "0102") == Category(code: "0102", name: "戊", level: 2, parentCode: "01"))
        #expect(taxonomy.pathName(of: "020101") == "庚 / 辛 / 壬")
    }

    @Test func acceptsBOMCRLFBlankLinesQuotesAndShortCodes() throws {
        let text = "\u{FEFF}code,level1,level2,level3\r\n010101,甲,\"乙,其一\",\"丙\"\"引\"\"\"\r\n\r\n02,庚,,\r\n0201,庚,辛,\r\n"
        let taxonomy = try CategoryTaxonomy.parseCSV(text)
        #expect(taxonomy.category(code: "0101")?.name == "乙,其一")
        #expect(taxonomy.category(code: "010101")?.name == "丙\"引\"")
        #expect(taxonomy.children(of: "02").map(\.code) == ["0201"])
        #expect(taxonomy.children(of: "0201").isEmpty)
        #expect(taxonomy.children(of: nil).map(\.name) == ["甲", "庚"])
    }

    @Test func aParentRowAfterItsImplicitCreationIsNotADuplicate() throws {
        let taxonomy = try CategoryTaxonomy.parseCSV("code,level1,level2,level3\n010101,甲,乙,丙\n0101,甲,乙,\n")
        #expect(taxonomy.all.count == 3)
    }

    @Test func duplicateCodeIsRejected() {
        #expect(throws: TaxonomyError.duplicateCode("010101")) {
            try CategoryTaxonomy.parseCSV("code,level1,level2,level3\n010101,甲,乙,丙\n010102,甲,乙,丁\n010101,甲,乙,丙\n")
        }
        #expect(throws: TaxonomyError.duplicateCode("01")) {
            try CategoryTaxonomy.parseCSV("code,level1,level2,level3\n01,甲,,\n01,甲,,\n")
        }
        #expect(throws: TaxonomyError.duplicateCode("0101")) {
            try CategoryTaxonomy(categories: [
                Category(code: "01", name: "甲", level: 1, parentCode: nil),
                Category(code: "0101", name: "乙", level: 2, parentCode: "01"),
                Category(code: "0101", name: "丙", level: 2, parentCode: "01"),
            ])
        }
    }

    @Test func missingParentIsRejected() {
        #expect(throws: TaxonomyError.missingParent("010101")) {
            try CategoryTaxonomy(categories: [
                Category(code: "01", name: "甲", level: 1, parentCode: nil),
                Category(code: "010101", name: "丙", level: 3, parentCode: "0101"),
            ])
        }
        #expect(throws: TaxonomyError.missingParent("0101")) {
            try CategoryTaxonomy(categories: [Category(code: "0101", name: "乙", level: 2, parentCode: nil)])
        }
    }

    @Test func parentsMayComeAfterTheirChildrenInTheArray() throws {
        let taxonomy = try CategoryTaxonomy(categories: [
            Category(code: "0101", name: "乙", level: 2, parentCode: "01"),
            Category(code: "02", name: "丁", level: 1, parentCode: nil),
            Category(code: "01", name: "甲", level: 1, parentCode: nil),
        ])
        #expect(taxonomy.all.map(\.code) == ["02", "01", "0101"])
    }

    @Test func inconsistentNodesAreRejectedWithTheirPosition() {
        let root = Category(code: "01", name: "甲", level: 1, parentCode: nil)
        // Code does not extend the parent's code.
        #expect(throws: TaxonomyError.malformedRow(line: 2)) {
            try CategoryTaxonomy(categories: [root, Category(code: "0201", name: "乙", level: 2, parentCode: "01")])
        }
        // Level does not step down by one.
        #expect(throws: TaxonomyError.malformedRow(line: 2)) {
            try CategoryTaxonomy(categories: [root, Category(code: "0101", name: "乙", level: 2, parentCode: "0101")])
        }
        // Code length does not match the level.
        #expect(throws: TaxonomyError.malformedRow(line: 2)) {
            try CategoryTaxonomy(categories: [root, Category(code: "010", name: "乙", level: 2, parentCode: "01")])
        }
        #expect(throws: TaxonomyError.malformedRow(line: 1)) {
            try CategoryTaxonomy(categories: [Category(code: "0101", name: "甲", level: 4, parentCode: nil)])
        }
        // A first-level class with a parent; an empty name; a non-digit code.
        #expect(throws: TaxonomyError.malformedRow(line: 2)) {
            try CategoryTaxonomy(categories: [root, Category(code: "02", name: "乙", level: 1, parentCode: "01")])
        }
        #expect(throws: TaxonomyError.malformedRow(line: 1)) {
            try CategoryTaxonomy(categories: [Category(code: "01", name: "  ", level: 1, parentCode: nil)])
        }
        #expect(throws: TaxonomyError.malformedRow(line: 1)) {
            try CategoryTaxonomy(categories: [Category(code: "0a", name: "甲", level: 1, parentCode: nil)])
        }
    }

    @Test(arguments: [
        // (text, line)
        ("", 1),
        ("level1,level2,level3\n甲,乙,丙\n", 1),
        ("code,level1,level2,level3\n010101,甲,乙\n", 2),
        ("code,level1,level2,level3\n010101,甲,乙,丙,丁\n", 2),
        ("code,level1,level2,level3\n010101,甲,乙,丙\n01010,甲,乙,丙\n", 3),
        ("code,level1,level2,level3\n01A101,甲,乙,丙\n", 2),
        ("code,level1,level2,level3\n010101,甲,,丙\n", 2),
        ("code,level1,level2,level3\n0101,甲,乙,丙\n", 2),
        ("code,level1,level2,level3\n010101,甲,乙,丙\n\n010102,另一个名字,乙,丁\n", 4),
        ("code,level1,level2,level3\n010101,甲,乙,丙\n0101,甲,别名,\n", 3),
    ])
    func malformedRowsAreRejectedWithTheirLine(text: String, line: Int) {
        #expect(throws: TaxonomyError.malformedRow(line: line)) {
            try CategoryTaxonomy.parseCSV(text)
        }
    }

    @Test func emptyFileWithHeaderGivesAnEmptyTaxonomy() throws {
        let taxonomy = try CategoryTaxonomy.parseCSV("code,level1,level2,level3\n")
        #expect(taxonomy.all.isEmpty)
        #expect(taxonomy.children(of: nil).isEmpty)
        #expect(taxonomy.find(level1: "甲", level2: nil, level3: nil) == nil)
    }

    @Test func errorMessagesNameTheProblem() {
        #expect(TaxonomyError.malformedRow(line: 7).message.contains("7"))
        #expect(TaxonomyError.duplicateCode("010101").message.contains("010101"))
        #expect(TaxonomyError.missingParent("0101").message.contains("0101"))
    }

    @Test func categoryIsCodableAndIdentifiedByCode() throws {
        let node = Category(code: "0101", name: "安全生产", level: 2, parentCode: "01")
        #expect(node.id == "0101")
        let decoded = try JSONDecoder().decode(Category.self, from: JSONEncoder().encode(node))
        #expect(decoded == node)
        let root = Category(code: "01", name: "城乡建设", level: 1, parentCode: nil)
        #expect(try JSONDecoder().decode(Category.self, from: JSONEncoder().encode(root)) == root)
    }
}
