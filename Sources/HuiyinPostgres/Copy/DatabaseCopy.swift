import Foundation
import HuiyinStore
import PostgresNIO

/// `huiyin copy --from sqlite:PATH --to postgres://…`: moves a county's whole database from its SQLite file
/// onto a new, empty PostgreSQL database, then proves the copy table by table.
///
/// 1. The target is migrated (``PostgresStore/open(_:settings:)``) and must be empty — no table may hold a
///    row except those the migrations seed (document templates), which are replaced. The copy never merges.
/// 2. Both catalogs must list the same tables: a table on one side only is an error that names it. Only
///    each engine's own machinery is set aside: SQLite's internals, GRDB's migration record and the FTS5
///    index; PostgreSQL's migration record, its search index (`petition_search`, rebuilt from the copied
///    petitions) and `attachment_bytes`, filled from the attachment files beside the SQLite database.
///    A column the source has and the target lacks is an error; a column only the target has (an
///    engine's own bookkeeping) keeps its default.
/// 3. **One transaction for the whole copy**: tables in dependency order, in key order, in batches of
///    multi-row INSERTs, with the tables' own triggers off (count tables arrive as the source has them);
///    then every serial sequence is set past the largest id. If anything fails, nothing is left behind
///    and the copy can simply be run again.
/// 4. The search index is rebuilt from the petitions, when the target has one.
/// 5. Verification: per table, the row count and ``TableChecksum`` (SHA-256 of the rows rendered
///    canonically in key order), read again from both databases.
public struct DatabaseCopy: Sendable {
    public let source: SQLiteStore
    public let target: PostgresStore
    /// Rows per INSERT (fewer for wide tables: PostgreSQL takes at most 65 535 parameters).
    public var batchSize = 1000

    public init(source: SQLiteStore, target: PostgresStore) {
        self.source = source
        self.target = target
    }

    /// Tables only PostgreSQL has, by design: the migration record, the search index the target builds
    /// itself, and the attachment bytes (SQLite keeps them in files).
    static let targetOnlyTables: Set<String> = ["petition_search", "attachment_bytes"]
    /// Copied from the attachment files rather than from a table.
    static let attachmentBytes = "attachment_bytes"

    /// What the copy reports as it goes.
    public enum Event: Sendable {
        /// A table is about to be copied: its name and row count.
        case tableStarted(String, total: Int)
        /// Rows of the current table copied so far.
        case rowsCopied(String, copied: Int, total: Int)
        case tableFinished(String, rows: Int)
        case committed(sequencesReset: Int)
        case indexRebuilt(petitions: Int)
        case indexNotRebuilt(reason: String)
        case verifying(String)
    }

    /// The verification of one table.
    public struct TableCheck: Sendable, Equatable {
        public var table: String
        public var sourceRows: Int
        public var targetRows: Int
        public var sourceChecksum: String
        public var targetChecksum: String
        public var matches: Bool { sourceRows == targetRows && sourceChecksum == targetChecksum }
    }

    /// A table to copy: the source's shape (its key orders both sides) and the target's columns, in the
    /// source's column order.
    struct Plan: Sendable {
        var shape: TableShape
        var columns: [CopyColumn]
        var orderKinds: [CopyColumn.Kind]
    }

    /// Copies and verifies. Throws ``CopyFailure`` before writing anything when the target is not empty or
    /// the schemas differ; returns the verification (check ``TableCheck/matches``).
    public func run(_ report: @Sendable (Event) -> Void = { _ in }) async throws -> [TableCheck] {
        let plans = try await plan()
        let seeded = PostgresSchema.seededTables
        let busy = try await target.nonEmptyTables(plans.map(\.shape.name).filter { !seeded.contains($0) } + [Self.attachmentBytes])
        guard busy.isEmpty else { throw CopyFailure.targetNotEmpty(tables: busy) }
        var totals: [String: Int] = [:]
        for plan in plans { totals[plan.shape.name] = try await source.exportCount(plan.shape) }
        let allTargetTables = Array(try await target.copyCatalog().keys)

        let resetCount = try await target.transaction { conn in
            try await target.setUserTriggers(enabled: false, tables: allTargetTables, on: conn)
            for plan in plans {
                let name = plan.shape.name
                if seeded.contains(name) { try await target.deleteAll(name, on: conn) }
                let total = totals[name] ?? 0
                report(.tableStarted(name, total: total))
                var copied = 0
                try await forEachSourceBatch(plan) { rows in
                    try await target.insert(name, columns: plan.columns, rows: rows, on: conn)
                    copied += rows.count
                    report(.rowsCopied(name, copied: copied, total: total))
                }
                report(.tableFinished(name, rows: copied))
            }
            try await copyAttachmentBytes(plans: plans, on: conn, report)
            try await target.setUserTriggers(enabled: true, tables: allTargetTables, on: conn)
            return try await target.resetSequences(on: conn).count
        }
        report(.committed(sequencesReset: resetCount))

        if let text = target as Any as? any TextStore {
            report(.indexRebuilt(petitions: try await text.rebuildTextIndex()))
        } else {
            report(.indexNotRebuilt(reason: "this PostgreSQL adapter has no search index yet"))
        }
        return try await verify(plans, report)
    }

    /// Compares the catalogs and orders the tables.
    func plan() async throws -> [Plan] {
        let (shapes, _) = try await source.exportShapes()
        let catalog = try await target.copyCatalog()
        let sourceNames = Set(shapes.map(\.name))
        let onlySource = sourceNames.subtracting(catalog.keys).sorted()
        guard onlySource.isEmpty else { throw CopyFailure.tablesOnlyInSource(onlySource) }
        let onlyTarget = Set(catalog.keys).subtracting(sourceNames).subtracting(Self.targetOnlyTables).sorted()
        guard onlyTarget.isEmpty else { throw CopyFailure.tablesOnlyInTarget(onlyTarget) }
        var missing: [String] = []
        var plans: [Plan] = []
        for shape in TableShape.dependencyOrder(shapes) {
            let targetColumns = catalog[shape.name] ?? []
            var columns: [CopyColumn] = []
            for name in shape.columns {
                if let column = targetColumns.first(where: { $0.name == name }) {
                    columns.append(column)
                } else {
                    missing.append("\(shape.name).\(name)")
                }
            }
            let kinds = shape.orderColumns.map { name in columns.first { $0.name == name }?.kind ?? .text }
            plans.append(Plan(shape: shape, columns: columns, orderKinds: kinds))
        }
        guard missing.isEmpty else { throw CopyFailure.columnsOnlyInSource(missing) }
        return plans
    }

    /// Reads the source table in batches, in key order, as canonical values for the target's columns.
    func forEachSourceBatch(_ plan: Plan, _ body: ([[CellValue]]) async throws -> Void) async throws {
        let limit = max(1, min(batchSize, 60_000 / max(1, plan.columns.count)))
        let keyIndexes = plan.shape.orderColumns.compactMap { plan.shape.columns.firstIndex(of: $0) }
        var after: [CellValue]? = nil
        var skip = 0
        while true {
            let raw = try await source.exportRows(plan.shape, columns: plan.shape.columns, after: after, skip: skip, limit: limit)
            if raw.isEmpty { return }
            let rows = try raw.map { row in
                try zip(plan.columns, row).map { column, value in try column.canonical(value, table: plan.shape.name) }
            }
            try await body(rows)
            after = keyIndexes.map { raw[raw.count - 1][$0] }
            skip += raw.count
            if raw.count < limit { return }
        }
    }

    /// Fills `attachment_bytes` from the files the SQLite store keeps beside its database.
    func copyAttachmentBytes(plans: [Plan], on conn: PostgresConnection, _ report: @Sendable (Event) -> Void) async throws {
        guard let plan = plans.first(where: { $0.shape.name == "attachments" }) else { return }
        let columns = [CopyColumn(name: "petition_id", kind: .integer), CopyColumn(name: "position", kind: .integer),
                       CopyColumn(name: "bytes", kind: .blob)]
        let total = try await source.exportCount(plan.shape)
        report(.tableStarted(Self.attachmentBytes, total: total))
        var copied = 0
        try await forEachAttachment(plan) { rows in
            try await target.insert(Self.attachmentBytes, columns: columns, rows: rows, on: conn)
            copied += rows.count
            report(.rowsCopied(Self.attachmentBytes, copied: copied, total: total))
        }
        report(.tableFinished(Self.attachmentBytes, rows: copied))
    }

    /// The attachments as `attachment_bytes` rows (petition, position, the file's bytes), in key order,
    /// a few at a time (files can be large).
    func forEachAttachment(_ plan: Plan, _ body: ([[CellValue]]) async throws -> Void) async throws {
        var shape = plan.shape
        shape.columns = ["petition_id", "position", "stored_name"]
        guard shape.primaryKey == ["petition_id", "position"] else { throw CopyFailure.columnsOnlyInSource(["attachments (key)"]) }
        var after: [CellValue]? = nil
        while true {
            let raw = try await source.exportRows(shape, columns: shape.columns, after: after, skip: 0, limit: 20)
            if raw.isEmpty { return }
            var rows: [[CellValue]] = []
            for row in raw {
                guard case .text(let stored) = row[2] else { throw CopyFailure.missingAttachmentFile("\(row)") }
                let bytes: [UInt8]
                do { bytes = try source.attachmentFileBytes(storedName: stored) } catch {
                    throw CopyFailure.missingAttachmentFile(stored)
                }
                rows.append([row[0], row[1], .blob(bytes)])
            }
            try await body(rows)
            after = [raw[raw.count - 1][0], raw[raw.count - 1][1]]
            if raw.count < 20 { return }
        }
    }
}
