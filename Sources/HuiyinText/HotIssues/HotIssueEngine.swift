import HuiyinDomain

/// Finds hot issues (苗头性、倾向性问题): one local problem raised by many people in their own words, titles
/// and place names. The one engine behind the hotspot page, the report, the daily alert, related petitions
/// and `huiyin analyse hotspots`.
///
/// 1. Key phrases are mined from the texts themselves (``PhraseMiner``); each text becomes a TF-IDF vector
///    of its phrases (the title counts ``titleWeight`` times; phrases in more than ``commonShare`` of the
///    texts, or in 40% of a short window's, weigh nothing; names of areas and sites weigh ``areaWeight``
///    and ``siteWeight``).
/// 2. Two texts' similarity is the cosine of their vectors, raised when they name the same site (an estate,
///    a road, a school — compared without the areas they are named under, ``PlaceKind``) or the same
///    locality unit, and lowered when their titles name different sites or their units lie in different
///    townships: the same complaint about two estates is two problems.
/// 3. Group-average clustering (``AverageLinkage``) at ``linkThreshold``: no loose pair chains problems.
/// 4. Clusters about the same site whose centroids are alike (``mergeThreshold``) are one problem told in
///    different words (搅拌站 / 搅拌厂, 捆绑销售车位 / 车位捆绑).
public struct HotIssueEngine: Sendable {
    public var miner = PhraseMiner()
    public var titleWeight = 2.0
    public var commonShare = 0.05
    public var areaWeight = 0.3
    /// Sites weigh this much in the text vectors: where a petition is counts through the place factors,
    /// so two petitions about different problems at one estate are not alike for the estate's name alone.
    public var siteWeight = 0.5
    public var samePlaceFactor = 1.3
    public var otherPlaceFactor = 0.2
    public var linkThreshold = 0.2
    public var mergeThreshold = 0.18
    /// Pairs less alike than this are left out of the graph (they count as 0 in averages).
    public var edgeFloor = 0.04
    /// A hot issue needs this many petitions in the window …
    public var minimumCount = 3
    /// … from at least this many different petitioners.
    public var minimumPetitioners = 2
    /// Frequencies are taken as if there were at least this many texts, so that a short window whose half is
    /// one issue does not make the issue's own words look common.
    public var minimumCorpus = 1000

    public init() {}

    /// Hot issues among `items` received in `window`, against the `previous` window; hottest first.
    /// Items outside both windows are ignored.
    public func detect(_ items: [HotspotItem], window: ClosedRange<LocalDate>,
                       previous: ClosedRange<LocalDate>?) -> [Hotspot] {
        let inView = items.filter { window.contains($0.receivedOn) || previous?.contains($0.receivedOn) == true }
            .sorted { ($0.receivedOn, $0.id) < ($1.receivedOn, $1.id) }
        let analysis = analyse(inView)
        return analysis.clusters.compactMap { describe($0, analysis: analysis, window: window, previous: previous) }
            .sorted { $0.heat != $1.heat ? $0.heat > $1.heat : $0.key < $1.key }
    }

    /// The corpus read, its vectors and the clusters (indexes into `items`), for ``detect`` and evaluations.
    public func analyse(_ items: [HotspotItem]) -> Analysis {
        let texts = items.map { TextRuns($0.text) }
        let lexicon = miner.withCorpusSize(items.count).mine(runs: texts)
        var a = Analysis(items: items, lexicon: lexicon)
        a.documents = zip(items, texts).map { document($0, text: $1, lexicon: lexicon) }
        weigh(&a)
        let edges = similarities(a)
        let groups = AverageLinkage.clusters(count: items.count, edges: edges, threshold: linkThreshold)
        a.clusters = mergeSamePlace(groups.filter { $0.count >= 2 }.map { $0.map(Int.init) }, analysis: a)
        return a
    }
}

extension PhraseMiner {
    /// Short corpora (a month of a county) keep phrases seen in two texts.
    func withCorpusSize(_ n: Int) -> PhraseMiner {
        var m = self
        if n < 2000 { m.minimumDocuments = min(m.minimumDocuments, 2) }
        return m
    }
}
