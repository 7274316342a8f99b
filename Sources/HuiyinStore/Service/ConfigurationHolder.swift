import HuiyinDomain
import Synchronization

/// Holds the current ``CountyConfiguration``; replaced whole when an administrator edits it.
public final class ConfigurationHolder: Sendable {
    private let value: Mutex<CountyConfiguration>

    public init(_ configuration: CountyConfiguration) {
        value = Mutex(configuration)
    }

    public var current: CountyConfiguration { value.withLock { $0 } }

    public func replace(_ configuration: CountyConfiguration) {
        value.withLock { $0 = configuration }
    }
}
