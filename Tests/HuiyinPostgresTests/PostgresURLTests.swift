import HuiyinPostgres
import Testing

@Suite("PostgreSQL address")
struct PostgresURLTests {
    @Test("a full address is parsed, percent-escapes decoded, the password kept out of its description")
    func full() throws {
        let url = try PostgresURL("postgres://huiyin:p%40ss%2Fword@db.example.org:6543/qingxi?schema=county_370921&sslmode=require")
        #expect(url.host == "db.example.org")
        #expect(url.port == 6543)
        #expect(url.username == "huiyin")
        #expect(url.password == "p@ss/word")
        #expect(url.database == "qingxi")
        #expect(url.schema == "county_370921")
        #expect(url.sslMode == .require)
        #expect(url.description == "postgres://huiyin@db.example.org:6543/qingxi?schema=county_370921")
        #expect(!url.description.contains("p@ss"))
    }

    @Test("defaults: port 5432, no password, no TLS, the default schema")
    func defaults() throws {
        let url = try PostgresURL("postgresql://huiyin@127.0.0.1/huiyin")
        #expect(url.port == 5432)
        #expect(url.password == nil)
        #expect(url.sslMode == .disable)
        #expect(url.schema == nil)
        #expect(PostgresURL.isPostgres("postgres://x@y/z"))
        #expect(!PostgresURL.isPostgres("/var/lib/huiyin/huiyin.sqlite"))
    }

    @Test("an address without host, user or database, a wrong sslmode or an unsafe schema is refused",
          arguments: ["huiyin.sqlite", "postgres:///huiyin", "postgres://127.0.0.1/huiyin", "postgres://u@127.0.0.1",
                      "postgres://u@h/db?sslmode=maybe", "postgres://u@h/db?schema=a;DROP", "postgres://u@h/db?schema="])
    func refused(_ text: String) {
        #expect(throws: PostgresURL.Invalid.self) { try PostgresURL(text) }
    }
}
