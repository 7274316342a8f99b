import HuiyinDomain

/// The rule table as typed into the form (strings, so a refused value is shown back as typed), turned into
/// a ``RuleTable`` with each field checked by the domain's own ``RuleTable/validate()``.
struct AdminRuleValues {
    var days: [RuleTable.Limit: String] = [:]
    var counts: [RuleTable.Limit: String] = [:]
    var collectiveThreshold = ""
    var maxRepresentatives = ""

    init(_ table: RuleTable) {
        for rule in RuleTable.Limit.allCases {
            days[rule] = String(table[rule].days)
            counts[rule] = table[rule].count.rawValue
        }
        collectiveThreshold = String(table.collectiveThreshold)
        maxRepresentatives = String(table.maxRepresentatives)
    }

    init(_ form: FormData) {
        for rule in RuleTable.Limit.allCases {
            days[rule] = form.string("days-" + rule.rawValue).trimmingWhitespace
            counts[rule] = form.string("count-" + rule.rawValue)
        }
        collectiveThreshold = form.string("collectiveThreshold").trimmingWhitespace
        maxRepresentatives = form.string("maxRepresentatives").trimmingWhitespace
    }

    struct Refusal: Error { var errors: [String: String] }

    /// The table, or Chinese messages by field name. Each value is checked alone against the statutory
    /// table, so the domain's message lands beside the field it is about.
    func table() -> Result<RuleTable, Refusal> {
        var errors: [String: String] = [:]
        var table = RuleTable.statutory
        for rule in RuleTable.Limit.allCases {
            let field = "days-" + rule.rawValue
            guard let n = Int(days[rule] ?? "") else { errors[field] = "请填写整数天数"; continue }
            guard let count = DayCount(rawValue: counts[rule] ?? "") else { errors[field] = "请选择计算方式"; continue }
            var alone = RuleTable.statutory
            alone.limits[rule] = TimeLimit(days: n, count: count)
            if let problem = alone.validate().first { errors[field] = problem }
            table.limits[rule] = TimeLimit(days: n, count: count)
        }
        if let n = Int(collectiveThreshold) {
            var alone = RuleTable.statutory
            alone.collectiveThreshold = n
            if let problem = alone.validate().first { errors["collectiveThreshold"] = problem }
            table.collectiveThreshold = n
        } else {
            errors["collectiveThreshold"] = "请填写整数"
        }
        if let n = Int(maxRepresentatives) {
            var alone = RuleTable.statutory
            alone.maxRepresentatives = n
            if let problem = alone.validate().first { errors["maxRepresentatives"] = problem }
            table.maxRepresentatives = n
        } else {
            errors["maxRepresentatives"] = "请填写整数"
        }
        guard errors.isEmpty else { return .failure(Refusal(errors: errors)) }
        if let problem = table.validate().first { return .failure(Refusal(errors: ["days-triage": problem])) }
        return .success(table)
    }

    /// What differs between two tables, for the admin log: `办理并出具处理意见 60日→45日`.
    static func changes(from old: RuleTable, to new: RuleTable) -> [String] {
        var out: [String] = []
        for rule in RuleTable.Limit.allCases where old[rule] != new[rule] {
            out.append("\(rule.chineseName) \(old[rule])→\(new[rule])")
        }
        if old.collectiveThreshold != new.collectiveThreshold {
            out.append("集体访人数门槛 \(old.collectiveThreshold)→\(new.collectiveThreshold)")
        }
        if old.maxRepresentatives != new.maxRepresentatives {
            out.append("代表人数上限 \(old.maxRepresentatives)→\(new.maxRepresentatives)")
        }
        return out
    }
}
