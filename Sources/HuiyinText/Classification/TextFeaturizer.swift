/// Sparse feature vector: sorted feature indices and their values.
public struct SparseVector: Sendable, Hashable {
    public var indices: [Int32]
    public var values: [Float]

    public init(indices: [Int32] = [], values: [Float] = []) {
        self.indices = indices
        self.values = values
    }

    public var isEmpty: Bool { indices.isEmpty }
}

/// Character n-gram TF-IDF features (sublinear term frequency, smoothed inverse document frequency,
/// L2-normalised) over folded text. Chinese needs no word segmentation for this: character unigrams and
/// bigrams carry most of what words would.
public struct TextFeaturizer: Sendable, Codable {
    /// The longest n-gram (1…3).
    public let maxN: Int
    /// Feature key (exactly packed n-gram) → index.
    private(set) var vocabulary: [UInt64: Int32]
    private(set) var idf: [Float]

    public var featureCount: Int { idf.count }

    /// Learns the vocabulary and document frequencies from `texts` (already folded). N-grams seen in fewer
    /// than `minDocumentFrequency` texts are left out.
    public init(folded texts: [[Unicode.Scalar]], maxN: Int = 2, minDocumentFrequency: Int = 1) {
        precondition((1...3).contains(maxN))
        self.maxN = maxN
        var df: [UInt64: Int32] = [:]
        for t in texts {
            for key in Set(Self.ngramKeys(t, maxN: maxN)) { df[key, default: 0] += 1 }
        }
        var vocabulary: [UInt64: Int32] = [:]
        var idf: [Float] = []
        let n = Double(texts.count)
        for (key, count) in df.sorted(by: { $0.key < $1.key }) where Int(count) >= minDocumentFrequency {
            vocabulary[key] = Int32(idf.count)
            idf.append(Float(naturalLog((1 + n) / (1 + Double(count))) + 1))
        }
        self.vocabulary = vocabulary
        self.idf = idf
    }

    /// The TF-IDF vector of folded text (unknown n-grams are ignored).
    public func vector(folded t: [Unicode.Scalar]) -> SparseVector {
        var counts: [Int32: Int] = [:]
        for key in Self.ngramKeys(t, maxN: maxN) {
            if let i = vocabulary[key] { counts[i, default: 0] += 1 }
        }
        var pairs = counts.map { (index: $0.key, value: Float((1 + naturalLog(Double($0.value))) * Double(idf[Int($0.key)]))) }
        pairs.sort { $0.index < $1.index }
        var norm: Float = 0
        for p in pairs { norm += p.value * p.value }
        norm = norm.squareRoot()
        guard norm > 0 else { return SparseVector() }
        return SparseVector(indices: pairs.map(\.index), values: pairs.map { $0.value / norm })
    }

    public func vector(_ text: String) -> SparseVector { vector(folded: TextFolding.fold(text)) }

    /// Every n-gram (1…maxN) of `t`, packed 21 bits per character.
    static func ngramKeys(_ t: [Unicode.Scalar], maxN: Int) -> [UInt64] {
        var keys: [UInt64] = []
        keys.reserveCapacity(t.count * maxN)
        for i in t.indices {
            var v: UInt64 = 0
            for n in 0..<maxN where i + n < t.count {
                v = (v << 21) | UInt64(t[i + n].value)
                keys.append(v)
            }
        }
        return keys
    }
}

