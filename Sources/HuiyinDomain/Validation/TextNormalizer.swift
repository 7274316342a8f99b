import Foundation

/// Normalises text typed by clerks or petitioners.
///
/// All functions make a single pass over the unicode scalars; no regular
/// expressions, no Foundation string searching.
public enum TextNormalizer {
    /// Multi-line free text (petition content, notes).
    ///
    /// - Full-width ASCII U+FF01–U+FF5E → half-width, **except** the Chinese
    ///   punctuation `！，：；？` which is kept as is (`。“”、《》` are not in
    ///   that block and are kept too).
    /// - Ideographic space U+3000, tab, no-break space and the other Unicode
    ///   spaces → space.
    /// - Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and control
    ///   characters (C0 and C1, except the line breaks) are removed.
    /// - `\r\n`, `\r`, U+2028 and U+2029 → `\n`.
    /// - Leading/trailing whitespace is trimmed; spaces at the beginning and end
    ///   of each line are removed; runs of spaces inside a line become one space;
    ///   3 or more consecutive newlines become 2 (one blank line).
    public static func text(_ s: String) -> String {
        normalize(s, singleLine: false)
    }

    /// One-line fields (names, titles, addresses): as `text`, then every run of
    /// newlines and spaces becomes a single space.
    public static func line(_ s: String) -> String {
        normalize(s, singleLine: true)
    }

    /// Personal names: `line`, then spaces between two CJK characters are
    /// removed (`张 三` → `张三`), and a middle dot between two CJK characters —
    /// written as `·`, `•`, `・`, `･`, `．`/`.`, `‧`, `∙` or `⋅`, with or without
    /// surrounding spaces — becomes `·` U+00B7 (`阿依古丽 • 买买提` →
    /// `阿依古丽·买买提`). Separators next to non-CJK characters are left alone
    /// (`John Smith`).
    public static func personName(_ s: String) -> String {
        let scalars = Array(line(s).unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            let u = scalars[i]
            guard u.value == 0x20 || isNameDot(u.value) else {
                out.append(u)
                i += 1
                continue
            }
            var j = i
            var hasDot = false
            while j < scalars.count, scalars[j].value == 0x20 || isNameDot(scalars[j].value) {
                if scalars[j].value != 0x20 { hasDot = true }
                j += 1
            }
            let prevIsCJK = out.last.map { isCJK($0.value) } ?? false
            let nextIsCJK = j < scalars.count && isCJK(scalars[j].value)
            if prevIsCJK && nextIsCJK {
                if hasDot { out.append("\u{00B7}") }
            } else {
                out.append(contentsOf: scalars[i..<j])
            }
            i = j
        }
        return String(out)
    }

    // MARK: - Implementation

    private enum Kind {
        case drop, space, newline, keep(Unicode.Scalar)
    }

    @inline(__always)
    private static func classify(_ u: Unicode.Scalar) -> Kind {
        let v = u.value
        switch v {
        case 0x0A, 0x0D, 0x2028, 0x2029:
            return .newline
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return .space
        case 0x00...0x1F, 0x7F...0x9F, 0x200B...0x200D, 0x2060, 0xFEFF:
            return .drop
        case 0xFF01, 0xFF0C, 0xFF1A, 0xFF1B, 0xFF1F: // ！ ， ： ； ？
            return .keep(u)
        case 0xFF01...0xFF5E:
            return .keep(Unicode.Scalar(v - 0xFEE0)!)
        default:
            return .keep(u)
        }
    }

    private static func normalize(_ s: String, singleLine: Bool) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        var pendingNewlines = 0
        var afterCR = false
        for u in s.unicodeScalars {
            let isLF = u.value == 0x0A
            if isLF && afterCR {           // second half of \r\n
                afterCR = false
                continue
            }
            afterCR = u.value == 0x0D
            switch classify(u) {
            case .drop:
                continue
            case .space:
                if pendingNewlines == 0 { pendingSpace = true } // ignored at line start
            case .newline:
                if singleLine {
                    pendingSpace = true
                } else {
                    pendingSpace = false                         // drop trailing spaces of the line
                    pendingNewlines += 1
                }
            case .keep(let c):
                if !out.isEmpty {                                // leading whitespace is dropped
                    if pendingNewlines > 0 {
                        out.append("\n")
                        if pendingNewlines > 1 { out.append("\n") }
                    } else if pendingSpace {
                        out.append(" ")
                    }
                }
                pendingSpace = false
                pendingNewlines = 0
                out.append(c)
            }
        }
        // Trailing whitespace is dropped by never flushing the pending state.
        return String(out)
    }

    @inline(__always)
    private static func isNameDot(_ v: UInt32) -> Bool {
        switch v {
        case 0x2E, 0xB7, 0x2022, 0x2027, 0x2219, 0x22C5, 0x30FB, 0xFF0E, 0xFF65:
            return true
        default:
            return false
        }
    }

    /// CJK ideographs (unified, extensions A–H, compatibility) and 〇.
    @inline(__always)
    static func isCJK(_ v: UInt32) -> Bool {
        switch v {
        case 0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF:
            return true
        default:
            return false
        }
    }
}
