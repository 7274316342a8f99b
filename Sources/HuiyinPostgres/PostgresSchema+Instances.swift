extension PostgresSchema {
    /// Steps for several instances on one database (PostgreSQL only, named `pg-…`).
    ///
    /// `outbox.claimed_until`: every instance delivers the outbox on its own timer, so a pending message
    /// is claimed (`FOR UPDATE SKIP LOCKED`, then this lease) by the one instance that sends it; it is
    /// offered again only when that instance neither marked it nor came back within the lease.
    static let instances: [PostgresMigration] = [
        PostgresMigration(name: "pg-outbox-claims", statements: [
            "ALTER TABLE outbox ADD COLUMN claimed_until DOUBLE PRECISION",
        ]),
    ]
}
