/// The deadline sweep (期限预警): which open steps are due soon or overdue on a given day, and which of
/// those warnings have not been recorded yet. Pure: the store supplies the open steps and what was
/// already warned; the caller records the warnings (history, outbox) and the bookkeeping.
public enum DeadlineSweep {
    /// A petition whose open staff step has a due date.
    public struct OpenStep: Sendable, Hashable {
        public var petitionID: Int64
        public var number: String
        public var title: String
        public var state: PetitionState
        public var due: LocalDate
        public var responsibleUnitID: OrgUnit.ID?
        /// The warning levels already recorded for this very step (same state and due date).
        public var alreadyWarned: Set<DeadlineLevel>

        public init(petitionID: Int64, number: String, title: String, state: PetitionState, due: LocalDate,
                    responsibleUnitID: OrgUnit.ID?, alreadyWarned: Set<DeadlineLevel> = []) {
            self.petitionID = petitionID
            self.number = number
            self.title = title
            self.state = state
            self.due = due
            self.responsibleUnitID = responsibleUnitID
            self.alreadyWarned = alreadyWarned
        }

        /// The step's name in Chinese (分办, 受理告知, 出具处理意见 …).
        public var stepName: String {
            var s = PetitionStatus(receivedOn: due)
            s.state = state
            return s.stepName ?? state.chineseName
        }
    }

    /// One warning to record.
    public struct Warning: Sendable, Hashable {
        public var step: OpenStep
        public var level: DeadlineLevel

        /// Days past due (positive) or left (zero or negative) on `today`.
        public func daysOver(on today: LocalDate) -> Int { step.due.days(until: today) }

        /// The sentence recorded in the case history and sent to the unit and the supervisors.
        public func message(on today: LocalDate) -> String {
            let n = step.due.days(until: today)
            switch level {
            case .overdue:
                return "期限预警：\(step.stepName)已超期 \(n) 天（期限\(step.due.chinese)），请立即办理。"
            case .dueSoon:
                let left = -n
                let when = left == 0 ? "今天到期" : "还剩 \(left) 天到期"
                return "期限预警：\(step.stepName)\(when)（期限\(step.due.chinese)），请按期办理。"
            }
        }
    }

    /// The level of `step` on `today`: overdue after the due day, due soon from `soonDays` before it.
    public static func level(of due: LocalDate, today: LocalDate, soonDays: Int) -> DeadlineLevel? {
        if today > due { return .overdue }
        if today.days(until: due) <= soonDays { return .dueSoon }
        return nil
    }

    /// The warnings still to record on `today`. A step warned as overdue is not warned again; a step
    /// warned as due soon is warned once more when it becomes overdue. A step first seen overdue gets
    /// only the overdue warning.
    public static func warnings(_ steps: [OpenStep], today: LocalDate, soonDays: Int) -> [Warning] {
        var out: [Warning] = []
        for step in steps where step.state.isStaffStepOpen {
            guard let level = level(of: step.due, today: today, soonDays: max(0, soonDays)),
                  !step.alreadyWarned.contains(level), !step.alreadyWarned.contains(.overdue) else { continue }
            out.append(Warning(step: step, level: level))
        }
        return out.sorted { ($0.step.due, $0.step.petitionID) < ($1.step.due, $1.step.petitionID) }
    }
}
