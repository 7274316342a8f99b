import HuiyinDomain

/// The pickers of the registration form over the county's data: the 3-level content taxonomy
/// (内容分类), the locality tree (问题属地) and the units that may be named as accused (被反映单位).
///
/// Plain `<select>` elements, so they work without JavaScript, with the keyboard and on a phone
/// (where the browser shows its own list).
extension RegistrationFields {
    /// One `<optgroup>` per level-1/level-2 pair listing its level-3 entries; a level-2 entry without
    /// children is offered itself.
    func categoryPicker(_ h: inout HTML, taxonomy: CategoryTaxonomy, selected: String) {
        requiredPicker(&h, "categoryCode", "内容分类", hint: "按一级／二级类别分组", blank: "请选择内容分类") { h in
            for first in taxonomy.children(of: nil) {
                for second in taxonomy.children(of: first.code) {
                    let leaves = taxonomy.children(of: second.code)
                    h.raw("<optgroup label=\"")
                    h.text(first.name)
                    h.raw(" · ")
                    h.text(second.name)
                    h.raw("\">")
                    if leaves.isEmpty {
                        FormField.option(&h, value: second.code, second.name, selected: second.code == selected)
                    }
                    for leaf in leaves {
                        FormField.option(&h, value: leaf.code, leaf.name, selected: leaf.code == selected)
                    }
                    h.raw("</optgroup>")
                }
            }
        }
    }

    /// Townships and streets with their villages and communities, indented under them.
    func localityPicker(_ h: inout HTML, units: UnitDirectory, selected: String) {
        requiredPicker(&h, "localityUnitId", "问题属地", hint: "乡镇（街道）及村（社区）", blank: "请选择问题属地") { h in
            let children = Self.childrenByParent(units)
            for county in units.units where county.kind == .countyGovernment {
                for township in children[county.id] ?? [] where township.kind == .township || township.kind == .street {
                    FormField.option(&h, value: String(township.id), township.name, selected: String(township.id) == selected)
                    for village in children[township.id] ?? [] {
                        FormField.option(&h, value: String(village.id), village.name, selected: String(village.id) == selected, depth: 2)
                    }
                }
            }
        }
    }

    /// A multiple select of the county's units (departments, townships and their villages).
    func accusedPicker(_ h: inout HTML, units: UnitDirectory, selected: [String]) {
        let path = "accusedUnitIds"
        let chosen = Set(selected)
        h.raw("<div class=\"field\">")
        label(&h, path, "被反映（被控告）单位", hint: "可多选（按住 Ctrl 或 ⌘）；这些单位的人员将看不到信访人身份")
        h.raw("<select multiple size=\"6\"")
        identity(&h, path)
        h.raw(">")
        let children = Self.childrenByParent(units)
        for county in units.units where county.kind == .countyGovernment {
            FormField.option(&h, value: String(county.id), county.name, selected: chosen.contains(String(county.id)))
            for unit in children[county.id] ?? [] where unit.kind != .petitionBureau {
                FormField.option(&h, value: String(unit.id), unit.name, selected: chosen.contains(String(unit.id)), depth: 1)
                for village in children[unit.id] ?? [] {
                    FormField.option(&h, value: String(village.id), village.name, selected: chosen.contains(String(village.id)), depth: 3)
                }
            }
        }
        h.raw("</select>")
        message(&h, path)
        h.raw("</div>")
    }

    /// A required select in its field: the label with its hint, the blank first choice, the choices
    /// `options` writes, and the field's message.
    private func requiredPicker(_ h: inout HTML, _ path: String, _ text: String, hint: String, blank: String,
                                _ options: (inout HTML) -> Void) {
        h.raw("<div class=\"field\">")
        label(&h, path, text, required: true, hint: hint)
        h.raw("<select required")
        identity(&h, path)
        h.raw(">")
        FormField.blankOption(&h, lang.t(blank))
        options(&h)
        h.raw("</select>")
        message(&h, path)
        h.raw("</div>")
    }

    /// Children of every unit in the directory's order, built in one pass.
    static func childrenByParent(_ units: UnitDirectory) -> [OrgUnit.ID: [OrgUnit]] {
        var map: [OrgUnit.ID: [OrgUnit]] = [:]
        for u in units.units { if let p = u.parentID { map[p, default: []].append(u) } }
        return map
    }
}
