extension PostgresSchema {
    /// Units, users, credentials, configuration; petitions, their history (append-only, enforced by a
    /// trigger), petitioners, matters and the numbering per year. Times are seconds since 1970
    /// (`DOUBLE PRECISION`) and days ISO text, as in SQLite, so that a copy between engines is exact.
    static let foundation: [PostgresMigration] = [
        PostgresMigration(name: "v1-organisation", statements: [
            """
            CREATE TABLE units (
                id BIGSERIAL PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                parent_id BIGINT REFERENCES units(id),
                review_body_id BIGINT REFERENCES units(id)
            )
            """,
            """
            CREATE TABLE users (
                id BIGSERIAL PRIMARY KEY,
                username TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL,
                unit_id BIGINT NOT NULL REFERENCES units(id),
                password_hash TEXT NOT NULL,
                active BOOLEAN NOT NULL DEFAULT TRUE,
                created_at DOUBLE PRECISION NOT NULL DEFAULT 0
            )
            """,
            """
            CREATE TABLE api_tokens (
                token_hash TEXT PRIMARY KEY,
                user_id BIGINT NOT NULL REFERENCES users(id),
                expires_at DOUBLE PRECISION NOT NULL
            )
            """,
            "CREATE TABLE calendar_years (year BIGINT PRIMARY KEY, data TEXT NOT NULL)",
            "CREATE TABLE rule_table (id BIGINT PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL)",
        ]),
        PostgresMigration(name: "v1-petitions", statements: [
            "CREATE TABLE number_sequences (year BIGINT PRIMARY KEY, last BIGINT NOT NULL)",
            """
            CREATE TABLE matters (
                id BIGSERIAL PRIMARY KEY,
                created_at DOUBLE PRECISION NOT NULL,
                is_final BOOLEAN NOT NULL DEFAULT FALSE
            )
            """,
            """
            CREATE TABLE petitions (
                id BIGSERIAL PRIMARY KEY,
                number TEXT NOT NULL UNIQUE,
                query_code TEXT NOT NULL,
                matter_id BIGINT NOT NULL REFERENCES matters(id),
                channel TEXT NOT NULL,
                purpose TEXT NOT NULL,
                category_code TEXT NOT NULL,
                locality_unit_id BIGINT NOT NULL,
                people_count BIGINT NOT NULL,
                title TEXT NOT NULL,
                received_at DOUBLE PRECISION NOT NULL,
                received_on TEXT NOT NULL,
                registered_at DOUBLE PRECISION NOT NULL,
                registered_by BIGINT,
                registered_unit_id BIGINT NOT NULL,
                is_repeat BOOLEAN NOT NULL DEFAULT FALSE,
                registration TEXT NOT NULL,
                state TEXT NOT NULL,
                responsible_unit_id BIGINT,
                step_due TEXT,
                status TEXT NOT NULL,
                version BIGINT NOT NULL,
                updated_at DOUBLE PRECISION NOT NULL,
                -- Search (issue 6 §3): the Swift character bigrams of title and content, GIN-indexed; the
                -- same tokens SQLite's FTS5 indexes. Filled by the search step; empty until then.
                search_bigrams TEXT[] NOT NULL DEFAULT '{}'
            )
            """,
            "CREATE INDEX petitions_due ON petitions(step_due) WHERE step_due IS NOT NULL",
            "CREATE INDEX petitions_state_due ON petitions(state, step_due)",
            "CREATE INDEX petitions_responsible ON petitions(responsible_unit_id, step_due)",
            "CREATE INDEX petitions_received ON petitions(received_at)",
            "CREATE INDEX petitions_matter ON petitions(matter_id)",
            "CREATE INDEX petitions_category ON petitions(category_code text_pattern_ops)",
            "CREATE INDEX petitions_search ON petitions USING GIN (search_bigrams)",
            """
            CREATE TABLE petition_units (
                petition_id BIGINT NOT NULL REFERENCES petitions(id),
                unit_id BIGINT NOT NULL,
                PRIMARY KEY (unit_id, petition_id)
            )
            """,
            """
            CREATE TABLE petitioners (
                petition_id BIGINT NOT NULL REFERENCES petitions(id),
                position BIGINT NOT NULL,
                name TEXT NOT NULL,
                id_number TEXT,
                phone TEXT,
                PRIMARY KEY (petition_id, position)
            )
            """,
            "CREATE INDEX petitioners_id_number ON petitioners(id_number) WHERE id_number IS NOT NULL",
            "CREATE INDEX petitioners_phone ON petitioners(phone) WHERE phone IS NOT NULL",
            """
            CREATE TABLE history (
                petition_id BIGINT NOT NULL REFERENCES petitions(id),
                seq BIGINT NOT NULL,
                at DOUBLE PRECISION NOT NULL,
                actor_kind TEXT NOT NULL,
                actor_user_id BIGINT,
                actor_name TEXT NOT NULL,
                actor_role TEXT,
                actor_unit_id BIGINT,
                actor_unit_name TEXT,
                action TEXT NOT NULL,
                event TEXT NOT NULL,
                notice TEXT,
                PRIMARY KEY (petition_id, seq)
            )
            """,
            // The history is append-only: the database itself refuses edits, deletions and truncation.
            """
            CREATE FUNCTION history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'history is append-only';
            END
            $$
            """,
            """
            CREATE TRIGGER history_no_update_delete BEFORE UPDATE OR DELETE ON history
                FOR EACH ROW EXECUTE FUNCTION history_append_only()
            """,
            """
            CREATE TRIGGER history_no_truncate BEFORE TRUNCATE ON history
                FOR EACH STATEMENT EXECUTE FUNCTION history_append_only()
            """,
        ]),
    ]
}
