
import HuiyinDomain

extension HotIssueEngine {
    /// One text as the engine sees it.
    public struct Document: Sendable {
        /// Phrase index and weight, sorted by index, L2-normalised.
        var features: [(phrase: Int32, weight: Double)] = []
        /// Phrase index and count (title occurrences counted ``HotIssueEngine/titleWeight`` times).
        var counts: [Int32: Double] = [:]
        /// Canonical names of the sites it names (``PlaceKind/site``), and those its title names, while
        /// the corpus is read; then ``sites`` and ``titleSites``.
        var siteNames: [[UInt32]] = []
        var titleSiteNames: [[UInt32]] = []
        /// The places it names (ids into ``Analysis/placeNames``), sorted.
        var sites: [Int32] = []
        var titleSites: [Int32] = []
        /// The site names themselves (ids into ``Analysis/siteNames``), to show the form members use.
        var siteNameIDs: [Int32] = []
        /// The locality unit and its area (interned ``HotspotItem/place`` and ``HotspotItem/area``; −1: none).
        var unit: Int32 = -1
        var area: Int32 = -1
    }

    /// A corpus read by the engine: the items, the mined phrases, each text's vector and the clusters.
    public struct Analysis: Sendable {
        public var items: [HotspotItem]
        public var lexicon: PhraseLexicon
        var documents: [Document] = []
        /// Phrase weights (inverse document frequency; 0 for common phrases).
        var weights: [Double] = []
        /// One name per place: site names that are equal or one inside the other (丽发 and 丽发新城) are one
        /// place, shown under its most named form.
        var placeNames: [String] = []
        /// Every site name (not generic) and the place it belongs to.
        var siteNames: [(text: String, place: Int32)] = []
        /// Clusters of at least two items, as indexes into ``items``, largest first.
        public internal(set) var clusters: [[Int]] = []

        init(items: [HotspotItem], lexicon: PhraseLexicon) {
            self.items = items
            self.lexicon = lexicon
        }

        static func dot(_ x: [(phrase: Int32, weight: Double)], _ y: [(phrase: Int32, weight: Double)]) -> Double {
            var i = 0, j = 0, s = 0.0
            while i < x.count, j < y.count {
                if x[i].phrase == y[j].phrase { s += x[i].weight * y[j].weight; i += 1; j += 1 }
                else if x[i].phrase < y[j].phrase { i += 1 } else { j += 1 }
            }
            return s
        }
    }

    func document(_ item: HotspotItem, text: TextRuns, lexicon: PhraseLexicon) -> Document {
        var d = Document()
        for p in lexicon.occurrences(in: text) { d.counts[p, default: 0] += 1 }
        let title = lexicon.occurrences(in: TextRuns(item.title))
        for p in title { d.counts[p, default: 0] += titleWeight - 1 }
        func sites(_ phrases: some Sequence<Int32>) -> [[UInt32]] {
            var out: [[UInt32]] = []
            for p in Set(phrases) where lexicon.phrases[Int(p)].kind == .site {
                let c = lexicon.canonicalPlace(lexicon.phrases[Int(p)])
                if c.count >= 2, !out.contains(c) { out.append(c) }
            }
            return out
        }
        d.siteNames = sites(d.counts.keys)
        d.titleSiteNames = sites(title)
        return d
    }

    /// Site names that are not one place: named in more than ``commonShare`` of the texts, or named with
    /// areas all over the county (麻将馆 in 春华镇, 德政园社区 and 南托社区 — the thing complained about,
    /// not where). A place lies in one area: at least 60% of the texts that name it and an area name the same
    /// area. Areas named in more than 30% of the texts (the county or city itself) are no help and ignored.
    func genericSites(_ a: Analysis, corpusSize n: Double) -> Set<[UInt32]> {
        var named: [[UInt32]: Int] = [:]
        var withArea: [[UInt32]: Int] = [:]
        var areaCounts: [[UInt32]: [Int32: Int]] = [:]
        let areaLimit = Int(0.3 * Double(a.items.count))
        for d in a.documents {
            let areas = d.counts.keys.filter { p in
                let phrase = a.lexicon.phrases[Int(p)]
                return phrase.kind == .area && phrase.documents <= max(areaLimit, 2)
            }
            for s in d.siteNames {
                named[s, default: 0] += 1
                guard !areas.isEmpty else { continue }
                withArea[s, default: 0] += 1
                for p in areas { areaCounts[s, default: [:]][p, default: 0] += 1 }
            }
        }
        var out = Set<[UInt32]>()
        for (s, count) in named {
            if Double(count) > commonShare * n { out.insert(s); continue }
            let w = withArea[s] ?? 0
            guard w >= 4 else { continue }
            let top = areaCounts[s]?.values.max() ?? 0
            if Double(top) < 0.6 * Double(w) { out.insert(s) }
        }
        return out
    }

    /// TF-IDF weights and normalised vectors; sites that are not one place are dropped (``genericSites``).
    func weigh(_ a: inout Analysis) {
        let n = Double(max(a.items.count, minimumCorpus))
        var df = [Int](repeating: 0, count: a.lexicon.count)
        for d in a.documents { for p in d.counts.keys { df[Int(p)] += 1 } }
        let actual = Double(a.items.count)
        a.weights = df.enumerated().map { p, f in
            guard f > 0, Double(f) <= commonShare * n, actual < 20 || Double(f) <= 0.4 * actual else { return 0 }
            let idf = naturalLog(n / Double(f))
            switch a.lexicon.phrases[p].kind {
            case .area: return idf * areaWeight
            case .site: return idf * siteWeight
            case .none: return idf
            }
        }
        let generic = genericSites(a, corpusSize: n)
        for i in a.documents.indices {
            var f = a.documents[i].counts.compactMap { p, c -> (phrase: Int32, weight: Double)? in
                let w = a.weights[Int(p)]
                return w > 0 ? (p, (1 + naturalLog(c)) * w) : nil
            }
            f.sort { $0.phrase < $1.phrase }
            let norm = f.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
            a.documents[i].features = norm > 0 ? f.map { ($0.phrase, $0.weight / norm) } : []
        }
        groupPlaces(&a, generic: generic)
    }
}


extension HotIssueEngine {
    /// Gives each document the ids of the places it names: site names (not generic) that are equal or one
    /// inside the other form one place (union–find), named by its most frequent form; and interns the
    /// locality units.
    func groupPlaces(_ a: inout Analysis, generic: Set<[UInt32]>) {
        var id: [[UInt32]: Int] = [:]
        var names: [[UInt32]] = []
        var uses: [Int] = []
        for d in a.documents {
            for s in d.siteNames where !generic.contains(s) {
                if let k = id[s] { uses[k] += 1 } else { id[s] = names.count; names.append(s); uses.append(1) }
            }
        }
        var parent = Array(names.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        for (k, s) in names.enumerated() where s.count > 2 {
            for n in 2..<s.count {
                for start in 0...(s.count - n) {
                    if let inner = id[Array(s[start..<start + n])] {
                        let x = root(k), y = root(inner)
                        if x != y { parent[max(x, y)] = min(x, y) }
                    }
                }
            }
        }
        var group: [Int: Int32] = [:]
        var best: [Int32: Int] = [:]
        a.placeNames = []
        for k in names.indices {
            let r = root(k)
            let g = group[r] ?? { let g = Int32(a.placeNames.count); group[r] = g; a.placeNames.append(""); return g }()
            // Shown under its most named form of three or more characters (丽发新城 rather than 丽发).
            let score = uses[k] + (names[k].count >= 3 ? 1 << 20 : 0)
            if score > best[g] ?? 0 {
                best[g] = score
                a.placeNames[Int(g)] = String(String.UnicodeScalarView(names[k].compactMap(Unicode.Scalar.init)))
            }
        }
        a.siteNames = names.indices.map { k in
            (String(String.UnicodeScalarView(names[k].compactMap(Unicode.Scalar.init))), group[root(k)]!)
        }
        func ids(_ list: [[UInt32]]) -> [Int32] {
            Array(Set(list.compactMap { id[$0].map { group[root($0)]! } })).sorted()
        }
        var units: [String: Int32] = [:]
        func unit(_ s: String) -> Int32 {
            guard !s.isEmpty else { return -1 }
            if let u = units[s] { return u }
            units[s] = Int32(units.count)
            return Int32(units.count - 1)
        }
        for i in a.documents.indices {
            a.documents[i].sites = ids(a.documents[i].siteNames)
            a.documents[i].titleSites = ids(a.documents[i].titleSiteNames)
            a.documents[i].siteNameIDs = Array(Set(a.documents[i].siteNames.compactMap { id[$0].map(Int32.init) })).sorted()
            a.documents[i].siteNames = []
            a.documents[i].titleSiteNames = []
            a.documents[i].unit = unit(a.items[i].place)
            a.documents[i].area = unit(a.items[i].area)
        }
    }
}
