import Foundation
import HuiyinDomain
import HuiyinStore
import Testing

extension ConformanceCheck {
    static let analysisChecks: [ConformanceCheck] = [
        ConformanceCheck("hotspot items of a date range, each hotspot alerted once with its messages") { engine in
            try await withFixture(engine) { f in
                var r = f.registration(title: "小区噪音扰民")
                r.content = String(repeating: "夜间施工噪音", count: 50)
                let a = try await f.register("", r)
                f.set("2026-03-05")
                _ = try await f.register("别的事")
                let items = try await f.store.hotspotItems(receivedFrom: LocalDate(iso: "2026-03-01")!, through: LocalDate(iso: "2026-03-02")!)
                #expect(items.map(\.id) == [a.record.id])
                let item = try #require(items.first)
                #expect(item.number == a.record.number)
                #expect(item.text == "小区噪音扰民。" + String(r.content.prefix(600)))
                #expect(item.people == r.peopleCount)
                #expect(item.category == "01")
                #expect(item.place == String(r.localityUnitID))
                #expect(item.petitioner == "11010519491231002X")
                #expect(item.receivedOn == LocalDate(iso: "2026-03-02"))

                let message = OutboxMessage(createdAt: f.clock.now(), recipient: .unit(f.user("dengji").unitID), recipientName: "信访局",
                                            petitionID: a.record.id, subject: "热点预警", body: "小区噪音")
                #expect(try await f.store.recordHotspotAlert(key: "01|5|噪音", messages: [message], at: f.clock.now()))
                #expect(try await f.store.recordHotspotAlert(key: "01|5|噪音", messages: [message], at: f.clock.now()) == false)
                #expect(try await f.store.pendingOutbox(limit: 10).map(\.subject) == ["热点预警"])
            }
        },
        ConformanceCheck("registrations by id, level-skipping counts kept as petitions change, report notes") { engine in
            try await withFixture(engine) { f in
                var skipping = f.registration(title: "越级到市里反映")
                skipping.flags.levelSkipping = true
                let a = try await f.register("", skipping)
                let b = try await f.register("普通来信")
                let day = LocalDate(iso: "2026-03-02")!
                #expect(try await f.store.levelSkippingCount(from: day, through: day) == 1)
                #expect(try await f.store.levelSkippingCount(from: day.adding(days: 1), through: day.adding(days: 9)) == 0)
                // The counts follow actions on the petition (a state change is not a counted value; the count stays).
                _ = try await f.act(.forward(unitID: f.org.townships["柳塘镇"]!.id, note: ""), on: a, as: "fenban")
                #expect(try await f.store.levelSkippingCount(from: day, through: day) == 1)

                let found = try await f.store.registrations(ids: [a.record.id, b.record.id, 999_999])
                #expect(found.count == 2)
                #expect(found[a.record.id]?.title == "越级到市里反映")
                #expect(found[a.record.id]?.flags.levelSkipping == true)
                #expect(try await f.store.registrations(ids: []).isEmpty)

                #expect(try await f.store.reportNote(period: "2026-03") == nil)
                let admin = f.user("dengji").id
                try await f.store.saveReportNote(period: "2026-03", text: "加强源头治理", by: admin, at: f.clock.now())
                try await f.store.saveReportNote(period: "2026-03", text: "加强源头治理；\n化解积案", by: admin, at: f.clock.now())
                #expect(try await f.store.reportNote(period: "2026-03") == "加强源头治理；\n化解积案")
                #expect(try await f.store.reportNote(period: "2026-02") == nil)
            }
        },
    ]
}
