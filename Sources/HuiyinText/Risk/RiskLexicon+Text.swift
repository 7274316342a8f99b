import HuiyinDomain

extension RiskLexicon {
    /// Parses lines of `word<TAB or spaces>category[<TAB or spaces>level]` and `!word` exclusions; `#` starts
    /// a comment. The level defaults to `high`. Unknown categories or levels are reported with their line
    /// number.
    public static func parse(_ text: String) throws(RiskLexiconError) -> RiskLexicon {
        var terms: [RiskTerm] = []
        var exclusions: [String] = []
        var line = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line += 1
            let content = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{3000}" })
            if fields.isEmpty { continue }
            if fields[0].hasPrefix("!") || fields[0].hasPrefix("！") {
                let word = String(fields[0].dropFirst())
                guard fields.count == 1, !TextFolding.fold(word).isEmpty else { throw .malformedLine(line) }
                exclusions.append(word)
                continue
            }
            guard fields.count >= 2, let category = RiskCategory(rawValue: String(fields[1])) else {
                throw .malformedLine(line)
            }
            var level = RiskLevel.high
            if fields.count >= 3 {
                guard let l = RiskLevel(rawValue: String(fields[2])), l != .none else { throw .malformedLine(line) }
                level = l
            }
            guard !TextFolding.fold(String(fields[0])).isEmpty else { throw .malformedLine(line) }
            terms.append(RiskTerm(String(fields[0]), category, level))
        }
        return RiskLexicon(terms: terms, exclusions: exclusions)
    }

    /// The lexicon as editable text (the inverse of ``parse(_:)``).
    public var text: String {
        (terms.map { "\($0.word)\t\($0.category.rawValue)\t\($0.level.rawValue)" } + exclusions.map { "!" + $0 })
            .joined(separator: "\n") + "\n"
    }
}
