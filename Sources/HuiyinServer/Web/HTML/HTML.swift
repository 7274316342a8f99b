import Hummingbird
import HuiyinDomain

/// A page being written: bytes appended in order, with every dynamic string escaped as it goes in.
///
/// Pages render on every request, so this stays near the floor (DESIGN.md, "Rendering near the floor"):
/// no template parsing, no intermediate strings, one buffer. Markup comes from string literals
/// (``raw(_:)``, trusted); anything else goes through ``text(_:)``, which escapes `& < > " '`.
public struct HTML: Sendable {
    /// The page so far, written straight into the buffer the response sends (no copy at the end).
    public private(set) var buffer: ByteBuffer

    /// The page so far, as an array.
    public var bytes: [UInt8] { Array(buffer.readableBytesView) }

    public init(capacity: Int = 32 * 1024) {
        buffer = ByteBufferAllocator().buffer(capacity: capacity)
    }

    /// Trusted markup from a literal.
    public mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { _ = buffer.writeBytes($0) }
    }

    /// Trusted markup built by code (never user input).
    public mutating func rawString(_ s: String) {
        buffer.writeString(s)
    }

    /// Escaped text, safe in element content and in double- or single-quoted attributes.
    public mutating func text(_ s: String) {
        var s = s
        s.withUTF8 { buf in
            var start = 0
            for i in 0..<buf.count {
                let rep: StaticString
                switch buf[i] {
                case UInt8(ascii: "&"): rep = "&amp;"
                case UInt8(ascii: "<"): rep = "&lt;"
                case UInt8(ascii: ">"): rep = "&gt;"
                case UInt8(ascii: "\""): rep = "&quot;"
                case UInt8(ascii: "'"): rep = "&#39;"
                default: continue
                }
                if i > start { buffer.writeBytes(UnsafeBufferPointer(rebasing: buf[start..<i])) }
                rep.withUTF8Buffer { _ = buffer.writeBytes($0) }
                start = i + 1
            }
            if start < buf.count { buffer.writeBytes(UnsafeBufferPointer(rebasing: buf[start...])) }
        }
    }

    /// A number's decimal digits, written straight into the page (nothing to escape).
    public mutating func text(_ n: Int) {
        if n < 0 { buffer.writeInteger(UInt8(ascii: "-")) }
        digits(n.magnitude, width: 1)
    }

    /// `value` in decimal, zero-padded to `width` digits.
    private mutating func digits(_ value: UInt, width: Int) {
        var scratch: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &scratch) { out in
            var v = value, i = out.count
            repeat {
                i -= 1
                out[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            } while v > 0 || out.count - i < width
            buffer.writeBytes(UnsafeRawBufferPointer(rebasing: out[i...]))
        }
    }

    /// A date the way the page's language writes it: `2026年10月8日`, or `2026-10-08` in English, written
    /// straight into the page (the same text as ``WebFormat/date(_:lang:)``).
    public mutating func date(_ d: LocalDate, lang: Lang) {
        if lang == .zh {
            text(d.year)
            raw("年")
            text(d.month)
            raw("月")
            text(d.day)
            raw("日")
        } else {
            isoDate(d)
        }
    }

    /// `2026-10-08` (for `datetime` attributes and English pages).
    public mutating func isoDate(_ d: LocalDate) {
        if d.year < 0 { buffer.writeInteger(UInt8(ascii: "-")) }
        digits(UInt(d.year.magnitude), width: 4)
        buffer.writeInteger(UInt8(ascii: "-"))
        digits(UInt(d.month), width: 2)
        buffer.writeInteger(UInt8(ascii: "-"))
        digits(UInt(d.day), width: 2)
    }

    /// Escaped text, or nothing for nil.
    public mutating func text(_ s: String?) {
        if let s { text(s) }
    }

    /// ` name="value"` with the value escaped.
    public mutating func attr(_ name: StaticString, _ value: String) {
        raw(" ")
        raw(name)
        raw("=\"")
        text(value)
        raw("\"")
    }

    /// `<tag attrs>…</tag>` around whatever `body` writes.
    public mutating func element(_ open: StaticString, _ close: StaticString, _ body: (inout HTML) -> Void) {
        raw(open)
        body(&self)
        raw(close)
    }

    /// Text with line breaks kept (`<br>`), escaped. A line ends at each `\n` that is a character of
    /// its own (so `\r\n`, one character in Swift, stays inside the line, as it always has here).
    public mutating func multiline(_ s: String) {
        var s = s
        s.withUTF8 { buf in
            var start = 0
            for i in 0..<buf.count {
                let rep: StaticString
                switch buf[i] {
                case UInt8(ascii: "&"): rep = "&amp;"
                case UInt8(ascii: "<"): rep = "&lt;"
                case UInt8(ascii: ">"): rep = "&gt;"
                case UInt8(ascii: "\""): rep = "&quot;"
                case UInt8(ascii: "'"): rep = "&#39;"
                case UInt8(ascii: "\n") where i == 0 || buf[i - 1] != UInt8(ascii: "\r"): rep = "<br>"
                default: continue
                }
                if i > start { buffer.writeBytes(UnsafeBufferPointer(rebasing: buf[start..<i])) }
                rep.withUTF8Buffer { _ = buffer.writeBytes($0) }
                start = i + 1
            }
            if start < buf.count { buffer.writeBytes(UnsafeBufferPointer(rebasing: buf[start...])) }
        }
    }

    /// The page as an HTTP response.
    public func response(status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        headers[.init("X-Frame-Options")!] = "DENY"
        headers[.init("Referrer-Policy")!] = "same-origin"
        headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'"
        return Response(status: status, headers: headers, body: .init(byteBuffer: buffer))
    }
}
