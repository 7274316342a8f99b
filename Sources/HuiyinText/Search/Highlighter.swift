/// A piece of a result snippet: plain text or a matched term.
public struct SnippetPart: Sendable, Hashable, Codable {
    public var text: String
    public var hit: Bool

    public init(_ text: String, hit: Bool) {
        self.text = text
        self.hit = hit
    }
}

/// Finds where search terms occur in original text (folding is undone through offsets) and cuts a
/// snippet around the first hit with the hits marked. Pages escape and wrap the hits in `<mark>`.
public enum Highlighter {
    /// Ranges of unicode-scalar offsets in `text` where any of `terms` occurs, sorted and merged.
    public static func hitRanges(in text: String, terms: [SearchQuery.Term]) -> [Range<Int>] {
        let (folded, offsets) = TextFolding.foldWithOffsets(text)
        var ranges: [Range<Int>] = []
        for term in terms {
            var from = 0
            while let i = SearchQuery.firstIndex(of: term.folded, in: folded, from: from) {
                let end = i + term.folded.count - 1
                ranges.append(offsets[i]..<(offsets[end] + 1))
                from = i + 1
            }
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for r in ranges {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        return merged
    }

    /// A snippet of at most about `length` characters around the first hit, or the start of the text
    /// when there is none, with an ellipsis where text was cut.
    public static func snippet(_ text: String, terms: [SearchQuery.Term], length: Int = 80) -> [SnippetPart] {
        let scalars = Array(text.unicodeScalars)
        let hits = hitRanges(in: text, terms: terms)
        let start: Int
        if let first = hits.first {
            start = max(0, min(first.lowerBound - length / 4, scalars.count - length))
        } else {
            start = 0
        }
        let end = min(scalars.count, start + length)
        var parts: [SnippetPart] = []
        func emit(_ a: Int, _ b: Int, hit: Bool) {
            guard a < b else { return }
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[a..<b])
            let s = String(v)
            if !hit, let last = parts.last, !last.hit {
                parts[parts.count - 1].text += s
            } else {
                parts.append(SnippetPart(s, hit: hit))
            }
        }
        if start > 0 { parts.append(SnippetPart("…", hit: false)) }
        var pos = start
        for r in hits where r.upperBound > start && r.lowerBound < end {
            let a = max(r.lowerBound, start), b = min(r.upperBound, end)
            emit(pos, a, hit: false)
            emit(a, b, hit: true)
            pos = b
        }
        emit(pos, end, hit: false)
        if end < scalars.count {
            if let last = parts.last, !last.hit { parts[parts.count - 1].text += "…" } else { parts.append(SnippetPart("…", hit: false)) }
        }
        return parts
    }
}
