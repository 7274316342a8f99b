import HuiyinDomain

/// The organisation tree in display order: each unit followed by its children, with its depth.
/// Built in one pass over the units (a children index), so large trees stay cheap.
enum AdminUnitTree {
    static func ordered(_ units: [OrgUnit]) -> [(unit: OrgUnit, depth: Int)] {
        var children: [OrgUnit.ID: [OrgUnit]] = [:]
        var known = Set<OrgUnit.ID>()
        for u in units { known.insert(u.id) }
        var roots: [OrgUnit] = []
        for u in units {
            if let p = u.parentID, known.contains(p), p != u.id { children[p, default: []].append(u) } else { roots.append(u) }
        }
        var out: [(unit: OrgUnit, depth: Int)] = []
        out.reserveCapacity(units.count)
        var seen = Set<OrgUnit.ID>()
        var stack: [(OrgUnit, Int)] = roots.reversed().map { ($0, 0) }
        while let (u, depth) = stack.popLast() {
            // A cycle in a hand-edited database must not loop forever.
            guard seen.insert(u.id).inserted else { continue }
            out.append((u, depth))
            for c in (children[u.id] ?? []).reversed() { stack.append((c, depth + 1)) }
        }
        // Units caught in a cycle are unreachable from a root: list them last so nothing is hidden.
        for u in units where !seen.contains(u.id) { out.append((u, 0)) }
        return out
    }
}
