import GRDB

extension Database {
    /// Runs `sql` through the connection's statement cache (prepared once per connection, not per
    /// request) and maps each row as SQLite steps to it, without copying rows first. `transform` reads
    /// columns by position (`row[0]`), which skips the by-name lookup.
    func mapRows<T>(_ sql: String, _ arguments: StatementArguments = [], _ transform: (Row) throws -> T) throws -> [T] {
        let statement = try cachedStatement(sql: sql)
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        var result: [T] = []
        while let row = try cursor.next() { result.append(try transform(row)) }
        return result
    }

    /// The first row of `sql` (through the statement cache), mapped; nil when there is none. The
    /// statement runs to its end (so it holds nothing open): `sql` should select one row.
    func mapFirstRow<T>(_ sql: String, _ arguments: StatementArguments = [], _ transform: (Row) throws -> T) throws -> T? {
        try mapRows(sql, arguments, transform).first
    }
}
