import ArgumentParser
import Foundation
import HuiyinDemo
import HuiyinDomain
import HuiyinServer
import HuiyinStore
import Hummingbird
import Logging

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start the web server (JSON API under /api/v1).",
        discussion: """
            With --demo, an empty database is first filled with the demo county 青溪县 and its logins are printed.

            With --database postgres://user:password@host:port/database (or HUIYIN_DATABASE_URL) it runs on \
            PostgreSQL 15+, and several instances may serve one database behind a load balancer.
            """)

    @OptionGroup var db: DatabaseOptions
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080
    @Flag(help: "Load the demo county into an empty database and print the demo logins.") var demo = false
    @Option(help: "Number of demo petitions to generate.") var demoPetitions = 400

    func run() async throws {
        // Before anything else runs: request handlers then stay on the event loop that read the request.
        let onEventLoops = EventLoopExecutor.install()
        var logger = Logger(label: "huiyin")
        logger.logLevel = .info
        logger.info("executor", metadata: ["tasksOnEventLoops": "\(onEventLoops)"])
        let database = try await CommandDatabase.open(db.database)
        defer { database.close() }
        let store = database.store
        if demo, try await database.isEmpty() {
            print("正在生成演示数据（青溪县）… generating the demo county …")
            fflush(nil)
            let hash = try await Passwords.hash(DemoOrganisation.password)
            let summary = try await DemoCounty.seed(store: store, now: Date(), petitions: demoPetitions, passwordHash: hash)
            print("已生成 \(summary.petitions) 件信访件 / \(summary.petitions) petitions generated.")
        }
        let services = try await HuiyinServices.load(store: store)
        if let warning = services.configuration.current.calendar.missingYearWarning(today: LocalDate.inChina(Date())) {
            print("⚠️  \(warning)")
        }
        let users = try await store.users()
        print("""

            回音 Huiyin is running at http://\(host):\(port)/
              API:     http://\(host):\(port)/api/v1  (OpenAPI: /api/v1/openapi.json)
              Health:  http://\(host):\(port)/healthz
              Database: \(database.location)
            """)
        if demo {
            print("Demo logins (password for all: \(DemoOrganisation.password)):")
            let units = services.configuration.current.units
            for u in users.prefix(12) {
                print("  \(u.username.padding(toLength: 12, withPad: " ", startingAt: 0)) \(u.role.chineseName)（\(units.unit(u.unitID)?.name ?? "")）")
            }
            print("  … and xzNN.cb / xzNN.fz (township handler / head), bmNN.cb / bmNN.fz (department handler / head).")
        }
        fflush(nil)  // show the URL and logins at once, even when piped to a file
        let app = buildApplication(services, host: host, port: port, logger: logger)
        // The deadline sweep runs beside the server; the lease in the database makes it run once a day
        // however many instances share the database.
        let sweeper = Task { await DeadlineSweepJob(services: services, sender: LogNotificationSender(logger: logger), logger: logger).run() }
        defer { sweeper.cancel() }
        try await app.runService()
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create or upgrade the database schema.")
    @OptionGroup var db: DatabaseOptions

    func run() async throws {
        if Self.isPostgres(db.database) { return try await migratePostgres(db.database) }
        let store = try SQLiteStore(path: db.database)
        for name in try store.appliedMigrations() { print("applied: \(name)") }
        print("数据库已是最新结构 / schema up to date: \(db.database)")
    }
}
