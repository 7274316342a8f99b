import ArgumentParser
import Foundation
import HuiyinPostgres
import HuiyinStore

/// `huiyin copy --from sqlite:PATH --to postgres://…`: moves a county's database onto PostgreSQL.
struct CopyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole SQLite database into a new, empty PostgreSQL database and verify it.",
        discussion: """
            Migrates the target, refuses it unless it is empty, copies every table in one transaction (nothing is
            left behind if it fails), resets the id sequences, rebuilds the search index, then compares every table's
            row count and SHA-256 checksum on both sides and prints them. Exits non-zero on any difference.
            Stop the Huiyin server that uses the SQLite file first.
            Example: huiyin copy --from sqlite:huiyin.sqlite --to postgres://huiyin:secret@db.example:5432/huiyin
            """)

    @Option(help: ArgumentHelp("The SQLite database: sqlite:PATH (or just PATH).", valueName: "sqlite:path"))
    var from: String
    @Option(help: ArgumentHelp("The PostgreSQL database: postgres://user:password@host:port/database[?schema=name].",
                               valueName: "postgres-url"))
    var to: String
    @Option(help: "Rows per INSERT statement.") var batchSize = 1000

    func validate() throws {
        guard PostgresURL.isPostgres(to) else { throw ValidationError("--to must be a postgres:// address") }
        guard batchSize > 0 else { throw ValidationError("--batch-size must be positive") }
    }

    func run() async throws {
        let path = from.hasPrefix("sqlite:") ? String(from.dropFirst("sqlite:".count)) : from
        guard FileManager.default.fileExists(atPath: path) else { throw CopyFailure.sourceMissing(path) }
        let source = try SQLiteStore(path: path)
        defer { try? source.close() }
        let target = try await PostgresStore.open(to)
        defer { target.close() }
        print("复制 / copying \(path) → \(target.url)")
        var copy = DatabaseCopy(source: source, target: target)
        copy.batchSize = batchSize
        let progress = CopyProgress(terminal: isatty(STDOUT_FILENO) == 1)
        let checks = try await copy.run { progress.show($0) }
        progress.finish()
        Self.printChecks(checks)
        let failed = checks.filter { !$0.matches }.map(\.table)
        if !failed.isEmpty {
            print(CopyFailure.verificationFailed(failed).description)
            throw ExitCode(2)
        }
        print("复制完成，各表行数与校验和一致 / copy complete: every table's row count and checksum match")
    }

    static func printChecks(_ checks: [DatabaseCopy.TableCheck]) {
        let width = max(24, (checks.map(\.table.count).max() ?? 0) + 2)
        func pad(_ s: String, _ n: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, n - s.count))
            return left ? fill + s : s + fill
        }
        print(pad("表 table", width) + pad("SQLite", 10, left: true) + pad("PostgreSQL", 12, left: true) + "  SHA-256")
        for c in checks {
            let sum = c.sourceChecksum == c.targetChecksum ? String(c.sourceChecksum.prefix(16))
                : "\(c.sourceChecksum.prefix(16)) ≠ \(c.targetChecksum.prefix(16))"
            print(pad(c.table, width) + pad("\(c.sourceRows)", 10, left: true) + pad("\(c.targetRows)", 12, left: true)
                  + "  " + sum + (c.matches ? "  一致 ok" : "  不一致 MISMATCH"))
        }
    }
}

/// The progress of a copy: on a terminal one line per table whose count and bar update in place; otherwise
/// (a log, a pipe) one plain line per table when it is done.
final class CopyProgress: @unchecked Sendable {
    let terminal: Bool
    private let lock = NSLock()
    private var lastDraw = Date.distantPast

    init(terminal: Bool) { self.terminal = terminal }

    func show(_ event: DatabaseCopy.Event) {
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .tableStarted(let table, let total):
            if terminal { draw(table, 0, total, force: true) }
        case .rowsCopied(let table, let copied, let total):
            if terminal { draw(table, copied, total, force: copied == total) }
        case .tableFinished(let table, let rows):
            if terminal {
                draw(table, rows, rows, force: true)
                print("")
            } else {
                print("  \(table): \(rows) rows")
            }
        case .committed(let sequences):
            print("已提交 / committed (\(sequences) sequences reset)")
        case .indexRebuilt(let petitions):
            print("已重建检索索引 / search index rebuilt: \(petitions) petitions")
        case .indexNotRebuilt(let reason):
            print("检索索引未重建 / search index not rebuilt: \(reason)")
        case .verifying(let table):
            if terminal {
                print("\r\u{1B}[2K校验 / verifying \(table)…", terminator: "")
            }
        }
        fflush(nil)  // every output stream: stdout cannot be named under strict concurrency
    }

    /// Clears the last "verifying" line on a terminal.
    func finish() {
        if terminal { print("\r\u{1B}[2K", terminator: "") }
    }

    /// `  petitions   [##########··········]  12000/24000`, redrawn at most ten times a second.
    private func draw(_ table: String, _ done: Int, _ total: Int, force: Bool) {
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let width = 30
        let filled = total == 0 ? width : min(width, done * width / max(total, 1))
        let bar = String(repeating: "#", count: filled) + String(repeating: "·", count: width - filled)
        let name = table.padding(toLength: max(24, table.count), withPad: " ", startingAt: 0)
        print("\r\u{1B}[2K  \(name) [\(bar)] \(done)/\(total)", terminator: "")
    }
}
