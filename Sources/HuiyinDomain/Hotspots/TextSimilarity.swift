import Foundation

/// How alike two petition texts are, in 0…1. The hotspot detector depends only on this protocol, so the
/// Chinese text engine (MinHash over segmented words) can replace ``BigramCosine`` without touching it.
public protocol TextSimilarity: Sendable {
    associatedtype Vector: Sendable
    /// The comparable form of one text (computed once per petition).
    func vector(_ text: String) -> Vector
    /// 1 for the same text, 0 for nothing in common.
    func similarity(_ a: Vector, _ b: Vector) -> Double
    /// A few keys of which two texts alike enough to matter share at least one (their rarest features),
    /// so large groups are compared only pairwise within the keys' buckets. Empty: compare every pair.
    func blockingKeys(_ v: Vector) -> [UInt64]
}

extension TextSimilarity {
    public func blockingKeys(_ v: Vector) -> [UInt64] { [] }
}

/// A sparse, L2-normalised weight vector with its keys sorted (so two vectors compare in one merge).
public struct SparseVector: Sendable, Hashable {
    public var keys: [UInt64]
    public var weights: [Double]

    public init(keys: [UInt64], weights: [Double]) {
        self.keys = keys
        self.weights = weights
    }

    public var isEmpty: Bool { keys.isEmpty }

    /// The dot product (the cosine, as both are normalised).
    public func dot(_ other: SparseVector) -> Double {
        var i = 0, j = 0, sum = 0.0
        while i < keys.count, j < other.keys.count {
            let a = keys[i], b = other.keys[j]
            if a == b { sum += weights[i] * other.weights[j]; i += 1; j += 1 } else if a < b { i += 1 } else { j += 1 }
        }
        return sum
    }
}

/// Character-bigram cosine similarity weighted by inverse document frequency: bigrams every petition
/// shares (请问、关于、A市) weigh little, the ones that name the problem (噪音、拆迁、欠薪) weigh much.
/// Self-contained (no word segmentation), good enough to find petitions about the same problem.
public struct BigramCosine: TextSimilarity {
    /// Inverse document frequency of each bigram seen in the corpus.
    public let idf: [UInt64: Double]
    /// The weight of a bigram never seen in the corpus (as rare as can be).
    public let unseenWeight: Double

    /// Learns the bigram weights from the texts that will be compared. A small corpus is padded with
    /// `minimumDocuments` − n pseudo-documents that contain none of its bigrams: frequencies from a few
    /// dozen petitions (half of them about one hot issue) would otherwise make the issue's own words
    /// look common and hide it.
    public init(corpus: [String], minimumDocuments: Int = 1000) {
        var df: [UInt64: Int] = [:]
        for text in corpus {
            for key in Set(Self.bigrams(text)) { df[key, default: 0] += 1 }
        }
        let n = Double(max(corpus.count, minimumDocuments))
        var idf: [UInt64: Double] = [:]
        idf.reserveCapacity(df.count)
        for (key, count) in df { idf[key] = log((n + 1) / (Double(count) + 1)) + 1 }
        self.idf = idf
        self.unseenWeight = log(n + 1) + 1
    }

    public func vector(_ text: String) -> SparseVector {
        var tf: [UInt64: Double] = [:]
        for key in Self.bigrams(text) { tf[key, default: 0] += 1 }
        var pairs = tf.map { (key: $0.key, weight: (1 + log($0.value)) * (idf[$0.key] ?? unseenWeight)) }
        pairs.sort { $0.key < $1.key }
        let norm = sqrt(pairs.reduce(0) { $0 + $1.weight * $1.weight })
        guard norm > 0 else { return SparseVector(keys: [], weights: []) }
        return SparseVector(keys: pairs.map(\.key), weights: pairs.map { $0.weight / norm })
    }

    public func similarity(_ a: SparseVector, _ b: SparseVector) -> Double { a.dot(b) }

    /// The 24 heaviest bigrams: two texts with cosine ≥ 0.4 practically always share one of them.
    public func blockingKeys(_ v: SparseVector) -> [UInt64] {
        guard v.keys.count > Self.blockingKeyCount else { return v.keys }
        return v.weights.indices.sorted { (v.weights[$0], v.keys[$0]) > (v.weights[$1], v.keys[$1]) }
            .prefix(Self.blockingKeyCount).map { v.keys[$0] }
    }

    static let blockingKeyCount = 24

    /// The bigrams of the text's runs of letters, digits and Han characters (punctuation and spaces break
    /// runs; Latin letters are folded to lower case).
    public static func bigrams(_ text: String) -> [UInt64] {
        var out: [UInt64] = []
        var previous: UInt32?
        for scalar in text.unicodeScalars {
            let p = scalar.properties
            guard p.isAlphabetic || p.numericType != nil else { previous = nil; continue }
            var v = scalar.value
            if (0x41...0x5A).contains(v) { v += 0x20 }
            if let previous { out.append(UInt64(previous) << 32 | UInt64(v)) }
            previous = v
        }
        return out
    }
}
