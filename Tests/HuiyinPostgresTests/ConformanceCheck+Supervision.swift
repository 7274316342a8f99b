import Foundation
import HuiyinDomain
import HuiyinStore
import Testing

extension ConformanceCheck {
    static let supervisionChecks: [ConformanceCheck] = [
        ConformanceCheck("job lease: one holder per period, a live lease blocks, an expired one is taken over, racers get one winner") { engine in
            try await withFixture(engine) { f in
                let now = f.clock.now(), s = f.store
                #expect(try await s.claimJob("sweep", period: "2026-03-02", holder: "a", now: now, leaseSeconds: 900))
                #expect(try await !s.claimJob("sweep", period: "2026-03-02", holder: "b", now: now.addingTimeInterval(10), leaseSeconds: 900))
                #expect(try await s.claimJob("sweep", period: "2026-03-02", holder: "a", now: now.addingTimeInterval(20), leaseSeconds: 900))
                // A lease not finished in time is taken over by another instance.
                #expect(try await s.claimJob("sweep", period: "2026-03-02", holder: "b", now: now.addingTimeInterval(1000), leaseSeconds: 900))
                try await s.finishJob("sweep", period: "2026-03-02", holder: "a")  // no longer the holder: changes nothing
                #expect(try await !s.claimJob("sweep", period: "2026-03-02", holder: "c", now: now.addingTimeInterval(1010), leaseSeconds: 900))
                try await s.finishJob("sweep", period: "2026-03-02", holder: "b")
                #expect(try await !s.claimJob("sweep", period: "2026-03-02", holder: "c", now: now.addingTimeInterval(1020), leaseSeconds: 900))
                #expect(try await !s.claimJob("sweep", period: "2026-03-01", holder: "c", now: now.addingTimeInterval(1020), leaseSeconds: 900))
                #expect(try await s.claimJob("sweep", period: "2026-03-03", holder: "c", now: now.addingTimeInterval(1030), leaseSeconds: 900))
                #expect(try await s.claimJob("other-job", period: "2026-03-02", holder: "d", now: now, leaseSeconds: 900))

                let winners = try await withThrowingTaskGroup(of: Bool.self) { group in
                    for i in 0..<8 {
                        group.addTask { try await s.claimJob("raced", period: "2026-03-02", holder: "instance-\(i)", now: now, leaseSeconds: 900) }
                    }
                    var won = 0
                    for try await w in group where w { won += 1 }
                    return won
                }
                #expect(winners == 1)
            }
        },
        ConformanceCheck("deadline warnings are recorded once with their messages; the outbox keeps delivery attempts") { engine in
            try await withFixture(engine) { f in
                let p = try await f.register()
                let due = try #require(p.status.stepDue)
                #expect(try await f.store.openSteps(dueOnOrBefore: due.adding(days: -1)).isEmpty)
                let open = try await f.store.openSteps(dueOnOrBefore: due)
                let responsible = try await f.store.caseRows(ids: [p.record.id]).first?.responsibleUnitID
                #expect(open == [DeadlineSweep.OpenStep(petitionID: p.record.id, number: p.record.number, title: p.record.registration.title,
                                                        state: .registered, due: due, responsibleUnitID: responsible)])
                let now = f.clock.now()
                let duban = f.user("duban")
                let messages = [
                    OutboxMessage(createdAt: now, recipient: .unit(f.org.bureau.id), recipientName: f.org.bureau.name, petitionID: p.record.id,
                                  subject: "【即将到期】\(p.record.number)", body: "分办期限 \(due.iso) 届满"),
                    OutboxMessage(createdAt: now, recipient: .user(duban.id), recipientName: duban.displayName, petitionID: p.record.id,
                                  subject: "【即将到期】\(p.record.number)", body: "分办期限 \(due.iso) 届满"),
                ]
                #expect(try await f.store.recordWarning(petitionID: p.record.id, state: .registered, due: due, level: .dueSoon,
                                                        messages: messages, at: now))
                #expect(try await !f.store.recordWarning(petitionID: p.record.id, state: .registered, due: due, level: .dueSoon,
                                                         messages: messages, at: now))
                // Several instances recording the same warning at once: one records it, nothing is queued twice.
                let recorded = try await withThrowingTaskGroup(of: Bool.self) { group in
                    for _ in 0..<6 {
                        group.addTask {
                            try await f.store.recordWarning(petitionID: p.record.id, state: .registered, due: due, level: .overdue,
                                                            messages: [messages[0]], at: now)
                        }
                    }
                    var n = 0
                    for try await r in group where r { n += 1 }
                    return n
                }
                #expect(recorded == 1)
                #expect(try await f.store.openSteps(dueOnOrBefore: due).first?.alreadyWarned == [.dueSoon, .overdue])

                let outbox = try await f.store.outbox(limit: 10)
                #expect(outbox.count == 3)
                #expect(outbox.map(\.id) == outbox.map(\.id).sorted { ($0 ?? 0) > ($1 ?? 0) })
                let oldest = try #require(outbox.last)
                #expect(oldest.recipient == .unit(f.org.bureau.id))
                #expect((oldest.recipientName, oldest.petitionID, oldest.subject, oldest.body) == (messages[0].recipientName, p.record.id,
                                                                                                messages[0].subject, messages[0].body))
                #expect(oldest.createdAt == now)
                #expect((oldest.sentAt, oldest.attempts, oldest.lastError) == (nil, 0, nil))
                #expect(outbox[1].recipient == .user(duban.id))

                let pending = try await f.store.pendingOutbox(limit: 10)
                #expect(pending.map(\.id) == outbox.reversed().map(\.id))
                let sentAt = now.addingTimeInterval(60)
                try await f.store.markOutbox(id: pending[0].id!, sentAt: sentAt, error: nil)
                try await f.store.markOutbox(id: pending[1].id!, sentAt: nil, error: "短信网关不可用")
                try await f.store.markOutbox(id: pending[2].id!, sentAt: sentAt, error: nil)
                // The failed one is offered again.
                #expect(try await f.store.pendingOutbox(limit: 10).map(\.id) == [pending[1].id])
                let after = try await f.store.outbox(limit: 10)
                #expect(after.last?.sentAt == sentAt && after.last?.attempts == 1)
                #expect(after[1].sentAt == nil && after[1].attempts == 1 && after[1].lastError == "短信网关不可用")
                #expect(try await f.store.outbox(limit: 1).count == 1)
            }
        },
        ConformanceCheck("supervision orders and their answers, dissatisfied petitions, rows by id, indicator facts, counts, settings") { engine in
            try await withFixture(engine) { f in
                let liutang = f.org.townships["柳塘镇"]!
                var a = try await f.register("灌溉渠堵塞")
                var collective = f.registration(title: "集体反映拖欠工资")
                collective.peopleCount = 12
                collective.petitioners[0].role = .representative
                let b = try await f.register("", collective)
                var repeatCase = try await f.register("再次反映灌溉渠")
                a = try await f.act(.forward(unitID: liutang.id, note: ""), on: a, as: "fenban")
                f.set("2026-03-04")
                a = try await f.act(.supervise(reason: "群众反映强烈", dueDate: LocalDate(iso: "2026-03-10"), level: .interview,
                                               progressRequired: "书面报告"), on: a, as: "duban")
                a = try await f.act(.accept(note: ""), on: a, as: "xz04.cb")
                f.set("2026-03-06")
                a = try await f.act(.reportProgress(text: "已约谈村委会"), on: a, as: "xz04.cb")
                a = try await f.act(.reply(outcome: .support, factsFound: "查明", basis: "依据", opinion: "意见"), on: a, as: "xz04.cb")
                f.set("2026-03-09")
                a = try await f.act(.rate(acceptance: nil, handling: .dissatisfied, comment: "没有解决"), on: a, by: .petitioner)
                repeatCase = try await f.act(.linkMatter(matterID: a.record.matterID), on: repeatCase, as: "dengji")

                let orders = try await f.store.supervisionOrders()
                #expect(orders.count == 1)
                let order = try #require(orders.first)
                #expect((order.petitionID, order.level, order.reason, order.unitID) == (a.record.id, .interview, "群众反映强烈", liutang.id))
                #expect((order.issuedOn, order.dueDate) == (LocalDate(iso: "2026-03-04"), LocalDate(iso: "2026-03-10")))
                #expect((order.answeredOn, order.answer) == (LocalDate(iso: "2026-03-06"), "已约谈村委会"))

                let dissatisfied = try await f.store.dissatisfiedRows(limit: 10)
                #expect(dissatisfied.map(\.id) == [a.record.id])
                #expect(dissatisfied.first?.supervisionCount == 1)
                #expect(try await f.store.caseRows(ids: [b.record.id, 999_999, a.record.id]).map(\.title) == ["集体反映拖欠工资", "灌溉渠堵塞"])
                #expect(try await f.store.caseRows(ids: []) == [])

                let march = (LocalDate(iso: "2026-03-01")!, LocalDate(iso: "2026-03-31")!)
                let facts = try await f.store.indicatorFacts(receivedFrom: march.0, through: march.1, configuration: f.config)
                #expect(Set(facts.map(\.id)) == [a.record.id, b.record.id, repeatCase.record.id])
                #expect(facts.first { $0.id == repeatCase.record.id }?.isRepeat == true)
                #expect(try await f.store.indicatorFacts(receivedFrom: march.1.adding(days: 1), through: march.1.adding(days: 30),
                                                         configuration: f.config).isEmpty)

                func counts(_ d: PetitionDimension) async throws -> [String] {
                    try await f.store.petitionCounts(by: d, from: march.0, through: march.1).map { "\($0.key)=\($0.count)" }
                }
                #expect(try await counts(.month) == ["2026-03=3"])
                #expect(try await counts(.channel) == ["letter=3"])
                #expect(try await counts(.category) == ["01=3"])
                #expect(try await counts(.place) == ["\(a.record.registration.localityUnitID)=3"])
                #expect(try await counts(.purpose) == ["demand=3"])
                #expect(try await f.store.petitionCounts(by: .month, from: march.1.adding(days: 1), through: march.1.adding(days: 9)).isEmpty)
                for threshold in [5, 10, 12] {
                    let t = try await f.store.petitionTotals(from: march.0, through: march.1, collectiveThreshold: threshold)
                    #expect((t.total, t.collective, t.repeats) == (3, 1, 1), "threshold \(threshold)")
                }
                let t = try await f.store.petitionTotals(from: march.0, through: march.1, collectiveThreshold: 13)
                #expect((t.total, t.collective, t.repeats) == (3, 0, 1))

                #expect(try await f.store.supervisionSettings() == BacklogSettings())
                let settings = BacklogSettings(ageDays: 90, repeatThreshold: 3, dueSoonDays: 5)
                try await f.store.saveSupervisionSettings(BacklogSettings(ageDays: 1))
                try await f.store.saveSupervisionSettings(settings)
                #expect(try await f.store.supervisionSettings() == settings)
            }
        },
    ]
}
