import Foundation

extension Registration {
    /// Normalises every text field and checks the record against RULES.md §4 and §7.
    ///
    /// - Returns: the cleaned registration (ID numbers and phones in canonical form).
    /// - Throws: ``ValidationFailure`` listing every problem, each with its field.
    public func validated(
        rules: RuleTable, taxonomy: CategoryTaxonomy, units: UnitDirectory, now: Date
    ) throws(ValidationFailure) -> Registration {
        var r = self
        var errors: [FieldError] = []

        r.title = TextNormalizer.line(title)
        r.content = TextNormalizer.text(content)
        r.demands = TextNormalizer.text(demands)
        r.localityAddress = localityAddress.map(TextNormalizer.line).flatMap { $0.isEmpty ? nil : $0 }

        if r.title.isEmpty { errors.append(FieldError("title", "请填写标题")) }
        if r.title.count > Registration.maxTitleLength {
            errors.append(FieldError("title", "标题不能超过\(Registration.maxTitleLength)字"))
        }
        if r.content.isEmpty { errors.append(FieldError("content", "请填写反映的主要事实和理由")) }
        if r.content.count > Registration.maxContentLength {
            errors.append(FieldError("content", "内容不能超过\(Registration.maxContentLength)字"))
        }
        if r.demands.count > 2_000 { errors.append(FieldError("demands", "诉求不能超过2000字")) }
        if let at = receivedAt, at.timeIntervalSince(now) > 300 {
            errors.append(FieldError("receivedAt", "收到时间不能晚于当前时间"))
        }
        if taxonomy.category(code: categoryCode) == nil {
            errors.append(FieldError("categoryCode", "内容分类不存在"))
        }
        if let place = units.unit(localityUnitID) {
            // 问题属地 is a place: the county, a township or street, a village or community (RULES.md §1).
            if ![.countyGovernment, .township, .street, .village, .community].contains(place.kind) {
                errors.append(FieldError("localityUnitId", "问题属地应为县、乡镇（街道）或村（社区）"))
            }
        } else {
            errors.append(FieldError("localityUnitId", "问题属地不存在"))
        }
        for (i, id) in accusedUnitIDs.enumerated() where units.unit(id) == nil {
            errors.append(FieldError("accusedUnitIds[\(i)]", "被反映单位不存在"))
        }
        if !(1...100_000).contains(peopleCount) {
            errors.append(FieldError("peopleCount", "人数须在 1–100000 之间"))
        }

        if petitioners.isEmpty && !flags.anonymous {
            errors.append(FieldError("petitioners", "请至少登记一名信访人（匿名件请勾选“匿名”）"))
        }
        r.petitioners = petitioners.enumerated().map { i, p in
            Self.clean(p, index: i, now: now, errors: &errors)
        }
        if r.isCollective(rules: rules) {
            let reps = r.petitioners.filter { $0.role == .representative }.count
            if !(1...rules.maxRepresentatives).contains(reps) {
                errors.append(FieldError(
                    "petitioners",
                    "\(rules.collectiveThreshold)人以上的集体访须推选 1–\(rules.maxRepresentatives) 名代表（当前 \(reps) 名）"))
            }
        }
        if r.petitioners.count > r.peopleCount {
            errors.append(FieldError("peopleCount", "人数不能少于登记的信访人数"))
        }
        if purpose == .accusation { r.flags.confidential = true }

        guard errors.isEmpty else { throw ValidationFailure(errors) }
        return r
    }

    private static func clean(_ p: Petitioner, index i: Int, now: Date, errors: inout [FieldError]) -> Petitioner {
        var c = p
        c.name = TextNormalizer.personName(p.name)
        c.address = p.address.map(TextNormalizer.line).flatMap { $0.isEmpty ? nil : $0 }
        c.workplace = p.workplace.map(TextNormalizer.line).flatMap { $0.isEmpty ? nil : $0 }
        if c.name.isEmpty { errors.append(FieldError("petitioners[\(i)].name", "请填写姓名")) }
        if c.name.count > 50 { errors.append(FieldError("petitioners[\(i)].name", "姓名过长")) }

        let rawID = p.idNumber.map(TextNormalizer.line) ?? ""
        if rawID.isEmpty {
            c.idNumber = nil
            if c.idType != .none && c.idType != .residentID { c.idType = .none }
            if c.idType == .residentID { c.idType = .none }
        } else if c.idType == .residentID || c.idType == .none {
            let today = LocalDate.inChina(now)
            do {
                let id = try ResidentID.parse(rawID, today: (today.year, today.month, today.day))
                c.idNumber = id.number
                c.idType = .residentID
                let sexOfID: Petitioner.Sex = id.isMale ? .male : .female
                if c.sex == .unknown {
                    c.sex = sexOfID
                } else if c.sex != sexOfID {
                    errors.append(FieldError("petitioners[\(i)].sex", "性别与身份证号码不符"))
                }
            } catch {
                errors.append(FieldError("petitioners[\(i)].idNumber", error.message))
            }
        } else {
            c.idNumber = rawID
        }

        let rawPhone = p.phone.map(TextNormalizer.line) ?? ""
        if rawPhone.isEmpty {
            c.phone = nil
        } else {
            do {
                c.phone = try PhoneNumber.parse(rawPhone).normalized
            } catch {
                errors.append(FieldError("petitioners[\(i)].phone", error.message))
            }
        }
        return c
    }
}
