import Foundation
import HuiyinDomain

/// The body of `POST /api/v1/petitions/{id}/actions`: `{"action": "...", "version": N, ...fields}`.
/// Fields are decoded as plain values and checked here, so a bad one is a 422 that names it.
struct ActionRequest: Decodable, Sendable {
    var action: String?
    /// The version the client last read; a different current version answers 409.
    var version: Int?
    var unitId: Int64?
    var unitCode: String?
    var reportDue: String?
    var note: String?
    var reason: String?
    var properRoute: String?
    var days: Int?
    var outcome: String?
    var factsFound: String?
    var basis: String?
    var opinion: String?
    var acceptance: String?
    var handling: String?
    var comment: String?
    var reasons: String?
    var dueDate: String?
    var text: String?
    var matterId: Int64?
    /// For `supervise`: the supervision level (written, interview, onSite, joint; default written).
    var level: String?
    /// For `supervise`: the progress report required of the unit.
    var progressRequired: String?
    /// For `linkMatter`: the number of any petition of the matter, instead of `matterId`.
    var petitionNumber: String?

    func action(units: UnitDirectory, matterOfNumber: (String) async throws -> Int64?) async throws -> PetitionAction {
        guard let action, !action.isEmpty else { throw invalid("action", "请指定操作 action") }
        switch action {
        case "forward": return .forward(unitID: try unit(units), note: note ?? "")
        case "assign": return .assign(unitID: try unit(units), reportDue: try date(reportDue, "reportDue"), note: note ?? "")
        case "handleDirectly": return .handleDirectly(note: note ?? "")
        case "decline": return .decline(reason: reason ?? "", properRoute: properRoute ?? "")
        case "refuseAgain": return .refuseAgain(reason: reason ?? "")
        case "accept": return .accept(note: note ?? "")
        case "object": return .object(reason: reason ?? "")
        case "extend":
            guard let days else { throw invalid("days", "请填写延期天数") }
            return .extend(days: days, reason: reason ?? "")
        case "reply":
            return .reply(outcome: try parse(outcome, "outcome", DecisionOutcome.self, "处理结果"),
                          factsFound: factsFound ?? "", basis: basis ?? "", opinion: opinion ?? "")
        case "requestReview": return .requestReview(reasons: reasons ?? reason ?? "")
        case "decideReview":
            return .decideReview(outcome: try parse(outcome, "outcome", ReviewOutcome.self, "复查结果"), opinion: opinion ?? "")
        case "requestRecheck": return .requestRecheck(reasons: reasons ?? reason ?? "")
        case "decideRecheck":
            return .decideRecheck(outcome: try parse(outcome, "outcome", ReviewOutcome.self, "复核结果"), opinion: opinion ?? "")
        case "close": return .close(note: note ?? "")
        case "supervise":
            let level = try level.map { try parse($0, "level", SupervisionLevel.self, "督办级别") }
            return .supervise(reason: reason ?? "", dueDate: try date(dueDate, "dueDate"), level: level ?? .written,
                              progressRequired: progressRequired ?? "")
        case "reportProgress": return .reportProgress(text: text ?? "")
        case "comment": return .comment(text: text ?? note ?? "")
        case "linkMatter":
            if let matterId { return .linkMatter(matterID: matterId) }
            guard let n = petitionNumber?.trimmingCharacters(in: .whitespaces), !n.isEmpty else {
                throw invalid("matterId", "请指定要关联的信访事项（matterId 或 petitionNumber）")
            }
            // A number outside one's jurisdiction is answered exactly like one that does not exist.
            guard let m = try await matterOfNumber(n) else { throw invalid("petitionNumber", "没有编号为“\(n)”的信访件") }
            return .linkMatter(matterID: m)
        case "rate":
            throw APIError(.forbidden, code: "role_not_allowed", message: "满意度评价由信访人凭查询码进行")
        default:
            throw invalid("action", "未知操作“\(action)”，可用：\((PetitionAction.allNames.filter { $0 != "rate" } + ["reportProgress"]).joined(separator: ", "))")
        }
    }

    private func unit(_ units: UnitDirectory) throws -> Int64 {
        if let unitId { return unitId }
        if let code = unitCode, let u = units.unit(code: code) { return u.id }
        throw invalid("unitId", "请选择承办单位")
    }

    private func date(_ s: String?, _ field: String) throws -> LocalDate? {
        guard let s, !s.isEmpty else { return nil }
        guard let d = LocalDate(iso: s) else { throw invalid(field, "日期格式应为 YYYY-MM-DD") }
        return d
    }

    private func parse<E: RawRepresentable>(_ raw: String?, _ field: String, _ type: E.Type, _ what: String) throws -> E
    where E.RawValue == String {
        guard let raw, let v = E(rawValue: raw) else { throw invalid(field, "请选择有效的\(what)") }
        return v
    }

    private func invalid(_ field: String, _ message: String) -> APIError {
        APIError(.unprocessableContent, code: "invalid_field", message: message, fields: [FieldError(field, message)])
    }
}
