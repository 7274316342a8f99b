import ArgumentParser
import Foundation
import HuiyinDemo
import HuiyinServer
import HuiyinStore

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Demo data: fill an empty database, or enlarge one for load tests.",
        subcommands: [Seed.self, Enlarge.self])

    struct Seed: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Fill an empty database with the demo county 青溪县.")
        @OptionGroup var db: DatabaseOptions
        @Option(help: "Number of petitions.") var petitions = 400

        func run() async throws {
            let database = try await CommandDatabase.open(db.database)
            defer { database.close() }
            let store = database.store
            guard try await database.isEmpty() else { throw ValidationError("数据库不为空：\(database.location)") }
            let hash = try await Passwords.hash(DemoOrganisation.password)
            let summary = try await DemoCounty.seed(store: store, now: Date(), petitions: petitions, passwordHash: hash)
            print("已生成 \(summary.petitions) 件信访件：" + summary.byState.sorted { $0.value > $1.value }
                .map { "\($0.key.chineseName) \($0.value)" }.joined(separator: "，"))
        }
    }

    struct Enlarge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy a demo database's petitions until it holds --to petitions (for load tests only).")
        @OptionGroup var db: DatabaseOptions
        @Option(help: "Target number of petitions.") var to = 100_000

        func run() async throws {
            let store = try SQLiteStore(path: db.database)
            let started = Date()
            let total = try await store.enlargeForLoadTesting(to: to) { n in
                print("\r\(n) / \(to)", terminator: "")
                fflush(nil)
            }
            print("\n共 \(total) 件，用时 \(Int(Date().timeIntervalSince(started))) 秒")
        }
    }
}
