extension PostgresSchema {
    /// Text intelligence (SQLite: `v1-text`): the search index, the MinHash LSH bands, risk signals, settings,
    /// trained models and the routing table.
    ///
    /// The search index is one row per petition in `petition_search`:
    /// - `tokens`, GIN-indexed: the same Swift character-bigram tokens SQLite's FTS5 indexes
    ///   (``BigramTokenizer``) of title, content and demands, and those of the petitioners' names marked with
    ///   a leading `~` (a character folding never keeps), as a position-free `tsvector`: a compact set of
    ///   distinct tokens (positions would not help: PostgreSQL keeps at most 256 per lexeme, none past 16,383);
    /// - `title`, `body` (content and demands) and `names`: the folded text (``TextFolding``), fields joined
    ///   by a space (which folding never keeps, so no term spans two fields). A term of three or more
    ///   characters is found through its bigrams and then confirmed by `strpos` on this text (a
    ///   one-character term by `strpos` alone), which makes the answer exactly a substring scan of the
    ///   folded fields, like SQLite's phrase queries.
    ///
    /// The draft `petitions.search_bigrams` column of `v1-petitions` is replaced by this table, so that the
    /// petitions table holds the same columns on both engines.
    static let text: [PostgresMigration] = [
        PostgresMigration(name: "v1-text", statements: [
            "ALTER TABLE petitions DROP COLUMN IF EXISTS search_bigrams",
            """
            CREATE TABLE petition_search (
                petition_id BIGINT PRIMARY KEY REFERENCES petitions(id),
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                names TEXT NOT NULL,
                tokens TSVECTOR NOT NULL
            )
            """,
            "CREATE INDEX petition_search_tokens ON petition_search USING GIN (tokens)",
            """
            CREATE TABLE petition_lsh (
                band_key BIGINT NOT NULL,
                petition_id BIGINT NOT NULL,
                PRIMARY KEY (band_key, petition_id)
            )
            """,
            """
            CREATE TABLE petition_risk (
                petition_id BIGINT PRIMARY KEY REFERENCES petitions(id),
                level TEXT NOT NULL,
                matches TEXT NOT NULL
            )
            """,
            "CREATE INDEX petitioners_name ON petitioners(name)",
            "CREATE TABLE text_settings (id BIGINT PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL)",
            """
            CREATE TABLE text_models (
                name TEXT PRIMARY KEY,
                trained_at DOUBLE PRECISION NOT NULL,
                example_count BIGINT NOT NULL,
                data BYTEA NOT NULL
            )
            """,
            """
            CREATE TABLE routing_rules (
                id BIGSERIAL PRIMARY KEY,
                category_prefix TEXT NOT NULL,
                locality_unit_id BIGINT REFERENCES units(id),
                unit_id BIGINT NOT NULL REFERENCES units(id),
                UNIQUE (category_prefix, locality_unit_id)
            )
            """,
        ]),
    ]
}
