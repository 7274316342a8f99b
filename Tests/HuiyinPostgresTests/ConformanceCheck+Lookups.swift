import Foundation
import HuiyinDomain
import HuiyinStore
import Testing

extension ConformanceCheck {
    static let lookupChecks: [ConformanceCheck] = [
        ConformanceCheck("the administrators' audit log pages newest first and narrows by action prefix") { engine in
            try await withFixture(engine) { f in
                let t0 = f.clock.now()
                for (i, action) in ["sign-in", "admin-user-update", "sign-in-failed", "admin-rules", "reveal-identity"].enumerated() {
                    try await f.store.record(AuditEntry(at: t0.addingTimeInterval(Double(i)), userID: nil, username: "u\(i)",
                                                        action: action, petitionID: nil, detail: ""))
                }
                #expect(try await f.store.auditLog(actionPrefix: nil, offset: 0, limit: 2).map(\.action) == ["reveal-identity", "admin-rules"])
                #expect(try await f.store.auditLog(actionPrefix: nil, offset: 4, limit: 2).map(\.action) == ["sign-in"])
                #expect(try await f.store.auditLog(actionPrefix: "admin-", offset: 0, limit: 10).map(\.action) == ["admin-rules", "admin-user-update"])
                #expect(try await f.store.auditLog(actionPrefix: "sign-in", offset: 1, limit: 10).map(\.action) == ["sign-in"])
                #expect(try await f.store.auditLog(actionPrefix: "", offset: -3, limit: 1).map(\.action) == ["reveal-identity"])
            }
        },
        ConformanceCheck("document templates are seeded with the defaults and saved in place") { engine in
            try await withFixture(engine) { f in
                let all = try await f.store.documentTemplates()
                #expect(all.map(\.kind) == DocumentKind.allCases)
                #expect(all.allSatisfy { $0.body == DocumentTemplate.defaultBody(for: $0.kind) && $0.updatedAt == nil })
                let kind = DocumentKind.allCases[0]
                let edited = DocumentTemplate(kind: kind, body: "{{number}}\n新的正文", updatedAt: f.clock.now(), updatedBy: "admin")
                try await f.store.saveDocumentTemplate(edited)
                #expect(try await f.store.documentTemplate(kind: kind) == edited)
                #expect(try await f.store.documentTemplates().count == DocumentKind.allCases.count)
            }
        },
        ConformanceCheck("earlier petitions of the same person, by ID number or phone, within jurisdiction") { engine in
            try await withFixture(engine) { f in
                let liutang = f.org.townships["柳塘镇"]!, shiqiao = f.org.townships["石桥乡"]!
                let a = try await f.register("第一次")
                f.set("2026-03-03")
                var other = f.registration(title: "别人的事")
                other.petitioners[0].idNumber = nil
                other.petitioners[0].phone = "139 0013 9000"
                let b = try await f.register("", other)
                _ = try await f.act(.forward(unitID: liutang.id, note: ""), on: a, as: "fenban")
                _ = try await f.act(.forward(unitID: shiqiao.id, note: ""), on: b, as: "fenban")
                let byID = try await f.store.earlierPetitions(idNumbers: ["11010519491231002X"], phoneKeys: [], visibleUnitIDs: nil, limit: 10)
                #expect(byID.map(\.petition.record.id) == [a.record.id])
                #expect(byID.first?.matchedByIDNumber == true)
                #expect(byID.first?.matchedByPhone == false)
                let both = try await f.store.earlierPetitions(idNumbers: ["11010519491231002X"], phoneKeys: ["13900139000", "13800138000"],
                                                              visibleUnitIDs: nil, limit: 10)
                #expect(both.map(\.petition.record.id) == [b.record.id, a.record.id])
                #expect(both.map(\.matchedByPhone) == [true, true])
                #expect(both.map(\.matchedByIDNumber) == [false, true])
                let township = f.config.units.subtree(of: shiqiao.id)
                #expect(try await f.store.earlierPetitions(idNumbers: ["11010519491231002X"], phoneKeys: ["13900139000"],
                                                           visibleUnitIDs: township, limit: 10).map(\.petition.record.id) == [b.record.id])
                #expect(try await f.store.earlierPetitions(idNumbers: [], phoneKeys: [""], visibleUnitIDs: nil, limit: 10).isEmpty)
                #expect(try await f.store.earlierPetitions(idNumbers: ["11010519491231002X"], phoneKeys: [], visibleUnitIDs: [], limit: 10).isEmpty)
                #expect(try await f.store.earlierPetitions(idNumbers: ["11010519491231002X"], phoneKeys: ["13900139000"],
                                                           visibleUnitIDs: nil, limit: 1).count == 1)
            }
        },
        ConformanceCheck("attachments are numbered in upload order and read back byte for byte") { engine in
            try await withFixture(engine) { f in
                let c = try await f.register()
                let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 0x00, count: 300) + [0xFF, 0xD9]
                let pdf = Array("%PDF-1.4\n照片说明\n%%EOF".utf8)
                let at = f.clock.now()
                let first = try await f.store.saveAttachments(
                    [NewAttachment(fileName: "现场.jpg", type: .jpeg, bytes: jpeg), NewAttachment(fileName: "说明.pdf", type: .pdf, bytes: pdf)],
                    petitionID: c.record.id, at: at)
                let later = try await f.store.saveAttachments([NewAttachment(fileName: "<x>&.png", type: .png, bytes: [0x89, 0x50, 0x4E, 0x47])],
                                                              petitionID: c.record.id, at: at.addingTimeInterval(60))
                #expect(first.map(\.position) == [1, 2])
                #expect(later.map(\.position) == [3])
                #expect(try await f.store.saveAttachments([], petitionID: c.record.id, at: at).isEmpty)
                let listed = try await f.store.attachments(petitionID: c.record.id)
                #expect(listed == first + later)
                #expect(listed.map(\.size) == [jpeg.count, pdf.count, 4])
                let got = try #require(try await f.store.attachment(petitionID: c.record.id, position: 2))
                #expect(got.info == first[1])
                #expect(got.bytes == pdf)
                #expect(try await f.store.attachment(petitionID: c.record.id, position: 1)?.bytes == jpeg)
                #expect(try await f.store.attachment(petitionID: c.record.id, position: 4) == nil)
                #expect(try await f.store.attachments(petitionID: c.record.id + 1).isEmpty)
            }
        },
        ConformanceCheck("a 不满意 rating is listed for supervision with the handling unit and comment") { engine in
            try await withFixture(engine, today: "2026-09-20") { f in
                let township = f.org.townships["柳塘镇"]!
                var c = try await f.register()
                c = try await f.act(.assign(unitID: township.id, reportDue: nil, note: ""), on: c, as: "fenban")
                c = try await f.act(.accept(note: ""), on: c, as: "xz04.cb")
                f.set("2026-10-10")
                c = try await f.act(.reply(outcome: .support, factsFound: "查明", basis: "依据", opinion: "意见"), on: c, as: "xz04.cb")
                var pleased = try await f.register("另一件")
                pleased = try await f.act(.assign(unitID: township.id, reportDue: nil, note: ""), on: pleased, as: "fenban")
                pleased = try await f.act(.accept(note: ""), on: pleased, as: "xz04.cb")
                pleased = try await f.act(.reply(outcome: .support, factsFound: "查明", basis: "依据", opinion: "意见"), on: pleased, as: "xz04.cb")
                f.set("2026-10-12")
                _ = try await f.act(.rate(acceptance: .satisfied, handling: .dissatisfied, comment: "路还没修"), on: c, by: .petitioner)
                _ = try await f.act(.rate(acceptance: .satisfied, handling: .satisfied, comment: "dissatisfied? no"), on: pleased, by: .petitioner)
                let list = try await f.store.dissatisfiedRatings(since: ConformanceFixture.instant("2026-10-01"), limit: 50)
                #expect(list.map(\.number) == [c.record.number])
                #expect(list.first?.comment == "路还没修")
                #expect(list.first?.handling == .dissatisfied)
                #expect(list.first?.handlingUnitID == township.id)
                #expect(try await f.store.dissatisfiedRatings(since: ConformanceFixture.instant("2026-10-13"), limit: 50).isEmpty)
            }
        },
    ]
}
