import Foundation
import HuiyinDomain
import Synchronization

/// A clock the demo generator moves forward as it plays each petition's story.
public final class MutableClock: HuiyinClock {
    private let instant: Mutex<Date>

    public init(_ start: Date) { instant = Mutex(start) }

    public func now() -> Date { instant.withLock { $0 } }

    public func set(_ date: Date) { instant.withLock { $0 = date } }
}
