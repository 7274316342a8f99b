import Foundation
import GRDB
import HuiyinDemo
import HuiyinDomain
import HuiyinStore
import HuiyinText
import Testing

@Suite("Full-text search, near-duplicates, risk (SQLite)")
struct TextSearchTests {
    /// Registers demo petitions plus hand-made edge cases; returns every registration by id.
    static func corpus(_ f: StoreFixture, count: Int = 60) async throws -> [Int64: Registration] {
        var rng = SeededGenerator(seed: 7)
        var out: [Int64: Registration] = [:]
        let township = f.org.townships["柳塘镇"]!
        var registrations: [Registration] = []
        for i in 0..<count {
            let place = DemoTexts.townships[i % DemoTexts.townships.count]
            let text = DemoTexts.petition(township: place.name, village: place.villages[0], using: &rng)
            var r = f.registration(title: text.title, idNumber: DemoIdentityForTests.ids[i % DemoIdentityForTests.ids.count])
            r.content = text.content
            r.demands = text.demands
            r.petitioners[0].name = DemoTexts.personName(using: &rng)
            r.petitioners[0].phone = nil
            registrations.append(r)
        }
        // Edge cases: full-width Latin and digits, punctuation inside a word, a one-character title.
        var edge = f.registration(title: "ＧＤＰ与Ａ３区　噪音")
        edge.content = "拆，迁补偿款（２０２５年）未到位；工资"
        edge.demands = "水"
        edge.localityUnitID = township.id
        registrations.append(edge)
        for r in registrations {
            let c = try await f.service.register(r, by: f.user("dengji"))
            out[c.record.id] = c.record.registration
        }
        return out
    }

    static func scan(_ q: SearchQuery, _ corpus: [Int64: Registration]) -> Set<Int64> {
        Set(corpus.filter { _, r in
            q.matches(fields: [r.title, r.content, r.demands, r.petitioners.map(\.name).joined(separator: " ")])
        }.keys)
    }

    func search(_ f: StoreFixture, _ text: String, sort: PetitionQuery.Sort = .registeredNewest) async throws -> PetitionPage {
        var q = PetitionQuery()
        q.text = SearchQuery.parse(text)
        q.sort = sort
        q.pageSize = 500
        return try await f.store.list(q)
    }

    @Test("search equals a substring scan of the same data for terms of 1–6 characters, AND, phrases and exclusion")
    func equalsScan() async throws {
        let f = try await StoreFixture()
        defer { f.cleanup() }
        let corpus = try await Self.corpus(f)
        // Terms cut from the texts themselves (so most hit), plus fixed ones that probe the edges.
        var terms: [String] = ["拆迁", "噪音", "工资", "补偿", "水", "区", "gdp", "ａ３区", "拆迁补偿", "迁补", "2025", "不存在的词", "款未"]
        var rng = SeededGenerator(seed: 11)
        let texts = corpus.values.map { Array(TextFolding.fold($0.content)) }
        for length in 1...6 {
            for _ in 0..<6 {
                let t = texts[Int(rng.next() % UInt64(texts.count))]
                let start = Int(rng.next() % UInt64(max(1, t.count - length)))
                var v = String.UnicodeScalarView()
                v.append(contentsOf: t[start..<min(t.count, start + length)])
                terms.append(String(v))
            }
        }
        var queries = terms
        queries += ["拆迁 补偿", "\"拆迁 补偿\"", "工资 -拖欠", "村 镇 -水", "-工资", "补偿 -不存在的词"]
        for text in queries {
            let q = SearchQuery.parse(text)
            let found = try await search(f, text)
            let expected = Self.scan(q, corpus)
            #expect(Set(found.items.map(\.record.id)) == expected, "query \(text)")
            #expect(found.total == expected.count, "count for \(text)")
        }
    }

    @Test("filters, relevance and newest-first sorting combine with the text")
    func filtersAndSort() async throws {
        let f = try await StoreFixture()
        defer { f.cleanup() }
        _ = try await Self.corpus(f, count: 20)
        var special = f.registration(title: "噪音噪音扰民")
        special.content = "夜间噪音"
        let best = try await f.service.register(special, by: f.user("dengji"))
        let relevance = try await search(f, "噪音", sort: .relevance)
        #expect(relevance.items.first?.record.id == best.record.id)
        let newest = try await search(f, "噪音", sort: .registeredNewest)
        #expect(newest.items.map(\.record.id) == newest.items.map(\.record.id).sorted(by: >))
        var q = PetitionQuery()
        q.text = SearchQuery.parse("噪音")
        q.channel = .visit
        #expect(try await f.store.list(q).items.allSatisfy { $0.record.registration.channel == .visit })
        #expect(try await f.store.countsByState(q).values.reduce(0, +) == (try await f.store.list(q).total))
    }

    @Test("the trigram set holds exactly the trigrams of the indexed texts, after registration and after a rebuild; a term with a trigram outside it is answered empty")
    func trigramSet() async throws {
        let f = try await StoreFixture()
        defer { f.cleanup() }
        let corpus = try await Self.corpus(f, count: 25)
        var expected = Set<Int64>()
        for r in corpus.values {
            for field in [r.title, r.content, r.demands, r.petitioners.map(\.name).joined(separator: " ")] {
                expected.formUnion(TrigramKeys.keys(folded: TextFolding.fold(field)))
            }
        }
        let db = try DatabaseQueue(path: f.path)
        defer { try? db.close() }
        func stored() async throws -> Set<Int64> { Set(try await db.read { try Int64.fetchAll($0, sql: "SELECT key FROM search_trigrams") }) }
        #expect(try await stored() == expected)
        _ = try await f.store.rebuildTextIndex()
        #expect(try await stored() == expected)
        // Two bigrams that both occur, never side by side: FTS5 would have to prove the phrase absent.
        let texts = corpus.values.map { TextFolding.foldedString($0.content) }
        var absent: [String] = []
        for a in ["拆迁", "补偿", "工资", "噪音", "村民"] { for b in ["反映", "要求", "解决", "政府"] where !texts.contains(where: { $0.contains(a + b) }) { absent.append(a + b) } }
        #expect(!absent.isEmpty)
        for text in absent + ["补偿", "拆迁补偿", "不存在的词 补偿"] {
            let q = SearchQuery.parse(text)
            let keys = Set(q.requiredTrigramKeys)
            let cannot = try await db.read { try SQLiteStore.searchCannotMatch($0, q) }
            #expect(cannot == !keys.isSubset(of: expected), "check for \(text)")
            if cannot { #expect(Self.scan(q, corpus).isEmpty, "a match hidden for \(text)") }
            #expect(try await search(f, text).total == Self.scan(q, corpus).count, "count for \(text)")
        }
    }

    @Test("names can be left out of the search (for viewers from whom an informant is hidden)")
    func withoutNames() async throws {
        let f = try await StoreFixture()
        defer { f.cleanup() }
        var r = f.registration(title: "道路损毁")
        r.petitioners[0].name = "欧阳明月"
        _ = try await f.service.register(r, by: f.user("dengji"))
        var q = PetitionQuery()
        q.text = SearchQuery.parse("欧阳明月")
        #expect(try await f.store.list(q).total == 1)
        q.searchNames = false
        #expect(try await f.store.list(q).total == 0)
        q.text = SearchQuery.parse("道路 -明月")
        #expect(try await f.store.list(q).total == 1)
        q.text = SearchQuery.parse("-明月")
        #expect(try await f.store.list(q).total == 1)
    }

    @Test("rebuilding the index gives the same answers as indexing at registration")
    func rebuild() async throws {
        let f = try await StoreFixture()
        defer { f.cleanup() }
        let corpus = try await Self.corpus(f, count: 15)
        let before = try await search(f, "补偿").items.map(\.record.id)
        #expect(try await f.store.rebuildTextIndex() == corpus.count)
        #expect(try await search(f, "补偿").items.map(\.record.id) == before)
    }

    @Test("a repeat by the same person is found with its reason; the same text from someone else is a near-duplicate")
    func similar() async throws {
        let f = try await StoreFixture()
        defer { f.cleanup() }
        let text = TextService(store: f.store, configuration: f.service.configuration, clock: f.clock)
        var first = f.registration(title: "新塘村道路被洪水冲毁无人维修")
        first.content = "我村通往镇上的主干道去年七月被洪水冲毁，路面塌陷长约二十米，村民出行和农产品运输十分困难，多次向村委会反映至今无人维修。"
        let a = try await f.service.register(first, by: f.user("dengji"))
        var again = first
        again.content = first.content.replacingOccurrences(of: "二十米", with: "三十米") + "请尽快解决。"
        again.petitioners[0].phone = "138 0013 8000"
        let b = try await f.service.register(again, by: f.user("dengji"))
        var other = again
        other.petitioners = [Petitioner(name: "王五", idType: .residentID, idNumber: "370921197001010011".fixedCheck, phone: nil)]
        let c = try await f.service.register(other, by: f.user("dengji"))

        let found = try await text.similar(to: b)
        #expect(found.first?.petition.record.id == a.record.id)
        #expect(found.first?.finding.kind == .repeatPetition)
        #expect(found.first?.finding.person == .sameResidentID)
        #expect((found.first?.finding.similarity ?? 0) >= 0.7)
        #expect(found.first?.finding.reason.contains("身份证号相同") == true)
        #expect(found.contains { $0.petition.record.id == c.record.id && $0.finding.kind == .nearDuplicate })

        let people = try await text.personPetitions(name: nil, idNumber: nil, phone: "+86 13800138000", address: nil)
        #expect(Set(people.map(\.0.record.id)) == [a.record.id, b.record.id])
        #expect(people.allSatisfy { $0.1 == .samePhone })
    }

    @Test("words of danger raise the risk flag at registration and land in the supervisor's queue with the words")
    func risk() async throws {
        let f = try await StoreFixture()
        defer { f.cleanup() }
        var r = f.registration(title: "讨薪无果")
        r.content = "老板拖欠工资一年，我真的不想活了。"
        let c = try await f.service.register(r, by: f.user("dengji"))
        #expect(c.record.registration.flags.risk == .high)
        let assessment = try await f.store.riskAssessment(petitionID: c.record.id)
        #expect(assessment?.matches.map(\.word) == ["不想活"])
        let calm = try await f.register("道路损毁")
        #expect(calm.record.registration.flags.risk == RiskLevel.none)
        #expect(try await f.store.riskAssessment(petitionID: calm.record.id) == nil)
        let queue = try await f.store.riskQueue(visibleUnitIDs: nil, limit: 10)
        #expect(queue.map(\.petition.record.id) == [c.record.id])
        // A rebuild writes the same signals (after the search rows, so FTS5 keeps its postings in memory).
        _ = try await f.store.rebuildTextIndex()
        #expect(try await f.store.riskAssessment(petitionID: c.record.id) == assessment)
        #expect(try await f.store.riskAssessment(petitionID: calm.record.id) == nil)
        #expect(try await f.store.riskQueue(visibleUnitIDs: nil, limit: 10).map(\.petition.record.id) == [c.record.id])
    }

    @Test("the classifier trains from the taxonomy and stored petitions; units come from rules and history")
    func suggestions() async throws {
        let f = try await StoreFixture()
        defer { f.cleanup() }
        let text = TextService(store: f.store, configuration: f.service.configuration, clock: f.clock)
        let report = try await text.retrain(algorithm: .complementNaiveBayes)
        #expect(report.seedExamples > 300)
        let top = try await text.suggestCategories(title: "拖欠农民工工资", body: "工地老板不发工资")
        #expect(top.count == 3)
        let taxonomy = f.service.configuration.current.taxonomy
        #expect(top.contains { taxonomy.pathName(of: $0.label).contains("劳动") })
        let unit = f.org.townships["柳塘镇"]!
        try await f.store.saveRoutingRule(RoutingRule(categoryPrefix: String(top[0].label.prefix(2)), localityUnitID: nil, unitID: unit.id))
        let units = try await text.suggestUnits(categories: top, locality: nil)
        #expect(units.first?.unitID == unit.id)
        #expect(units.first?.basis == "rule")
    }
}

enum DemoIdentityForTests {
    static let ids = ["11010519491231002X", "370921197001010011".fixedCheck, "370921198505050022".fixedCheck]
}

extension String {
    /// The same 17 digits with the right check character.
    var fixedCheck: String {
        let body = String(prefix(17))
        return body + String(ResidentID.checkCharacter(forFirst17: body)!)
    }
}
