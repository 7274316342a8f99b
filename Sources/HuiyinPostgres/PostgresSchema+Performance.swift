extension PostgresSchema {
    /// What keeps the staff pages cheap at 100k petitions (SQLite: `v8-list-flags`, `v8-queue-counts`;
    /// docs/performance.md):
    ///
    /// - The four flags a case-list row shows (risk, emergency, extension, supervision) as plain columns,
    ///   so a 50-row page does not parse 100 JSON documents. A `BEFORE` trigger copies them out of the JSON
    ///   into the row being written, whoever writes it.
    /// - `queue_counts`: how many petitions each unit owes per state and due date, kept by a trigger in the
    ///   same transaction as every change, so the counts at the top of a queue add up a few dozen rows.
    ///   A unique key (`NULLS NOT DISTINCT`, PostgreSQL 15) and `INSERT … ON CONFLICT` keep one row per key
    ///   when instances register at once; the two rows a move touches are locked in key order, so two
    ///   petitions moving in opposite directions cannot deadlock.
    static let performance: [PostgresMigration] = [
        PostgresMigration(name: "v8-list-flags", statements: [
            "ALTER TABLE petitions ADD COLUMN risk TEXT",
            "ALTER TABLE petitions ADD COLUMN emergency BOOLEAN NOT NULL DEFAULT FALSE",
            "ALTER TABLE petitions ADD COLUMN extension_days BIGINT NOT NULL DEFAULT 0",
            "ALTER TABLE petitions ADD COLUMN supervision_count BIGINT NOT NULL DEFAULT 0",
            """
            CREATE FUNCTION petitions_list_flags() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                r jsonb := NEW.registration::jsonb;
                s jsonb := NEW.status::jsonb;
            BEGIN
                NEW.risk := r -> 'flags' ->> 'risk';
                NEW.emergency := COALESCE((r -> 'flags' ->> 'emergency')::boolean, FALSE);
                NEW.extension_days := COALESCE((s ->> 'extensionDays')::bigint, 0);
                NEW.supervision_count := COALESCE((s ->> 'supervisionCount')::bigint, 0);
                RETURN NEW;
            END
            $$
            """,
            """
            UPDATE petitions SET
                risk = registration::jsonb -> 'flags' ->> 'risk',
                emergency = COALESCE((registration::jsonb -> 'flags' ->> 'emergency')::boolean, FALSE),
                extension_days = COALESCE((status::jsonb ->> 'extensionDays')::bigint, 0),
                supervision_count = COALESCE((status::jsonb ->> 'supervisionCount')::bigint, 0)
            """,
            """
            CREATE TRIGGER petitions_list_flags BEFORE INSERT OR UPDATE OF registration, status ON petitions
                FOR EACH ROW EXECUTE FUNCTION petitions_list_flags()
            """,
        ]),
        PostgresMigration(name: "v8-queue-counts", statements: [
            """
            CREATE TABLE queue_counts (
                responsible_unit_id BIGINT,
                state TEXT NOT NULL,
                step_due TEXT,
                n BIGINT NOT NULL,
                CONSTRAINT queue_counts_key UNIQUE NULLS NOT DISTINCT (responsible_unit_id, state, step_due)
            )
            """,
            "CREATE INDEX queue_counts_state ON queue_counts(state, step_due)",
            """
            INSERT INTO queue_counts (responsible_unit_id, state, step_due, n)
                SELECT responsible_unit_id, state, step_due, COUNT(*) FROM petitions GROUP BY 1, 2, 3
            """,
            // Adds `delta` to the count of one key, dropping the row when it reaches zero.
            """
            CREATE FUNCTION queue_counts_add(unit BIGINT, st TEXT, due TEXT, delta BIGINT) RETURNS void
            LANGUAGE plpgsql AS $$
            DECLARE
                left_over BIGINT;
            BEGIN
                INSERT INTO queue_counts AS q (responsible_unit_id, state, step_due, n) VALUES (unit, st, due, delta)
                    ON CONFLICT (responsible_unit_id, state, step_due) DO UPDATE SET n = q.n + delta
                    RETURNING q.n INTO left_over;
                IF left_over <= 0 THEN
                    DELETE FROM queue_counts
                    WHERE responsible_unit_id IS NOT DISTINCT FROM unit AND state = st AND step_due IS NOT DISTINCT FROM due;
                END IF;
            END
            $$
            """,
            """
            CREATE FUNCTION queue_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    PERFORM queue_counts_add(NEW.responsible_unit_id, NEW.state, NEW.step_due, 1);
                ELSIF TG_OP = 'DELETE' THEN
                    PERFORM queue_counts_add(OLD.responsible_unit_id, OLD.state, OLD.step_due, -1);
                ELSIF ROW(COALESCE(OLD.responsible_unit_id, -1), OLD.state, COALESCE(OLD.step_due, ''))
                    < ROW(COALESCE(NEW.responsible_unit_id, -1), NEW.state, COALESCE(NEW.step_due, '')) THEN
                    PERFORM queue_counts_add(OLD.responsible_unit_id, OLD.state, OLD.step_due, -1);
                    PERFORM queue_counts_add(NEW.responsible_unit_id, NEW.state, NEW.step_due, 1);
                ELSE
                    PERFORM queue_counts_add(NEW.responsible_unit_id, NEW.state, NEW.step_due, 1);
                    PERFORM queue_counts_add(OLD.responsible_unit_id, OLD.state, OLD.step_due, -1);
                END IF;
                RETURN NULL;
            END
            $$
            """,
            "CREATE TRIGGER queue_counts_insert_delete AFTER INSERT OR DELETE ON petitions FOR EACH ROW EXECUTE FUNCTION queue_counts_track()",
            """
            CREATE TRIGGER queue_counts_update AFTER UPDATE OF responsible_unit_id, state, step_due ON petitions
                FOR EACH ROW
                WHEN (OLD.responsible_unit_id IS DISTINCT FROM NEW.responsible_unit_id OR OLD.state IS DISTINCT FROM NEW.state
                      OR OLD.step_due IS DISTINCT FROM NEW.step_due)
                EXECUTE FUNCTION queue_counts_track()
            """,
        ]),
    ]
}
