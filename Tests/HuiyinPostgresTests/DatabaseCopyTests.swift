import Foundation
import HuiyinDemo
import HuiyinDomain
@testable import HuiyinPostgres
@testable import HuiyinStore
import HuiyinText
import PostgresNIO
import Testing

/// `huiyin copy`: the demo county moved from SQLite onto PostgreSQL, proved table by table, and the
/// refusals that keep a copy from ever overwriting or half-matching a database.
@Suite("huiyin copy: SQLite → PostgreSQL", .enabled(if: Engine.postgresURL != nil, Engine.postgresSkipMessage), .serialized)
struct DatabaseCopyTests {
    /// A demo county of `petitions` on a temporary SQLite file, with one attachment (bytes in a file).
    static func demoSource(petitions: Int = 120) async throws -> (store: SQLiteStore, path: String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("huiyin-copy-\(UUID().uuidString).sqlite").path
        let store = try SQLiteStore(path: path)
        let now = LocalDate(iso: "2026-11-20")!.startInChina.addingTimeInterval(10 * 3600)
        _ = try await DemoCounty.seed(store: store, now: now, petitions: petitions, passwordHash: "not-a-real-hash")
        _ = try await store.saveAttachments([NewAttachment(fileName: "现场照片.jpg", type: .jpeg, bytes: Array(0...255).map(UInt8.init) + [0, 0xFF])],
                                            petitionID: 1, at: now)
        return (store, path)
    }

    static func remove(_ store: SQLiteStore, _ path: String) {
        try? store.close()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        try? FileManager.default.removeItem(atPath: path + ".attachments")
    }

    @Test("the demo county copies with equal counts and checksums, and PostgreSQL then reads the same petitions")
    func copyDemoCounty() async throws {
        let (source, path) = try await Self.demoSource()
        defer { Self.remove(source, path) }
        let target = try await PostgresStore.open(PostgresStoreTests.freshSchema())
        defer { target.close() }
        do {
            let events = EventLog()
            let checks = try await DatabaseCopy(source: source, target: target).run { events.add($0) }

            #expect(checks.allSatisfy { $0.matches }, "\(checks.filter { !$0.matches })")
            let byTable = Dictionary(uniqueKeysWithValues: checks.map { ($0.table, $0) })
            for table in ["units", "users", "petitions", "history", "petitioners", "matters", "petition_lsh", "queue_counts",
                          "petition_day_counts", "document_templates", "attachments", "attachment_bytes"] {
                #expect(byTable[table] != nil, "no check for \(table)")
            }
            #expect(byTable["petitions"]?.targetRows == 120)
            #expect((byTable["history"]?.targetRows ?? 0) > 120)
            #expect(byTable["attachment_bytes"]?.targetRows == 1)
            #expect(byTable["petitions"]?.sourceChecksum.count == 64)
            // Progress was reported per table, ending with every row.
            #expect(events.finished["petitions"] == 120)
            #expect(events.committed)

            // The PostgreSQL store reads what the SQLite store reads.
            for id in Int64(1)...120 {
                let a = try await source.petition(id: id)
                let b = try await target.petition(id: id)
                #expect(a != nil && a == b, "petition \(id) differs")
                #expect(try await source.history(petitionID: id) == (try await target.history(petitionID: id)))
            }
            var all = PetitionQuery()
            all.pageSize = 500
            all.sort = .receivedNewest
            let listed = try await source.list(all).items.map(\.record.id)
            #expect(try await target.list(all).items.map(\.record.id) == listed)
            let units = try await source.units()
            #expect(try await target.units() == units)
            let bytes = try await source.attachment(petitionID: 1, position: 1)?.bytes
            #expect(bytes != nil)
            #expect(try await target.attachment(petitionID: 1, position: 1)?.bytes == bytes)
            // Search was rebuilt on the target: a word of a demo title finds the same petitions.
            if let title = try await source.petition(id: 7)?.record.registration.title {
                var search = PetitionQuery()
                search.text = SearchQuery.parse(String(title.prefix(2)))
                search.sort = .receivedNewest
                search.pageSize = 500
                let found = try await source.list(search).items.map(\.record.id)
                #expect(!found.isEmpty)
                #expect(try await target.list(search).items.map(\.record.id) == found)
            }
            // Sequences were reset: the next unit gets the next id instead of colliding.
            let maxUnit = try await target.units().map(\.id).max() ?? 0
            let unit = try await target.insertUnit(code: "370921999000", name: "新设单位", kind: .department, parentID: nil, reviewBodyID: nil)
            #expect(unit.id == maxUnit + 1)
        } catch {
            try? await target.dropSchemaForTests()
            throw error
        }
        try await target.dropSchemaForTests()
    }

    @Test("a target that holds data is refused, by name, and left unchanged")
    func refusesNonEmptyTarget() async throws {
        let (source, path) = try await Self.demoSource(petitions: 8)
        defer { Self.remove(source, path) }
        let target = try await PostgresStore.open(PostgresStoreTests.freshSchema())
        defer { target.close() }
        _ = try await target.insertUnit(code: "370921XF0000", name: "已有单位", kind: .petitionBureau, parentID: nil, reviewBodyID: nil)
        let refusal = await #expect(throws: CopyFailure.self) {
            _ = try await DatabaseCopy(source: source, target: target).run()
        }
        #expect(refusal == .targetNotEmpty(tables: ["units"]))
        #expect(refusal?.description.contains("not empty") == true)
        #expect(try await target.units().map(\.name) == ["已有单位"])
        #expect(try await target.copyCount("petitions") == 0)
        try await target.dropSchemaForTests()
    }

    @Test("a table on one side only is an error that names it; nothing is copied")
    func tablesOnOneSide() async throws {
        let (source, path) = try await Self.demoSource(petitions: 4)
        defer { Self.remove(source, path) }
        let target = try await PostgresStore.open(PostgresStoreTests.freshSchema())
        defer { target.close() }
        try await target.withConnection { try await target.execute("CREATE TABLE stray_notes (id BIGINT PRIMARY KEY)", on: $0) }
        let extra = await #expect(throws: CopyFailure.self) { _ = try await DatabaseCopy(source: source, target: target).run() }
        #expect(extra == .tablesOnlyInTarget(["stray_notes"]))
        try await target.withConnection { try await target.execute("DROP TABLE stray_notes", on: $0) }

        try await source.pool.write { try $0.execute(sql: "CREATE TABLE local_notes (id INTEGER PRIMARY KEY)") }
        let missing = await #expect(throws: CopyFailure.self) { _ = try await DatabaseCopy(source: source, target: target).run() }
        #expect(missing == .tablesOnlyInSource(["local_notes"]))
        #expect(try await target.copyCount("units") == 0)
        try await target.dropSchemaForTests()
    }

    @Test("the verification notices a row changed on one side")
    func verificationNoticesDifference() async throws {
        let (source, path) = try await Self.demoSource(petitions: 6)
        defer { Self.remove(source, path) }
        let target = try await PostgresStore.open(PostgresStoreTests.freshSchema())
        defer { target.close() }
        let copy = DatabaseCopy(source: source, target: target)
        #expect(try await copy.run().allSatisfy { $0.matches })
        try await target.withConnection { try await target.execute("UPDATE units SET name = name || '（改）' WHERE id = 2", on: $0) }
        try await target.withConnection { try await target.execute("DELETE FROM petition_lsh WHERE petition_id = 3", on: $0) }
        let checks = try await copy.verify(try await copy.plan()) { _ in }
        let failed = checks.filter { !$0.matches }.map(\.table)
        #expect(failed == ["petition_lsh", "units"] || failed == ["units", "petition_lsh"])
        let units = try #require(checks.first { $0.table == "units" })
        #expect(units.sourceRows == units.targetRows && units.sourceChecksum != units.targetChecksum)
        try await target.dropSchemaForTests()
    }
}

/// Collects the copy's progress events (they arrive from the copying task).
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var _finished: [String: Int] = [:]
    private var _committed = false

    func add(_ event: DatabaseCopy.Event) {
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .tableFinished(let table, let rows): _finished[table] = rows
        case .committed: _committed = true
        default: break
        }
    }

    var finished: [String: Int] { lock.lock(); defer { lock.unlock() }; return _finished }
    var committed: Bool { lock.lock(); defer { lock.unlock() }; return _committed }
}
