import HuiyinText

/// Why a handling unit is suggested, in words (建议理由): "正文提到柳塘镇新塘村；问题属地在其辖区". The
/// registration hints, the case page's forward and assign forms, and the API (in Chinese) say the same.
enum UnitSuggestionReason {
    static func text(_ s: UnitSuggestion, lang: Lang) -> String {
        let zh = lang == .zh
        let parts = s.bases.map { basis -> String in
            switch basis {
            case .place:
                guard !s.places.isEmpty else { return lang.t("正文提到该单位") }
                return zh ? "正文提到" + s.places.joined(separator: "、") : "the text names " + s.places.joined(separator: ", ")
            case .locality: return lang.t("问题属地在其辖区")
            case .rule: return lang.t("依据分办规则")
            case .history: return lang.t("依据以往去向")
            }
        }
        return parts.joined(separator: zh ? "；" : "; ")
    }
}
