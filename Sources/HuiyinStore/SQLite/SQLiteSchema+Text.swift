import GRDB

extension SQLiteSchema {
    /// Text intelligence: the bigram search index (FTS5, contentless: snippets are cut in Swift from the
    /// stored text), the MinHash LSH bands, risk signals, settings, trained models and the routing table.
    static func registerText(_ m: inout DatabaseMigrator) {
        m.registerMigration("v1-text") { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE petition_search USING fts5(
                    title, content, demands, names,
                    content = '', tokenize = 'unicode61 remove_diacritics 0');
                CREATE TABLE petition_lsh (
                    band_key INTEGER NOT NULL,
                    petition_id INTEGER NOT NULL,
                    PRIMARY KEY (band_key, petition_id)
                ) WITHOUT ROWID;
                CREATE TABLE petition_risk (
                    petition_id INTEGER PRIMARY KEY REFERENCES petitions(id),
                    level TEXT NOT NULL,
                    matches TEXT NOT NULL
                );
                CREATE INDEX petitioners_name ON petitioners(name);
                CREATE TABLE text_settings (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL);
                CREATE TABLE text_models (
                    name TEXT PRIMARY KEY,
                    trained_at REAL NOT NULL,
                    example_count INTEGER NOT NULL,
                    data BLOB NOT NULL
                );
                CREATE TABLE routing_rules (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    category_prefix TEXT NOT NULL,
                    locality_unit_id INTEGER REFERENCES units(id),
                    unit_id INTEGER NOT NULL REFERENCES units(id),
                    UNIQUE (category_prefix, locality_unit_id)
                );
                """)
            // Petitions registered before this migration are indexed by v11-search-ascii-trigrams.
        }
    }

    /// The search index on FTS5's `ascii` tokenizer (the tokens are already folded letters and digits, so
    /// `unicode61`'s Unicode tables only cost time: a quarter of the index build) and the set of trigrams
    /// that occur in the texts (``TrigramKeys``: a term with a trigram no petition has matches nothing).
    /// Rebuilds the index once.
    static func registerSearchTrigrams(_ m: inout DatabaseMigrator) {
        m.registerMigration("v11-search-ascii-trigrams") { db in
            try db.execute(sql: """
                DROP TABLE petition_search;
                CREATE VIRTUAL TABLE petition_search USING fts5(
                    title, content, demands, names,
                    content = '', tokenize = 'ascii');
                CREATE TABLE search_trigrams (key INTEGER PRIMARY KEY);
                """)
            try SQLiteTextIndexer(db).rebuild()
        }
    }

    /// The risk tier (``RiskTier/rank``: danger to life, collective, other) beside each risk row, so that
    /// the supervisor's queue is ordered by it before it is cut; the rows are assessed again under the
    /// context rules that came with it (a denied, quoted, reported or supposed word raises nothing).
    static func registerRiskTier(_ m: inout DatabaseMigrator) {
        m.registerMigration("v12-risk-tier") { db in
            try db.execute(sql: "ALTER TABLE petition_risk ADD COLUMN tier INTEGER NOT NULL DEFAULT 0")
            try SQLiteTextIndexer(db).rebuildRisk()
        }
    }
}
