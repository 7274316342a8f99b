/// The key phrases of a corpus (mined by ``PhraseMiner``), each with the number of texts it occurs in and
/// what kind of name it is, and a fast way to find them in a text.
public struct PhraseLexicon: Sendable {
    public struct Phrase: Sendable, Hashable {
        public var scalars: [UInt32]
        /// Texts of the mined corpus that contain it.
        public var documents: Int
        public var kind: PlaceKind

        public init(scalars: [UInt32], documents: Int, kind: PlaceKind? = nil) {
            self.scalars = scalars
            self.documents = documents
            self.kind = kind ?? PlaceKind.of(scalars)
        }

        public var text: String {
            String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
        }
    }

    public private(set) var phrases: [Phrase]
    /// Texts in the mined corpus.
    public let documents: Int
    /// Every phrase and every proper prefix of one, so a scan stops as soon as no phrase can follow; the
    /// phrase at each id (−1 for a prefix that is no phrase).
    private var index = PhraseTable()
    private var phraseAt: [Int32] = []
    private var longest = 0

    public init(_ phrases: [Phrase], documents: Int) {
        self.phrases = phrases.sorted { $0.scalars.lexicographicallyPrecedes($1.scalars) }
        self.documents = documents
        for (i, p) in self.phrases.enumerated() {
            for n in 1...p.scalars.count {
                let (id, inserted) = index.insert(PhraseHash.hash(p.scalars[0..<n]))
                if inserted { phraseAt.append(-1) }
                if n == p.scalars.count { phraseAt[id] = Int32(i) }
            }
            longest = max(longest, p.scalars.count)
        }
    }

    public var count: Int { phrases.count }

    /// The phrase with this text, if mined.
    public func phrase(_ text: String) -> Phrase? {
        let scalars = TextRuns(text).scalars
        guard let id = index.find(PhraseHash.hash(scalars)), phraseAt[id] >= 0 else { return nil }
        return phrases[Int(phraseAt[id])]
    }

    /// Every occurrence of a phrase in the text (overlapping ones too), as indexes into ``phrases``.
    func occurrences(in text: TextRuns) -> [Int32] {
        var out: [Int32] = []
        let pre = text.prefixHashes()
        for r in text.runs {
            for i in r {
                var n = 1
                while i + n <= r.upperBound, n <= longest {
                    guard let id = index.find(PhraseHash.hash(pre, i, n)) else { break }
                    if n >= 2, phraseAt[id] >= 0 { out.append(phraseAt[id]) }
                    n += 1
                }
            }
        }
        return out
    }

    /// The names of places in a text, in canonical form (``PlaceKind/canonical(_:areas:)``): 丽发新城小区,
    /// A2区丽发新城 and 暮云街道丽发新城 are all 丽发新城.
    func canonicalPlace(_ p: Phrase) -> [UInt32] {
        PlaceKind.canonical(p.scalars) { prefix in
            guard let id = index.find(PhraseHash.hash(prefix)), phraseAt[id] >= 0 else { return false }
            return phrases[Int(phraseAt[id])].kind == .area
        }
    }
}
