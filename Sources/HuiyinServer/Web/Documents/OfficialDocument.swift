import HuiyinDomain
import HuiyinStore

/// A notice or letter ready to lay out (文书): what the print view and the `.docx` writer share.
struct OfficialDocument: Sendable {
    var kind: DocumentKind
    var title: String
    /// 文号, e.g. 青溪信访处字〔2026〕12号.
    var number: String
    /// 抬头: the petitioner's name, or “（信息保密）” for users of an accused unit.
    var addressee: String
    var paragraphs: [String]
    var issuer: String
    var date: LocalDate

    /// A file name for the download: `处理意见书-XF-2026-000012.docx` (ASCII fallback in the header).
    func fileName(petitionNumber: String) -> String {
        "\(title)-\(petitionNumber).docx"
    }
}

extension DocumentKind {
    /// The character in the document number that tells the kinds apart (受字, 不受字, 延字 …).
    var numberMark: String {
        switch self {
        case .acceptanceNotice: "受"
        case .declineNotice: "不受"
        case .extensionNotice: "延"
        case .decisionLetter: "处"
        case .reviewOpinion: "复查"
        case .recheckOpinion: "复核"
        }
    }
}
