import Foundation

/// Where "now" comes from. Rules never read the system clock; tests and the demo generator stand on
/// any date they like.
public protocol HuiyinClock: Sendable {
    func now() -> Date
}

public struct SystemClock: HuiyinClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that always answers the same instant.
public struct FixedClock: HuiyinClock {
    public var instant: Date
    public init(_ instant: Date) { self.instant = instant }
    public func now() -> Date { instant }
}
