import BenchCorpus
import Foundation
import GRDB
import HuiyinDomain
import HuiyinStore
import PostgresNIO

/// Runs a statement to its end (a PostgresNIO query returns before the server has finished it).
func run(_ conn: PostgresConnection, _ query: PostgresQuery, logger: Logger) async throws {
    for try await _ in try await conn.query(query, logger: logger) {}
}

/// Loads the same petitions into PostgreSQL in batches of arrays unnested by the server (the fast way to
/// insert many rows without COPY), one transaction per batch of 1,000; the schema's triggers (list flags,
/// queue and day counts) run. Not one transaction for all: every petition bumps the same few count rows,
/// and PostgreSQL can prune those rows' old versions only once the transaction that made them has ended.
func loadPostgres(_ petitions: [LoadedPetition], on conn: PostgresConnection, logger: Logger) async throws {
    try await run(conn, "CREATE TABLE bench_text (id BIGINT PRIMARY KEY, title TEXT, content TEXT, demands TEXT, names TEXT)", logger: logger)
    for start in stride(from: 0, to: petitions.count, by: 1_000) {
        try await run(conn, "BEGIN", logger: logger)
        let batch = Array(petitions[start..<min(petitions.count, start + 1_000)])
        let ids = batch.map(\.id)
        try await run(conn, "INSERT INTO matters (id, created_at) SELECT i, 0 FROM unnest(\(ids)::BIGINT[]) AS i", logger: logger)
        try await run(conn, """
            INSERT INTO petitions (id, number, query_code, matter_id, channel, purpose, category_code, locality_unit_id, people_count, title,
                received_at, received_on, registered_at, registered_unit_id, registration, state, status, version, updated_at)
            SELECT i, 'XF-B-' || i, 'X', i, ch, 'demand', cat, 1, n, t, at, d, at, 1, reg, 'registered', st, 1, 0
            FROM unnest(\(ids)::BIGINT[], \(batch.map(\.doc.channel.rawValue))::TEXT[], \(batch.map(\.doc.category))::TEXT[],
                        \(batch.map { Int64($0.doc.peopleCount) })::BIGINT[], \(batch.map(\.doc.title))::TEXT[],
                        \(batch.map(\.at.timeIntervalSince1970))::DOUBLE PRECISION[], \(batch.map(\.day.iso))::TEXT[],
                        \(batch.map(\.registration))::TEXT[], \(batch.map(\.status))::TEXT[])
                AS u(i, ch, cat, n, t, at, d, reg, st)
            """, logger: logger)
        try await run(conn, """
            INSERT INTO petitioners (petition_id, position, name, id_number, phone)
            SELECT i, 0, n, NULLIF(c, ''), NULLIF(ph, '')
            FROM unnest(\(ids)::BIGINT[], \(batch.map(\.doc.person.name))::TEXT[], \(batch.map { $0.doc.person.idNumber ?? "" })::TEXT[],
                        \(batch.map { $0.phoneKey ?? "" })::TEXT[]) AS u(i, n, c, ph)
            """, logger: logger)
        try await run(conn, """
            INSERT INTO bench_text SELECT * FROM unnest(\(ids)::BIGINT[], \(batch.map(\.doc.title))::TEXT[], \(batch.map(\.doc.content))::TEXT[],
                                                        \(batch.map(\.doc.demands))::TEXT[], \(batch.map(\.doc.person.name))::TEXT[])
            """, logger: logger)
        try await run(conn, "COMMIT", logger: logger)
    }
    try await run(conn, "SELECT setval(pg_get_serial_sequence('petitions', 'id'), \(Int64(petitions.count)))", logger: logger)
    try await run(conn, "SELECT setval(pg_get_serial_sequence('matters', 'id'), \(Int64(petitions.count)))", logger: logger)
}
