import HummingbirdBcrypt
import NIOPosix

/// Password hashing with bcrypt. Hashing is slow on purpose, so it runs on NIO's thread pool rather
/// than on the cooperative threads that serve requests.
public enum Passwords {
    /// Cost 11: about a tenth of a second here — slow for an attacker, bearable at sign-in.
    public static let cost: UInt8 = 11

    public static func hash(_ password: String, cost: UInt8 = Passwords.cost) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public static func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// A policy a county can live with: at least 8 characters, not all digits.
    public static func problem(with password: String) -> String? {
        if password.count < 8 { return "密码至少 8 位" }
        if password.count > 72 { return "密码不能超过 72 位" }
        if password.allSatisfy(\.isNumber) { return "密码不能全是数字" }
        return nil
    }
}
