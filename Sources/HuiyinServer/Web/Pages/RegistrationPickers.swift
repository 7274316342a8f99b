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
        let path = "categoryCode"
        h.raw("<div class=\"field\">")
        label(&h, path, "内容分类", required: true, hint: "按一级／二级类别分组")
        h.raw("<select required")
        identity(&h, path)
        h.raw("><option value=\"\">")
        h.text(layout.t("请选择内容分类"))
        h.raw("</option>")
        for first in taxonomy.children(of: nil) {
            for second in taxonomy.children(of: first.code) {
                let leaves = taxonomy.children(of: second.code)
                h.raw("<optgroup label=\"")
                h.text(first.name)
                h.raw(" · ")
                h.text(second.name)
                h.raw("\">")
                if leaves.isEmpty {
                    option(&h, value: second.code, name: second.name, selected: second.code == selected)
                }
                for leaf in leaves {
                    option(&h, value: leaf.code, name: leaf.name, selected: leaf.code == selected)
                }
                h.raw("</optgroup>")
            }
        }
        h.raw("</select>")
        message(&h, path)
        h.raw("</div>")
    }

    /// Townships and streets with their villages and communities, indented under them.
    func localityPicker(_ h: inout HTML, units: UnitDirectory, selected: String) {
        let path = "localityUnitId"
        h.raw("<div class=\"field\">")
        label(&h, path, "问题属地", required: true, hint: "乡镇（街道）及村（社区）")
        h.raw("<select required")
        identity(&h, path)
        h.raw("><option value=\"\">")
        h.text(layout.t("请选择问题属地"))
        h.raw("</option>")
        let children = Self.childrenByParent(units)
        for county in units.units where county.kind == .countyGovernment {
            for township in children[county.id] ?? [] where township.kind == .township || township.kind == .street {
                option(&h, value: String(township.id), name: township.name, selected: String(township.id) == selected)
                for village in children[township.id] ?? [] {
                    option(&h, value: String(village.id), name: "\u{3000}\u{3000}" + village.name, selected: String(village.id) == selected)
                }
            }
        }
        h.raw("</select>")
        message(&h, path)
        h.raw("</div>")
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
            option(&h, value: String(county.id), name: county.name, selected: chosen.contains(String(county.id)))
            for unit in children[county.id] ?? [] where unit.kind != .petitionBureau {
                option(&h, value: String(unit.id), name: "\u{3000}" + unit.name, selected: chosen.contains(String(unit.id)))
                for village in children[unit.id] ?? [] {
                    option(&h, value: String(village.id), name: "\u{3000}\u{3000}\u{3000}" + village.name,
                           selected: chosen.contains(String(village.id)))
                }
            }
        }
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
