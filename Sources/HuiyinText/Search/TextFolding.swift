/// Folds text to the form that search, near-duplicate detection and the classifier compare.
///
/// Full-width ASCII (U+FF01–U+FF5E) becomes half-width, the ideographic space a space, letters are
/// lower-cased, and everything that is not a letter or a digit (punctuation, spaces, symbols, emoji,
/// combining marks) is dropped. What remains is exactly what the search index holds, so "search equals
/// a substring scan" is defined over folded text: `拆迁，补偿` and `拆迁补偿` are the same text here, and
/// `ＡＢＣ１２３` is `abc123`.
///
/// One pass over the unicode scalars; no Foundation.
public enum TextFolding {
    /// The folded scalars of `text`.
    public static func fold(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count / 2)
        for u in text.unicodeScalars {
            if let f = fold(u) { out.append(f) }
        }
        return out
    }

    /// The folded text as a `String`.
    public static func foldedString(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if let f = fold(u) { view.append(f) }
        }
        return String(view)
    }

    /// The folded scalars and, for each, the offset of the scalar it came from in `text.unicodeScalars`.
    public static func foldWithOffsets(_ text: String) -> (scalars: [Unicode.Scalar], offsets: [Int]) {
        var out: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var i = 0
        for u in text.unicodeScalars {
            if let f = fold(u) {
                out.append(f)
                offsets.append(i)
            }
            i += 1
        }
        return (out, offsets)
    }

    /// The folded form of one scalar, or nil when it is not part of the searchable text.
    @inline(__always)
    public static func fold(_ u: Unicode.Scalar) -> Unicode.Scalar? {
        let v = u.value
        // Hot path: CJK unified ideographs, ASCII digits and lower-case letters.
        if v >= 0x4E00 && v <= 0x9FFF { return u }
        if v < 0x80 {
            switch v {
            case 0x30...0x39, 0x61...0x7A: return u
            case 0x41...0x5A: return Unicode.Scalar(v + 0x20)
            default: return nil
            }
        }
        if v >= 0xFF01 && v <= 0xFF5E { return fold(Unicode.Scalar(v - 0xFEE0)!) }
        // CJK and general punctuation (，。、《》“”…—), except 〇 and the ideographic iteration marks.
        if (v >= 0x3000 && v <= 0x303F && v != 0x3005 && v != 0x3006 && v != 0x3007 && v != 0x303B)
            || (v >= 0x2000 && v <= 0x206F) || (v >= 0xFF5F && v <= 0xFF65) { return nil }
        switch u.properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter:
            let lower = u.properties.lowercaseMapping.unicodeScalars
            return lower.count == 1 ? lower.first : u
        case .lowercaseLetter, .modifierLetter, .otherLetter, .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return u
        default:
            return nil
        }
    }

    /// True for the scalars of CJK ideographs (unified, extensions, compatibility) and 〇.
    @inline(__always)
    public static func isCJK(_ v: UInt32) -> Bool {
        switch v {
        case 0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF: true
        default: false
        }
    }
}
