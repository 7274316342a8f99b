import Foundation
import HuiyinDomain
import HuiyinStore

/// Checks a username and password, with lock-out after repeated failures. Used by the sign-in page and
/// by `POST /api/v1/tokens`, so both count the same failures.
public struct SignInService: Sendable {
    public enum Outcome: Sendable, Equatable {
        case success(StaffUser)
        case badCredentials
        case locked(until: Date)
    }

    let store: any OrganisationStore & AccountStore
    let clock: any HuiyinClock
    /// Five wrong passwords in a row lock the account for fifteen minutes.
    public static let maxFailures = 5
    public static let lockDuration: TimeInterval = 15 * 60

    public init(store: any OrganisationStore & AccountStore, clock: any HuiyinClock) {
        self.store = store
        self.clock = clock
    }

    public func check(username: String, password: String) async throws -> Outcome {
        let now = clock.now()
        guard let (user, hash) = try await store.credentials(username: username.lowercased()) else {
            // Spend the same time as a real check, so response times do not reveal which usernames exist.
            _ = try await Passwords.verify(password, hash: TokenService.dummyHash)
            return .badCredentials
        }
        if let until = try await store.lockedUntil(userID: user.id, now: now) { return .locked(until: until) }
        guard try await Passwords.verify(password, hash: hash), user.active else {
            let record = try await store.recordLoginFailure(userID: user.id, now: now, maxFailures: Self.maxFailures,
                                                            lockFor: Self.lockDuration)
            if case .locked(let until) = record { return .locked(until: until) }
            return .badCredentials
        }
        try await store.resetLoginFailures(userID: user.id)
        return .success(user)
    }

    /// The Chinese message for a failed outcome.
    public static func message(_ outcome: Outcome, lang: Lang = .zh) -> String {
        switch outcome {
        case .success: ""
        case .badCredentials: lang.t("用户名或密码错误")
        case .locked(let until):
            lang.t("密码错误次数过多，账号已锁定，请于以下时间后再试：") + WebFormat.time(until)
        }
    }
}

/// Random tokens and their digests.
enum Secrets {
    static func token(bytes count: Int = 32) -> String {
        var rng = SystemRandomNumberGenerator()
        let bytes = (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &rng) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
