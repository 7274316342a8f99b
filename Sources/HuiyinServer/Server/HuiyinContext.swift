import Foundation
import Hummingbird
import HuiyinDomain
import HuiyinStore

/// The request context: Hummingbird's core storage plus the signed-in staff member, if any.
public struct HuiyinContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by ``BearerAuthMiddleware`` for API calls.
    public var user: StaffUser?
    /// The peer's IP address, for rate limiting.
    public var remoteAddress: String?
    /// The browser session, set by ``WebSessionMiddleware`` on pages.
    public var session: WebSession?
    /// The interface language of pages.
    public var lang: Lang = .zh

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        user = nil
        remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Requests are small JSON documents; 1 MiB is generous and bounds memory.
    public var maxUploadSize: Int { 1 << 20 }

    public var requestDecoder: JSONDecoder { APIJSON.decoder }
    public var responseEncoder: JSONEncoder { APIJSON.encoder }

    /// The signed-in user, or a 401.
    public func requireUser() throws -> StaffUser {
        guard let user else { throw APIError(.unauthorized, code: "unauthenticated", message: "请先登录（缺少或无效的访问令牌）") }
        return user
    }
}

/// The JSON conventions of the API: camelCase keys, ISO 8601 instants, dates as `YYYY-MM-DD`.
public enum APIJSON {
    public static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.dateEncodingStrategy = .iso8601
        e.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return e
    }()

    public static let decoder: JSONDecoder = {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        return d
    }()
}
