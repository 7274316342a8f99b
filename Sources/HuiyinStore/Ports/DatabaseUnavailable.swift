/// The database cannot be reached right now: the server is restarting, the network is down, or no
/// connection came free in time. The failed call was rolled back — unless the connection broke while
/// its COMMIT was under way, when it may have been applied: reload before retrying a write. The same
/// request may succeed a moment later. Adapters throw errors conforming to this protocol so that the server can answer
/// 503 (`database_unavailable`) without knowing the engine.
public protocol DatabaseUnavailable: Error, Sendable, CustomStringConvertible {
    /// Why, as the engine or the network said it (never a password).
    var reason: String { get }
}
