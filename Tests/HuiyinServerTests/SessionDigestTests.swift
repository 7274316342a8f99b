@testable import HuiyinServer
import Testing

/// The session middleware hashes the cookie on every request with its own byte-level hex writer; it must
/// give exactly what sign-in stored (``TokenService/digest(_:)``), or every session would be lost.
@Suite("Session token digest")
struct SessionDigestTests {
    @Test("the page middleware's digest equals the token service's, for real tokens and odd input")
    func sameDigest() {
        let tokens = (0..<20).map { _ in Secrets.token() } + ["", "a", "令牌", String(repeating: "x", count: 128)]
        for token in tokens {
            #expect(WebSessionMiddleware.digest(token) == TokenService.digest(token))
            #expect(WebSessionMiddleware.digest(token).utf8.count == 64)
        }
        #expect(WebSessionMiddleware.digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
