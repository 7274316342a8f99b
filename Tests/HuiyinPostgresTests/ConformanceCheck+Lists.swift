import Foundation
import HuiyinDomain
import HuiyinStore
import Testing

extension ConformanceCheck {
    static let listChecks: [ConformanceCheck] = [
        ConformanceCheck("list filters by state, responsible unit, overdue, category, channel and jurisdiction") { engine in
            try await withFixture(engine) { f in
                let liutang = f.org.townships["柳塘镇"]!, shiqiao = f.org.townships["石桥乡"]!
                let a = try await f.register("甲")
                _ = try await f.register("乙")
                let c = try await f.register("丙")
                f.set("2026-03-05")
                _ = try await f.act(.forward(unitID: liutang.id, note: ""), on: a, as: "fenban")
                _ = try await f.act(.forward(unitID: shiqiao.id, note: ""), on: c, as: "fenban")
                var q = PetitionQuery()
                q.states = [.awaitingAcceptance]
                #expect(try await f.store.list(q).total == 2)
                q.responsibleUnitID = liutang.id
                #expect(try await f.store.list(q).items.map(\.record.registration.title) == ["甲"])
                var township = PetitionQuery()
                township.visibleUnitIDs = f.config.units.subtree(of: shiqiao.id)
                #expect(try await f.store.list(township).items.map(\.record.registration.title) == ["丙"])
                var nobody = PetitionQuery()
                nobody.visibleUnitIDs = []
                #expect(try await f.store.list(nobody).total == 0)
                var overdue = PetitionQuery()
                overdue.overdueOn = LocalDate(iso: "2026-03-18")  // triage of 03-02 was due 03-17
                #expect(try await f.store.list(overdue).items.map(\.record.registration.title) == ["乙"])
                var category = PetitionQuery()
                category.categoryPrefix = "01"
                #expect(try await f.store.list(category).total == 3)
                category.categoryPrefix = "02"
                #expect(try await f.store.list(category).total == 0)
                var channel = PetitionQuery()
                channel.channel = .letter
                #expect(try await f.store.list(channel).total == 3)
                channel.channel = .visit
                #expect(try await f.store.list(channel).total == 0)
                let counts = try await f.store.countsByState(PetitionQuery())
                #expect(counts == [.registered: 1, .awaitingAcceptance: 2])
                var liutangCounts = PetitionQuery()
                liutangCounts.states = [.registered]  // ignored by the counts
                liutangCounts.visibleUnitIDs = f.config.units.subtree(of: liutang.id)
                #expect(try await f.store.countsByState(liutangCounts) == [.awaitingAcceptance: 1])
            }
        },
        ConformanceCheck("list sorts and pages the same way") { engine in
            try await withFixture(engine) { f in
                for (i, day) in ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"].enumerated() {
                    f.set(day)
                    try await f.register("第\(i + 1)件")
                }
                var q = PetitionQuery()
                q.sort = .receivedNewest
                q.pageSize = 2
                q.page = 2
                let page = try await f.store.list(q)
                #expect(page.total == 5)
                #expect(page.items.map(\.record.registration.title) == ["第3件", "第2件"])
                q.sort = .receivedOldest
                q.page = 3
                #expect(try await f.store.list(q).items.map(\.record.registration.title) == ["第5件"])
                q.sort = .dueDate
                q.page = 1
                q.pageSize = 50
                #expect(try await f.store.list(q).items.map(\.record.registration.title) == (1...5).map { "第\($0)件" })
                var from = PetitionQuery()
                from.receivedFrom = LocalDate(iso: "2026-03-04")
                from.receivedThrough = LocalDate(iso: "2026-03-05")
                #expect(try await f.store.list(from).items.map(\.record.registration.title) == ["第3件", "第4件"])
            }
        },
    ]
}
