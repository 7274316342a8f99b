import BenchCorpus
import Foundation
import GRDB
import HuiyinPostgres
import HuiyinStore
import HuiyinText
import PostgresNIO

/// The search figures of one term length on one engine.
struct SearchFigures {
    var hits: [Int] = []
    var count: [Double] = []
    var newest: [Double] = []
    var list: [Double] = []
    var scan: [Double] = []
}

func now() -> Double { Date().timeIntervalSince1970 }

func p95(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s[min(s.count - 1, Int((Double(s.count) * 0.95).rounded(.up)) - 1)]
}

func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s[s.count / 2] }

func ms(_ x: Double) -> String { String(format: x < 10 ? "%.2f ms" : "%.0f ms", x * 1000) }

/// The product's list (count + newest 20 + decoding), as `GET /api/v1/petitions?q=` runs it.
func listNewest(_ store: some PetitionStore, _ q: SearchQuery) async throws -> Double {
    var query = PetitionQuery()
    query.text = q
    query.sort = .registeredNewest
    query.pageSize = 20
    let a = now()
    _ = try await store.list(query)
    return now() - a
}

/// SQLite: the FTS5 statements text-bench times, and an `instr()` scan of the raw texts (synchronous reads,
/// as text-bench makes them).
func searchSQLite(_ reader: DatabasePool, _ store: SQLiteStore, term: String, repeats: Int, into f: inout SearchFigures) async throws -> Int {
    let q = SearchQuery.parse(term)
    var n = 0
    for _ in 0..<repeats {
        n = try sqliteStatements(reader, q.matchExpression!, into: &f)
        f.list.append(try await listNewest(store, q))
    }
    f.scan.append(try sqliteScan(reader, term))
    f.hits.append(n)
    return n
}

func sqliteStatements(_ reader: DatabasePool, _ expr: String, into f: inout SearchFigures) throws -> Int {
    let a = now()
    let n = try reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM petition_search WHERE petition_search MATCH ?", arguments: [expr]) ?? 0 }
    f.count.append(now() - a)
    let b = now()
    _ = try reader.read { db in
        try Row.fetchAll(db, sql: "SELECT p.* FROM petition_search s JOIN petitions p ON p.id = s.rowid WHERE petition_search MATCH ? ORDER BY s.rowid DESC LIMIT 20", arguments: [expr])
    }
    f.newest.append(now() - b)
    return n
}

func sqliteScan(_ reader: DatabasePool, _ term: String) throws -> Double {
    let c = now()
    _ = try reader.read { db in
        try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM bench_text WHERE instr(title, ?1) > 0 OR instr(content, ?1) > 0 OR instr(demands, ?1) > 0 OR instr(names, ?1) > 0
            """, arguments: [term]) ?? 0
    }
    return now() - c
}

/// PostgreSQL: the statements the adapter's filter makes for a one-term search (GIN `tsquery` over the
/// bigram tokens, names included, confirmed by `strpos` for 3+ characters), and a `strpos()` scan.
func searchPostgres(_ conn: PostgresConnection, _ store: PostgresStore, term: String, repeats: Int, logger: Logger,
                    into f: inout SearchFigures) async throws -> Int {
    let q = SearchQuery.parse(term)
    let folded = TextFolding.foldedString(term)
    let scalars = Array(folded.unicodeScalars)
    func lexemes(_ mark: String) -> String {
        if scalars.count == 1 { return "'\(mark)\(folded)':*" }
        return (0..<(scalars.count - 1)).map { i in
            var v = String.UnicodeScalarView()
            v.append(scalars[i])
            v.append(scalars[i + 1])
            return "'\(mark)\(String(v))'"
        }.joined(separator: " & ")
    }
    let tsquery = "(\(lexemes(""))) | (\(lexemes("~")))"
    let strpos = "(strpos(s.title, $2) > 0 OR strpos(s.body, $2) > 0 OR strpos(s.names, $2) > 0)"
    // As the adapter's filter: one character by strpos alone, 2 by the index alone, 3+ by both.
    let condition = scalars.count == 1 ? "$1 <> '' AND \(strpos)"
        : "s.tokens @@ $1::tsquery" + (scalars.count >= 3 ? " AND \(strpos)" : " AND $2 <> ''")
    var n = 0
    for _ in 0..<repeats {
        var binds = PostgresBindings()
        binds.append(tsquery)
        binds.append(folded)
        let a = now()
        for try await row in try await conn.query(PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM petition_search s WHERE " + condition, binds: binds), logger: logger) {
            n = try row.decode(Int.self)
        }
        f.count.append(now() - a)
        let b = now()
        for try await _ in try await conn.query(PostgresQuery(unsafeSQL: """
            SELECT p.* FROM petitions p JOIN petition_search s ON s.petition_id = p.id WHERE \(condition)
            ORDER BY s.petition_id DESC LIMIT 20
            """, binds: binds), logger: logger) {}
        f.newest.append(now() - b)
        f.list.append(try await listNewest(store, q))
    }
    let c = now()
    for try await _ in try await conn.query("""
        SELECT COUNT(*) FROM bench_text WHERE strpos(title, \(term)) > 0 OR strpos(content, \(term)) > 0 OR strpos(demands, \(term)) > 0
            OR strpos(names, \(term)) > 0
        """, logger: logger) {}
    f.scan.append(now() - c)
    f.hits.append(n)
    return n
}
