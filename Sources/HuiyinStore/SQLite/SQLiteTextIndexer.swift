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
        /// In text order, not distinct.
        var trigramKeys: [Int64]
        var risk: RiskAssessment
        /// The risk matches as stored (JSON), when there are any: encoded with the rest, in parallel.
        var riskMatches: String?

        /// The row for `petition_risk`, or nil when the text raised no signal.
        func riskRow() throws -> RiskRow? {
            guard risk.level != .none else { return nil }
            return RiskRow(id: id, level: risk.level, tier: risk.tier, matches: try riskMatches ?? JSONCoding.encode(risk.matches))
        }
    }

    static func entry(_ d: Document, settings: TextSettings, hasher: MinHasher, collectiveThreshold: Int) -> Entry {
        // Each field is folded once and used for the tokens, the trigrams, the shingles and the risk words.
        let fields = [d.title, d.content, d.demands, d.names].map(TextFolding.fold)
        var trigrams: [Int64] = []
        for f in fields { TrigramKeys.append(folded: f, to: &trigrams) }
        let text = fields[0] + fields[1] + fields[2] // = fold(PetitionText.nearDuplicateText(…)): the separators fold away
        let keys = settings.banding.keys(hasher.signature(Shingles(folded: text, size: hasher.shingleSize)))
        let risk = settings.riskLexicon.assess(folded: text, original: { RiskLexicon.joined(title: d.title, content: d.content, demands: d.demands) },
                                               peopleCount: d.peopleCount, collectiveThreshold: collectiveThreshold, isVisit: d.isVisit)
        return Entry(id: d.id, tokens: fields.map(BigramTokenizer.indexTokens(folded:)), bandKeys: Array(Set(keys)),
                     trigramKeys: trigrams, risk: risk,
                     riskMatches: risk.level == .none ? nil : try? JSONCoding.encode(risk.matches))
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
        let band = try db.cachedStatement(sql: "INSERT OR IGNORE INTO petition_lsh (band_key, petition_id) VALUES (?, ?)")
        for k in e.bandKeys { try band.execute(arguments: [k, e.id]) }
        let trigram = try db.cachedStatement(sql: "INSERT OR IGNORE INTO search_trigrams (key) VALUES (?)")
        for k in Set(e.trigramKeys) { try trigram.execute(arguments: [k]) }
        try writeRisk(e)
    }

    func writeRisk(_ e: Entry) throws {
        if let row = try e.riskRow() { try writeRisk(row) }
    }

    /// A petition's risk signal as stored.
    struct RiskRow {
        var id: Int64
        var level: RiskLevel
        /// The queue's order (``RiskTier/rank``), kept beside the words so the database sorts before it cuts.
        var tier: RiskTier
        /// The matched words, JSON.
        var matches: String
    }

    func writeRisk(_ row: RiskRow) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO petition_risk (petition_id, level, tier, matches) VALUES (?, ?, ?, ?)")
            .execute(arguments: [row.id, row.level.rawValue, row.tier.rank, row.matches])
    }

    func collectiveThreshold() throws -> Int {
        guard let json = try String.fetchOne(db, sql: "SELECT data FROM rule_table WHERE id = 1"),
              let rules = try? JSONCoding.decode(RuleTable.self, json) else { return RuleTable.statutory.collectiveThreshold }
        return rules.collectiveThreshold
    }
}
