import Foundation
import HuiyinDomain
import HuiyinStore
import Testing

extension ConformanceCheck {
    static let webChecks: [ConformanceCheck] = [
        ConformanceCheck("units and users: duplicates refused, configuration saved and replaced") { engine in
            try await withFixture(engine) { f in
                await #expect(throws: StoreError.duplicate("code")) {
                    try await f.store.insertUnit(code: f.org.bureau.code, name: "重复", kind: .department, parentID: nil, reviewBodyID: nil)
                }
                await #expect(throws: StoreError.duplicate("username")) {
                    try await f.store.insertUser(username: "dengji", displayName: "重复", role: .registrar, unitID: f.org.bureau.id, passwordHash: "x")
                }
                await #expect(throws: StoreError.notFound) {
                    try await f.store.insertUser(username: "nobody", displayName: "无", role: .registrar, unitID: 999_999, passwordHash: "x")
                }
                let units = try await f.store.units()
                #expect(units.map(\.id) == units.map(\.id).sorted())
                #expect(units.first { $0.id == f.org.county.id } == f.org.county)
                try await f.store.setReviewBody(unitID: f.org.bureau.id, reviewBodyID: f.org.city.id)
                #expect(try await f.store.units().first { $0.id == f.org.bureau.id }?.reviewBodyID == f.org.city.id)
                await #expect(throws: StoreError.notFound) { try await f.store.setReviewBody(unitID: 999_999, reviewBodyID: nil) }
                let creds = try #require(try await f.store.credentials(username: "dengji"))
                #expect(creds.user == f.user("dengji"))
                #expect(creds.passwordHash == "not-a-real-hash")
                #expect(try await f.store.users().count == f.org.users.count)

                let year = CalendarYear(year: 2031, holidays: [.init(name: "元旦", days: [LocalDate(iso: "2031-01-01")!])], makeUpWorkdays: [])
                try await f.store.saveCalendarYear(year)
                var changed = year
                changed.makeUpWorkdays = [LocalDate(iso: "2031-01-04")!]
                try await f.store.saveCalendarYear(changed)
                #expect(try await f.store.calendarYears() == [changed])
                #expect(try await f.store.ruleTable() == nil)
                var rules = RuleTable.statutory
                rules.collectiveThreshold = 7
                try await f.store.saveRuleTable(.statutory)
                try await f.store.saveRuleTable(rules)
                #expect(try await f.store.ruleTable() == rules)
            }
        },
        ConformanceCheck("sessions and API tokens: valid until they expire, gone when the user is signed out") { engine in
            try await withFixture(engine) { f in
                let now = f.clock.now(), later = now.addingTimeInterval(3600)
                let user = f.user("fenban")
                try await f.store.createSession(tokenHash: "s1", userID: user.id, csrf: "c1", now: now, expiresAt: later)
                try await f.store.createSession(tokenHash: "s2", userID: user.id, csrf: "c2", now: now, expiresAt: later)
                let s = try #require(try await f.store.session(tokenHash: "s1", now: now))
                #expect(s.user == user)
                #expect(s.csrf == "c1")
                #expect(s.expiresAt == later)
                #expect(try await f.store.session(tokenHash: "s1", now: later) == nil)
                #expect(try await f.store.session(tokenHash: "nope", now: now) == nil)
                try await f.store.deleteSession(tokenHash: "s1")
                #expect(try await f.store.session(tokenHash: "s1", now: now) == nil)

                try await f.store.saveToken(hash: "t1", userID: user.id, expiresAt: later)
                try await f.store.saveToken(hash: "t-old", userID: user.id, expiresAt: now)
                #expect(try await f.store.user(forTokenHash: "t1", now: now) == user)
                #expect(try await f.store.user(forTokenHash: "t-old", now: now) == nil)
                try await f.store.deleteExpiredTokens(now: now)
                #expect(try await f.store.user(forTokenHash: "t1", now: now) == user)

                try await f.store.updateUser(id: user.id, displayName: user.displayName, role: user.role, unitID: user.unitID, active: false)
                #expect(try await f.store.session(tokenHash: "s2", now: now) == nil)
                #expect(try await f.store.user(forTokenHash: "t1", now: now) == nil)
                try await f.store.updateUser(id: user.id, displayName: "新名字", role: user.role, unitID: user.unitID, active: true)
                #expect(try await f.store.session(tokenHash: "s2", now: now)?.user.displayName == "新名字")
                try await f.store.deleteSessions(userID: user.id)
                #expect(try await f.store.session(tokenHash: "s2", now: now) == nil)
                #expect(try await f.store.user(forTokenHash: "t1", now: now) == nil)
            }
        },
        ConformanceCheck("sign-in failures lock the account; a reset and password change stick") { engine in
            try await withFixture(engine) { f in
                let now = f.clock.now()
                let id = f.user("dengji").id
                #expect(try await f.store.recordLoginFailure(userID: id, now: now, maxFailures: 3, lockFor: 600) == .ok)
                #expect(try await f.store.recordLoginFailure(userID: id, now: now, maxFailures: 3, lockFor: 600) == .ok)
                let until = now.addingTimeInterval(600)
                #expect(try await f.store.recordLoginFailure(userID: id, now: now, maxFailures: 3, lockFor: 600) == .locked(until: until))
                #expect(try await f.store.lockedUntil(userID: id, now: now) == until)
                #expect(try await f.store.lockedUntil(userID: id, now: until) == nil)
                try await f.store.resetLoginFailures(userID: id)
                #expect(try await f.store.lockedUntil(userID: id, now: now) == nil)
                try await f.store.setPassword(userID: id, hash: "new-hash")
                #expect(try await f.store.credentials(username: "dengji")?.passwordHash == "new-hash")
                await #expect(throws: StoreError.notFound) { try await f.store.setPassword(userID: 999_999, hash: "x") }
                await #expect(throws: StoreError.notFound) {
                    try await f.store.updateUser(id: 999_999, displayName: "x", role: .registrar, unitID: f.org.bureau.id, active: true)
                }
            }
        },
        ConformanceCheck("the audit log keeps who saw what, newest first") { engine in
            try await withFixture(engine) { f in
                let c = try await f.register()
                let user = f.user("xz04.cb")
                let t0 = f.clock.now()
                try await f.store.record(AuditEntry(at: t0, userID: user.id, username: user.username, action: "reveal-identity",
                                                    petitionID: c.record.id, detail: "查看身份证号"))
                try await f.store.record(AuditEntry(at: t0.addingTimeInterval(1), userID: nil, username: "system", action: "sign-in",
                                                    petitionID: nil, detail: ""))
                try await f.store.record(AuditEntry(at: t0.addingTimeInterval(2), userID: user.id, username: user.username,
                                                    action: "print", petitionID: c.record.id, detail: "受理告知书"))
                #expect(try await f.store.auditEntries(petitionID: nil, limit: 10).map(\.action) == ["print", "sign-in", "reveal-identity"])
                #expect(try await f.store.auditEntries(petitionID: nil, limit: 1).map(\.action) == ["print"])
                let forCase = try await f.store.auditEntries(petitionID: c.record.id, limit: 10)
                #expect(forCase.map(\.action) == ["print", "reveal-identity"])
                #expect(forCase.last == AuditEntry(at: t0, userID: user.id, username: user.username, action: "reveal-identity",
                                                   petitionID: c.record.id, detail: "查看身份证号"))
            }
        },
    ]
}
