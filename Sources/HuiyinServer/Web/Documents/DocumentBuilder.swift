import HuiyinDomain
import HuiyinStore

/// Turns one history entry of a petition into an ``OfficialDocument``: the values of the case, the
/// administrator's template, the number, the addressee as the viewer may see it.
struct DocumentBuilder {
    let petition: PetitionCase
    let history: [HistoryEntry]
    let config: CountyConfiguration
    let viewer: StaffUser

    /// The document issued by `entry`, or nil when that step issues none.
    func document(for entry: HistoryEntry, template: DocumentTemplateText) -> OfficialDocument? {
        guard let kind = DocumentKind(action: entry.event.kind), kind == template.kind else { return nil }
        var v = values(kind: kind, entry: entry)
        let issuer = v["issuer"] ?? ""
        v["documentNumber"] = number(kind: kind, entry: entry)
        return OfficialDocument(kind: kind, title: kind.title, number: v["documentNumber"] ?? "", addressee: addressee,
                                paragraphs: template.paragraphs(v), issuer: issuer, date: entry.day)
    }

    /// 抬头: never the informant's name for a user of an accused unit (RULES.md §4).
    var addressee: String {
        let reg = petition.record.registration
        if Jurisdiction.hidesIdentity(from: viewer, petition.record, units: config.units) { return Petitioner(name: "").withheld.name }
        if reg.flags.anonymous || reg.petitioners.isEmpty { return "信访人" }
        let names = reg.petitioners.prefix(3).map(\.name).joined(separator: "、")
        return reg.petitioners.count > 3 || reg.peopleCount > reg.petitioners.count && reg.peopleCount > 3
            ? names + "等\(max(reg.peopleCount, reg.petitioners.count))人" : names
    }

    /// 文号: the county's short name, the kind's mark, the year and the petition's serial; a second
    /// document of the same kind on one petition (after 撤销重办) gets 之二.
    func number(kind: DocumentKind, entry: HistoryEntry) -> String {
        let county = config.units.units.first { $0.kind == .countyGovernment }?.name ?? ""
        var short = county
        for suffix in ["县人民政府", "区人民政府", "市人民政府", "人民政府"] where short.hasSuffix(suffix) {
            short = String(short.dropLast(suffix.count))
            break
        }
        let serial = PetitionNumber.parse(petition.record.number)?.sequence ?? Int(petition.record.id)
        let earlier = history.filter { $0.sequence < entry.sequence && $0.event.kind == entry.event.kind }.count
        let suffix = earlier == 0 ? "" : "之" + Self.chineseNumeral(earlier + 1)
        return "\(short)信访\(kind.numberMark)字〔\(entry.day.year)〕\(serial)号\(suffix)"
    }

    private func values(kind: DocumentKind, entry: HistoryEntry) -> [String: String] {
        let record = petition.record
        var v: [String: String] = [
            "petitioner": addressee,
            "petitionNumber": record.number,
            "title": record.registration.title,
            "receivedOn": LocalDate.inChina(record.receivedAt).chinese,
            "issuer": entry.actorUnitName ?? config.units.petitionBureau?.name ?? "",
            "issuedOn": entry.day.chinese,
        ]
        let before = history.filter { $0.sequence < entry.sequence }
        switch entry.event {
        case .accepted(let due, let note):
            v["decisionDue"] = due.chinese
            v["note"] = note
        case .declined(let reason, let route, _):
            v["reason"] = Self.clause(reason)
            v["properRoute"] = Self.clause(route)
        case .extended(let days, let reason, let due):
            v["days"] = String(days)
            v["reason"] = Self.clause(reason)
            v["decisionDue"] = due.chinese
        case .replied(let letter, let window, _):
            v["outcome"] = letter.outcome.chineseName
            v["factsFound"] = letter.factsFound
            v["basis"] = letter.basis
            v["opinion"] = letter.opinion
            v["appealRights"] = letter.appealRights
            v["reviewWindowEnds"] = window.chinese
            if !letter.issuedBy.isEmpty { v["issuer"] = letter.issuedBy }
        case .reviewDecided(let outcome, let opinion, let window, let rehandling):
            v["outcome"] = outcome.chineseName
            v["opinion"] = opinion
            if let request = before.last(where: { $0.event.kind == "requestReview" }) {
                if case .reviewRequested(_, let unitName, let reasons, _) = request.event {
                    v["reasons"] = reasons
                    v["issuer"] = entry.actorUnitName ?? unitName
                }
                v["requestedOn"] = request.day.chinese
            }
            if let reply = before.last(where: { $0.event.kind == "reply" }), case .replied(let letter, _, _) = reply.event {
                v["originalIssuer"] = letter.issuedBy
                v["originalIssuedOn"] = letter.issuedOn.chinese
            }
            if let rehandling {
                v["rehandlingDue"] = rehandling.chinese
            } else {
                let body = entry.actorUnitID.flatMap { config.units.reviewBody(of: $0) }?.name ?? "上一级机关"
                v["recheckRights"] = "如不服本复查意见，可以自收到本意见书之日起\(config.rules[.recheckRequest])内向\(body)请求复核。"
                v["recheckWindowEnds"] = window.chinese
            }
        case .recheckDecided(let outcome, let opinion, let rehandling):
            v["outcome"] = outcome.chineseName
            v["opinion"] = opinion
            if let rehandling { v["rehandlingDue"] = rehandling.chinese }
            if let request = before.last(where: { $0.event.kind == "requestRecheck" }) {
                if case .recheckRequested(_, let unitName, let reasons, _) = request.event {
                    v["reasons"] = reasons
                    v["issuer"] = entry.actorUnitName ?? unitName
                }
                v["requestedOn"] = request.day.chinese
            }
            v["reviewIssuer"] = before.last(where: { $0.event.kind == "decideReview" })?.actorUnitName ?? ""
        default:
            break
        }
        return v
    }

    /// A reason as a clause inside a sentence: without its closing full stop.
    static func clause(_ s: String) -> String {
        var s = Substring(s)
        while let last = s.last, "。.；;".contains(last) { s.removeLast() }
        return String(s)
    }

    static func chineseNumeral(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        return n <= 10 ? digits[n] : String(n)
    }
}
