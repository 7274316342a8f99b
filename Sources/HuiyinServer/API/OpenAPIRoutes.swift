import Foundation
import Hummingbird

/// Serves the OpenAPI 3.1 document that describes this API (`Resources/openapi.json`).
struct OpenAPIRoutes {
    static let document: ByteBuffer = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url) else { return ByteBuffer(string: "{}") }
        return ByteBuffer(bytes: data)
    }()

    func register(on group: RouterGroup<HuiyinContext>) {
        group.get("openapi.json") { _, _ -> Response in
            var headers = HTTPFields()
            headers[.contentType] = "application/json; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: Self.document))
        }
    }
}
