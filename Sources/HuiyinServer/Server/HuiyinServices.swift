import HuiyinDomain
import HuiyinStore

/// What the handlers need, built once at start-up.
public struct HuiyinServices: Sendable {
    public let store: any HuiyinStore
    public let configuration: ConfigurationHolder
    public let clock: any HuiyinClock
    public let petitions: PetitionService
    public let tokens: TokenService
    /// Text intelligence, shared by the API and the pages (one classifier cache); nil when the store has none.
    public let text: TextService?

    public init(store: any HuiyinStore, configuration: ConfigurationHolder, clock: any HuiyinClock) {
        self.store = store
        self.configuration = configuration
        self.clock = clock
        petitions = PetitionService(store: store, configuration: configuration, clock: clock)
        tokens = TokenService(store: store, clock: clock)
        text = (store as? any TextStore).map { TextService(store: $0, configuration: configuration, clock: clock) }
    }

    /// Loads the configuration from the store.
    public static func load(store: any HuiyinStore, clock: any HuiyinClock = SystemClock()) async throws -> HuiyinServices {
        let config = try await CountyConfiguration.load(from: store)
        return HuiyinServices(store: store, configuration: ConfigurationHolder(config), clock: clock)
    }
}
