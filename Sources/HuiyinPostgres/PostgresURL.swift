import Foundation
import PostgresNIO

/// A database address `postgres://user:password@host:port/database[?sslmode=disable|prefer|require]`,
/// parsed into PostgresNIO's client configuration.
public struct PostgresURL: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String
    public var sslMode: SSLMode
    /// The schema Huiyin's tables live in (`?schema=name`; PostgreSQL's `search_path`), e.g. one per county
    /// on a shared server, or one per test. Nil: the server's default (`public`).
    public var schema: String?

    /// How the connection is encrypted; `disable` by default (a server on the same host or network).
    public enum SSLMode: String, Sendable, Hashable { case disable, prefer, require }

    /// Errors in the address, with a message for the operator.
    public struct Invalid: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// True when `text` names a PostgreSQL database (`postgres://` or `postgresql://`).
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    public init(_ text: String) throws {
        guard Self.isPostgres(text), let c = URLComponents(string: text) else {
            throw Invalid(description: "not a PostgreSQL address (postgres://user:password@host:port/database): \(text)")
        }
        guard let host = c.host, !host.isEmpty else { throw Invalid(description: "the address has no host") }
        guard let user = c.user, !user.isEmpty else { throw Invalid(description: "the address has no user name") }
        let db = String(c.path.drop(while: { $0 == "/" }))
        guard !db.isEmpty else { throw Invalid(description: "the address has no database name") }
        self.host = host
        self.port = c.port ?? 5432
        self.username = user.removingPercentEncoding ?? user
        self.password = c.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = db.removingPercentEncoding ?? db
        let mode = c.queryItems?.first { $0.name == "sslmode" }?.value ?? "disable"
        guard let ssl = SSLMode(rawValue: mode) else {
            throw Invalid(description: "sslmode must be disable, prefer or require (got \(mode))")
        }
        self.sslMode = ssl
        self.schema = c.queryItems?.first { $0.name == "schema" }?.value
        if let schema, schema.isEmpty || !schema.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) {
            throw Invalid(description: "schema must be letters, digits and underscores (got \(schema))")
        }
    }

    /// The address without the password, for logs.
    public var description: String {
        "postgres://\(username)@\(host):\(port)/\(database)" + (schema.map { "?schema=\($0)" } ?? "")
    }

    /// PostgresNIO's client configuration for this address.
    public var clientConfiguration: PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS = switch sslMode {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
        var config = PostgresClient.Configuration(host: host, port: port, username: username, password: password,
                                                  database: database, tls: tls)
        config.options.maximumConnections = 20
        if let schema { config.options.additionalStartupParameters = [("search_path", schema)] }
        return config
    }

    /// The configuration of one direct connection (used to check the server before the pool starts).
    public func connectionConfiguration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS = switch sslMode {
        case .disable: .disable
        case .prefer: .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
        var config = PostgresConnection.Configuration(host: host, port: port, username: username, password: password,
                                                      database: database, tls: tls)
        config.options.connectTimeout = .seconds(10)
        return config
    }
}
