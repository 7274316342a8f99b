import Foundation
import GRDB
import HuiyinDomain
import HuiyinText

/// Writes a petition's text into the search index, the LSH bands and the risk signals, inside the caller's
/// transaction (registration indexes in the same transaction as the insert, so a petition is never
/// findable-but-missing or stored-but-unfindable).
struct SQLiteTextIndexer {
    let db: Database
    let settings: TextSettings

    init(_ db: Database) throws {
        self.db = db
        settings = try Self.settings(db)
    }

    static func settings(_ db: Database) throws -> TextSettings {
        guard let json = try String.fetchOne(db, sql: "SELECT data FROM text_settings WHERE id = 1") else { return TextSettings() }
        return try JSONCoding.decode(TextSettings.self, json)
    }

    /// The fields of one petition as the index sees them.
    typealias Document = TextIndexDocument

    /// What is written for one document, computed without the database (so it can run in parallel).
    struct Entry: Sendable {
        var id: Int64
        var tokens: [String]
        var bandKeys: [Int64]
        var risk: RiskAssessment
    }

    static func entry(_ d: Document, settings: TextSettings, hasher: MinHasher, collectiveThreshold: Int) -> Entry {
        // Each field is folded once and used for the tokens, the shingles and the risk words.
        let (title, content, demands) = (TextFolding.fold(d.title), TextFolding.fold(d.content), TextFolding.fold(d.demands))
        let tokens = [title, content, demands, TextFolding.fold(d.names)].map(BigramTokenizer.indexTokens(folded:))
        let text = title + content + demands // = fold(PetitionText.nearDuplicateText(…)): the separators fold away
        let keys = settings.banding.keys(hasher.signature(Shingles(folded: text, size: hasher.shingleSize)))
        let risk = settings.riskLexicon.assess(folded: text, peopleCount: d.peopleCount,
                                               collectiveThreshold: collectiveThreshold, isVisit: d.isVisit)
        return Entry(id: d.id, tokens: tokens, bandKeys: keys, risk: risk)
    }


    func index(petitionID id: Int64, _ r: Registration) throws {
        let threshold = try collectiveThreshold()
        let d = Document(id: id, title: r.title, content: r.content, demands: r.demands,
                         names: r.petitioners.map(\.name).joined(separator: " "), peopleCount: r.peopleCount,
                         isVisit: r.channel == .visit)
        try write(Self.entry(d, settings: settings, hasher: settings.minHasher, collectiveThreshold: threshold))
    }

    func write(_ e: Entry) throws {
        try db.execute(sql: "INSERT INTO petition_search (rowid, title, content, demands, names) VALUES (?, ?, ?, ?, ?)",
                       arguments: [e.id, e.tokens[0], e.tokens[1], e.tokens[2], e.tokens[3]])
        for k in Set(e.bandKeys) {
            try db.execute(sql: "INSERT OR IGNORE INTO petition_lsh (band_key, petition_id) VALUES (?, ?)", arguments: [k, e.id])
        }
        if e.risk.level != .none {
            try db.execute(sql: "INSERT OR REPLACE INTO petition_risk (petition_id, level, matches) VALUES (?, ?, ?)",
                           arguments: [e.id, e.risk.level.rawValue, try JSONCoding.encode(e.risk.matches)])
        }
    }

    func collectiveThreshold() throws -> Int {
        guard let json = try String.fetchOne(db, sql: "SELECT data FROM rule_table WHERE id = 1"),
              let rules = try? JSONCoding.decode(RuleTable.self, json) else { return RuleTable.statutory.collectiveThreshold }
        return rules.collectiveThreshold
    }

    /// Re-indexes every petition: tokenising and hashing in parallel batches, the band table filled in key
    /// order (far faster than random inserts into its B-tree).
    @discardableResult
    func rebuild() throws -> Int {
        try db.execute(sql: "INSERT INTO petition_search (petition_search) VALUES ('delete-all')")
        try db.execute(sql: "DELETE FROM petition_lsh; DELETE FROM petition_risk")
        try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS lsh_load (band_key INTEGER NOT NULL, petition_id INTEGER NOT NULL)")
        try db.execute(sql: "DELETE FROM temp.lsh_load")
        let threshold = try collectiveThreshold()
        let hasher = settings.minHasher
        let settings = self.settings
        var total = 0
        let trace = ProcessInfo.processInfo.environment["HUIYIN_TRACE_INDEX"] != nil
        var (readTime, computeTime, writeTime) = (0.0, 0.0, 0.0)
        var clock = Date()
        func lap(_ t: inout Double) {
            let n = Date()
            t += n.timeIntervalSince(clock)
            clock = n
        }
        let insertSearch = try db.makeStatement(sql: "INSERT INTO petition_search (rowid, title, content, demands, names) VALUES (?, ?, ?, ?, ?)")
        let insertBand = try db.makeStatement(sql: "INSERT INTO temp.lsh_load (band_key, petition_id) VALUES (?, ?)")
        let insertRisk = try db.makeStatement(sql: "INSERT INTO petition_risk (petition_id, level, matches) VALUES (?, ?, ?)")
        // One merge at the end instead of incremental merges while loading.
        try db.execute(sql: "INSERT INTO petition_search (petition_search, rank) VALUES ('automerge', 0)")
        func documents(after id: Int64) throws -> [Document] {
            try Row.fetchAll(db, sql: """
                SELECT p.id, p.title, p.people_count, p.channel,
                       json_extract(p.registration, '$.content') AS content,
                       json_extract(p.registration, '$.demands') AS demands,
                       (SELECT group_concat(name, ' ') FROM petitioners WHERE petition_id = p.id) AS names
                FROM petitions p WHERE p.id > ? ORDER BY p.id LIMIT 10000
                """, arguments: [id]).map { r in
                Document(id: r["id"], title: r["title"], content: r["content"] ?? "", demands: r["demands"] ?? "",
                         names: r["names"] ?? "", peopleCount: r["people_count"], isVisit: (r["channel"] as String) == Channel.visit.rawValue)
            }
        }
        // A pipeline: while SQLite writes one batch on this thread, the next batch is tokenised and hashed on
        // the other cores.
        var docs = try documents(after: 0)
        lap(&readTime)
        var pending = ParallelWork.map(docs) { Self.entry($0, settings: settings, hasher: hasher, collectiveThreshold: threshold) }
        lap(&computeTime)
        while !pending.isEmpty {
            let entries = pending
            total += entries.count
            docs = try documents(after: entries.last!.id)
            lap(&readTime)
            let next = docs
            let computed = Self.background { ParallelWork.map(next, workers: max(1, ProcessInfo.processInfo.activeProcessorCount - 1)) {
                Self.entry($0, settings: settings, hasher: hasher, collectiveThreshold: threshold)
            } }
            for e in entries {
                try insertSearch.execute(arguments: [e.id, e.tokens[0], e.tokens[1], e.tokens[2], e.tokens[3]])
                for k in Set(e.bandKeys) { try insertBand.execute(arguments: [k, e.id]) }
                if e.risk.level != .none {
                    try insertRisk.execute(arguments: [e.id, e.risk.level.rawValue, try JSONCoding.encode(e.risk.matches)])
                }
            }
            lap(&writeTime)
            pending = computed.wait()
            lap(&computeTime)
        }
        try db.execute(sql: """
            INSERT OR IGNORE INTO petition_lsh (band_key, petition_id)
                SELECT band_key, petition_id FROM temp.lsh_load ORDER BY band_key, petition_id;
            DROP TABLE temp.lsh_load;
            """)
        lap(&writeTime)
        try db.execute(sql: "INSERT INTO petition_search (petition_search) VALUES ('optimize')")
        try db.execute(sql: "INSERT INTO petition_search (petition_search, rank) VALUES ('automerge', 4)")
        var optimizeTime = 0.0
        lap(&optimizeTime)
        if trace {
            print("rebuild: read \(readTime) s, tokens+minhash+risk \(computeTime) s, write \(writeTime) s, optimize \(optimizeTime) s")
        }
        return total
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
