import HuiyinStore

extension DatabaseCopy {
    /// Counts and checksums every copied table on both sides, reading both databases again.
    func verify(_ plans: [Plan], _ report: @Sendable (Event) -> Void) async throws -> [TableCheck] {
        var checks: [TableCheck] = []
        for plan in plans {
            report(.verifying(plan.shape.name))
            var sourceSum = TableChecksum()
            try await forEachSourceBatch(plan) { rows in for row in rows { sourceSum.add(row) } }
            let targetSum = try await targetChecksum(plan)
            checks.append(TableCheck(table: plan.shape.name, sourceRows: sourceSum.rows, targetRows: targetSum.rows,
                                     sourceChecksum: sourceSum.hex(), targetChecksum: targetSum.hex()))
        }
        if let attachments = plans.first(where: { $0.shape.name == "attachments" }) {
            report(.verifying(Self.attachmentBytes))
            var sourceSum = TableChecksum()
            try await forEachAttachment(attachments) { rows in for row in rows { sourceSum.add(row) } }
            let bytesPlan = Plan(
                shape: TableShape(name: Self.attachmentBytes, columns: ["petition_id", "position", "bytes"],
                                  primaryKey: ["petition_id", "position"]),
                columns: [CopyColumn(name: "petition_id", kind: .integer), CopyColumn(name: "position", kind: .integer),
                          CopyColumn(name: "bytes", kind: .blob)],
                orderKinds: [.integer, .integer])
            let targetSum = try await targetChecksum(bytesPlan, batch: 20)
            checks.append(TableCheck(table: Self.attachmentBytes, sourceRows: sourceSum.rows, targetRows: targetSum.rows,
                                     sourceChecksum: sourceSum.hex(), targetChecksum: targetSum.hex()))
        }
        return checks
    }

    /// The checksum of a table as PostgreSQL holds it, read in the source's key order.
    func targetChecksum(_ plan: Plan, batch: Int? = nil) async throws -> TableChecksum {
        let limit = batch ?? max(1, min(batchSize, 60_000 / max(1, plan.columns.count)))
        let keyIndexes = plan.shape.orderColumns.compactMap { name in plan.columns.firstIndex { $0.name == name } }
        var sum = TableChecksum()
        var after: [CellValue]? = nil
        var skip = 0
        while true {
            let rows = try await target.copyRows(plan.shape, columns: plan.columns, orderKinds: plan.orderKinds,
                                                 after: after, skip: skip, limit: limit)
            for row in rows { sum.add(row) }
            if rows.count < limit { return sum }
            after = keyIndexes.map { rows[rows.count - 1][$0] }
            skip += rows.count
        }
    }
}

extension PostgresSchema {
    /// Tables the migrations fill with rows of their own (document templates): the copy replaces their
    /// rows instead of counting them as a sign of a database in use.
    static var seededTables: Set<String> {
        var tables: Set<String> = []
        for step in migrations {
            for sql in step.statements + step.seeds.map(\.sql) {
                let words = sql.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "(" })
                if words.count > 2, words[0].uppercased() == "INSERT", words[1].uppercased() == "INTO" {
                    tables.insert(String(words[2]))
                }
            }
        }
        return tables
    }
}
