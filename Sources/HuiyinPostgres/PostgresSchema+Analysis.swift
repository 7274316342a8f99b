extension PostgresSchema {
    /// Situation analysis (SQLite: `v7-analysis`, `v7-petition-day-counts`): hotspot alerts raised once per
    /// hotspot, the reports' recommendations, and the pre-aggregated day counts behind the dashboard and the
    /// report — one row per day × place × category × channel × purpose × head count (capped at
    /// ``peopleCap``) × repeat × 越级, kept by a trigger in the same transaction as every insert, change or
    /// delete of a petition (`INSERT … ON CONFLICT DO UPDATE`, so instances registering at once share rows).
    static let analysis: [PostgresMigration] = [
        PostgresMigration(name: "v7-analysis", statements: [
            "CREATE TABLE hotspot_alerts (key TEXT PRIMARY KEY, alerted_at DOUBLE PRECISION NOT NULL)",
            """
            CREATE TABLE report_notes (
                period TEXT PRIMARY KEY,
                text TEXT NOT NULL,
                updated_by BIGINT REFERENCES users(id),
                updated_at DOUBLE PRECISION NOT NULL
            )
            """,
        ]),
        PostgresMigration(name: "v7-petition-day-counts", statements: [
            """
            CREATE TABLE petition_day_counts (
                day TEXT NOT NULL, place BIGINT NOT NULL, category TEXT NOT NULL, channel TEXT NOT NULL, purpose TEXT NOT NULL,
                people BIGINT NOT NULL, is_repeat BOOLEAN NOT NULL, level_skipping BOOLEAN NOT NULL, n BIGINT NOT NULL,
                PRIMARY KEY (\(dayCountKey))
            )
            """,
            """
            INSERT INTO petition_day_counts (\(dayCountKey), n)
                SELECT \(dayCountValues("p")), COUNT(*) FROM petitions p GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
            """,
            """
            CREATE FUNCTION petition_day_counts_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' THEN
                    INSERT INTO petition_day_counts AS c (\(dayCountKey), n) VALUES (\(dayCountValues("OLD")), -1)
                        ON CONFLICT (\(dayCountKey)) DO UPDATE SET n = c.n - 1;
                END IF;
                IF TG_OP <> 'DELETE' THEN
                    INSERT INTO petition_day_counts AS c (\(dayCountKey), n) VALUES (\(dayCountValues("NEW")), 1)
                        ON CONFLICT (\(dayCountKey)) DO UPDATE SET n = c.n + 1;
                END IF;
                RETURN NULL;
            END
            $$
            """,
            """
            CREATE TRIGGER petition_day_counts_insert_delete AFTER INSERT OR DELETE ON petitions
                FOR EACH ROW EXECUTE FUNCTION petition_day_counts_change()
            """,
            // Only when a counted value changes (most updates are state changes, which do not).
            """
            CREATE TRIGGER petition_day_counts_update
                AFTER UPDATE OF received_on, locality_unit_id, category_code, channel, purpose, people_count, is_repeat, registration
                ON petitions FOR EACH ROW
                WHEN (OLD.received_on IS DISTINCT FROM NEW.received_on OR OLD.locality_unit_id IS DISTINCT FROM NEW.locality_unit_id
                    OR OLD.category_code IS DISTINCT FROM NEW.category_code OR OLD.channel IS DISTINCT FROM NEW.channel
                    OR OLD.purpose IS DISTINCT FROM NEW.purpose OR OLD.people_count IS DISTINCT FROM NEW.people_count
                    OR OLD.is_repeat IS DISTINCT FROM NEW.is_repeat OR OLD.registration IS DISTINCT FROM NEW.registration)
                EXECUTE FUNCTION petition_day_counts_change()
            """,
        ]),
    ]

    /// Head counts at or above this are kept together in `petition_day_counts` (as in SQLite).
    static let peopleCap = 10

    static let dayCountKey = "day, place, category, channel, purpose, people, is_repeat, level_skipping"

    /// The day-count key of the petition row `r` (`p`, `OLD` or `NEW`).
    static func dayCountValues(_ r: String) -> String {
        "\(r).received_on, \(r).locality_unit_id, substr(\(r).category_code, 1, 2), \(r).channel, \(r).purpose, "
            + "least(\(r).people_count, \(peopleCap)), \(r).is_repeat, "
            + "COALESCE((\(r).registration::jsonb -> 'flags' ->> 'levelSkipping')::boolean, FALSE)"
    }
}
