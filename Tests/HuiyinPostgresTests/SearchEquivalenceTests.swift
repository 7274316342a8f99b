import Foundation
import HuiyinDomain
import HuiyinStore
import HuiyinText
import Testing

/// The same petitions registered on SQLite and on PostgreSQL: every search and every near-duplicate lookup
/// must give the same petitions (by number) on both, and equal the substring scan. Needs a PostgreSQL
/// server (`HUIYIN_TEST_POSTGRES_URL`); skipped with instructions otherwise.
@Suite("Search and near-duplicates: SQLite and PostgreSQL agree", .enabled(if: Engine.postgresURL != nil, Engine.postgresSkipMessage))
struct SearchEquivalenceTests {
    /// Both engines with the same corpus.
    struct Pair {
        var lite: ConformanceFixture
        var pg: ConformanceFixture
        var corpus: [String: Registration]

        init(count: Int) async throws {
            lite = try await ConformanceFixture(.sqlite)
            pg = try await ConformanceFixture(.postgres)
            corpus = try await TextCorpus.register(lite, count: count)
            let copy = try await TextCorpus.register(pg, count: count)
            #expect(copy.keys.sorted() == corpus.keys.sorted())
        }

        func cleanup() async {
            await lite.cleanup()
            await pg.cleanup()
        }

        /// The petition numbers and total of `q` on each engine.
        func both(_ q: PetitionQuery) async throws -> (lite: ([String], Int), pg: ([String], Int)) {
            let a = try await lite.store.list(translated(q, to: lite)), b = try await pg.store.list(translated(q, to: pg))
            return ((a.items.map(\.record.number), a.total), (b.items.map(\.record.number), b.total))
        }

        /// Unit ids of the query as the other fixture numbered them (the same demo county, by name).
        func translated(_ q: PetitionQuery, to f: ConformanceFixture) -> PetitionQuery {
            var q = q
            if let units = q.visibleUnitIDs {
                let names = Dictionary(uniqueKeysWithValues: lite.org.townships.map { ($0.value.id, $0.key) })
                q.visibleUnitIDs = units.compactMap { names[$0].flatMap { f.org.townships[$0]?.id } }
            }
            return q
        }
    }

    @Test("search: terms of 1–6 characters, AND, phrases, exclusion, names, filters, both sorts and pages")
    func search() async throws {
        let pair = try await Pair(count: 60)
        do {
            let township = pair.lite.org.townships["柳塘镇"]!
            var variants: [(String, (inout PetitionQuery) -> Void)] = [
                ("newest", { $0.sort = .registeredNewest }),
                ("relevance", { $0.sort = .relevance }),
                ("without names", { $0.searchNames = false; $0.sort = .registeredNewest }),
                ("online only", { $0.channel = .online; $0.sort = .registeredNewest }),
                ("received from 2026-03-04", { $0.receivedFrom = LocalDate(iso: "2026-03-04"); $0.sort = .registeredNewest }),
                ("category 01", { $0.categoryPrefix = "01"; $0.sort = .registeredNewest }),
                ("one township", { $0.visibleUnitIDs = [township.id]; $0.sort = .registeredNewest }),
            ]
            variants.append(("page 2 of 5", { $0.sort = .registeredNewest; $0.pageSize = 5; $0.page = 2 }))
            var compared = 0
            for text in TextCorpus.queries(pair.corpus) {
                for (name, adjust) in variants {
                    var q = PetitionQuery()
                    q.text = SearchQuery.parse(text)
                    q.pageSize = 500
                    adjust(&q)
                    let (lite, pg) = try await pair.both(q)
                    #expect(pg.1 == lite.1, "total of \(text) (\(name)): SQLite \(lite.1), PostgreSQL \(pg.1)")
                    if q.sort == .relevance {
                        // Both rank title hits first, by different formulas (BM25 in FTS5): the same petitions.
                        #expect(Set(pg.0) == Set(lite.0), "\(text) (\(name))")
                    } else {
                        #expect(pg.0 == lite.0, "\(text) (\(name))")
                    }
                    if name == "newest" {
                        #expect(Set(lite.0) == TextCorpus.scan(q.text!, pair.corpus), "\(text) against the substring scan")
                    }
                    compared += 1
                }
            }
            #expect(compared > 400)
            // Counts by state with a search agree too.
            var q = PetitionQuery()
            q.text = SearchQuery.parse("村")
            #expect(try await pair.pg.store.countsByState(q) == (try await pair.lite.store.countsByState(q)))
            // After a rebuild of PostgreSQL's index, still the same answers.
            #expect(try await pair.pg.store.rebuildTextIndex() == pair.corpus.count)
            for text in TextCorpus.queries(pair.corpus) {
                q.text = SearchQuery.parse(text)
                q.sort = .registeredNewest
                q.pageSize = 500
                let (lite, pg) = try await pair.both(q)
                #expect(pg.0 == lite.0, "\(text) after rebuilding")
            }
        } catch {
            await pair.cleanup()
            throw error
        }
        await pair.cleanup()
    }

    @Test("near-duplicates: the same band candidates and the same findings for every petition")
    func nearDuplicates() async throws {
        let pair = try await Pair(count: 60)
        do {
            let liteService = TextService(store: pair.lite.store, configuration: ConfigurationHolder(pair.lite.config), clock: pair.lite.clock)
            let pgService = TextService(store: pair.pg.store, configuration: ConfigurationHolder(pair.pg.config), clock: pair.pg.clock)
            let settings = TextSettings()
            var repeats = 0
            for number in pair.corpus.keys.sorted() {
                let a = try #require(try await pair.lite.store.petition(number: number))
                let b = try #require(try await pair.pg.store.petition(number: number))
                let r = a.record.registration
                let keys = settings.banding.keys(settings.minHasher.signature(
                    Shingles(PetitionText.nearDuplicateText(title: r.title, content: r.content, demands: r.demands))))
                let liteCandidates = try await pair.lite.store.nearDuplicateCandidates(bandKeys: keys, excluding: a.record.id, limit: 200)
                let pgCandidates = try await pair.pg.store.nearDuplicateCandidates(bandKeys: keys, excluding: b.record.id, limit: 200)
                #expect(try await numbers(pgCandidates, pair.pg) == (try await numbers(liteCandidates, pair.lite)), "candidates of \(number)")
                func described(_ found: [SimilarPetition]) -> [String] {
                    found.map { "\($0.petition.record.number) \($0.finding.kind) \($0.finding.similarity)" }
                }
                let liteFound = try await liteService.similar(to: a), pgFound = try await pgService.similar(to: b)
                #expect(described(pgFound) == described(liteFound), "findings for \(number)")
                repeats += liteFound.filter { $0.finding.kind == .repeatPetition }.count
            }
            // The corpus plants repeats: the comparison covered real findings, not only empty lists.
            #expect(repeats > 5)
        } catch {
            await pair.cleanup()
            throw error
        }
        await pair.cleanup()
    }

    func numbers(_ ids: [Int64], _ f: ConformanceFixture) async throws -> [String] {
        var out: [String] = []
        for id in ids { out.append(try await f.store.petition(id: id)?.record.number ?? "?") }
        return out
    }
}
