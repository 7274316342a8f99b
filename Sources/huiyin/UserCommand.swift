import ArgumentParser
import Foundation
import HuiyinDomain
import HuiyinServer
import HuiyinStore

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage staff accounts.", subcommands: [Add.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a staff account; the password is read from standard input.",
            discussion: "Roles: \(Role.allCases.map { "\($0.rawValue) (\($0.chineseName))" }.joined(separator: ", ")).")

        @OptionGroup var db: DatabaseOptions
        @Option(help: "Login name: 3–32 of a–z, 0–9, '.', '_', '-', starting with a letter.") var username: String
        @Option(help: "Role.") var role: String
        @Option(help: "Code of the unit the user belongs to.") var unit: String
        @Option(help: "Name shown in the history (defaults to the username).") var displayName: String?
        @Flag(help: "Read the password from standard input (required).") var passwordStdin = false

        func validate() throws {
            guard StaffUser.isValidUsername(username) else { throw ValidationError("用户名格式无效：\(username)") }
            guard Role(rawValue: role) != nil else {
                throw ValidationError("未知角色 \(role)；可用：\(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard passwordStdin else { throw ValidationError("请用 --password-stdin 从标准输入提供密码") }
        }

        func run() async throws {
            let database = try await CommandDatabase.open(db.database)  // SQLite or PostgreSQL
            defer { database.close() }
            let store = database.store
            guard let unitID = try await store.units().first(where: { $0.code == unit })?.id else {
                throw ValidationError("单位代码不存在：\(unit)")
            }
            guard let password = readLine(strippingNewline: true), !password.isEmpty else {
                throw ValidationError("标准输入中没有密码")
            }
            if let problem = Passwords.problem(with: password) { throw ValidationError(problem) }
            let hash = try await Passwords.hash(password)
            do {
                let user = try await store.insertUser(username: username, displayName: displayName ?? username,
                                                      role: Role(rawValue: role)!, unitID: unitID, passwordHash: hash)
                print("已创建用户 \(user.username)（\(user.role.chineseName)），id \(user.id)")
            } catch StoreError.duplicate {
                throw ValidationError("用户名已存在：\(username)")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List staff accounts.")
        @OptionGroup var db: DatabaseOptions

        func run() async throws {
            let database = try await CommandDatabase.open(db.database)  // SQLite or PostgreSQL
            defer { database.close() }
            let store = database.store
            let units = UnitDirectory(units: try await store.units())
            for u in try await store.users() {
                print("\(u.username)\t\(u.role.rawValue)\t\(units.unit(u.unitID)?.code ?? "")\t\(u.displayName)")
            }
        }
    }
}
