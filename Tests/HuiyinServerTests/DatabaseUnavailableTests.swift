import Hummingbird
import HummingbirdTesting
@testable import HuiyinServer
import HuiyinStore
import Testing

/// While the database is unreachable, every request is answered 503 at once — JSON under `/api/`, a
/// readable page elsewhere — never a 500 or a hang.
@Suite("Database unavailable: 503")
struct DatabaseUnavailableTests {
    struct Outage: DatabaseUnavailable {
        var reason = "connection refused"
        var description: String { "无法连接数据库 / cannot connect: \(reason)" }
    }

    static func app() -> some ApplicationProtocol {
        let router = Router(context: HuiyinContext.self)
        router.add(middleware: ErrorMiddleware())
        router.get("/api/v1/petitions") { _, _ -> String in throw Outage() }
        router.post("/cases/1/actions") { _, _ -> String in throw Outage() }
        router.get("/cases") { _, _ -> String in throw Outage() }
        return Application(router: router)
    }

    @Test("the API answers 503 database_unavailable with Retry-After")
    func api() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/api/v1/petitions", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "5")
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let body = String(buffer: response.body)
                #expect(body.contains("\"code\":\"database_unavailable\""))
                #expect(!body.contains("connection refused"))  // internals stay in the log
            }
        }
    }

    @Test("pages answer 503 with a readable page: reload for a GET, back to the workbench after a POST")
    func page() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/cases?page=2", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "5")
                let body = String(buffer: response.body)
                #expect(body.contains("<h1>系统暂时无法使用</h1>"))
                #expect(body.contains("href=\"/cases?page=2\""))
            }
            try await client.execute(uri: "/cases/1/actions?lang=en", method: .post) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(String(buffer: response.body).contains("href=\"/\""))
            }
        }
    }
}
