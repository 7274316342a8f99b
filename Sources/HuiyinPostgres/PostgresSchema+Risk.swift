extension PostgresSchema {
    /// The risk tier beside each risk row (SQLite: `v12-risk-tier`), so that the supervisor's queue is
    /// ordered by it before it is cut; the rows are assessed again under the context rules that came with it.
    static let risk: [PostgresMigration] = [
        PostgresMigration(name: "v12-risk-tier", statements: [
            "ALTER TABLE petition_risk ADD COLUMN tier BIGINT NOT NULL DEFAULT 0",
        ], run: { store, conn in try await PostgresTextIndexer(store, on: conn).rebuildRisk() }),
    ]
}
