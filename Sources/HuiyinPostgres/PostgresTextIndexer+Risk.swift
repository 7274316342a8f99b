import HuiyinStore
import HuiyinText
import PostgresNIO

extension PostgresTextIndexer {
    /// Assesses every petition's text again and rewrites the risk rows alone (the search index and the
    /// bands untouched), as the SQLite adapter's `rebuildRisk()`: for a change of the risk rules, such as
    /// the tier and context rules of `v12-risk-tier`. Returns the number of petitions read.
    @discardableResult
    func rebuildRisk(batchSize: Int = 5_000) async throws -> Int {
        let (settings, threshold) = try await configuration()
        let lexicon = settings.riskLexicon
        try await store.execute("DELETE FROM petition_risk", on: conn)
        var after: Int64 = 0
        var total = 0
        while true {
            let documents = try await documents(after: after, limit: batchSize)
            guard let last = documents.last else { break }
            try await writeRisk(ParallelWork.map(documents) { d in
                (id: d.id, risk: lexicon.assess(title: d.title, content: d.content, demands: d.demands, peopleCount: d.peopleCount,
                                                collectiveThreshold: threshold, isVisit: d.isVisit))
            })
            after = last.id
            total += documents.count
        }
        return total
    }
}
