import Foundation
import GRDB

/// Reading a whole database table by table, for `huiyin copy` (SQLite → PostgreSQL).
extension SQLiteStore {
    /// The tables to copy, and the engine's own tables that are not copied: SQLite's internals, GRDB's
    /// migration record, the full-text index (a virtual table and its shadow tables) — the target
    /// builds its own search index from the petitions — and the indicator counts and trigram set
    /// (``sqliteOnlyTables``), which only the SQLite adapter keeps.
    public func exportShapes() async throws -> (tables: [TableShape], engineOnly: [String]) {
        try await pool.read { db in
            let all = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
            let virtual = all.filter { (($0["sql"] as String?) ?? "").uppercased().hasPrefix("CREATE VIRTUAL TABLE") }
                .map { $0["name"] as String }
            var tables: [TableShape] = []
            var engineOnly: [String] = []
            for row in all {
                let name: String = row["name"]
                if name.hasPrefix("sqlite_") || name == "grdb_migrations" || Self.sqliteOnlyTables.contains(name)
                    || virtual.contains(where: { name == $0 || name.hasPrefix($0 + "_") }) {
                    engineOnly.append(name)
                    continue
                }
                guard TableShape.isPlainIdentifier(name) else { throw StoreError.corrupt("unexpected table name \(name)") }
                let info = try Row.fetchAll(db, sql: "SELECT name, pk FROM pragma_table_info(?) ORDER BY cid", arguments: [name])
                let columns = info.map { $0["name"] as String }
                let primaryKey = info.filter { ($0["pk"] as Int) > 0 }.sorted { ($0["pk"] as Int) < ($1["pk"] as Int) }
                    .map { $0["name"] as String }
                let references = try String.fetchAll(db, sql: "SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)", arguments: [name])
                tables.append(TableShape(name: name, columns: columns, primaryKey: primaryKey, references: Set(references)))
            }
            return (tables, engineOnly)
        }
    }

    /// Tables derived from the petitions that only the SQLite adapter keeps, so they are not copied; nothing is
    /// lost, as they hold only what the copied petitions already say. Counts kept by triggers (migrations
    /// `v9-indicator-facts`, `v9-indicator-fact-days`) so that indicators are sums rather than a pass over
    /// every petition (the PostgreSQL adapter computes indicators from the petitions); and the set of trigrams
    /// in the texts (`search_trigrams`, see `TrigramKeys`), part of SQLite's search index.
    static let sqliteOnlyTables: Set<String> = [
        "indicator_facts", "indicator_counts", "indicator_pairs", "indicator_due_days", "indicator_state",
        "search_trigrams",
    ]

    /// The number of rows of `table`.
    public func exportCount(_ table: TableShape) async throws -> Int {
        try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(table.name)\"") ?? 0 }
    }

    /// Up to `limit` rows of `table` (its `columns`, in that order) in the order of ``TableShape/orderColumns``,
    /// after the row whose order columns hold `after` (nil: from the first row). Tables without a primary
    /// key are read by offset (`skip`): they are small (counts kept by triggers).
    public func exportRows(_ table: TableShape, columns: [String], after: [CellValue]?, skip: Int, limit: Int) async throws -> [[CellValue]] {
        let order = table.orderColumns
        let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        var sql = "SELECT \(list) FROM \"\(table.name)\""
        var arguments: [(any DatabaseValueConvertible)?] = []
        if !table.primaryKey.isEmpty, let after {
            sql += " WHERE (\(order.map { "\"\($0)\"" }.joined(separator: ", "))) > (\(order.map { _ in "?" }.joined(separator: ", ")))"
            arguments = after.map(Self.databaseValue)
        }
        sql += " ORDER BY \(order.map { "\"\($0)\"" }.joined(separator: ", ")) LIMIT \(limit)"
        if table.primaryKey.isEmpty { sql += " OFFSET \(skip)" }
        let statementArguments = StatementArguments(arguments)
        let query = sql
        return try await pool.read { db in
            try Row.fetchAll(db, sql: query, arguments: statementArguments).map { row in
                (0..<row.count).map { Self.cellValue(row[$0] as DatabaseValue) }
            }
        }
    }

    /// The bytes of an attachment file (`attachments.stored_name`), kept beside the database.
    public func attachmentFileBytes(storedName: String) throws -> [UInt8] {
        guard !storedName.contains("/"), !storedName.hasPrefix(".") else { throw StoreError.corrupt("attachment name \(storedName)") }
        return try [UInt8](Data(contentsOf: attachmentDirectory.appendingPathComponent(storedName)))
    }

    static func cellValue(_ value: DatabaseValue) -> CellValue {
        switch value.storage {
        case .null: .null
        case .int64(let i): .integer(i)
        case .double(let d): .real(d)
        case .string(let s): .text(s)
        case .blob(let data): .blob([UInt8](data))
        }
    }

    static func databaseValue(_ value: CellValue) -> (any DatabaseValueConvertible)? {
        switch value {
        case .null: nil
        case .integer(let i): i
        case .real(let d): d
        case .text(let s): s
        case .blob(let b): Data(b)
        }
    }
}
