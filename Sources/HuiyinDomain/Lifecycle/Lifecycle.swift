/// The petition lifecycle of RULES.md §2–4 as an explicit state machine.
///
/// ``decide(_:for:in:)`` checks an action against role, unit, state and time window and returns the
/// event to record, or a ``LifecycleError`` naming the rule that refuses it. It never mutates anything:
/// the caller appends the event to the history and folds it into the status in one transaction.
public enum Lifecycle {
    public static func decide(
        _ action: PetitionAction, for petition: PetitionRecord, status: PetitionStatus, in ctx: ActionContext
    ) throws(LifecycleError) -> LifecycleEvent {
        let name = action.name
        let today = ctx.today
        let guards = Guards(action: name, status: status, ctx: ctx, petition: petition)

        if status.matterIsFinal, status.state == .registered {
            switch action {
            case .refuseAgain, .comment, .supervise, .reportProgress, .warnDeadline: break
            default: throw .matterIsFinal
            }
        }

        switch action {
        case .forward(let unitID, let note):
            try guards.bureauTriage()
            try guards.state(.registered)
            let unit = try guards.handlingUnit(unitID)
            return .forwarded(unitID: unitID, unitName: unit.name,
                              acceptanceDue: ctx.due(from: today, .acceptanceNotice),
                              objectionDue: ctx.due(from: today, .objection), note: clean(note))

        case .assign(let unitID, let reportDue, let note):
            try guards.bureauTriage()
            try guards.state(.registered)
            let unit = try guards.handlingUnit(unitID)
            let report = reportDue ?? ctx.due(from: today, .assignReport)
            guard report > today else { throw .invalid(field: "reportDue", message: "报送办结报告的期限须晚于今天") }
            return .assigned(unitID: unitID, unitName: unit.name,
                             acceptanceDue: ctx.due(from: today, .acceptanceNotice),
                             objectionDue: ctx.due(from: today, .objection), reportDue: report, note: clean(note))

        case .handleDirectly(let note):
            try guards.bureauTriage()
            try guards.state(.registered)
            guard let bureau = ctx.units.petitionBureau else { throw .invalid(field: "unit", message: "未配置信访局") }
            return .handledDirectly(unitID: bureau.id, unitName: bureau.name,
                                    decisionDue: ctx.due(from: today, .decision), note: clean(note))

        case .decline(let reason, let route):
            let reason = try required(reason, field: "reason", "请说明不予受理的理由")
            let route = try required(route, field: "properRoute", "请告知信访人应当通过的途径")
            if status.state == .registered {
                try guards.bureauTriage()
            } else if status.state == .awaitingAcceptance {
                // 诉访分离: the receiving body may decline within its notice period (RULES.md §2 step 4b).
                try guards.handlingBody(roles: [.handler, .unitHead])
                try guards.notAfter(status.stepDue, .acceptanceNotice)
            } else {
                throw .wrongState(action: name, state: status.state)
            }
            return .declined(reason: reason, properRoute: route, ratingWindowEnds: ctx.due(from: today, .ratingWindow))

        case .refuseAgain(let reason):
            let reason = try required(reason, field: "reason", "请说明不再受理的理由")
            guard status.matterIsFinal else { throw .matterNotFinal }
            try guards.state(.registered)
            try guards.bureauTriage()
            return .refusedAgain(reason: reason)

        case .accept(let note):
            try guards.state(.awaitingAcceptance)
            try guards.handlingBody(roles: [.handler, .unitHead])
            return .accepted(decisionDue: ctx.due(from: today, .decision), note: clean(note))

        case .object(let reason):
            let reason = try required(reason, field: "reason", "请说明异议理由")
            try guards.state(.awaitingAcceptance)
            try guards.handlingBody(roles: [.handler, .unitHead])
            try guards.notAfter(status.objectionDue, .objection)
            return .objected(reason: reason, rerouteDue: ctx.due(from: today, .rerouteAfterObjection))

        case .extend(let days, let reason):
            let reason = try required(reason, field: "reason", "请说明延期理由")
            let max = ctx.rules[.extensionMax].days
            guard (1...max).contains(days) else {
                throw .invalid(field: "days", message: "延期天数须在 1–\(max) 日之间（《信访工作条例》第三十四条）")
            }
            try guards.state(.inHandling)
            try guards.handlingBody(roles: [.unitHead])
            guard !status.extended else { throw .alreadyExtended }
            try guards.notAfter(status.decisionDue, .decision)
            let base = status.decisionDue ?? today
            let due = ctx.calendar.due(from: base, limit: TimeLimit(days: days, count: ctx.rules[.extensionMax].count))
            return .extended(days: days, reason: reason, decisionDue: due)

        case .reply(let outcome, let facts, let basis, let opinion):
            let facts = try required(facts, field: "factsFound", "请写明查明的事实")
            let basis = try required(basis, field: "basis", "请写明法律法规或政策依据")
            let opinion = try required(opinion, field: "opinion", "请写明处理意见")
            try guards.state(.inHandling)
            try guards.handlingBody(roles: [.handler, .unitHead])
            let unit = ctx.units.unit(status.handlingUnitID)
            let reviewBody = status.handlingUnitID.flatMap { ctx.units.reviewBody(of: $0) }
            let window = ctx.due(from: today, .reviewRequest)
            let letter = DecisionLetter(
                outcome: outcome, factsFound: facts, basis: basis, opinion: opinion,
                appealRights: Notices.appealRights(reviewBody: reviewBody?.name, limit: ctx.rules[.reviewRequest], kind: "复查"),
                issuedBy: unit?.name ?? "", issuedOn: today)
            return .replied(letter: letter, reviewWindowEnds: window, ratingWindowEnds: ctx.due(from: today, .ratingWindow))

        case .rate(let acceptance, let handling, let comment):
            guard case .petitioner = ctx.actor else { throw .roleNotAllowed(action: name, role: guards.roleName) }
            guard acceptance != nil || handling != nil else {
                throw .invalid(field: "handling", message: "请至少选择一项评价")
            }
            guard [.replied, .reviewRequested, .reviewed, .recheckRequested, .final, .closed, .declined].contains(status.state),
                  let ends = status.ratingWindowEnds else { throw .wrongState(action: name, state: status.state) }
            // A declined petition has only an acceptance decision to rate.
            if status.state == .declined, handling != nil {
                throw .invalid(field: "handling", message: "不予受理的信访件只能评价受理情况")
            }
            guard today <= ends else { throw .windowClosed(action: name, rule: .ratingWindow, due: ends) }
            if (acceptance != nil && status.acceptanceRating != nil) || (handling != nil && status.handlingRating != nil) {
                throw .alreadyRated
            }
            return .rated(acceptance: acceptance, handling: handling, comment: clean(comment))

        case .requestReview(let reasons):
            let reasons = try required(reasons, field: "reasons", "请写明申请复查的理由")
            try guards.petitionerOrIntake()
            try guards.state(.replied)
            try guards.notAfter(status.petitionerWindowEnds, .reviewRequest)
            guard let handler = status.handlingUnitID, let body = ctx.units.reviewBody(of: handler) else {
                throw .invalid(field: "reviewBody", message: "承办单位未配置复查机关")
            }
            return .reviewRequested(unitID: body.id, unitName: body.name, reasons: reasons,
                                    decisionDue: ctx.due(from: today, .reviewDecision))

        case .decideReview(let outcome, let opinion):
            let opinion = try required(opinion, field: "opinion", "请写明复查意见")
            try guards.state(.reviewRequested)
            try guards.bodyMember(status.reviewUnitID, roles: [.handler, .unitHead])
            let rehandling = outcome == .orderRehandling ? ctx.due(from: today, .decision) : nil
            return .reviewDecided(outcome: outcome, opinion: opinion,
                                  recheckWindowEnds: ctx.due(from: today, .recheckRequest), rehandlingDue: rehandling)

        case .requestRecheck(let reasons):
            let reasons = try required(reasons, field: "reasons", "请写明申请复核的理由")
            try guards.petitionerOrIntake()
            try guards.state(.reviewed)
            try guards.notAfter(status.petitionerWindowEnds, .recheckRequest)
            guard let reviewer = status.reviewUnitID, let body = ctx.units.reviewBody(of: reviewer) else {
                throw .invalid(field: "recheckBody", message: "复查机关未配置上一级复核机关")
            }
            return .recheckRequested(unitID: body.id, unitName: body.name, reasons: reasons,
                                     decisionDue: ctx.due(from: today, .recheckDecision))

        case .decideRecheck(let outcome, let opinion):
            let opinion = try required(opinion, field: "opinion", "请写明复核意见")
            try guards.state(.recheckRequested)
            try guards.bodyMember(status.recheckUnitID, roles: [.handler, .unitHead])
            let rehandling = outcome == .orderRehandling ? ctx.due(from: today, .decision) : nil
            return .recheckDecided(outcome: outcome, opinion: opinion, rehandlingDue: rehandling)

        case .close(let note):
            try guards.closer()
            switch status.state {
            case .final:
                break
            case .replied:
                try guards.windowPassed(status.petitionerWindowEnds, .reviewRequest)
            case .reviewed:
                try guards.windowPassed(status.petitionerWindowEnds, .recheckRequest)
            default:
                throw .wrongState(action: name, state: status.state)
            }
            return .closed(note: clean(note))

        case .supervise(let reason, let dueDate, let level, let progressRequired):
            let reason = try required(reason, field: "reason", "请说明督办事由")
            try guards.roles([.supervisor])
            // Supervision urges a body that owes a step; nobody owes one in other states.
            guard status.state.isStaffStepOpen else { throw .wrongState(action: name, state: status.state) }
            if let d = dueDate, d <= today { throw .invalid(field: "dueDate", message: "督办期限须晚于今天") }
            guard let level else { return .supervised(reason: reason, dueDate: dueDate) }
            // Escalation only goes up: 书面督办 → 约谈督办 → 现场督办 → 联合督办.
            if let current = status.supervisionLevel, level < current {
                throw .invalid(field: "level", message: "督办级别不能低于已采取的“\(current.chineseName)”")
            }
            let report = clean(progressRequired ?? "")
            return .supervised(reason: reason, dueDate: dueDate, level: level, progressRequired: report.isEmpty ? nil : report,
                               unitID: Jurisdiction.responsibleUnit(status, units: ctx.units))

        case .reportProgress(let text):
            let text = try required(text, field: "text", "请填写办理进展")
            guard status.state.isStaffStepOpen else { throw .wrongState(action: name, state: status.state) }
            guard status.supervisionCount > 0 else { throw .invalid(field: "text", message: "该件未被督办，无需报告进展") }
            try guards.bodyMember(Jurisdiction.responsibleUnit(status, units: ctx.units),
                                  roles: [.handler, .unitHead, .triageOfficer])
            return .progressReported(text: text)

        case .warnDeadline(let step, let due, let level):
            guard case .system = ctx.actor else { throw .roleNotAllowed(action: name, role: guards.roleName) }
            guard status.state.isStaffStepOpen, status.stepDue == due else { throw .wrongState(action: name, state: status.state) }
            return .deadlineWarning(step: step, due: due, level: level)

        case .comment(let text):
            let text = try required(text, field: "text", "请填写备注内容")
            // Leaders read everything but act only on cases they own (issue of 包案), so they do not comment here.
            try guards.roles([.registrar, .triageOfficer, .handler, .unitHead, .supervisor, .admin])
            return .commented(text: text)

        case .linkMatter(let matterID):
            try guards.intake()
            try guards.state(.registered)
            guard matterID != petition.matterID else { throw .invalid(field: "matterId", message: "不能关联到本件自身的事项") }
            guard let target = ctx.linkTarget, target.id == matterID else {
                throw .invalid(field: "matterId", message: "要关联的信访事项不存在")
            }
            return linkEvent(to: target, today: today)
        }
    }

    /// RULES.md §3–4: what a repeat petition becomes depending on where its matter stands.
    static func linkEvent(to target: MatterSummary, today: LocalDate) -> LifecycleEvent {
        if target.isFinal {
            return .linkedToMatter(matterID: target.id, effect: .finalMatter,
                                   note: "该事项（\(target.leadPetitionNumber)）已终结，同一事实和理由不再受理。")
        }
        if target.leadState.isInHandling || target.leadState == .registered {
            return .linkedToMatter(matterID: target.id, effect: .merged,
                                   note: "该事项已由\(target.leadPetitionNumber)受理办理中，本件并入办理，不重新计算办理期限。")
        }
        if [.replied, .reviewed].contains(target.leadState), let ends = target.windowEnds, today <= ends {
            let step = target.leadState == .replied ? "复查" : "复核"
            return .linkedToMatter(matterID: target.id, effect: .inReviewWindow,
                                   note: "该事项（\(target.leadPetitionNumber)）已出具意见，如不服可于\(ends.chinese)前申请\(step)。")
        }
        return .linkedToMatter(matterID: target.id, effect: .continues,
                               note: "与\(target.leadPetitionNumber)为同一事项，按重复信访登记并继续办理。")
    }

    /// Rebuilds the status from the whole history (day of each entry in China time).
    public static func replay(_ history: [(event: LifecycleEvent, day: LocalDate)]) -> PetitionStatus? {
        guard let first = history.first, case .registered(let received, _) = first.event else { return nil }
        var status = PetitionStatus(receivedOn: received)
        for entry in history { status.apply(entry.event, on: entry.day) }
        return status
    }

    /// The status right after registration.
    public static func registrationEvent(receivedOn: LocalDate, calendar: OfficialCalendar, rules: RuleTable) -> LifecycleEvent {
        .registered(receivedOn: receivedOn, triageDue: calendar.due(from: receivedOn, limit: rules[.triage]))
    }

    /// The Chinese name of an action, for messages and the history timeline.
    public static func chineseName(of action: String) -> String {
        switch action {
        case "register": "登记"
        case "forward": "转送"
        case "assign": "交办"
        case "handleDirectly": "直接办理"
        case "decline": "不予受理"
        case "refuseAgain": "不再受理"
        case "accept": "受理"
        case "object": "提出异议"
        case "extend": "延期"
        case "reply": "出具处理意见"
        case "rate": "满意度评价"
        case "requestReview": "申请复查"
        case "decideReview": "复查决定"
        case "requestRecheck": "申请复核"
        case "decideRecheck": "复核决定"
        case "close": "办结"
        case "supervise": "督办"
        case "reportProgress": "报告进展"
        case "warnDeadline": "期限预警"
        case "comment": "备注"
        case "linkMatter": "关联事项"
        default: action
        }
    }

    private static func clean(_ s: String) -> String { TextNormalizer.text(s) }

    private static func required(_ s: String, field: String, _ message: String) throws(LifecycleError) -> String {
        let c = TextNormalizer.text(s)
        guard !c.isEmpty else { throw .invalid(field: field, message: message) }
        guard c.count <= 20_000 else { throw .invalid(field: field, message: "内容过长") }
        return c
    }
}
