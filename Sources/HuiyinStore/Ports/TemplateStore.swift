import Foundation

/// The kinds of written notice and letter (文书) the petitioner receives, each tied to the history
/// event that produces it.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// 受理告知书.
    case acceptanceNotice
    /// 不予受理告知书 (with the proper route).
    case declineNotice
    /// 延期办理告知书.
    case extensionNotice
    /// 处理意见书.
    case decisionLetter
    /// 复查意见书.
    case reviewOpinion
    /// 复核意见书.
    case recheckOpinion

    /// The official title printed on the document.
    public var title: String {
        switch self {
        case .acceptanceNotice: "受理告知书"
        case .declineNotice: "不予受理告知书"
        case .extensionNotice: "延期办理告知书"
        case .decisionLetter: "信访事项处理意见书"
        case .reviewOpinion: "信访事项复查意见书"
        case .recheckOpinion: "信访事项复核意见书"
        }
    }

    /// The history action (``HuiyinDomain/LifecycleEvent/kind``) that issues this document.
    public var action: String {
        switch self {
        case .acceptanceNotice: "accept"
        case .declineNotice: "decline"
        case .extensionNotice: "extend"
        case .decisionLetter: "reply"
        case .reviewOpinion: "decideReview"
        case .recheckOpinion: "decideRecheck"
        }
    }

    /// The document issued by a history action, if any.
    public init?(action: String) {
        guard let kind = Self.allCases.first(where: { $0.action == action }) else { return nil }
        self = kind
    }
}

/// An administrator-editable template (文书模板): Mustache text, one paragraph per line.
public struct DocumentTemplate: Sendable, Hashable {
    public var kind: DocumentKind
    public var body: String
    public var updatedAt: Date?
    public var updatedBy: String?

    public init(kind: DocumentKind, body: String, updatedAt: Date? = nil, updatedBy: String? = nil) {
        self.kind = kind
        self.body = body
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
    }
}

/// Storage of the document templates; defaults are seeded by the schema.
public protocol TemplateStore: Sendable {
    /// Every stored template, in ``DocumentKind`` order.
    func documentTemplates() async throws -> [DocumentTemplate]
    func documentTemplate(kind: DocumentKind) async throws -> DocumentTemplate?
    /// Replaces the body of one template.
    func saveDocumentTemplate(_ template: DocumentTemplate) async throws
}

extension DocumentTemplate {
    /// The text each template starts from (seeded by the schema; an administrator may restore it).
    /// One paragraph per line; `{{name}}` inserts a value of the case.
    public static func defaultBody(for kind: DocumentKind) -> String {
        switch kind {
        case .acceptanceNotice:
            """
            你（们）于{{receivedOn}}反映的“{{title}}”问题（信访件编号：{{petitionNumber}}）已收悉。
            根据《信访工作条例》第二十三条的规定，本机关决定予以受理，并将于{{decisionDue}}前依法作出书面处理意见。
            办理期间，你（们）可以凭信访件编号和查询码查询办理进展。
            特此告知。
            """
        case .declineNotice:
            """
            你（们）于{{receivedOn}}反映的“{{title}}”问题（信访件编号：{{petitionNumber}}）已收悉。
            经审查，{{reason}}。根据《信访工作条例》的有关规定，本机关决定不予受理。
            请通过以下途径依法解决：{{properRoute}}。
            特此告知。
            """
        case .extensionNotice:
            """
            你（们）于{{receivedOn}}反映的“{{title}}”问题（信访件编号：{{petitionNumber}}），本机关正在依法办理。
            因{{reason}}，经本机关负责人批准，根据《信访工作条例》第三十四条的规定，办理期限延长{{days}}日，本机关将于{{decisionDue}}前作出书面处理意见。
            特此告知。
            """
        case .decisionLetter:
            """
            你（们）于{{receivedOn}}反映的“{{title}}”问题（信访件编号：{{petitionNumber}}），本机关已依法受理，经调查核实，现将处理意见告知如下：
            一、查明的事实
            {{factsFound}}
            二、处理意见
            处理结果：{{outcome}}。{{opinion}}
            三、处理依据
            {{basis}}
            四、权利告知
            {{appealRights}}
            """
        case .reviewOpinion:
            """
            {{petitioner}}不服{{originalIssuer}}于{{originalIssuedOn}}作出的信访事项处理意见（信访件编号：{{petitionNumber}}），于{{requestedOn}}向本机关申请复查。
            申请复查的理由：{{reasons}}
            经复查，本机关认为：{{opinion}}
            复查结论：{{outcome}}。
            {{#rehandlingDue}}原办理机关应于{{rehandlingDue}}前重新作出处理意见。{{/rehandlingDue}}
            {{#recheckRights}}{{recheckRights}}{{/recheckRights}}
            """
        case .recheckOpinion:
            """
            {{petitioner}}不服{{reviewIssuer}}作出的复查意见（信访件编号：{{petitionNumber}}），于{{requestedOn}}向本机关申请复核。
            申请复核的理由：{{reasons}}
            经复核，本机关认为：{{opinion}}
            复核结论：{{outcome}}。
            本复核意见为最终意见。根据《信访工作条例》第三十六条的规定，信访人以同一事实和理由再次提出信访事项的，各级机关不再受理。
            """
        }
    }
}
