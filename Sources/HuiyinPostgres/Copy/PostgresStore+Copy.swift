import HuiyinStore
import PostgresNIO

/// The PostgreSQL side of `huiyin copy`: the catalog, bulk inserts inside the copy's transaction, sequences,
/// and reading tables back in key order for the verification.
extension PostgresStore {
    /// Every table of this store's schema with its columns in order (the migration record excluded).
    func copyCatalog() async throws -> [String: [CopyColumn]] {
        try await withConnection { conn in
            let rows = try await self.rows("""
                SELECT c.table_name, c.column_name, c.data_type
                FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                    AND c.table_name <> 'huiyin_migrations'
                ORDER BY c.table_name, c.ordinal_position
                """, on: conn)
            var catalog: [String: [CopyColumn]] = [:]
            for row in rows {
                let column = CopyColumn(name: try row.get("column_name"), kind: .init(dataType: try row.get("data_type")))
                catalog[try row.get("table_name", as: String.self), default: []].append(column)
            }
            return catalog
        }
    }

    /// The tables among `tables` that hold at least one row.
    func nonEmptyTables(_ tables: [String]) async throws -> [String] {
        try await withConnection { conn in
            var found: [String] = []
            for table in tables.sorted() where try await self.row(PostgresQuery(unsafeSQL: "SELECT 1 FROM \(quoted(table)) LIMIT 1"), on: conn) != nil {
                found.append(table)
            }
            return found
        }
    }

    /// The number of rows of `table`.
    func copyCount(_ table: String) async throws -> Int {
        try await withConnection { conn in try await self.int(PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM \(quoted(table))"), on: conn) }
    }

    /// Switches the tables' own triggers off or on (inside the copy's transaction): the rows arrive as the
    /// source has them, count tables included, instead of being recomputed or counted twice. Foreign keys
    /// stay checked.
    func setUserTriggers(enabled: Bool, tables: [String], on conn: PostgresConnection) async throws {
        for table in tables {
            try await execute(PostgresQuery(unsafeSQL: "ALTER TABLE \(quoted(table)) \(enabled ? "ENABLE" : "DISABLE") TRIGGER USER"), on: conn)
        }
    }

    /// Empties `table` (rows the migrations seeded, replaced by the source's).
    func deleteAll(_ table: String, on conn: PostgresConnection) async throws {
        try await execute(PostgresQuery(unsafeSQL: "DELETE FROM \(quoted(table))"), on: conn)
    }

    /// Inserts `rows` (canonical values, in the order of `columns`) in one statement.
    func insert(_ table: String, columns: [CopyColumn], rows: [[CellValue]], on conn: PostgresConnection) async throws {
        guard !rows.isEmpty else { return }
        var bindings = PostgresBindings(capacity: rows.count * columns.count)
        var tuples: [String] = []
        tuples.reserveCapacity(rows.count)
        var n = 0
        for row in rows {
            var placeholders: [String] = []
            for (column, value) in zip(columns, row) {
                n += 1
                placeholders.append("$\(n)")
                switch (column.kind, value) {
                case (_, .null): bindings.appendNull()
                case (.boolean, .integer(let i)): bindings.append(i != 0)
                case (_, .integer(let i)): bindings.append(i)
                case (_, .real(let d)): bindings.append(d)
                case (_, .text(let s)): bindings.append(s)
                case (_, .blob(let b)): bindings.append(ByteBuffer(bytes: b))
                }
            }
            tuples.append("(" + placeholders.joined(separator: ", ") + ")")
        }
        let sql = "INSERT INTO \(quoted(table)) (\(columns.map { quoted($0.name) }.joined(separator: ", "))) VALUES "
            + tuples.joined(separator: ", ")
        try await execute(PostgresQuery(unsafeSQL: sql, binds: bindings), on: conn)
    }

    /// Sets every sequence behind a serial column past the largest copied value, so that the next row
    /// inserted gets a fresh id.
    func resetSequences(on conn: PostgresConnection) async throws -> [String] {
        let serials = try await rows("""
            SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) AS seq
            FROM information_schema.columns
            WHERE table_schema = current_schema() AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')
            ORDER BY table_name
            """, on: conn)
        var reset: [String] = []
        for row in serials {
            guard let sequence = try row.get("seq", as: String?.self) else { continue }
            let table: String = try row.get("table_name")
            let column: String = try row.get("column_name")
            try await execute(PostgresQuery(unsafeSQL: """
                SELECT setval('\(sequence.replacingOccurrences(of: "'", with: "''"))'::regclass,
                              COALESCE((SELECT MAX(\(quoted(column))) FROM \(quoted(table))), 0) + 1, false)
                """), on: conn)
            reset.append("\(table).\(column)")
        }
        return reset
    }

    /// Up to `limit` rows of `table` in canonical form, in the order the SQLite side reads them: by the
    /// order columns, text compared byte by byte (`COLLATE "C"`, SQLite's BINARY) and NULLs first (SQLite's
    /// order; only tables without a key can have NULLs in their order columns).
    func copyRows(_ table: TableShape, columns: [CopyColumn], orderKinds: [CopyColumn.Kind], after: [CellValue]?, skip: Int,
                  limit: Int) async throws -> [[CellValue]] {
        let order = table.orderColumns
        var bindings = PostgresBindings()
        var sql = "SELECT \(columns.map { quoted($0.name) }.joined(separator: ", ")) FROM \(quoted(table.name))"
        func key(_ name: String, _ kind: CopyColumn.Kind) -> String { kind == .text ? "\(quoted(name)) COLLATE \"C\"" : quoted(name) }
        if !table.primaryKey.isEmpty, let after {
            var params: [String] = []
            for (i, value) in after.enumerated() {
                switch (orderKinds[i], value) {
                case (.boolean, .integer(let v)): bindings.append(v != 0)
                case (_, .integer(let v)): bindings.append(v)
                case (_, .real(let v)): bindings.append(v)
                case (_, .text(let v)): bindings.append(v)
                case (_, .blob(let v)): bindings.append(ByteBuffer(bytes: v))
                case (_, .null): bindings.appendNull()
                }
                params.append("$\(i + 1)" + (orderKinds[i] == .text ? " COLLATE \"C\"" : ""))
            }
            sql += " WHERE (\(zip(order, orderKinds).map { key($0, $1) }.joined(separator: ", "))) > (\(params.joined(separator: ", ")))"
        }
        // NULLs first only where they can occur (tables without a key): a key's own order keeps its index.
        let nulls = table.primaryKey.isEmpty ? " NULLS FIRST" : ""
        sql += " ORDER BY " + zip(order, orderKinds).map { key($0, $1) + nulls }.joined(separator: ", ") + " LIMIT \(limit)"
        if table.primaryKey.isEmpty { sql += " OFFSET \(skip)" }
        let query = PostgresQuery(unsafeSQL: sql, binds: bindings)
        return try await withConnection { conn in
            try await self.rows(query, on: conn).map { row in
                try columns.enumerated().map { i, column in try Self.cell(row[i], kind: column.kind) }
            }
        }
    }

    static func cell(_ cell: PostgresCell, kind: CopyColumn.Kind) throws -> CellValue {
        switch kind {
        case .integer: return try cell.decode(Int64?.self).map(CellValue.integer) ?? .null
        case .boolean: return try cell.decode(Bool?.self).map { .integer($0 ? 1 : 0) } ?? .null
        case .real: return try cell.decode(Double?.self).map(CellValue.real) ?? .null
        case .text: return try cell.decode(String?.self).map(CellValue.text) ?? .null
        case .blob: return try cell.decode(ByteBuffer?.self).map { .blob(Array($0.readableBytesView)) } ?? .null
        case .other(let type): throw StoreError.corrupt("cannot read a \(type) column for the copy")
        }
    }
}

/// `name` as a quoted SQL identifier (names come from the catalogs and are plain identifiers).
func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
