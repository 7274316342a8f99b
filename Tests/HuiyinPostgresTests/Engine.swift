import Foundation
import GRDB
@testable import HuiyinPostgres
@testable import HuiyinStore
import PostgresNIO
import Testing

/// The store ports both adapters implement so far (the conformance suite's subject).
typealias ConformingStore = PetitionStore & OrganisationStore & TokenStore & SessionStore & AccountStore & AuditStore
    & AdminStore & TemplateStore & PersonLookupStore & RatingStore & AttachmentStore & QueueStore & SupervisionStore & BacklogStore & CaseViewStore & TextStore & AnalysisStore

/// A database engine the conformance suite runs on: makes a new, empty, migrated store for one test.
struct Engine: Sendable, CustomStringConvertible {
    var description: String
    var make: @Sendable () async throws -> OpenStore

    /// A store and how to dispose of it.
    struct OpenStore: Sendable {
        var store: any ConformingStore
        var cleanup: @Sendable () async -> Void
    }

    /// The address of a PostgreSQL server for tests, from `HUIYIN_TEST_POSTGRES_URL`
    /// (start one with `scripts/postgres-test-server.sh start`).
    static let postgresURL: String? = {
        let url = ProcessInfo.processInfo.environment["HUIYIN_TEST_POSTGRES_URL"] ?? ""
        return url.isEmpty ? nil : url
    }()

    /// What a skipped PostgreSQL suite says.
    static let postgresSkipMessage: Comment = """
        PostgreSQL tests skipped: HUIYIN_TEST_POSTGRES_URL is not set. Run them with \
        `dir=$(mktemp -d); export HUIYIN_TEST_POSTGRES_URL=$(scripts/postgres-test-server.sh start $dir); swift test; \
        scripts/postgres-test-server.sh stop $dir` (needs Debian's postgresql; .ci/run does this).
        """

    /// SQLite on a temporary file.
    static let sqlite = Engine(description: "SQLite") {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("huiyin-conf-\(UUID().uuidString).sqlite").path
        let store = try SQLiteStore(path: path)
        return OpenStore(store: store) {
            try? store.close()
            for suffix in ["", "-wal", "-shm", ".attachments"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
    }

    /// PostgreSQL at ``postgresURL``, in a schema of its own that is dropped afterwards.
    static let postgres = Engine(description: "PostgreSQL") {
        guard let base = postgresURL else { throw PostgresURL.Invalid(description: "HUIYIN_TEST_POSTGRES_URL is not set") }
        let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let store = try await PostgresStore.open(base + (base.contains("?") ? "&" : "?") + "schema=\(schema)")
        return OpenStore(store: store) {
            try? await store.dropSchemaForTests()
            store.close()
        }
    }

    /// Runs raw SQL on the store's database, as someone editing it by hand would.
    func execute(_ store: any ConformingStore, _ sql: String) async throws {
        switch store {
        case let s as SQLiteStore: try await s.pool.write { try $0.execute(sql: sql) }
        case let p as PostgresStore: try await p.withConnection { try await p.execute(PostgresQuery(unsafeSQL: sql), on: $0) }
        default: Issue.record("unknown engine \(type(of: store))")
        }
    }
}
