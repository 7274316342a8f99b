import HuiyinDomain

/// Reads an action form of the case page into a ``PetitionAction``. Problems with a field's format (a
/// date, a number, a choice) are reported as ``LifecycleError/invalid(field:message:)`` named after the
/// form field, exactly like the rules' own field errors, so both show beside the field.
enum CaseActionForm {
    /// The form's fields, per action (what the rule needs, nothing more).
    static func fields(of action: String) -> [String] {
        switch action {
        case "forward": ["unitId", "note"]
        case "assign": ["unitId", "reportDue", "note"]
        case "handleDirectly", "accept", "close": ["note"]
        case "decline": ["reason", "properRoute"]
        case "refuseAgain", "object": ["reason"]
        case "extend": ["days", "reason"]
        case "reply": ["outcome", "factsFound", "basis", "opinion"]
        case "requestReview", "requestRecheck": ["reasons"]
        case "decideReview", "decideRecheck": ["outcome", "opinion"]
        case "supervise": ["reason", "dueDate"]
        case "comment": ["text"]
        case "linkMatter": ["petitionNumber"]
        default: []
        }
    }

    /// The form field that shows a rule's error about `field` (the rule names API fields).
    static func formField(for field: String, action: String) -> String? {
        let mapped = switch field {
        case "matterId": "petitionNumber"
        case "unit": "unitId"
        default: field
        }
        return fields(of: action).contains(mapped) ? mapped : nil
    }

    /// The action, or a field error. `matterOf` finds the matter of a petition number.
    static func action(_ name: String, _ form: FormData, matterOf: (String) async throws -> Int64?) async throws -> PetitionAction {
        let note = form.string("note"), reason = form.string("reason")
        switch name {
        case "forward": return .forward(unitID: try unit(form), note: note)
        case "assign": return .assign(unitID: try unit(form), reportDue: try date(form, "reportDue"), note: note)
        case "handleDirectly": return .handleDirectly(note: note)
        case "decline": return .decline(reason: reason, properRoute: form.string("properRoute"))
        case "refuseAgain": return .refuseAgain(reason: reason)
        case "accept": return .accept(note: note)
        case "object": return .object(reason: reason)
        case "extend":
            let raw = form.string("days").trimmingWhitespace
            guard !raw.isEmpty else { throw LifecycleError.invalid(field: "days", message: "请填写延期天数") }
            guard let days = Int(raw) else { throw LifecycleError.invalid(field: "days", message: "延期天数应为整数") }
            return .extend(days: days, reason: reason)
        case "reply":
            return .reply(outcome: try choice(form, DecisionOutcome.self, "处理结果"), factsFound: form.string("factsFound"),
                          basis: form.string("basis"), opinion: form.string("opinion"))
        case "requestReview": return .requestReview(reasons: form.string("reasons"))
        case "decideReview": return .decideReview(outcome: try choice(form, ReviewOutcome.self, "复查结论"), opinion: form.string("opinion"))
        case "requestRecheck": return .requestRecheck(reasons: form.string("reasons"))
        case "decideRecheck": return .decideRecheck(outcome: try choice(form, ReviewOutcome.self, "复核结论"), opinion: form.string("opinion"))
        case "close": return .close(note: note)
        case "supervise": return .supervise(reason: reason, dueDate: try date(form, "dueDate"))
        case "comment": return .comment(text: form.string("text"))
        case "linkMatter":
            let number = form.string("petitionNumber").trimmingWhitespace.uppercased()
            guard !number.isEmpty else { throw LifecycleError.invalid(field: "matterId", message: "请填写要关联的信访件编号") }
            guard PetitionNumber.parse(number) != nil else {
                throw LifecycleError.invalid(field: "matterId", message: "编号格式应为 XF-2026-000123")
            }
            guard let matter = try await matterOf(number) else {
                // A petition outside the user's jurisdiction is answered as one that does not exist.
                throw LifecycleError.invalid(field: "matterId", message: "未找到该信访件（\(number)）")
            }
            return .linkMatter(matterID: matter)
        default:
            throw WebError.notFound
        }
    }

    private static func unit(_ form: FormData) throws -> OrgUnit.ID {
        guard let id = form.int("unitId").map(Int64.init) else { throw LifecycleError.invalid(field: "unitId", message: "请选择承办单位") }
        return id
    }

    private static func date(_ form: FormData, _ field: String) throws -> LocalDate? {
        let raw = form.string(field).trimmingWhitespace
        guard !raw.isEmpty else { return nil }
        guard let d = LocalDate(iso: raw) else { throw LifecycleError.invalid(field: field, message: "日期格式应为 2026-10-20") }
        return d
    }

    private static func choice<E: RawRepresentable & CaseIterable>(_ form: FormData, _ type: E.Type, _ what: String) throws -> E
    where E.RawValue == String {
        guard let v = E(rawValue: form.string("outcome")) else { throw LifecycleError.invalid(field: "outcome", message: "请选择\(what)") }
        return v
    }
}
