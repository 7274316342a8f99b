import GRDB
import HuiyinDomain

extension SQLiteSchema {
    /// The indicators at 1M petitions (issue 7, point 8). Three tables, all kept by triggers in the same
    /// transaction as every insert, change or delete of a petition:
    ///
    /// - `indicator_facts`: one row per petition with what RULES.md §6 needs (``IndicatorFact``): the
    ///   triage, acceptance and decision steps (unit, deadline, day done), the day the result was
    ///   published and its rating, the day closed and whether a repeat followed within the quiet days.
    /// - `indicator_counts`: those facts counted per kind × unit × day × outcome (``IndicatorCount``),
    ///   a few thousand rows a year whatever the number of petitions; the indicator table sums them.
    /// - `indicator_pairs`: petitions that owed both triage and acceptance, counted by both deadlines
    ///   and outcomes (``IndicatorOverlap``), so that 及时受理率 counts such a petition once.
    ///
    /// The triage and acceptance deadlines depend on the calendar and the rule table, which SQL does
    /// not know: `indicator_due_days` maps a day to both deadlines and is written from Swift
    /// (``SQLiteStore/prepareIndicatorCounts(dueDays:fingerprint:)``), which rebuilds everything when
    /// the calendar or the rules changed. Until then (a new database) the deadlines are NULL.
    static func registerIndicators(_ m: inout DatabaseMigrator) {
        m.registerMigration("v9-indicator-facts") { db in
            try db.execute(sql: """
                CREATE TABLE indicator_due_days (day TEXT PRIMARY KEY, triage_due TEXT NOT NULL, acceptance_due TEXT NOT NULL) WITHOUT ROWID;
                -- bulk = 1 while the counts are rebuilt in one pass (the per-row count triggers stand still).
                CREATE TABLE indicator_state (id INTEGER PRIMARY KEY CHECK (id = 1), fingerprint TEXT NOT NULL, bulk INTEGER NOT NULL);
                INSERT INTO indicator_state (id, fingerprint, bulk) VALUES (1, '', 0);
                CREATE TABLE indicator_facts (
                    petition_id INTEGER PRIMARY KEY,
                    matter_id INTEGER NOT NULL,
                    is_repeat INTEGER NOT NULL,
                    received_on TEXT NOT NULL,
                    unit_id INTEGER NOT NULL,          -- the handling unit, 0 = the petition bureau
                    triage_due TEXT, triage_done TEXT,
                    accept_unit INTEGER, accept_due TEXT, accept_done TEXT,
                    decision_unit INTEGER, decision_due TEXT, decision_done TEXT,
                    published_on TEXT, rating TEXT,
                    closed_on TEXT,
                    repeated INTEGER NOT NULL          -- a repeat of the matter within the quiet days after closing
                );
                CREATE INDEX indicator_facts_matter ON indicator_facts(matter_id);
                CREATE TABLE indicator_counts (
                    kind TEXT NOT NULL, day TEXT NOT NULL, unit INTEGER NOT NULL, outcome TEXT NOT NULL, n INTEGER NOT NULL,
                    PRIMARY KEY (kind, day, unit, outcome)
                ) WITHOUT ROWID;
                CREATE TABLE indicator_pairs (
                    t_due TEXT NOT NULL, a_due TEXT NOT NULL, a_unit INTEGER NOT NULL, t_outcome TEXT NOT NULL, a_outcome TEXT NOT NULL,
                    n INTEGER NOT NULL,
                    PRIMARY KEY (t_due, a_due, a_unit, t_outcome, a_outcome)
                ) WITHOUT ROWID;
                CREATE TRIGGER indicator_facts_insert AFTER INSERT ON indicator_facts
                    WHEN (SELECT bulk FROM indicator_state) = 0
                    BEGIN \(countChanges("NEW", 1)) END;
                CREATE TRIGGER indicator_facts_delete AFTER DELETE ON indicator_facts
                    WHEN (SELECT bulk FROM indicator_state) = 0
                    BEGIN \(countChanges("OLD", -1)) END;
                CREATE TRIGGER petitions_indicator_insert AFTER INSERT ON petitions
                    BEGIN \(refreshFacts(petitions: "id = NEW.id", matters: "NEW.matter_id")) END;
                CREATE TRIGGER petitions_indicator_update AFTER UPDATE OF status, is_repeat, matter_id, received_on ON petitions
                    BEGIN
                        DELETE FROM indicator_facts WHERE petition_id = OLD.id;
                        \(refreshFacts(petitions: "id = NEW.id", matters: "NEW.matter_id"))
                        \(refreshSiblings("OLD.matter_id"))
                    END;
                CREATE TRIGGER petitions_indicator_delete AFTER DELETE ON petitions
                    BEGIN
                        DELETE FROM indicator_facts WHERE petition_id = OLD.id;
                        \(refreshSiblings("OLD.matter_id"))
                    END;
                """)
        }
        // The drill-down reads the facts of one indicator's days in the period (SQLiteStore+Indicators).
        m.registerMigration("v9-indicator-fact-days") { db in
            try db.execute(sql: """
                CREATE INDEX indicator_facts_triage ON indicator_facts(triage_due);
                CREATE INDEX indicator_facts_accept ON indicator_facts(accept_due) WHERE accept_due IS NOT NULL;
                CREATE INDEX indicator_facts_decision ON indicator_facts(decision_due) WHERE decision_due IS NOT NULL;
                CREATE INDEX indicator_facts_published ON indicator_facts(published_on) WHERE published_on IS NOT NULL;
                CREATE INDEX indicator_facts_received ON indicator_facts(received_on);
                CREATE INDEX indicator_facts_closed ON indicator_facts(closed_on) WHERE closed_on IS NOT NULL;
                """)
        }
        // The drill-down of one unit reads its rows of the period only (SQLiteStore+IndicatorDrill); the
        // bureau's triage steps are all on indicator_facts_triage.
        m.registerMigration("v10-indicator-drill") { db in
            try db.execute(sql: """
                CREATE INDEX indicator_facts_accept_unit ON indicator_facts(accept_unit, accept_due) WHERE accept_due IS NOT NULL;
                CREATE INDEX indicator_facts_decision_unit ON indicator_facts(decision_unit, decision_due) WHERE decision_due IS NOT NULL;
                CREATE INDEX indicator_facts_published_unit ON indicator_facts(unit_id, published_on) WHERE published_on IS NOT NULL;
                CREATE INDEX indicator_facts_received_unit ON indicator_facts(unit_id, received_on);
                CREATE INDEX indicator_facts_closed_unit ON indicator_facts(unit_id, closed_on) WHERE closed_on IS NOT NULL;
                """)
        }
    }

    /// Derives the facts of petition `NEW.id`, then re-derives those of the closed first petitions of
    /// `matter` (whether a repeat followed them may have changed).
    private static func refreshFacts(petitions condition: String, matters matter: String) -> String {
        "INSERT INTO indicator_facts \(factsSelect("p.\(condition)")); " + refreshSiblings(matter)
    }

    private static func refreshSiblings(_ matter: String) -> String {
        "DELETE FROM indicator_facts WHERE matter_id = \(matter) AND is_repeat = 0 AND closed_on IS NOT NULL; "
            + "INSERT INTO indicator_facts \(factsSelect("p.matter_id = \(matter) AND p.is_repeat = 0 AND p.id NOT IN (SELECT petition_id FROM indicator_facts WHERE matter_id = \(matter))")); "
    }

    /// The facts of the petitions `p` matching `condition`, as
    /// ``IndicatorFact/init(id:matterID:isRepeat:receivedOn:status:calendar:rules:bureauID:)`` derives them
    /// from the status JSON (the test `aggregatesEqualDomain` holds the two together).
    static func factsSelect(_ condition: String) -> String {
        """
        SELECT x.id, x.matter_id, x.is_repeat, x.received_on, COALESCE(x.handling, 0),
            (SELECT d.triage_due FROM indicator_due_days d WHERE d.day = x.received_on),
            COALESCE(x.routed, CASE WHEN x.state IN ('declined', 'refusedAgain', 'merged') AND x.handling IS NULL THEN x.closed END),
            x.accept_unit,
            CASE WHEN x.accept_unit IS NOT NULL THEN (SELECT d.acceptance_due FROM indicator_due_days d WHERE d.day = x.routed) END,
            CASE WHEN x.accept_unit IS NOT NULL THEN COALESCE(x.accepted, CASE WHEN x.state = 'declined' THEN x.closed END) END,
            x.decision_unit,
            CASE WHEN x.decision_unit IS NOT NULL THEN x.decision_due END,
            CASE WHEN x.decision_unit IS NOT NULL THEN x.issued END,
            COALESCE(x.issued, CASE WHEN x.state = 'declined' THEN x.closed END),
            CASE WHEN x.has_letter THEN x.handling_rating WHEN x.state = 'declined' THEN x.acceptance_rating END,
            CASE WHEN x.state = 'closed' THEN x.closed END,
            CASE WHEN x.state = 'closed' AND x.closed IS NOT NULL AND x.is_repeat = 0 AND EXISTS (
                SELECT 1 FROM petitions r WHERE r.matter_id = x.matter_id AND r.is_repeat = 1
                    AND r.received_on > x.closed AND r.received_on <= date(x.closed, '+\(Indicator.firstPetitionQuietDays) days'))
                THEN 1 ELSE 0 END
        FROM (SELECT *,
                CASE WHEN handling IS NOT NULL AND routed IS NOT NULL AND routing IN ('forward', 'assign') THEN handling END AS accept_unit,
                CASE WHEN handling IS NOT NULL AND accepted IS NOT NULL AND decision_due IS NOT NULL THEN handling END AS decision_unit
            FROM (SELECT p.id, p.matter_id, p.is_repeat, p.received_on,
                    json_extract(p.status, '$.state') AS state,
                    json_extract(p.status, '$.handlingUnitID') AS handling,
                    json_extract(p.status, '$.routing') AS routing,
                    json_extract(p.status, '$.routedOn') AS routed,
                    json_extract(p.status, '$.acceptedOn') AS accepted,
                    json_extract(p.status, '$.decisionDue') AS decision_due,
                    json_extract(p.status, '$.letter.issuedOn') AS issued,
                    json_type(p.status, '$.letter') IS NOT NULL AS has_letter,
                    json_extract(p.status, '$.handlingRating') AS handling_rating,
                    json_extract(p.status, '$.acceptanceRating') AS acceptance_rating,
                    json_extract(p.status, '$.closedOn') AS closed
                FROM petitions p WHERE \(condition))) x
        """
    }

    /// `indicator_counts` and `indicator_pairs` changed by `delta` for the facts row `r` (NEW or OLD).
    private static func countChanges(_ r: String, _ delta: Int) -> String {
        func step(_ kind: IndicatorCount.Kind, unit: String, due: String, done: String) -> String {
            "INSERT INTO indicator_counts (kind, day, unit, outcome, n) SELECT '\(kind.rawValue)', \(r).\(due), \(unit), "
                + "\(outcome(r, due: due, done: done)), \(delta) WHERE \(r).\(due) IS NOT NULL "
                + "ON CONFLICT (kind, day, unit, outcome) DO UPDATE SET n = n + (\(delta)); "
        }
        func count(_ kind: IndicatorCount.Kind, day: String, outcome: String, when: String) -> String {
            "INSERT INTO indicator_counts (kind, day, unit, outcome, n) SELECT '\(kind.rawValue)', \(r).\(day), \(r).unit_id, "
                + "\(outcome), \(delta) WHERE \(when) ON CONFLICT (kind, day, unit, outcome) DO UPDATE SET n = n + (\(delta)); "
        }
        return step(.triage, unit: "0", due: "triage_due", done: "triage_done")
            + step(.acceptance, unit: "\(r).accept_unit", due: "accept_due", done: "accept_done")
            + step(.decision, unit: "\(r).decision_unit", due: "decision_due", done: "decision_done")
            + count(.published, day: "published_on", outcome: "COALESCE(\(r).rating, '\(IndicatorCount.notRated)')",
                    when: "\(r).published_on IS NOT NULL")
            + count(.received, day: "received_on",
                    outcome: "CASE WHEN \(r).is_repeat THEN '\(IndicatorCount.repeatPetition)' ELSE '\(IndicatorCount.firstPetition)' END",
                    when: "1")
            + count(.firstClosed, day: "closed_on",
                    outcome: "CASE WHEN \(r).repeated THEN '\(IndicatorCount.repeated)' ELSE '\(IndicatorCount.quiet)' END",
                    when: "\(r).closed_on IS NOT NULL AND \(r).is_repeat = 0")
            + "INSERT INTO indicator_pairs (t_due, a_due, a_unit, t_outcome, a_outcome, n) SELECT \(r).triage_due, \(r).accept_due, "
            + "\(r).accept_unit, \(outcome(r, due: "triage_due", done: "triage_done")), \(outcome(r, due: "accept_due", done: "accept_done")), "
            + "\(delta) WHERE \(r).triage_due IS NOT NULL AND \(r).accept_due IS NOT NULL "
            + "ON CONFLICT (t_due, a_due, a_unit, t_outcome, a_outcome) DO UPDATE SET n = n + (\(delta)); "
    }

    /// Where the facts row `r` holds a count of `kind` (as the count triggers above write it): its day,
    /// its unit (nil: always the bureau, written 0), its outcome, and which rows have one.
    static func countedFact(_ kind: IndicatorCount.Kind, _ r: String) -> (day: String, unit: String?, outcome: String, has: String) {
        switch kind {
        case .triage: ("\(r).triage_due", nil, outcome(r, due: "triage_due", done: "triage_done"), "\(r).triage_due IS NOT NULL")
        case .acceptance:
            ("\(r).accept_due", "\(r).accept_unit", outcome(r, due: "accept_due", done: "accept_done"), "\(r).accept_due IS NOT NULL")
        case .decision:
            ("\(r).decision_due", "\(r).decision_unit", outcome(r, due: "decision_due", done: "decision_done"), "\(r).decision_due IS NOT NULL")
        case .published:
            ("\(r).published_on", "\(r).unit_id", "COALESCE(\(r).rating, '\(IndicatorCount.notRated)')", "\(r).published_on IS NOT NULL")
        case .received:
            ("\(r).received_on", "\(r).unit_id",
             "CASE WHEN \(r).is_repeat THEN '\(IndicatorCount.repeatPetition)' ELSE '\(IndicatorCount.firstPetition)' END", "1")
        case .firstClosed:
            ("\(r).closed_on", "\(r).unit_id",
             "CASE WHEN \(r).repeated THEN '\(IndicatorCount.repeated)' ELSE '\(IndicatorCount.quiet)' END",
             "\(r).closed_on IS NOT NULL AND \(r).is_repeat = 0")
        }
    }

    /// How a step of row `r` stands: not done, done by its deadline, or late.
    static func outcome(_ r: String, due: String, done: String) -> String {
        "CASE WHEN \(r).\(done) IS NULL THEN '\(IndicatorCount.open)' WHEN \(r).\(done) <= \(r).\(due) "
            + "THEN '\(IndicatorCount.onTime)' ELSE '\(IndicatorCount.late)' END"
    }
}
