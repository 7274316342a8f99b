import Foundation
import Hummingbird

extension Request {
    /// Decodes a JSON body with the API's own errors: 413 past the size limit, 400 with a Chinese
    /// message naming the field for malformed JSON (Hummingbird's `decode` answers in English).
    func decodeJSON<T: Decodable>(_ type: T.Type, context: HuiyinContext) async throws -> T {
        let buffer: ByteBuffer
        do {
            buffer = try await body.collect(upTo: context.maxUploadSize)
        } catch {
            throw APIError(.contentTooLarge, code: "too_large", message: "请求内容过大（上限 \(context.maxUploadSize / 1024) KB）")
        }
        do {
            return try APIJSON.decoder.decode(T.self, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            throw APIError.from(error)
        }
    }
}
