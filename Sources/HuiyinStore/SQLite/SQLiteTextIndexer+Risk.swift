import GRDB
import HuiyinDomain
import HuiyinText

extension SQLiteTextIndexer {
    /// Assesses every petition's text again and rewrites the risk rows alone (the search index and the
    /// bands untouched): for a change of the risk rules, such as the tier and context rules of `v12-risk-tier`.
    /// Returns the number of petitions read.
    @discardableResult
    func rebuildRisk() throws -> Int {
        let threshold = try collectiveThreshold()
        let lexicon = settings.riskLexicon
        try db.execute(sql: "DELETE FROM petition_risk")
        var after: Int64 = 0
        var total = 0
        while true {
            let documents = try Self.documents(db, after: after)
            guard let last = documents.last else { break }
            let assessed = ParallelWork.map(documents) { d in
                (id: d.id, risk: lexicon.assess(title: d.title, content: d.content, demands: d.demands, peopleCount: d.peopleCount,
                                                collectiveThreshold: threshold, isVisit: d.isVisit))
            }
            for (id, risk) in assessed where risk.level != .none {
                try writeRisk(RiskRow(id: id, level: risk.level, tier: risk.tier, matches: try JSONCoding.encode(risk.matches)))
            }
            after = last.id
            total += documents.count
        }
        return total
    }
}
