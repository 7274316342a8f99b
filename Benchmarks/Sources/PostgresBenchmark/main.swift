import BenchCorpus
import Foundation
import GRDB
import HuiyinDemo
import HuiyinDomain
import HuiyinPostgres
import HuiyinStore
import HuiyinText
import PostgresNIO

// text-bench's intake and search workloads on PostgreSQL, with SQLite measured in the same run beside it.
// Usage: HUIYIN_BENCH_POSTGRES_URL=postgres://user@host:port/db swift run -c release pg-bench [count=100000]
// The PostgreSQL data goes into the schema bench_<count> (dropped first); SQLite into a temporary file.
// Prints Markdown tables.

let args = CommandLine.arguments
let count = args.count > 1 ? Int(args[1]) ?? 100_000 : 100_000
guard let baseURL = ProcessInfo.processInfo.environment["HUIYIN_BENCH_POSTGRES_URL"], !baseURL.isEmpty else {
    print("Set HUIYIN_BENCH_POSTGRES_URL (e.g. from scripts/postgres-test-server.sh start DIR).")
    exit(2)
}
let schema = "bench_\(count)"
let sqlitePath = FileManager.default.temporaryDirectory.appendingPathComponent("huiyin-pg-bench-\(count).sqlite").path
for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: sqlitePath + suffix) }
let logger = Logger(label: "pg-bench")

/// (figure, SQLite, PostgreSQL)
nonisolated(unsafe) var rows: [(String, String, String)] = []
func report(_ name: String, _ lite: String, _ pg: String) {
    rows.append((name, lite, pg))
    print("  \(name): SQLite \(lite) | PostgreSQL \(pg)")
    fflush(nil)
}
func seconds(_ x: Double) -> String { String(format: "%.1f s", x) }

print("# Huiyin PostgreSQL benchmark, \(count) petitions, \(ProcessInfo.processInfo.activeProcessorCount) cores")
var t0 = now()
let corpus = Corpus(count: count, taxonomy: CategoryTaxonomy.shipped)
let petitions = try LoadedPetition.all(corpus)
print(String(format: "corpus: %.1f s, %d planted pairs", now() - t0, corpus.planted.count))

// MARK: - Intake: load the petitions as registration stores them, then build every text index

let address = try PostgresURL(baseURL)
let conn = try await PostgresConnection.connect(configuration: try address.connectionConfiguration(), id: 1, logger: logger)
try await run(conn, PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \(schema) CASCADE"), logger: logger)
let pg = try await PostgresStore.open(baseURL + (baseURL.contains("?") ? "&" : "?") + "schema=\(schema)")
try await run(conn, PostgresQuery(unsafeSQL: "SET search_path TO \(schema)"), logger: logger)

t0 = now()
try loadSQLite(corpus, path: sqlitePath)
let liteLoad = now() - t0
t0 = now()
try await loadPostgres(petitions, on: conn, logger: logger)
let pgLoad = now() - t0
report("loading petitions (inserts as registration stores them, not an index)", seconds(liteLoad), seconds(pgLoad))

let lite = try SQLiteStore(path: sqlitePath)
t0 = now()
let liteIndexed = try await lite.rebuildTextIndex()
let liteIndex = now() - t0
t0 = now()
let pgIndexed = try await pg.rebuildTextIndex()
let pgIndex = now() - t0
report("index build: bigram search + LSH bands + risk signals (\(liteIndexed) / \(pgIndexed) petitions)", seconds(liteIndex), seconds(pgIndex))
t0 = now()
try await run(conn, "VACUUM ANALYZE", logger: logger)
report("statistics for the planner (PostgreSQL: VACUUM ANALYZE; autovacuum does it in service)", "—", seconds(now() - t0))

func service(_ store: some TextStore & OrganisationStore) async throws -> TextService {
    TextService(store: store, configuration: ConfigurationHolder(try await CountyConfiguration.load(from: store)), clock: SystemClock())
}
let liteText = try await service(lite), pgText = try await service(pg)
t0 = now()
_ = try await liteText.retrain()
let liteTrain = now() - t0
t0 = now()
_ = try await pgText.retrain()
let pgTrain = now() - t0
report("classifier training", seconds(liteTrain), seconds(pgTrain))
report("**intake, everything** (load + index + training)", seconds(liteLoad + liteIndex + liteTrain), seconds(pgLoad + pgIndex + pgTrain))

let liteSize = (try? FileManager.default.attributesOfItem(atPath: sqlitePath)[.size] as? Int) ?? 0
var pgSize = 0, pgSearchSize = 0
for try await row in try await conn.query(PostgresQuery(unsafeSQL: """
    SELECT (SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = '\(schema)' AND c.relkind = 'r' AND c.relname <> 'bench_text')::BIGINT,
           (pg_total_relation_size('petition_search') + pg_total_relation_size('petition_lsh'))::BIGINT
    """), logger: logger) {
    (pgSize, pgSearchSize) = try row.decode((Int, Int).self)
}
report("database size (petitions + all indexes; PostgreSQL search + bands alone \(pgSearchSize / 1_048_576) MB)",
       "\(liteSize / 1_048_576) MB", "\(pgSize / 1_048_576) MB")

// MARK: - Search

let termsByLength: [Int: [String]] = [
    1: ["拆", "噪", "资", "村", "镇"],
    2: ["拆迁", "工资", "噪音", "补偿", "物业", "土地", "村民", "反映", "安置", "污染", "小区", "医保"],
    3: ["村委会", "补偿款", "农民工", "房产证", "开发商", "居委会", "承包地", "养老金", "派出所", "营业执照"],
    4: ["安置补偿", "拖欠工资", "多次反映", "有关部门", "环境污染", "宅基地上", "至今没有", "请求政府", "业主委员", "劳动合同"],
]
print("searching…")
let foldedCorpus = corpus.docs.map { d in [d.title, d.content, d.demands, d.person.name].map(TextFolding.fold) }
let reader = try DatabasePool(path: sqlitePath)
var searchRows: [String] = []
for length in [1, 2, 3, 4] {
    var a = SearchFigures(), b = SearchFigures()
    var differences = 0
    for term in termsByLength[length]! {
        let n = try await searchSQLite(reader, lite, term: term, repeats: 5, into: &a)
        let m = try await searchPostgres(conn, pg, term: term, repeats: 5, logger: logger, into: &b)
        let folded = foldedCorpus.reduce(0) { $0 + (SearchQuery.parse(term).matches(foldedFields: $1) ? 1 : 0) }
        if n != m || m != folded { differences += 1; print("  DIFFERENT \(term): SQLite \(n), PostgreSQL \(m), folded scan \(folded)") }
    }
    for (engine, f) in [("SQLite", a), ("PostgreSQL", b)] {
        let row = "| \(length) chars | \(engine) | \(Int(median(f.hits.map(Double.init)))) | \(ms(p95(f.count))) | \(ms(p95(f.newest))) | \(ms(p95(f.list))) | \(ms(p95(f.scan))) | \(String(format: "%.0f×", p95(f.scan) / p95(f.count))) | \(differences) of \(termsByLength[length]!.count) |"
        searchRows.append(row)
        print(row)
    }
    fflush(nil)
}

// MARK: - Similar-petition lookups (product path), the same answers on both

var rng = SeededGenerator(seed: 99)
var probes = Array(corpus.planted.map(\.1).prefix(150))
while probes.count < 300 { probes.append(Int(rng.next() % UInt64(count))) }
var liteTimes: [Double] = [], pgTimes: [Double] = []
var disagreements = 0
for i in probes {
    guard let a = try await lite.petition(id: Int64(i + 1)), let b = try await pg.petition(id: Int64(i + 1)) else { continue }
    t0 = now()
    let x = try await liteText.similar(to: a)
    liteTimes.append(now() - t0)
    t0 = now()
    let y = try await pgText.similar(to: b)
    pgTimes.append(now() - t0)
    if x.map({ "\($0.petition.record.id) \($0.finding.kind) \($0.finding.similarity)" })
        != y.map({ "\($0.petition.record.id) \($0.finding.kind) \($0.finding.similarity)" }) { disagreements += 1 }
}
report("similar-petition lookup p95 (LSH + person candidates, exact Jaccard; \(probes.count) probes)", ms(p95(liteTimes)), ms(p95(pgTimes)))
report("similar-petition lookups whose findings differ between the engines", "—", "\(disagreements) of \(probes.count)")

print("\n## Results, \(count) petitions\n")
print("| figure | SQLite | PostgreSQL |")
print("|---|---|---|")
for (k, l, p) in rows { print("| \(k) | \(l) | \(p) |") }
print("\n| term length | engine | median hits | full count p95 | newest 20 p95 | list() p95 (count + newest 20 + decode) | substring scan p95 | scan ÷ count | engines or folded scan differ |")
print("|---|---|---|---|---|---|---|---|---|")
for r in searchRows { print(r) }
pg.close()
