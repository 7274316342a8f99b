import Foundation
import Hummingbird

/// `/static/…`: the stylesheet and icons, loaded once from the bundle and cached by browsers.
struct StaticRoutes {
    static let files: [String: (type: String, body: ByteBuffer)] = {
        var files: [String: (String, ByteBuffer)] = [:]
        for (name, type) in [("huiyin.css", "text/css; charset=utf-8"), ("favicon.svg", "image/svg+xml"), ("huiyin.js", "text/javascript; charset=utf-8")] {
            let parts = name.split(separator: ".")
            if let url = Bundle.module.url(forResource: String(parts[0]), withExtension: String(parts[1]), subdirectory: "Resources/static"),
               let data = try? Data(contentsOf: url) {
                files[name] = (type, ByteBuffer(bytes: data))
            }
        }
        return files
    }()

    func register(on router: Router<HuiyinContext>) {
        router.get("static/{file}") { _, context -> Response in
            guard let name = context.parameters.get("file"), let file = Self.files[name] else { throw WebError.notFound }
            var headers = HTTPFields()
            headers[.contentType] = file.type
            headers[.cacheControl] = "public, max-age=3600"
            headers[.init("X-Content-Type-Options")!] = "nosniff"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: file.body))
        }
    }
}
