import Foundation
import HuiyinDomain
import HuiyinStore
import HuiyinText
import PostgresNIO

/// Writes a petition's text into the search index, the LSH bands and the risk signals, on the caller's
/// connection and inside its transaction (registration indexes in the same transaction as the insert, so a
/// petition is never findable-but-missing or stored-but-unfindable). The PostgreSQL twin of the SQLite
/// adapter's indexer: the same folding, the same bigram tokens, the same band keys, the same risk words.
struct PostgresTextIndexer {
    let store: PostgresStore
    let conn: PostgresConnection

    init(_ store: PostgresStore, on conn: PostgresConnection) {
        self.store = store
        self.conn = conn
    }

    /// The fields of one petition as the index sees them.
    typealias Document = TextIndexDocument

    /// What is written for one document, computed without the database (so it can run in parallel).
    struct Entry: Sendable {
        var id: Int64
        /// Folded fields: the title, content and demands (space-joined), the names.
        var title: String
        var body: String
        var names: String
        /// ``BigramTokenizer`` tokens of title, content and demands, then the names' tokens marked `~`,
        /// space-separated (PostgreSQL makes the `tsvector` of distinct tokens).
        var tokens: String
        var bandKeys: [Int64]
        var risk: RiskAssessment
    }

    static func entry(_ d: Document, settings: TextSettings, hasher: MinHasher, collectiveThreshold: Int) -> Entry {
        let (title, content, demands, names) = (TextFolding.fold(d.title), TextFolding.fold(d.content),
                                                TextFolding.fold(d.demands), TextFolding.fold(d.names))
        var tokens = [title, content, demands].map(BigramTokenizer.indexTokens(folded:)).filter { !$0.isEmpty }
        if !names.isEmpty { tokens.append(marked(BigramTokenizer.indexTokens(folded: names))) }
        let text = title + content + demands // = fold(PetitionText.nearDuplicateText(…)), as SQLite's indexer hashes
        let keys = settings.banding.keys(hasher.signature(Shingles(folded: text, size: hasher.shingleSize)))
        let risk = settings.riskLexicon.assess(folded: text, original: { RiskLexicon.joined(title: d.title, content: d.content, demands: d.demands) },
                                               peopleCount: d.peopleCount, collectiveThreshold: collectiveThreshold, isVisit: d.isVisit)
        return Entry(id: d.id, title: PostgresPetitionFilter.string(title),
                     body: PostgresPetitionFilter.string(content) + " " + PostgresPetitionFilter.string(demands),
                     names: PostgresPetitionFilter.string(names), tokens: tokens.joined(separator: " "),
                     bandKeys: Array(Set(keys)).sorted(), risk: risk)
    }

    /// `ab bc c` → `~ab ~bc ~c`.
    static func marked(_ tokens: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("~")
        for u in tokens.unicodeScalars {
            out.append(u)
            if u == " " { out.append("~") }
        }
        return String(out)
    }

    /// The text settings and the head count that makes a petition collective, in one round trip.
    func configuration() async throws -> (TextSettings, Int) {
        let row = try await store.row("""
            SELECT (SELECT data FROM text_settings WHERE id = 1) AS settings, (SELECT data FROM rule_table WHERE id = 1) AS rules
            """, on: conn)
        let settings = try (try row?.get("settings", as: String?.self)).map { try JSONCoding.decode(TextSettings.self, $0) } ?? TextSettings()
        let rules = (try row?.get("rules", as: String?.self)).flatMap { try? JSONCoding.decode(RuleTable.self, $0) } ?? .statutory
        return (settings, rules.collectiveThreshold)
    }

    func index(petitionID id: Int64, _ r: Registration) async throws {
        let (settings, threshold) = try await configuration()
        let d = Document(id: id, title: r.title, content: r.content, demands: r.demands,
                         names: r.petitioners.map(\.name).joined(separator: " "), peopleCount: r.peopleCount,
                         isVisit: r.channel == .visit)
        try await write([Self.entry(d, settings: settings, hasher: settings.minHasher, collectiveThreshold: threshold)])
    }

    /// Writes entries in three statements, whatever their number (arrays unnested by the server).
    func write(_ entries: [Entry]) async throws {
        guard !entries.isEmpty else { return }
        try await store.execute("""
            INSERT INTO petition_search (petition_id, title, body, names, tokens)
            SELECT id, t, b, n, array_to_tsvector(string_to_array(k, ' '))
            FROM unnest(\(entries.map(\.id))::BIGINT[], \(entries.map(\.title))::TEXT[], \(entries.map(\.body))::TEXT[],
                        \(entries.map(\.names))::TEXT[], \(entries.map(\.tokens))::TEXT[]) AS u(id, t, b, n, k)
            """, on: conn)
        let bands = entries.flatMap { e in e.bandKeys.map { ($0, e.id) } }
        if !bands.isEmpty {
            try await store.execute("""
                INSERT INTO petition_lsh (band_key, petition_id)
                SELECT * FROM unnest(\(bands.map(\.0))::BIGINT[], \(bands.map(\.1))::BIGINT[])
                ON CONFLICT DO NOTHING
                """, on: conn)
        }
        try await writeRisk(entries.map { ($0.id, $0.risk) })
    }

    /// Writes the risk rows of the assessments that raised a signal, with their tier (``RiskTier/rank``,
    /// kept beside the words so the database sorts by it before it cuts the queue).
    func writeRisk(_ assessments: [(id: Int64, risk: RiskAssessment)]) async throws {
        let risky = assessments.filter { $0.risk.level != .none }
        guard !risky.isEmpty else { return }
        let matches = try risky.map { try JSONCoding.encode($0.risk.matches) }
        try await store.execute("""
            INSERT INTO petition_risk (petition_id, level, tier, matches)
            SELECT * FROM unnest(\(risky.map(\.id))::BIGINT[], \(risky.map(\.risk.level.rawValue))::TEXT[],
                                 \(risky.map { $0.risk.tier.rank })::BIGINT[], \(matches)::TEXT[])
            ON CONFLICT (petition_id) DO UPDATE SET level = excluded.level, tier = excluded.tier, matches = excluded.matches
            """, on: conn)
    }
}
