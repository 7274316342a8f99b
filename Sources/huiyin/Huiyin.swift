import ArgumentParser

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
        subcommands: [Serve.self, Migrate.self, UserCommand.self, Deadline.self, CalendarCommand.self, DemoCommand.self, ReportCommand.self, ModelCommand.self])
}

/// Options shared by the commands that open the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("SQLite database file (created if missing).", valueName: "path"))
    var database: String = "huiyin.sqlite"
}
