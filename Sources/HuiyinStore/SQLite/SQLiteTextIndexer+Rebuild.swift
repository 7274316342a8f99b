import Foundation
import GRDB
import GRDBSQLite
import HuiyinDomain
import HuiyinText

extension SQLiteTextIndexer {
    /// Reads the petitions after an id, in id order (a batch; empty at the end).
    typealias DocumentSource = @Sendable (_ afterID: Int64) throws -> [Document]

    /// FTS5 keeps this many bytes of new postings in memory before writing a segment. The default (1 MiB)
    /// suits registration, one petition per transaction; a rebuild with it writes a thousand small segments
    /// and merges them again and again. 512 MiB writes a few large ones, merged once at the end.
    static let rebuildHashSize = 512 << 20
    static let defaultHashSize = 1 << 20

    static func documents(_ db: Database, after id: Int64, limit: Int = 10_000) throws -> [Document] {
        try Row.fetchAll(db, sql: """
            SELECT p.id, p.title, p.people_count, p.channel,
                   json_extract(p.registration, '$.content') AS content,
                   json_extract(p.registration, '$.demands') AS demands,
                   (SELECT group_concat(name, ' ') FROM petitioners WHERE petition_id = p.id) AS names
            FROM petitions p WHERE p.id > ? ORDER BY p.id LIMIT ?
            """, arguments: [id, limit]).map { r in
            Document(id: r["id"], title: r["title"], content: r["content"] ?? "", demands: r["demands"] ?? "",
                     names: r["names"] ?? "", peopleCount: r["people_count"], isVisit: (r["channel"] as String) == Channel.visit.rawValue)
        }
    }

    /// Re-indexes every petition as a pipeline: while SQLite writes one batch on this thread, the next batch
    /// is read (from `source`, another connection, when given) and tokenised, hashed and assessed on the
    /// other cores. The band and trigram tables are filled at the end in key order (far faster than random
    /// inserts into their B-trees).
    @discardableResult
    func rebuild(source: DocumentSource? = nil) throws -> Int {
        var trace = RebuildTrace()
        try trace.time(\.clearing) { try db.execute(sql: """
            INSERT INTO petition_search (petition_search) VALUES ('delete-all');
            DELETE FROM petition_lsh; DELETE FROM petition_risk; DELETE FROM search_trigrams;
            INSERT INTO petition_search (petition_search, rank) VALUES ('automerge', 0);
            """) }
        try db.execute(sql: "INSERT INTO petition_search (petition_search, rank) VALUES ('hashsize', ?)", arguments: [Self.rebuildHashSize])
        let threshold = try collectiveThreshold()
        let settings = self.settings
        let hasher = settings.minHasher
        let trigrams = KeyCollector()
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)
        func stage(_ read: [Document]?, after id: Int64) -> Background<Result<[Entry], any Error>> {
            Self.background {
                Result {
                    let docs = try read ?? source!(id)
                    let entries = ParallelWork.map(docs, workers: workers) {
                        Self.entry($0, settings: settings, hasher: hasher, collectiveThreshold: threshold)
                    }
                    for e in entries { trigrams.keys.formUnion(e.trigramKeys) }
                    return entries
                }
            }
        }
        let insertSearch = try db.makeStatement(sql: "INSERT INTO petition_search (rowid, title, content, demands, names) VALUES (?, ?, ?, ?, ?)")
        var bands: [UInt128] = []
        // Written after the loop: a statement on another table that opens a statement journal (INSERT OR
        // REPLACE with foreign keys on) makes FTS5 flush its pending postings, one small segment per row.
        var risky: [RiskRow] = []
        var total = 0
        var next = stage(source == nil ? try Self.documents(db, after: 0) : nil, after: 0)
        while true {
            let entries = try trace.time(\.waiting) { try next.wait().get() }
            guard let last = entries.last else { break }
            next = stage(source == nil ? try trace.time(\.reading) { try Self.documents(db, after: last.id) } : nil, after: last.id)
            try trace.time(\.search) {
                for e in entries {
                    try insertSearch.execute(arguments: [e.id, e.tokens[0], e.tokens[1], e.tokens[2], e.tokens[3]])
                    for k in e.bandKeys { bands.append(UInt128(UInt64(k)) << 64 | UInt128(UInt64(e.id))) }
                    if let row = try e.riskRow() { risky.append(row) }
                }
            }
            total += entries.count
        }
        try trace.time(\.risk) { for row in risky { try writeRisk(row) } }
        try trace.time(\.bands) {
            try insertSorted(bands, sql: "INSERT INTO petition_lsh (band_key, petition_id) VALUES ", columns: 2)
        }
        bands = []
        try trace.time(\.trigrams) {
            try insertSorted(trigrams.keys.map { UInt128(UInt64($0)) }, sql: "INSERT INTO search_trigrams (key) VALUES ", columns: 1)
        }
        try trace.time(\.optimize) {
            try db.execute(sql: "INSERT INTO petition_search (petition_search) VALUES ('optimize')")
            try db.execute(sql: "INSERT INTO petition_search (petition_search, rank) VALUES ('automerge', 4)")
            try db.execute(sql: "INSERT INTO petition_search (petition_search, rank) VALUES ('hashsize', ?)", arguments: [Self.defaultHashSize])
        }
        trace.print(total)
        return total
    }

    /// Inserts rows in ascending order of their packed values, many rows per statement, binding the integers
    /// through SQLite's C API (20 million band rows at 1M petitions). The values are sorted in two halves on
    /// two threads and merged while inserting.
    /// A value packs one column in its low 64 bits, or two: the first in the high bits.
    private func insertSorted(_ values: [UInt128], sql: String, columns: Int) throws {
        guard !values.isEmpty else { return }
        let half = values.count / 2
        let runs = ParallelWork.map([Array(values[..<half]), Array(values[half...])], workers: 2) { $0.sorted() }
        let (a, b) = (runs[0], runs[1])
        let perStatement = 500
        let placeholders = "(" + Array(repeating: "?", count: columns).joined(separator: ",") + ")"
        func statement(rows: Int) throws -> Statement {
            try db.makeStatement(sql: sql + Array(repeating: placeholders, count: rows).joined(separator: ","))
        }
        let full = try statement(rows: perStatement)
        var pending: [Int64] = []
        pending.reserveCapacity(perStatement * columns)
        func flush(_ statement: Statement) throws {
            let raw = statement.sqliteStatement
            for (i, v) in pending.enumerated() { sqlite3_bind_int64(raw, Int32(i + 1), v) }
            let code = sqlite3_step(raw)
            sqlite3_reset(raw)
            guard code == SQLITE_DONE else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection))) }
            pending.removeAll(keepingCapacity: true)
        }
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            let v: UInt128
            if j >= b.count || (i < a.count && a[i] <= b[j]) { v = a[i]; i += 1 } else { v = b[j]; j += 1 }
            if columns == 2 { pending.append(Int64(truncatingIfNeeded: v >> 64)) }
            pending.append(Int64(truncatingIfNeeded: v))
            if pending.count == perStatement * columns { try flush(full) }
        }
        if !pending.isEmpty { try flush(try statement(rows: pending.count / columns)) }
    }

    /// The trigram keys seen by the pipeline's stages (one stage at a time touches it).
    final class KeyCollector: @unchecked Sendable {
        var keys = Set<Int64>()
    }

    /// Where a rebuild's time went, printed when `HUIYIN_TRACE_INDEX` is set.
    struct RebuildTrace {
        var clearing = 0.0, waiting = 0.0, reading = 0.0, search = 0.0, risk = 0.0, bands = 0.0, trigrams = 0.0, optimize = 0.0
        let enabled = ProcessInfo.processInfo.environment["HUIYIN_TRACE_INDEX"] != nil

        mutating func time<T>(_ part: WritableKeyPath<RebuildTrace, Double>, _ work: () throws -> T) rethrows -> T {
            let start = Date()
            defer { self[keyPath: part] += Date().timeIntervalSince(start) }
            return try work()
        }

        func print(_ count: Int) {
            guard enabled else { return }
            Swift.print(String(format: "rebuild of %d: clearing %.1f s, waiting for tokens %.1f s, reading %.1f s, search index %.1f s, risk %.1f s, bands %.1f s, trigrams %.1f s, optimize %.1f s",
                               count, clearing, waiting, reading, search, risk, bands, trigrams, optimize))
        }
    }

    /// A value computed on another thread.
    final class Background<U: Sendable>: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var value: U?
        init(_ work: @escaping @Sendable () -> U) {
            Thread.detachNewThread { [self] in
                value = work()
                done.signal()
            }
        }
        func wait() -> U {
            done.wait()
            return value!
        }
    }

    static func background<U: Sendable>(_ work: @escaping @Sendable () -> U) -> Background<U> { Background(work) }
}
