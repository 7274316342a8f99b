import Foundation
import HuiyinDomain
import HuiyinStore
import Testing

extension ConformanceCheck {
    static let queueChecks: [ConformanceCheck] = [
        ConformanceCheck("case list: every filter, every sort, pages, capped counts and the row's flags") { engine in
            try await withFixture(engine) { f in
                let liutang = f.org.townships["柳塘镇"]!, shiqiao = f.org.townships["石桥乡"]!
                var flagged = f.registration(title: "甲")
                flagged.flags = PetitionFlags(emergency: true, risk: .high)
                var a = try await f.register("", flagged)
                f.set("2026-03-03")
                let b = try await f.register("乙")
                f.set("2026-03-04")
                var c = try await f.register("丙")
                f.set("2026-03-05")
                a = try await f.act(.forward(unitID: liutang.id, note: ""), on: a, as: "fenban")
                c = try await f.act(.forward(unitID: shiqiao.id, note: ""), on: c, as: "fenban")
                a = try await f.act(.accept(note: ""), on: a, as: "xz04.cb")
                a = try await f.act(.extend(days: 20, reason: "需会商"), on: a, as: "xz04.fz")
                a = try await f.act(.supervise(reason: "群众反映强烈", dueDate: nil, level: .written), on: a, as: "duban")
                _ = try await f.act(.decline(reason: "不属于信访事项", properRoute: "请向人民法院起诉"), on: b, as: "fenban")

                func titles(_ edit: (inout CaseListQuery) -> Void) async throws -> [String] {
                    var q = CaseListQuery()
                    edit(&q)
                    return try await f.store.caseList(q).rows.map(\.title)
                }
                // Due order puts the finished petition (no due date) last.
                let dues = [a, c].sorted { ($0.status.stepDue!, $0.record.id) < ($1.status.stepDue!, $1.record.id) }.map(\.record.registration.title)
                #expect(try await titles { _ in } == dues + ["乙"])
                #expect(try await titles { $0.states = [.awaitingAcceptance, .inHandling] } == dues)
                #expect(try await titles { $0.responsibleUnitID = liutang.id } == ["甲"])
                #expect(try await titles { $0.registeredUnitID = f.org.bureau.id; $0.sort = .oldest } == ["甲", "乙", "丙"])
                #expect(try await titles { $0.registeredUnitID = liutang.id } == [])
                #expect(try await titles { $0.registeredSince = ConformanceFixture.instant("2026-03-03"); $0.sort = .oldest } == ["乙", "丙"])
                #expect(try await titles { $0.categoryPrefix = "01"; $0.sort = .oldest } == ["甲", "乙", "丙"])
                #expect(try await titles { $0.categoryPrefix = "02" } == [])
                #expect(try await titles { $0.channel = .letter }.count == 3)
                #expect(try await titles { $0.channel = .visit } == [])
                #expect(try await titles { $0.openOnly = true } == dues)
                let firstDue = try #require(a.status.stepDue.map { min($0, c.status.stepDue!) })
                #expect(try await titles { $0.dueBefore = firstDue.adding(days: 1) } == [dues[0]])
                #expect(try await titles { $0.dueOnOrBefore = firstDue } == [dues[0]])
                #expect(try await titles { $0.dueOnOrAfter = firstDue.adding(days: 1) } == [dues[1]])
                #expect(try await titles { $0.receivedFrom = LocalDate(iso: "2026-03-03"); $0.receivedThrough = LocalDate(iso: "2026-03-03") } == ["乙"])
                #expect(try await titles { $0.visibleUnitIDs = f.config.units.subtree(of: shiqiao.id) } == ["丙"])
                #expect(try await titles { $0.visibleUnitIDs = [] } == [])
                #expect(try await titles { $0.visibleUnitIDs = f.config.units.units.map(\.id); $0.sort = .oldest } == ["甲", "乙", "丙"])
                #expect(try await titles { $0.sort = .newest } == ["丙", "乙", "甲"])
                #expect(try await titles { $0.sort = .oldest } == ["甲", "乙", "丙"])
                #expect(try await titles { $0.sort = .recentlyRegistered } == ["丙", "乙", "甲"])
                #expect(try await titles { $0.sort = .newest; $0.offset = 1; $0.limit = 1 } == ["乙"])

                var counted = CaseListQuery()
                #expect(try await f.store.caseList(counted).total == nil)
                counted.countLimit = 2
                counted.limit = 1
                let capped = try await f.store.caseList(counted)
                #expect((capped.rows.count, capped.total, capped.totalIsCapped) == (1, 2, true))
                counted.countLimit = 5
                let whole = try await f.store.caseList(counted)
                #expect((whole.total, whole.totalIsCapped) == (3, false))

                var only = CaseListQuery()
                only.responsibleUnitID = liutang.id
                let row = try #require(try await f.store.caseList(only).rows.first)
                #expect(row == CaseListRow(
                    id: a.record.id, number: a.record.number, title: "甲", categoryCode: "010101",
                    localityUnitID: a.record.registration.localityUnitID, channel: .letter, state: .inHandling,
                    stepDue: a.status.stepDue, responsibleUnitID: liutang.id, peopleCount: 1, isRepeat: false,
                    receivedOn: LocalDate(iso: "2026-03-02"), risk: .high, emergency: true, extensionDays: 20, supervisionCount: 1))
                #expect(try await f.store.caseRows(ids: [a.record.id]) == [row])
            }
        },
        ConformanceCheck("queue summary: per state, overdue and due soon, the same from the counts table and from the petitions") { engine in
            try await withFixture(engine) { f in
                let liutang = f.org.townships["柳塘镇"]!
                // Registered at once: the counts table stays exact when writers race.
                let cases = try await withThrowingTaskGroup(of: PetitionCase.self) { group in
                    for i in 0..<10 { group.addTask { try await f.register("同时登记\(i)") } }
                    var all: [PetitionCase] = []
                    for try await c in group { all.append(c) }
                    return all.sorted { $0.record.id < $1.record.id }
                }
                f.set("2026-03-10")
                for c in cases.prefix(4) { _ = try await f.act(.forward(unitID: liutang.id, note: ""), on: c, as: "fenban") }
                let accepted = try await f.act(.accept(note: ""), on: try #require(try await f.store.petition(id: cases[0].record.id)), as: "xz04.cb")
                _ = try await f.act(.decline(reason: "重复", properRoute: "无"), on: cases[9], as: "fenban")

                let states: [PetitionState] = [.registered, .awaitingAcceptance, .inHandling, .declined]
                let today = try #require(LocalDate(iso: "2026-03-17")), soon = today.adding(days: 5)
                // What the summary must say, worked out from the rows.
                var all = CaseListQuery()
                all.limit = 100
                let rows = try await f.store.caseList(all).rows
                var expected = QueueSummary()
                for r in rows {
                    guard let s = r.state, states.contains(s) else { continue }
                    expected.byState[s, default: 0] += 1
                    if let due = r.stepDue, due < today { expected.overdue += 1 }
                    if let due = r.stepDue, due >= today, due <= soon { expected.dueSoon += 1 }
                }
                #expect(expected.byState == [.registered: 5, .awaitingAcceptance: 3, .inHandling: 1, .declined: 1])
                #expect(expected.overdue == 0 && expected.dueSoon == 5)  // triage due 03-17 for the five still registered

                var fromCounts = CaseListQuery()
                fromCounts.states = states
                var fromPetitions = fromCounts
                fromPetitions.visibleUnitIDs = f.config.units.units.map(\.id)  // same rows, but counted over the petitions
                var page = CaseListQuery()
                page.responsibleUnitID = liutang.id
                page.states = [.inHandling]
                for q in [fromCounts, fromPetitions] {
                    let (listed, summary) = try await f.store.queue(page, summarising: q, today: today, soonThrough: soon)
                    #expect(summary == expected)
                    #expect(listed.rows.map(\.id) == [accepted.record.id])
                }
                let late = try await f.store.queue(page, summarising: fromCounts, today: today.adding(days: 1), soonThrough: soon)
                #expect(late.summary.overdue == 5)
                var unit = CaseListQuery()
                unit.responsibleUnitID = liutang.id
                unit.states = [.awaitingAcceptance, .inHandling]
                #expect(try await f.store.queue(page, summarising: unit, today: today, soonThrough: soon).summary.byState
                    == [.awaitingAcceptance: 3, .inHandling: 1])
            }
        },
    ]
}
