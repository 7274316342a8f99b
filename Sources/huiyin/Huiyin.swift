import ArgumentParser
import Foundation

/// `huiyin`: the command line of the petition case-management system (回音).
@main
struct Huiyin: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "huiyin",
        abstract: "回音 Huiyin — 县级信访事项办理系统 (petition case management).",
        discussion: """
            Every petition has an owner, a deadline and a written answer (件件有着落、件件有回音).
            Start with `huiyin serve --demo` for a demo county on a local SQLite file.
            """,
        subcommands: [Serve.self, Migrate.self, CopyCommand.self, UserCommand.self, Deadline.self, CalendarCommand.self, DemoCommand.self, ReportCommand.self, ModelCommand.self, AnalyseCommand.self])
}

/// Options shared by the commands that open the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("database"), help: ArgumentHelp(
        "SQLite database file (created if missing), or a PostgreSQL address postgres://user:password@host:port/database "
            + "(serve, migrate, user, deadline sweep). Default: $HUIYIN_DATABASE_URL, else huiyin.sqlite.", valueName: "path-or-url"))
    var databaseArgument: String?

    /// `--database`, else `HUIYIN_DATABASE_URL`, else `huiyin.sqlite` (never printed as a default: it may hold a password).
    var database: String {
        databaseArgument ?? ProcessInfo.processInfo.environment["HUIYIN_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? "huiyin.sqlite"
    }
}
