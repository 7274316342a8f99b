import HuiyinText

extension Strings {
    /// ``RiskAssessment/reason`` in `lang`: the words as the text has them, their kinds translated —
    /// `The text has “不想活” (self-harm)`, `Collective petition of 32 people`.
    static func riskReason(_ a: RiskAssessment, lang: Lang) -> String {
        guard lang == .en else { return a.reason }
        let decisive = a.tierMatches
        var parts: [String] = []
        let words = decisive.filter { $0.category != .collective }
        if !words.isEmpty {
            parts.append("the text has " + words.map { "“\($0.word)” (\(lang.t($0.category.chineseName)))" }.joined(separator: ", "))
        }
        for m in decisive where m.category == .collective {
            parts.append("collective petition of \(m.word.filter(\.isNumber)) people")
        }
        let line = parts.joined(separator: "; ")
        return line.prefix(1).uppercased() + line.dropFirst()
    }
}
