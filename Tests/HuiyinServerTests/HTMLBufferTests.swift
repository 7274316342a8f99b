import Foundation
import HuiyinServer
import Hummingbird
import Testing

/// The page writer appends into memory of its own (not a NIO `ByteBuffer`, whose checks on every small
/// write cost a quarter of a workbench request). These tests hold it to the plain meaning of escaping, to
/// value semantics and to growth, against a reference written the slow, obvious way.
@Suite("HTML writer: own buffer")
struct HTMLBufferTests {
    static func written(capacity: Int = 64, _ body: (inout HTML) -> Void) -> String {
        var h = HTML(capacity: capacity)
        body(&h)
        return String(decoding: h.bytes, as: UTF8.self)
    }

    /// Escaping character by character, as the first version of the writer did.
    static func reference(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    static func randomTexts(count: Int, maxLength: Int) -> [String] {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["a", "Z", "0", "9", " ", "-", "=", "?", "@", "中", "访", "😀", "&", "<", ">", "\"", "'",
                                     "\n", "\r", "\r\n", "\t", "\u{0}", "\u{7F}", "é"]
        return (0..<count).map { _ in
            String((0..<Int.random(in: 0...maxLength, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
    }

    @Test("escaped text equals the character-by-character reference, short and long, every byte below 128 too")
    func escaping() {
        let ascii = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        let fixed = ["", "&", "<script>alert('x')</script>", "a & b \"c\" 'd'", "全角＆＜＞不转义", ascii,
                     String(repeating: "拆迁补偿<&>", count: 2_000)]
        for s in fixed + Self.randomTexts(count: 500, maxLength: 40) {
            #expect(Self.written { $0.text(s) } == Self.reference(s), "\(s.debugDescription)")
            #expect(Self.written { $0.attr("title", s) } == " title=\"" + Self.reference(s) + "\"")
        }
    }

    @Test("a copy writes to its own bytes: neither value sees the other's writes")
    func valueSemantics() {
        var a = HTML(capacity: 64)
        a.raw("<p>")
        var b = a
        b.text("乙")
        a.text("甲")
        let c = a
        a.raw("</p>")
        #expect(String(decoding: a.bytes, as: UTF8.self) == "<p>甲</p>")
        #expect(String(decoding: b.bytes, as: UTF8.self) == "<p>乙")
        #expect(String(decoding: c.bytes, as: UTF8.self) == "<p>甲")
    }

    @Test("a page far beyond its first capacity keeps every byte in order, and the response sends exactly them")
    func growth() {
        var expected = ""
        var h = HTML(capacity: 16)
        for i in 0..<3_000 {
            h.raw("<li>")
            h.text(i)
            h.text(" 第\(i)项 & ")
            h.multiline("一\n二")
            h.raw("</li>")
            expected += "<li>\(i) 第\(i)项 &amp; 一<br>二</li>"
        }
        #expect(String(decoding: h.bytes, as: UTF8.self) == expected)
        #expect(Array(h.buffer.readableBytesView) == h.bytes)
        let response = h.response()
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
        #expect(response.headers[.init("X-Frame-Options")!] == "DENY")
    }

    @Test("raw markup from literals and built strings is copied as is")
    func raw() {
        #expect(Self.written { $0.raw("<a href=\"/\">回音</a>") } == "<a href=\"/\">回音</a>")
        #expect(Self.written { $0.rawString("<b>" + String(repeating: "字", count: 100) + "</b>") }
            == "<b>" + String(repeating: "字", count: 100) + "</b>")
        #expect(Self.written { $0.text(nil as String?) } == "")
    }

    @Test("HUIYIN_EVENT_LOOP_EXECUTOR=0 keeps Swift's own pool")
    func executorOptOut() {
        #expect(EventLoopExecutor.install(environment: [EventLoopExecutor.environmentVariable: "0"]) == false)
        // Later calls give the first answer (installing twice would be fatal in NIO).
        #expect(EventLoopExecutor.install(environment: [:]) == false)
    }
}
