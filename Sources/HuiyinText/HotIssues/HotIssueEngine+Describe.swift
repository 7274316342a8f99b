import HuiyinDomain

extension HotIssueEngine {
    /// The hot issue a cluster makes in the window, or nil when too few petitions or petitioners fall in it.
    func describe(_ cluster: [Int], analysis a: Analysis, window: ClosedRange<LocalDate>,
                  previous: ClosedRange<LocalDate>?) -> Hotspot? {
        let current = cluster.filter { window.contains(a.items[$0].receivedOn) }
        let petitioners = Set(current.map { a.items[$0].petitionerKey })
        guard current.count >= minimumCount, petitioners.count >= minimumPetitioners else { return nil }
        let before = cluster.count(where: { previous?.contains(a.items[$0].receivedOn) == true })
        let center = centroid(current, a)
        // The representative: the member closest to the centre (its title is the hot issue's title).
        let representative = current.max { x, y in
            let sx = Analysis.dot(a.documents[x].features, center), sy = Analysis.dot(a.documents[y].features, center)
            return sx != sy ? sx < sy : x > y
        }!
        let site = dominantSites(current, a).first
        let siteName = site.map { placeName($0, members: current, analysis: a) } ?? ""
        let members = current.map { a.items[$0] }
        let supports = members.compactMap(\.support)
        var categories: [String: Int] = [:]
        for m in members where !m.category.isEmpty { categories[m.category, default: 0] += 1 }
        var places: [String: Int] = [:]
        for m in members where !m.place.isEmpty { places[m.place, default: 0] += 1 }
        let first = a.items[cluster.min { (a.items[$0].receivedOn, a.items[$0].id) < (a.items[$1].receivedOn, a.items[$1].id) }!]
        return Hotspot(
            key: "hot|\(first.id)",
            category: Self.mostCommon(categories) ?? "",
            place: Self.mostCommon(places) ?? "",
            representative: a.items[representative],
            members: members,
            previousCount: before,
            distinctPetitioners: petitioners.count,
            support: supports.isEmpty ? nil : supports.reduce(0, +),
            title: Self.cleanTitle(a.items[representative].title),
            placeName: siteName,
            keyPhrases: keyPhrases(center, site: site.map { Array(a.placeNames[Int($0)].unicodeScalars.map(\.value)) }, analysis: a))
    }

    /// The heaviest problem phrases of the centre: not places, not inside the site's name or another chosen phrase.
    func keyPhrases(_ center: [(phrase: Int32, weight: Double)], site: [UInt32]?, analysis a: Analysis,
                    count: Int = 4) -> [String] {
        var out: [[UInt32]] = []
        for f in center.sorted(by: { $0.weight != $1.weight ? $0.weight > $1.weight : $0.phrase < $1.phrase }) {
            let p = a.lexicon.phrases[Int(f.phrase)]
            guard p.kind == .none else { continue }
            if let site, site == p.scalars || Self.contains(site, p.scalars) || Self.contains(p.scalars, site) { continue }
            if out.contains(where: { $0 == p.scalars || Self.contains($0, p.scalars) || Self.contains(p.scalars, $0) }) { continue }
            out.append(p.scalars)
            if out.count == count { break }
        }
        return out.map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) }
    }

    /// The form of the place's name the members use most (of three or more characters where there is one).
    func placeName(_ place: Int32, members: [Int], analysis a: Analysis) -> String {
        var uses: [Int32: Int] = [:]
        for m in members { for n in a.documents[m].siteNameIDs where a.siteNames[Int(n)].place == place { uses[n, default: 0] += 1 } }
        // The most used form; a longer form that holds it and is used at least half as often wins
        // (伊景园滨河苑 over 滨河苑).
        let ranked = uses.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard var best = ranked.first else { return a.placeNames[Int(place)] }
        for other in ranked.dropFirst() where other.value * 2 >= best.value {
            let long = Array(a.siteNames[Int(other.key)].text.unicodeScalars.map(\.value))
            let short = Array(a.siteNames[Int(best.key)].text.unicodeScalars.map(\.value))
            if Self.contains(long, short) { best = other }
        }
        return a.siteNames[Int(best.key)].text
    }

    static func mostCommon(_ counts: [String: Int]) -> String? {
        counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    /// A title without trailing punctuation runs and surrounding spaces.
    static func cleanTitle(_ title: String) -> String {
        var t = Substring(title)
        while let c = t.last, c.isWhitespace || "！!？?。，,".contains(c) { t = t.dropLast() }
        while let c = t.first, c.isWhitespace { t = t.dropFirst() }
        return t.isEmpty ? title : String(t)
    }
}

extension HotspotItem {
    /// Who filed it, for counting distinct petitioners (an anonymous petition is its own petitioner).
    var petitionerKey: String { petitioner.isEmpty ? "#\(id)" : petitioner }
}
