import Foundation
import HuiyinDomain
import HuiyinStore
import Testing

extension ConformanceCheck {
    static let backlogChecks: [ConformanceCheck] = [
        ConformanceCheck("backlog ledger: matter facts, entered once, owner and plan, numbered progress, signed off once") { engine in
            try await withFixture(engine) { f in
                let liutang = f.org.townships["柳塘镇"]!
                var first = try await f.register("第一次反映")
                first = try await f.act(.forward(unitID: liutang.id, note: ""), on: first, as: "fenban")
                f.set("2026-03-05")
                let second = try await f.register("再次反映")
                _ = try await f.act(.linkMatter(matterID: first.record.matterID), on: second, as: "dengji")
                let other = try await f.register("另一件事")
                let matter = first.record.matterID

                let facts = try await f.store.backlogMatterFacts()
                #expect(facts.map(\.matterID) == [matter, other.record.matterID])
                #expect(facts.first == BacklogRules.MatterFacts(matterID: matter, leadPetitionID: second.record.id,
                                                                 firstReceivedOn: LocalDate(iso: "2026-03-02")!, unresolved: true,
                                                                 repeatCount: 1, dissatisfied: false))

                let today = LocalDate(iso: "2026-03-05")!
                #expect(try await f.store.enterBacklog(matterID: matter, petitionID: second.record.id, reasons: [.repeats, .age], on: today))
                #expect(try await !f.store.enterBacklog(matterID: matter, petitionID: second.record.id, reasons: [.repeats], on: today))
                #expect(try await f.store.backlogMatterFacts().map(\.matterID) == [other.record.matterID])
                let entered = try #require(try await f.store.backlogCases().first)
                #expect((entered.matterID, entered.petitionID, entered.reasons, entered.enteredOn) == (matter, second.record.id, [.repeats, .age], today))
                #expect((entered.ownerUserID, entered.ownedSince, entered.plan, entered.conditions, entered.signedOffOn) == (nil, nil, "", [], nil))

                let owner = f.user("duban").id, head = f.user("xz04.fz").id
                try await f.store.updateBacklog(id: entered.id, ownerUserID: owner, plan: "约谈", on: today)
                try await f.store.updateBacklog(id: entered.id, ownerUserID: owner, plan: "约谈并现场核查", on: today.adding(days: 3))
                var (ledger, log) = try #require(try await f.store.backlogCase(id: entered.id))
                #expect((ledger.ownerUserID, ledger.ownedSince, ledger.plan, log) == (owner, today, "约谈并现场核查", []))
                try await f.store.updateBacklog(id: entered.id, ownerUserID: nil, plan: "", on: today.adding(days: 4))
                #expect(try await f.store.backlogCase(id: entered.id)?.0.ownedSince == nil)
                try await f.store.updateBacklog(id: entered.id, ownerUserID: head, plan: "包案", on: today.adding(days: 5))
                #expect(try await f.store.backlogCase(id: entered.id)?.0.ownedSince == today.adding(days: 5))
                await #expect(throws: StoreError.notFound) {
                    try await f.store.updateBacklog(id: 999_999, ownerUserID: nil, plan: "", on: today)
                }

                let at = f.clock.now()
                try await f.store.addBacklogProgress(id: entered.id, at: at, authorName: "赵督办", text: "第一次约谈")
                // Entries written at once are all kept, numbered one after the other.
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for i in 0..<5 {
                        group.addTask { try await f.store.addBacklogProgress(id: entered.id, at: at, authorName: "柳塘镇", text: "进展\(i)") }
                    }
                    try await group.waitForAll()
                }
                (ledger, log) = try #require(try await f.store.backlogCase(id: entered.id))
                #expect(log.count == 6)
                #expect(log.first == BacklogProgress(at: LocalDate.inChina(at), authorName: "赵督办", text: "第一次约谈"))
                #expect(Set(log.dropFirst().map(\.text)) == Set((0..<5).map { "进展\($0)" }))

                #expect(try await f.store.enterBacklog(matterID: other.record.matterID, petitionID: other.record.id, reasons: [.age], on: today))
                try await f.store.signOffBacklog(id: entered.id, conditions: [.solved, .investigated], on: today.adding(days: 9), by: head)
                await #expect(throws: StoreError.notFound) {
                    try await f.store.signOffBacklog(id: entered.id, conditions: [.solved], on: today.adding(days: 10), by: head)
                }
                await #expect(throws: StoreError.notFound) {
                    try await f.store.updateBacklog(id: entered.id, ownerUserID: owner, plan: "改", on: today.adding(days: 10))
                }
                let cases = try await f.store.backlogCases()
                #expect(cases.map(\.matterID) == [other.record.matterID, matter])  // signed off last
                let signed = try #require(cases.last)
                #expect((signed.conditions, signed.signedOffOn, signed.signedOffBy, signed.plan) == ([.solved, .investigated], today.adding(days: 9), head, "包案"))
                #expect(try await f.store.backlogCase(id: 999_999) == nil)
            }
        },
        ConformanceCheck("case view: the petition, its history, and its matter within the reader's jurisdiction") { engine in
            try await withFixture(engine) { f in
                let liutang = f.org.townships["柳塘镇"]!
                var first = try await f.register("第一次反映")
                first = try await f.act(.forward(unitID: liutang.id, note: ""), on: first, as: "fenban")
                f.set("2026-03-05")
                var second = try await f.register("再次反映")
                second = try await f.act(.linkMatter(matterID: first.record.matterID), on: second, as: "dengji")
                _ = try await f.register("另一件事")

                let view = try #require(try await f.store.caseView(id: second.record.id, matterVisibleUnitIDs: nil, matterLimit: 10))
                #expect(view.petition == second)
                #expect(view.history == (try await f.store.history(petitionID: second.record.id)))
                #expect(view.history.count == 2)
                #expect(view.matter == [MatterPetition(first), MatterPetition(second)])
                #expect(try await f.store.caseView(id: second.record.id, matterVisibleUnitIDs: nil, matterLimit: 1)?.matter.map(\.id)
                    == [first.record.id])
                #expect(try await f.store.caseView(id: second.record.id, matterVisibleUnitIDs: [], matterLimit: 10)?.matter == [])
                // The same as the matter listed through the petition store, jurisdiction by jurisdiction.
                for root in [liutang.id, f.org.bureau.id, f.org.townships["石桥乡"]!.id] {
                    let visible = f.config.units.subtree(of: root)
                    var q = PetitionQuery()
                    q.matterID = first.record.matterID
                    q.sort = .receivedOldest
                    q.visibleUnitIDs = visible
                    let listed = try await f.store.list(q).items.map(MatterPetition.init)
                    #expect(try await f.store.caseView(id: first.record.id, matterVisibleUnitIDs: visible, matterLimit: 10)?.matter == listed)
                }
                #expect(try await f.store.caseView(id: 999_999, matterVisibleUnitIDs: nil, matterLimit: 10) == nil)
            }
        },
    ]
}
