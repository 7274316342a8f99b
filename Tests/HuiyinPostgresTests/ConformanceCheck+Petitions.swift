import Foundation
import HuiyinDomain
import HuiyinStore
import Testing

extension ConformanceCheck {
    static let petitionChecks: [ConformanceCheck] = [
        ConformanceCheck("numbers are sequential within a year and restart each year") { engine in
            try await withFixture(engine, today: "2025-12-31") { f in
                let a = try await f.register()
                let b = try await f.register()
                f.set("2026-01-05")
                let c = try await f.register()
                #expect([a, b, c].map(\.record.number) == ["XF-2025-000001", "XF-2025-000002", "XF-2026-000001"])
                #expect(a.record.queryCode != b.record.queryCode)
                #expect(a.record.matterID != b.record.matterID)
            }
        },
        ConformanceCheck("concurrent registrations get distinct consecutive numbers") { engine in
            try await withFixture(engine) { f in
                let numbers = try await withThrowingTaskGroup(of: String.self) { group in
                    for i in 0..<12 { group.addTask { try await f.register("并发登记\(i)").record.number } }
                    var all: [String] = []
                    for try await n in group { all.append(n) }
                    return all
                }
                #expect(numbers.sorted() == (1...12).map { PetitionNumber.format(year: 2026, sequence: $0) })
            }
        },
        ConformanceCheck("a registration round-trips whole, normalised") { engine in
            try await withFixture(engine) { f in
                var r = f.registration(title: "新塘村道路损毁")
                r.petitioners[0].name = " 李 四 "
                r.petitioners[0].phone = "+86 138 0013 8000"
                let created = try await f.register("", r)
                let loaded = try #require(try await f.store.petition(id: created.record.id))
                #expect(loaded == created)
                #expect(loaded.record.registration.petitioners[0].name == "李四")
                #expect(loaded.record.registration.petitioners[0].phone == "13800138000")
                #expect(loaded.status.stepDue == LocalDate(iso: "2026-03-17"))
                #expect(try await f.store.petition(number: created.record.number) == created)
                #expect(try await f.store.petition(id: created.record.id + 1000) == nil)
                let history = try await f.store.history(petitionID: created.record.id)
                #expect(history.count == 1)
                #expect(history.first?.actorName == f.user("dengji").displayName)
            }
        },
        ConformanceCheck("history rows cannot be updated or deleted, even by hand") { engine in
            try await withFixture(engine) { f in
                let c = try await f.register()
                await #expect(throws: (any Error).self) { try await engine.execute(f.store, "UPDATE history SET actor_name = 'x'") }
                await #expect(throws: (any Error).self) { try await engine.execute(f.store, "DELETE FROM history") }
                #expect(try await f.store.history(petitionID: c.record.id).map(\.actorName) == [f.user("dengji").displayName])
            }
        },
        ConformanceCheck("a stale version is refused and nothing is written") { engine in
            try await withFixture(engine) { f in
                let c = try await f.register()
                _ = try await f.act(.forward(unitID: f.org.townships["柳塘镇"]!.id, note: ""), on: c, as: "fenban")
                await #expect(throws: StoreError.staleVersion(current: 2)) {
                    try await f.act(.comment(text: "旧快照"), on: c, as: "dengji")
                }
                #expect(try await f.store.history(petitionID: c.record.id).count == 2)
                #expect(try await f.store.petition(id: c.record.id)?.status.version == 2)
            }
        },
        ConformanceCheck("two clerks acting at once: exactly one wins, the others get a stale version") { engine in
            try await withFixture(engine) { f in
                let c = try await f.register()
                let results = await withTaskGroup(of: Result<PetitionCase, any Error>.self) { group in
                    for i in 0..<8 {
                        group.addTask {
                            do { return .success(try await f.act(.comment(text: "备注\(i)"), on: c, as: "dengji")) } catch { return .failure(error) }
                        }
                    }
                    var all: [Result<PetitionCase, any Error>] = []
                    for await r in group { all.append(r) }
                    return all
                }
                #expect(results.filter { if case .success = $0 { true } else { false } }.count == 1)
                for case .failure(let e) in results { #expect(e as? StoreError == .staleVersion(current: 2)) }
                #expect(try await f.store.history(petitionID: c.record.id).count == 2)
            }
        },
        ConformanceCheck("the stored status equals the status replayed from the history") { engine in
            try await withFixture(engine, today: "2026-09-20") { f in
                let township = f.org.townships["柳塘镇"]!
                var c = try await f.register()
                c = try await f.act(.assign(unitID: township.id, reportDue: nil, note: ""), on: c, as: "fenban")
                f.set("2026-09-25")
                c = try await f.act(.accept(note: ""), on: c, as: "xz04.cb")
                c = try await f.act(.extend(days: 20, reason: "需会商"), on: c, as: "xz04.fz")
                f.set("2026-10-15")
                c = try await f.act(.reply(outcome: .partlySupport, factsFound: "查明", basis: "依据", opinion: "意见"), on: c, as: "xz04.cb")
                let history = try await f.store.history(petitionID: c.record.id)
                let stored = try #require(try await f.store.petition(id: c.record.id))
                #expect(Lifecycle.replay(history.map { ($0.event, $0.day) }) == stored.status)
                #expect(stored == c)
                #expect(history.map(\.sequence) == Array(1...5))
                #expect(history.last?.notice?.contains("处理意见书") == true)
                #expect(history[1].actorName == "李分办")
            }
        },
        ConformanceCheck("linking a repeat petition moves it to the matter") { engine in
            try await withFixture(engine) { f in
                let township = f.org.townships["柳塘镇"]!
                var first = try await f.register("第一次反映")
                first = try await f.act(.forward(unitID: township.id, note: ""), on: first, as: "fenban")
                first = try await f.act(.accept(note: ""), on: first, as: "xz04.cb")
                let second = try await f.register("再次反映同一问题")
                let linked = try await f.act(.linkMatter(matterID: first.record.matterID), on: second, as: "dengji")
                #expect(linked.record.matterID == first.record.matterID)
                #expect(linked.record.isRepeat)
                #expect(linked.status.state == .merged)
                #expect(try await f.store.petition(id: second.record.id) == linked)
                #expect(try await f.store.petition(id: first.record.id)?.status.stepDue == first.status.stepDue)
                let summary = try #require(try await f.store.matterSummary(id: first.record.matterID))
                #expect(summary.leadPetitionNumber == first.record.number)
                #expect(summary.leadState == .inHandling)
                #expect(!summary.isFinal)
                #expect(try await f.store.matterSummary(id: 999_999) == nil)
                var q = PetitionQuery()
                q.matterID = first.record.matterID
                #expect(try await f.store.list(q).total == 2)
            }
        },
    ]
}
