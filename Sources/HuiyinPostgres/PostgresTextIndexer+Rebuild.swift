import Foundation
import HuiyinDomain
import HuiyinStore
import HuiyinText
import PostgresNIO

extension PostgresTextIndexer {
    /// Re-indexes every petition, in the caller's transaction: the tables are emptied, their indexes dropped,
    /// the petitions read in id order in batches while the previous batch is tokenised and hashed on the
    /// other cores, and the indexes built once at the end (far faster than growing a GIN index and a
    /// B-tree row by row). Readers of the search wait for the transaction (TRUNCATE locks the tables).
    /// Returns the number of petitions indexed.
    func rebuild(batchSize: Int = 5_000) async throws -> Int {
        let (settings, threshold) = try await configuration()
        let hasher = settings.minHasher
        for sql in [
            "SET LOCAL maintenance_work_mem = '256MB'",
            "TRUNCATE petition_search, petition_lsh, petition_risk",
            "DROP INDEX petition_search_tokens",
            "ALTER TABLE petition_lsh DROP CONSTRAINT petition_lsh_pkey",
        ] {
            try await store.execute(PostgresQuery(unsafeSQL: sql), on: conn)
        }
        @Sendable func compute(_ docs: [Document]) -> [Entry] {
            ParallelWork.map(docs) { Self.entry($0, settings: settings, hasher: hasher, collectiveThreshold: threshold) }
        }
        var total = 0
        var pending = compute(try await documents(after: 0, limit: batchSize))
        while let last = pending.last {
            let next = try await documents(after: last.id, limit: batchSize)
            let computing = Task.detached { compute(next) }
            try await write(pending)
            total += pending.count
            pending = await computing.value
        }
        for sql in [
            "CREATE INDEX petition_search_tokens ON petition_search USING GIN (tokens)",
            "ALTER TABLE petition_lsh ADD PRIMARY KEY (band_key, petition_id)",
        ] {
            try await store.execute(PostgresQuery(unsafeSQL: sql), on: conn)
        }
        return total
    }

    /// Up to `limit` petitions with ids above `id`, in id order.
    func documents(after id: Int64, limit: Int) async throws -> [Document] {
        try await store.rows("""
            SELECT p.id, p.title, p.people_count, p.channel, r.doc ->> 'content' AS content, r.doc ->> 'demands' AS demands,
                (SELECT string_agg(name, ' ' ORDER BY position) FROM petitioners WHERE petition_id = p.id) AS names
            FROM petitions p CROSS JOIN LATERAL (SELECT p.registration::jsonb AS doc) r
            WHERE p.id > \(id) ORDER BY p.id LIMIT \(limit)
            """, on: conn).map { row in
            Document(id: try row.get("id"), title: try row.get("title"), content: try row.get("content", as: String?.self) ?? "",
                     demands: try row.get("demands", as: String?.self) ?? "", names: try row.get("names", as: String?.self) ?? "",
                     peopleCount: try row.get("people_count"), isVisit: try row.get("channel", as: String.self) == Channel.visit.rawValue)
        }
    }
}
