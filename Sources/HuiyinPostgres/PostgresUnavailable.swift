import PostgresNIO

/// The database could not be reached or refused the login: said plainly, with the address (never the
/// password) and the reason PostgreSQL or the network gave.
public struct PostgresUnavailable: Error, Sendable, CustomStringConvertible {
    public var url: PostgresURL
    public var reason: String

    init(url: PostgresURL, error: any Error) {
        self.url = url
        if let e = error as? PSQLError {
            if let message = e.serverInfo?[.message] {
                reason = message
            } else if let underlying = e.underlying {
                reason = String(describing: underlying)
            } else {
                reason = String(describing: e.code)
            }
        } else {
            reason = String(describing: error)
        }
    }

    public var description: String { "无法连接数据库 / cannot connect to \(url): \(reason)" }
}
