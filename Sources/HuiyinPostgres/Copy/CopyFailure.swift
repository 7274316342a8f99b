/// Why `huiyin copy` stopped before or after copying: each names what is wrong, for the operator.
public enum CopyFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The target already holds data; the copy never overwrites or merges.
    case targetNotEmpty(tables: [String])
    /// Tables one engine has and the other does not (the two schema versions differ).
    case tablesOnlyInSource([String])
    case tablesOnlyInTarget([String])
    /// Columns of the source the target lacks (their data would be lost).
    case columnsOnlyInSource([String])
    /// A value the target column cannot hold unchanged.
    case unconvertible(table: String, column: String, value: String)
    /// An attachment row whose file is missing beside the SQLite database.
    case missingAttachmentFile(String)
    /// The source is not a SQLite file that exists.
    case sourceMissing(String)
    /// Rows copied but the verification found a difference (tables named).
    case verificationFailed([String])

    public var description: String {
        switch self {
        case .targetNotEmpty(let tables):
            "目标数据库不是空的，拒绝覆盖 / the target database is not empty (rows in: \(tables.joined(separator: ", "))); copy into a new database or schema"
        case .tablesOnlyInSource(let t):
            "只在源数据库中存在的表 / tables only in the SQLite source: \(t.joined(separator: ", ")) (is this Huiyin older than the file?)"
        case .tablesOnlyInTarget(let t):
            "只在目标数据库中存在的表 / tables only in the PostgreSQL target: \(t.joined(separator: ", "))"
        case .columnsOnlyInSource(let c):
            "只在源数据库中存在的列 / columns only in the SQLite source: \(c.joined(separator: ", "))"
        case .unconvertible(let table, let column, let value):
            "无法转换的值 / \(table).\(column) holds \(value), which PostgreSQL cannot hold unchanged"
        case .missingAttachmentFile(let name):
            "附件文件缺失 / attachment file missing beside the SQLite database: \(name)"
        case .sourceMissing(let path):
            "源数据库不存在 / no SQLite database at \(path)"
        case .verificationFailed(let t):
            "校验不一致 / verification failed for: \(t.joined(separator: ", "))"
        }
    }
}
