import Foundation

/// A PostgreSQL server of one test's own, started by `scripts/postgres-test-server.sh` in a temporary folder,
/// which the test may crash and start again (the shared test server is never touched).
/// `HUIYIN_PG_PORT` picks its port; otherwise a free one.
struct ThrowawayPostgres: Sendable {
    let directory: String
    let url: String

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/postgres-test-server.sh").path

    static func start() async throws -> ThrowawayPostgres {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("huiyin-pg-\(UUID().uuidString.prefix(8))").path
        let url = try await run("start", directory).trimmingCharacters(in: .whitespacesAndNewlines)
        return ThrowawayPostgres(directory: directory, url: url)
    }

    /// Stops the server abruptly, as a crash would (`pg_ctl stop -m immediate`).
    func crash() async throws { try await Self.run("crash", directory) }

    /// Starts it again on the same port (recovering from the WAL).
    func resume() async throws { try await Self.run("resume", directory) }

    /// Stops it and deletes its folder.
    func stop() async { _ = try? await Self.run("stop", directory) }

    /// Runs the script and returns what it printed. Spawned with `posix_spawn` and reaped by `waitpid` on a
    /// thread of its own: Foundation's `Process` never saw the script end inside the test runner (its
    /// `waitUntilExit()` and termination handler hung). The output goes to a file, not a pipe, so that the
    /// server the script leaves running holds nothing open.
    @discardableResult
    static func run(_ command: String, _ directory: String) async throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("huiyin-pg-out-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let line = "exec bash '\(script)' \(command) '\(directory)' > '\(output)' < /dev/null"
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                var pid: pid_t = 0
                let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/bash"), strdup("-c"), strdup(line), nil]
                defer { for a in argv { free(a) } }
                let spawned = posix_spawn(&pid, "/bin/bash", nil, nil, argv, environ)
                guard spawned == 0 else {
                    continuation.resume(throwing: ScriptFailed(description: "posix_spawn failed: \(spawned)"))
                    return
                }
                var raw: Int32 = 0
                while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
                // Exited normally: the exit code; otherwise (a signal) a failure.
                continuation.resume(returning: (raw & 0x7F) == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F))
            }
        }
        guard status == 0 else {
            throw ScriptFailed(description: "postgres-test-server.sh \(command) exited with \(status)")
        }
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    struct ScriptFailed: Error, CustomStringConvertible { var description: String }
}
