/// A `multipart/form-data` body (RFC 7578), parsed strictly and within limits: the online petition
/// form posts text fields and up to three files this way.
///
/// Only what browsers send is accepted: a boundary from the content type, parts with a
/// `Content-Disposition: form-data; name=…` header, CRLF line ends. Anything else is ``Failure/malformed``.
/// Text fields become a ``FormData``; files keep their bytes, the name the device gave them and nothing
/// more (the declared content type is ignored: the type is decided from the bytes).
struct MultipartForm: Sendable {
    /// One uploaded file.
    struct File: Sendable {
        var field: String
        var fileName: String
        var bytes: [UInt8]
    }

    struct Limits: Sendable {
        var maxParts = 60
        var maxHeaderBytes = 2048
        var maxFieldBytes = 64 * 1024
        var maxFileBytes = 10 * 1024 * 1024
        var maxFiles = 3
    }

    enum Failure: Error, Equatable {
        case malformed
        case tooManyParts
        case fieldTooLarge(String)
        case fileTooLarge(String)
        case tooManyFiles
    }

    var fields: FormData
    var files: [File]

    /// The boundary of a `multipart/form-data` content type, or nil for any other type.
    static func boundary(contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { String($0).trimmingWhitespace }
        guard let kind = parts.first, kind.lowercased() == "multipart/form-data" else { return nil }
        for p in parts.dropFirst() {
            let kv = p.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, String(kv[0]).trimmingWhitespace.lowercased() == "boundary" else { continue }
            var value = String(kv[1]).trimmingWhitespace
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            guard (1...70).contains(value.utf8.count), value.utf8.allSatisfy({ $0 > 32 && $0 < 127 }) else { return nil }
            return value
        }
        return nil
    }

    init(body: [UInt8], boundary: String, limits: Limits = Limits()) throws(Failure) {
        let delimiter = Array(("--" + boundary).utf8)
        let crlf: [UInt8] = [13, 10]
        var names: [(String, String)] = []
        var files: [File] = []
        guard var at = Self.find(delimiter, in: body, from: 0) else { throw .malformed }
        at += delimiter.count
        var parts = 0
        while true {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            guard at + 2 <= body.count else { throw .malformed }
            if body[at] == UInt8(ascii: "-"), body[at + 1] == UInt8(ascii: "-") { break }
            guard body[at] == 13, body[at + 1] == 10 else { throw .malformed }
            at += 2
            parts += 1
            guard parts <= limits.maxParts else { throw .tooManyParts }
            guard let headerEnd = Self.find(crlf + crlf, in: body, from: at, limit: limits.maxHeaderBytes) else { throw .malformed }
            let header = try Self.header(String(decoding: body[at..<headerEnd], as: UTF8.self))
            let contentStart = headerEnd + 4
            guard let next = Self.find(crlf + delimiter, in: body, from: contentStart) else { throw .malformed }
            let size = next - contentStart
            if let fileName = header.fileName {
                // An empty file input is sent as an empty part: no file chosen.
                if size > 0 {
                    guard size <= limits.maxFileBytes else { throw .fileTooLarge(fileName) }
                    guard files.count < limits.maxFiles else { throw .tooManyFiles }
                    files.append(File(field: header.name, fileName: fileName, bytes: Array(body[contentStart..<next])))
                }
            } else {
                guard size <= limits.maxFieldBytes else { throw .fieldTooLarge(header.name) }
                names.append((header.name, String(decoding: body[contentStart..<next], as: UTF8.self)))
            }
            at = next + 2 + delimiter.count
        }
        fields = FormData(names.map { FormData.encode($0.0) + "=" + FormData.encode($0.1) }.joined(separator: "&"))
        self.files = files
    }

    /// The name and file name of a part, from its `Content-Disposition` header.
    private static func header(_ text: String) throws(Failure) -> (name: String, fileName: String?) {
        for line in text.split(separator: "\r\n", omittingEmptySubsequences: true) {
            let colon = line.split(separator: ":", maxSplits: 1)
            guard colon.count == 2, String(colon[0]).trimmingWhitespace.lowercased() == "content-disposition" else { continue }
            let params = colon[1].split(separator: ";").map { String($0).trimmingWhitespace }
            guard params.first?.lowercased() == "form-data" else { throw .malformed }
            var name: String?
            var fileName: String?
            for p in params.dropFirst() {
                let kv = p.split(separator: "=", maxSplits: 1)
                guard kv.count == 2 else { continue }
                var value = String(kv[1])
                if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
                switch String(kv[0]).trimmingWhitespace.lowercased() {
                case "name": name = value
                case "filename": fileName = cleanFileName(value)
                default: break
                }
            }
            guard let name, !name.isEmpty else { throw .malformed }
            return (name, fileName)
        }
        throw .malformed
    }

    /// The last path component, without control characters, at most 100 characters: only ever shown.
    static func cleanFileName(_ raw: String) -> String {
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let visible = String(String.UnicodeScalarView(last.unicodeScalars.filter { $0.value >= 32 && $0.value != 127 }))
        return String(visible.prefix(100))
    }

    /// The offset of `needle` in `haystack` at or after `from` (and, with `limit`, starting within
    /// `limit` bytes of it), or nil.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int, limit: Int? = nil) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var last = haystack.count - needle.count
        if let limit { last = min(last, from + limit) }
        guard from <= last else { return nil }
        return haystack.withUnsafeBufferPointer { h -> Int? in
            var i = from
            outer: while i <= last {
                if h[i] != first { i += 1; continue }
                for k in 1..<needle.count where h[i + k] != needle[k] {
                    i += 1
                    continue outer
                }
                return i
            }
            return nil
        }
    }
}
