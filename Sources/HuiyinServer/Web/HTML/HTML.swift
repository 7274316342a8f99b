import Hummingbird
import HuiyinDomain

/// A page being written: bytes appended in order, with every dynamic string escaped as it goes in.
///
/// Pages render on every request, so this stays near the floor (DESIGN.md, "Rendering near the floor"):
/// no template parsing, no intermediate strings, one buffer. Markup comes from string literals
/// (``raw(_:)``, trusted); anything else goes through ``text(_:)``, which escapes `& < > " '`.
///
/// The bytes live in memory of its own, appended to by plain copies: a 50-row table makes thousands of
/// small writes, and a NIO `ByteBuffer` checks sharing, exclusive access and bounds on each one (measured
/// at 100k petitions: a quarter of a workbench request's CPU went to writing the table). The page is
/// copied into a `ByteBuffer` once, by ``response(status:)``.
public struct HTML: Sendable {
    private var storage: Storage
    private var count = 0

    /// The page so far.
    public var bytes: [UInt8] { Array(UnsafeRawBufferPointer(start: storage.base, count: count)) }

    /// The page so far, as one buffer (a copy).
    public var buffer: ByteBuffer {
        var buffer = ByteBufferAllocator().buffer(capacity: count)
        buffer.writeBytes(UnsafeRawBufferPointer(start: storage.base, count: count))
        return buffer
    }

    public init(capacity: Int = 32 * 1024) {
        storage = Storage(capacity: max(capacity, 64))
    }

    /// Trusted markup from a literal.
    @inline(__always)
    public mutating func raw(_ s: StaticString) {
        if s.hasPointerRepresentation {
            append(s.utf8Start, s.utf8CodeUnitCount)
        } else {
            s.withUTF8Buffer { append($0.baseAddress!, $0.count) }
        }
    }

    /// Trusted markup built by code (never user input).
    public mutating func rawString(_ s: String) {
        var s = s
        s.withUTF8 { buf in
            if let base = buf.baseAddress { append(base, buf.count) }
        }
    }

    /// Escaped text, safe in element content and in double- or single-quoted attributes.
    public mutating func text(_ s: String) {
        // Native strings (small ones too) are read in place; others are made contiguous first.
        if s.utf8.withContiguousStorageIfAvailable({ escape($0, lineBreaks: false) }) != nil { return }
        var s = s
        s.withUTF8 { escape($0, lineBreaks: false) }
    }

    /// Text with line breaks kept (`<br>`), escaped. A line ends at each `\n` that is a character of
    /// its own (so `\r\n`, one character in Swift, stays inside the line, as it always has here).
    public mutating func multiline(_ s: String) {
        // Native strings (small ones too) are read in place; others are made contiguous first.
        if s.utf8.withContiguousStorageIfAvailable({ escape($0, lineBreaks: true) }) != nil { return }
        var s = s
        s.withUTF8 { escape($0, lineBreaks: true) }
    }

    /// Copies `buf` with `& < > " '` escaped (and lone `\n` as `<br>` when `lineBreaks`), runs without
    /// them copied whole.
    private mutating func escape(_ buf: UnsafeBufferPointer<UInt8>, lineBreaks: Bool) {
        guard let base = buf.baseAddress else { return }
        var start = 0
        for i in 0..<buf.count {
            let byte = buf[i]
            // Every byte of Chinese text is ≥ 0x80, and most ASCII needs no escape: one comparison each.
            guard byte < 64, Self.special & (1 << UInt64(byte)) != 0 else { continue }
            let rep: StaticString
            switch byte {
            case UInt8(ascii: "&"): rep = "&amp;"
            case UInt8(ascii: "<"): rep = "&lt;"
            case UInt8(ascii: ">"): rep = "&gt;"
            case UInt8(ascii: "\""): rep = "&quot;"
            case UInt8(ascii: "'"): rep = "&#39;"
            default:
                guard lineBreaks, i == 0 || buf[i - 1] != UInt8(ascii: "\r") else { continue }
                rep = "<br>"
            }
            if i > start { append(base + start, i - start) }
            raw(rep)
            start = i + 1
        }
        if start < buf.count { append(base + start, buf.count - start) }
    }

    /// The bytes ``escape(_:lineBreaks:)`` stops at, as bits of a mask (all are below 64):
    /// `&` 0x26, `<` 0x3C, `>` 0x3E, `"` 0x22, `'` 0x27, `\n` 0x0A. A constant, so no lazy initialisation.
    private static let special: UInt64 = 1 << 0x26 | 1 << 0x3C | 1 << 0x3E | 1 << 0x22 | 1 << 0x27 | 1 << 0x0A

    /// Appends `n` bytes from `p`.
    @inline(__always)
    private mutating func append(_ p: UnsafeRawPointer, _ n: Int) {
        if _slowPath(count + n > storage.capacity || !isKnownUniquelyReferenced(&storage)) { grow(to: count + n) }
        (storage.base + count).copyMemory(from: p, byteCount: n)
        count += n
    }

    /// Appends one byte.
    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        if _slowPath(count + 1 > storage.capacity || !isKnownUniquelyReferenced(&storage)) { grow(to: count + 1) }
        storage.base.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
        count += 1
    }

    /// Room for `needed` bytes in storage of this page's own (a copy of an `HTML` value writes to its own).
    @inline(never)
    private mutating func grow(to needed: Int) {
        let bigger = Storage(capacity: Swift.max(needed, storage.capacity * 2))
        bigger.base.copyMemory(from: storage.base, byteCount: count)
        storage = bigger
    }

    /// The bytes of a page, freed with it.
    private final class Storage: @unchecked Sendable {
        let base: UnsafeMutableRawPointer
        let capacity: Int

        init(capacity: Int) {
            base = .allocate(byteCount: capacity, alignment: 1)
            self.capacity = capacity
        }

        deinit { base.deallocate() }
    }

    /// A number's decimal digits, written straight into the page (nothing to escape).
    public mutating func text(_ n: Int) {
        if n < 0 { append(UInt8(ascii: "-")) }
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
            append(out.baseAddress! + i, out.count - i)
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
        if d.year < 0 { append(UInt8(ascii: "-")) }
        digits(UInt(d.year.magnitude), width: 4)
        append(UInt8(ascii: "-"))
        digits(UInt(d.month), width: 2)
        append(UInt8(ascii: "-"))
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

    /// The page as an HTTP response.
    public func response(status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: Self.headers, body: .init(byteBuffer: buffer))
    }

    /// The headers of every page, built once (a field name parsed from a string is validated each time).
    static let headers: HTTPFields = {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        headers[.init("X-Frame-Options")!] = "DENY"
        headers[.init("Referrer-Policy")!] = "same-origin"
        headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'"
        return headers
    }()
}
