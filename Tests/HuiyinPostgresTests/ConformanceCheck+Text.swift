import Foundation
import HuiyinDemo
import HuiyinDomain
import HuiyinStore
import HuiyinText
import Testing

extension ConformanceCheck {
    static let textChecks: [ConformanceCheck] = [
        ConformanceCheck("search equals a substring scan: terms of 1–6 characters, AND, phrases, exclusion, names left out") { engine in
            try await withFixture(engine) { f in
                let corpus = try await TextCorpus.register(f, count: 40)
                for text in TextCorpus.queries(corpus) {
                    for names in [true, false] {
                        var q = PetitionQuery()
                        q.text = SearchQuery.parse(text)
                        q.searchNames = names
                        q.sort = .registeredNewest
                        q.pageSize = 500
                        let found = try await f.store.list(q)
                        let expected = TextCorpus.scan(q.text!, corpus, names: names)
                        #expect(Set(found.items.map(\.record.number)) == expected, "\(text), names \(names)")
                        #expect(found.total == expected.count, "count of \(text), names \(names)")
                        #expect(found.items.map(\.record.id) == found.items.map(\.record.id).sorted(by: >), "newest first: \(text)")
                    }
                }
            }
        },
        ConformanceCheck("search combines with filters and counts by state; relevance puts title hits first") { engine in
            try await withFixture(engine) { f in
                let corpus = try await TextCorpus.register(f, count: 20)
                var special = f.registration(title: "噪音噪音扰民")
                special.content = "夜间噪音"
                let best = try await f.register("", special)
                var q = PetitionQuery()
                q.text = SearchQuery.parse("噪音")
                q.sort = .relevance
                #expect(try await f.store.list(q).items.first?.record.id == best.record.id)
                q.channel = .online
                let online = try await f.store.list(q)
                #expect(online.items.allSatisfy { $0.record.registration.channel == .online })
                #expect(online.total == TextCorpus.scan(q.text!, corpus.filter { $0.value.channel == .online }).count)
                #expect(try await f.store.countsByState(q).values.reduce(0, +) == online.total)
                q.channel = nil
                q.receivedFrom = LocalDate(iso: "2026-03-03")
                q.pageSize = 3
                q.page = 2
                q.sort = .registeredNewest
                let page = try await f.store.list(q)
                #expect(page.items.count <= 3)
                #expect(page.items.allSatisfy { $0.status.receivedOn >= LocalDate(iso: "2026-03-03")! })
            }
        },
        ConformanceCheck("rebuilding the text index gives the same answers as indexing at registration") { engine in
            try await withFixture(engine) { f in
                let corpus = try await TextCorpus.register(f, count: 15)
                var q = PetitionQuery()
                q.text = SearchQuery.parse("补偿")
                q.sort = .registeredNewest
                let before = try await f.store.list(q).items.map(\.record.id)
                let risky = try await f.store.riskQueue(visibleUnitIDs: nil, limit: 50).map(\.petition.record.id)
                #expect(try await f.store.rebuildTextIndex() == corpus.count)
                #expect(try await f.store.list(q).items.map(\.record.id) == before)
                #expect(try await f.store.riskQueue(visibleUnitIDs: nil, limit: 50).map(\.petition.record.id) == risky)
                // And registration keeps working on the rebuilt index.
                let later = try await f.register("补偿款未到位")
                #expect(try await f.store.list(q).items.first?.record.id == later.record.id)
            }
        },
        ConformanceCheck("near-duplicates: band candidates, person candidates, the texts to verify, and the service's findings") { engine in
            try await withFixture(engine) { f in
                var first = f.registration(title: "新塘村道路被洪水冲毁无人维修")
                first.content = "我村通往镇上的主干道去年七月被洪水冲毁，路面塌陷长约二十米，村民出行和农产品运输十分困难，多次向村委会反映至今无人维修。"
                let a = try await f.register("", first)
                var again = first
                again.content = first.content.replacingOccurrences(of: "二十米", with: "三十米") + "请尽快解决。"
                let b = try await f.register("", again)
                let other = try await f.register("与此无关的噪音问题")
                let settings = try await f.store.textSettings()
                let keys = settings.banding.keys(settings.minHasher.signature(
                    Shingles(PetitionText.nearDuplicateText(title: again.title, content: again.content, demands: again.demands))))
                let candidates = try await f.store.nearDuplicateCandidates(bandKeys: keys, excluding: b.record.id, limit: 10)
                #expect(candidates.first == a.record.id)
                #expect(!candidates.contains(b.record.id))
                #expect(try await f.store.nearDuplicateCandidates(bandKeys: [], excluding: nil, limit: 10).isEmpty)
                let people = try await f.store.personCandidates(idNumbers: ["11010519491231002X"], phones: [], names: [], excluding: nil, limit: 10)
                #expect(people == [other.record.id, b.record.id, a.record.id])
                #expect(try await f.store.personCandidates(idNumbers: [], phones: ["13800138000"], names: ["李四"], excluding: a.record.id, limit: 1)
                    == [other.record.id])
                #expect(try await f.store.petitions(idNumbers: [], phones: [], names: ["李四"], excluding: nil, limit: 2).map(\.record.id)
                    == [other.record.id, b.record.id])
                let texts = try await f.store.petitionTexts(ids: [a.record.id])
                #expect(texts.first?.content == first.content)
                #expect(texts.first?.demands == first.demands)
                #expect(texts.first?.petitioners == a.record.registration.petitioners)
                let service = TextService(store: f.store, configuration: ConfigurationHolder(f.config), clock: f.clock)
                let found = try await service.similar(to: b)
                #expect(found.first?.petition.record.id == a.record.id)
                #expect(found.first?.finding.kind == .repeatPetition)
            }
        },
        ConformanceCheck("risk signals at registration, the duty supervisor's queue within jurisdiction") { engine in
            try await withFixture(engine) { f in
                var r = f.registration(title: "讨薪无果")
                r.content = "老板拖欠工资一年，我真的不想活了。"
                let c = try await f.register("", r)
                let calm = try await f.register("道路损毁")
                #expect(try await f.store.riskAssessment(petitionID: c.record.id)?.matches.map(\.word) == ["不想活"])
                #expect(try await f.store.riskAssessment(petitionID: c.record.id)?.level == .high)
                #expect(try await f.store.riskAssessment(petitionID: calm.record.id) == nil)
                #expect(try await f.store.riskQueue(visibleUnitIDs: nil, limit: 10).map(\.petition.record.id) == [c.record.id])
                #expect(try await f.store.riskQueue(visibleUnitIDs: [], limit: 10).isEmpty)
                let elsewhere = f.org.townships["石桥乡"]!.id
                #expect(try await f.store.riskQueue(visibleUnitIDs: [elsewhere], limit: 10).isEmpty)
                #expect(try await f.store.riskQueue(visibleUnitIDs: [f.user("dengji").unitID], limit: 10).map(\.petition.record.id) == [c.record.id])
            }
        },
        ConformanceCheck("the risk queue: danger to life, then collective, then the rest, by level and date, before the limit cuts") { engine in
            try await withFixture(engine) { f in
                func register(_ title: String, _ content: String, people: Int = 1, on date: String) async throws -> PetitionCase {
                    f.set(date)
                    var r = f.registration(title: title)
                    r.content = content
                    r.receivedAt = f.clock.now()
                    if people > 1 {
                        r.peopleCount = people
                        r.petitioners[0].role = .representative
                    }
                    return try await f.register("", r)
                }
                let danger = try await register("讨薪无果", "老板拖欠工资一年，我真的不想活了。", on: "2026-03-02")
                let denied = try await register("补偿问题", "我们并非想不开，只求依法补偿。", on: "2026-03-02")
                let gathering = try await register("征地补偿", "村民准备堵路。", people: 12, on: "2026-03-02")
                var collective: [PetitionCase] = []
                for (i, day) in ["2026-03-03", "2026-03-05", "2026-03-04"].enumerated() {
                    collective.append(try await register("集体反映拖欠工资\(i)", "拖欠工资半年。", people: 12, on: day))
                }
                let other = try await register("拆迁补偿", "再不解决就去北京。", on: "2026-03-06")
                let expected = [danger, gathering, collective[1], collective[2], collective[0], other].map(\.record.id)
                let queue = try await f.store.riskQueue(visibleUnitIDs: nil, limit: 10)
                #expect(queue.map(\.petition.record.id) == expected)
                #expect(queue.map(\.assessment.tier) == [.danger, .collective, .collective, .collective, .collective, .other])
                #expect(queue.first?.assessment.reason == "文中有“不想活”（自伤自杀）")
                #expect(try await f.store.riskQueue(visibleUnitIDs: nil, limit: 2).map(\.petition.record.id) == Array(expected.prefix(2)))
                #expect(try await f.store.riskAssessment(petitionID: denied.record.id) == nil)
                try await f.store.rebuildTextIndex()
                #expect(try await f.store.riskQueue(visibleUnitIDs: nil, limit: 10).map(\.petition.record.id) == expected)
            }
        },
        ConformanceCheck("text settings, trained models, training examples and the routing table round-trip") { engine in
            try await withFixture(engine) { f in
                #expect(try await f.store.textSettings() == TextSettings())
                var settings = TextSettings()
                settings.nearDuplicateThreshold = 0.8
                try await f.store.saveTextSettings(settings)
                try await f.store.saveTextSettings(settings)
                #expect(try await f.store.textSettings() == settings)

                #expect(try await f.store.model(named: "category") == nil)
                let bytes = Data([0, 1, 2, 0xFF] + Array("模型".utf8))
                let at = Date(timeIntervalSince1970: 1_780_000_000.5)
                try await f.store.saveModel(StoredModel(name: "category", trainedAt: at, exampleCount: 3, data: bytes))
                try await f.store.saveModel(StoredModel(name: "category", trainedAt: at, exampleCount: 4, data: bytes + [7]))
                let model = try #require(try await f.store.model(named: "category"))
                #expect(model.exampleCount == 4)
                #expect(model.data == bytes + [7])
                #expect(model.trainedAt == at)

                let a = try await f.register("第一件")
                var r = f.registration(title: "第二件")
                r.categoryCode = "" // not categorised yet (validation would refuse it; the store does not)
                _ = try await f.store.register(r, queryCode: "Q", at: f.clock.now(), actor: f.staff("dengji"),
                                               registeredUnitID: f.user("dengji").unitID, configuration: f.config)
                #expect(try await f.store.categorisedCount() == 1)
                let examples = try await f.store.trainingExamples(limit: 10)
                #expect(examples.map(\.title) == ["第一件"])
                #expect(examples.first?.body == a.record.registration.content + "　" + a.record.registration.demands)

                let liutang = f.org.townships["柳塘镇"]!, shiqiao = f.org.townships["石桥乡"]!
                let county = try await f.store.saveRoutingRule(RoutingRule(categoryPrefix: "01", localityUnitID: nil, unitID: liutang.id))
                let local = try await f.store.saveRoutingRule(RoutingRule(categoryPrefix: "01", localityUnitID: shiqiao.id, unitID: shiqiao.id))
                #expect(try await f.store.routingRules().map(\.id) == [county.id, local.id])
                await #expect(throws: StoreError.self) {
                    try await f.store.saveRoutingRule(RoutingRule(categoryPrefix: "01", localityUnitID: shiqiao.id, unitID: liutang.id))
                }
                var moved = local
                moved.unitID = liutang.id
                try await f.store.saveRoutingRule(moved)
                #expect(try await f.store.routingRules().last?.unitID == liutang.id)
                try await f.store.deleteRoutingRule(id: county.id!)
                await #expect(throws: StoreError.self) { try await f.store.deleteRoutingRule(id: county.id!) }
                #expect(try await f.store.routingRules().count == 1)

                _ = try await f.act(.forward(unitID: liutang.id, note: ""), on: a, as: "fenban")
                let seen = try await f.store.routingHistory(categoryPrefixes: ["01", "0101", ""])
                #expect(seen.map(\.unitID) == [liutang.id])
                #expect(seen.first?.count == 1)
                #expect(seen.first?.categoryCode == a.record.registration.categoryCode)
                #expect(try await f.store.routingHistory(categoryPrefixes: ["02"]).isEmpty)
            }
        },
    ]
}
