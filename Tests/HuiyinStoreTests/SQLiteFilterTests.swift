import Foundation
import HuiyinDomain
@testable import HuiyinStore
import HuiyinText
import Testing

/// The SQL the two petition filters write, to the letter: both are built by ``SQLitePetitionConditions``,
/// and the queue's indexes (`SQLiteSchema+Queue.swift`) and `queue_counts` are chosen for exactly these
/// conditions in exactly this order.
@Suite("SQLite petition filters")
struct SQLiteFilterTests {
    /// How GRDB prints a list of arguments (strings quoted and escaped, numbers bare).
    static func printed(_ values: [Any]) -> String {
        "[" + values.map { $0 is String ? String(reflecting: $0) : "\($0)" }.joined(separator: ", ") + "]"
    }

    @Test("no filter: no WHERE, no arguments, the whole table is counted")
    func empty() {
        let list = SQLitePetitionFilter(PetitionQuery())
        #expect(list.whereClause == "")
        #expect(list.arguments.description == "[]")
        #expect(list.from == "petitions p" && list.countFrom == "petitions p")
        let queue = SQLiteCaseListFilter(CaseListQuery())
        #expect(queue.whereClause == "")
        #expect(queue.arguments.description == "[]")
        #expect(queue.orderBy == "ifnull(p.step_due, '9999-12-31'), p.id")
    }

    @Test("the API's list: every filter, in order, with its arguments")
    func petitionQuery() {
        var q = PetitionQuery()
        q.states = [.registered, .inHandling]
        q.responsibleUnitID = 7
        q.categoryPrefix = "0101"
        q.channel = .visit
        q.overdueOn = LocalDate(iso: "2026-09-20")
        q.dueOnOrBefore = LocalDate(iso: "2026-09-25")
        q.receivedFrom = LocalDate(iso: "2026-01-01")
        q.receivedThrough = LocalDate(iso: "2026-06-30")
        q.matterID = 42
        q.visibleUnitIDs = [3, 4]
        q.sort = .receivedOldest
        let f = SQLitePetitionFilter(q)
        #expect(f.whereClause == "WHERE p.state IN (?,?) AND p.responsible_unit_id = ? AND p.category_code >= ? AND p.category_code < ?"
            + " AND p.channel = ? AND p.step_due < ? AND p.step_due <= ? AND p.received_on >= ? AND p.received_on <= ?"
            + " AND p.matter_id = ? AND p.id IN (SELECT petition_id FROM petition_units WHERE unit_id IN (?,?))")
        #expect(f.arguments.description == Self.printed([
            "registered", "inHandling", 7, "0101", "0101\u{FFFF}", "visit", "2026-09-20", "2026-09-25", "2026-01-01", "2026-06-30",
            42, 3, 4,
        ]))
        #expect(f.orderBy == "p.received_at, p.id")

        q.visibleUnitIDs = []
        #expect(SQLitePetitionFilter(q).whereClause.hasSuffix(" AND p.matter_id = ? AND 0"))
    }

    @Test("a search joins the index, comes first, and is counted on the index alone when it is the only condition")
    func search() throws {
        var q = PetitionQuery()
        q.text = SearchQuery.parse("工资")
        q.sort = .relevance
        let match = try #require(q.text?.matchExpression)
        let only = SQLitePetitionFilter(q)
        #expect(only.from == "petition_search s JOIN petitions p ON p.id = s.rowid")
        #expect(only.countFrom == "petition_search")
        #expect(only.whereClause == "WHERE petition_search MATCH ?")
        #expect(only.arguments.description == Self.printed(["(" + match + ")"]))
        #expect(only.orderBy == "bm25(petition_search, 8.0, 1.0, 2.0, 4.0), s.rowid DESC")

        q.states = [.registered]
        q.searchNames = false
        let more = SQLitePetitionFilter(q)
        #expect(more.countFrom == more.from)
        #expect(more.whereClause == "WHERE petition_search MATCH ? AND p.state IN (?)")
        #expect(more.arguments.description == Self.printed(["{title content demands} : (" + match + ")", "registered"]))

        q.text = SearchQuery.parse("-噪音")
        let exclusion = try #require(q.text?.exclusionExpression)
        let excluding = SQLitePetitionFilter(q)
        #expect(excluding.from == "petitions p")
        #expect(excluding.whereClause
            == "WHERE p.id NOT IN (SELECT rowid FROM petition_search WHERE petition_search MATCH ?) AND p.state IN (?)")
        #expect(excluding.arguments.description == Self.printed(["{title content demands} : " + exclusion, "registered"]))
    }

    @Test("the queues' list: every filter, in order; a large jurisdiction is checked petition by petition")
    func caseListQuery() {
        var q = CaseListQuery()
        q.states = [.awaitingAcceptance]
        q.responsibleUnitID = 7
        q.registeredUnitID = 8
        let since = Date(timeIntervalSince1970: 1_780_000_000)
        q.registeredSince = since
        q.categoryPrefix = "02"
        q.channel = .letter
        q.openOnly = true
        q.dueBefore = LocalDate(iso: "2026-09-20")
        q.dueOnOrAfter = LocalDate(iso: "2026-09-01")
        q.dueOnOrBefore = LocalDate(iso: "2026-09-30")
        let from = LocalDate(iso: "2026-01-01")!, through = LocalDate(iso: "2026-06-30")!
        q.receivedFrom = from
        q.receivedThrough = through
        q.visibleUnitIDs = [3]
        let f = SQLiteCaseListFilter(q)
        let conditions = "WHERE p.state IN (?) AND p.responsible_unit_id = ? AND p.registered_unit_id = ? AND p.registered_at >= ?"
            + " AND p.category_code >= ? AND p.category_code < ? AND p.channel = ? AND p.step_due IS NOT NULL AND p.step_due < ?"
            + " AND p.step_due >= ? AND p.step_due <= ? AND p.received_at >= ? AND p.received_at < ? AND "
        #expect(f.whereClause == conditions + "p.id IN (SELECT petition_id FROM petition_units WHERE unit_id IN (?))")
        #expect(f.arguments.description == Self.printed([
            "awaitingAcceptance", 7, 8, since.timeIntervalSince1970, "02", "02\u{FFFF}", "letter", "2026-09-20", "2026-09-01",
            "2026-09-30", from.startInChina.timeIntervalSince1970, through.adding(days: 1).startInChina.timeIntervalSince1970, 3,
        ]))
        #expect(f.orderBy == "p.step_due, p.id")

        q.visibleUnitIDs = Array(1...Int64(SQLiteCaseListFilter.smallJurisdiction + 1))
        let wide = SQLiteCaseListFilter(q)
        #expect(wide.whereClause.hasPrefix(conditions + "EXISTS (SELECT 1 FROM petition_units pu WHERE pu.petition_id = p.id AND pu.unit_id IN (?,"))
        q.visibleUnitIDs = []
        #expect(SQLiteCaseListFilter(q).whereClause == conditions + "0")
    }
}
