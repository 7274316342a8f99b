import HuiyinStore
import PostgresNIO

/// The database could not be reached or refused the login: said plainly, with the address (never the
/// password) and the reason PostgreSQL or the network gave. The server answers it with 503
/// (``DatabaseUnavailable``).
public struct PostgresUnavailable: DatabaseUnavailable {
    public var url: PostgresURL
    public var reason: String

    init(url: PostgresURL, reason: String) {
        self.url = url
        self.reason = reason
    }

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

    /// True when `error` says the server or the network went away, rather than that the statement was wrong:
    /// a connection that could not be made or was closed, a server shutting down or still starting, too
    /// many connections. Such a failure is temporary and answered with 503; any other is the caller's.
    static func isConnectionFailure(_ error: any Error) -> Bool {
        if error is ChannelError || error is IOError || error is GuardedQuery.ConnectionLost { return true }
        guard let e = error as? PSQLError else { return false }
        switch e.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed:
            return true
        case .server:
            // Class 08: connection exception; 57P01–57P03: admin/crash shutdown, cannot connect now
            // (starting up or recovering); 53300: too many connections.
            let state = e.serverInfo?[.sqlState] ?? ""
            return state.hasPrefix("08") || ["57P01", "57P02", "57P03", "53300"].contains(state)
        default:
            return false
        }
    }
}
