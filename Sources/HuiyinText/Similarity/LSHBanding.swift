/// Locality-sensitive hashing of MinHash signatures by banding: the signature is cut into `bands` bands of
/// `rows` entries; two texts become candidates when any band is identical. With Jaccard similarity `s` the
/// chance of becoming candidates is `1 − (1 − sʳ)ᵇ`: with the default 20 × 5 that is 0.975 at s = 0.7,
/// 0.9996 at s = 0.8 and 0.03 at s = 0.3. Candidates are then verified by exact Jaccard, so banding only
/// decides what is compared, never what is reported.
public struct LSHBanding: Sendable, Hashable, Codable {
    public var bands: Int
    public var rows: Int

    public init(bands: Int = 20, rows: Int = 5) {
        precondition(bands > 0 && rows > 0)
        self.bands = bands
        self.rows = rows
    }

    /// Probability that two texts of Jaccard similarity `s` share at least one band.
    public func candidateProbability(similarity s: Double) -> Double {
        var p = 1.0
        for _ in 0..<rows { p *= s }
        var miss = 1.0
        for _ in 0..<bands { miss *= 1 - p }
        return 1 - miss
    }

    /// One key per band: a 63-bit hash of the band number and its rows (non-negative, so it stores as a
    /// SQLite INTEGER). Needs a signature of at least `bands × rows` entries.
    public func keys(_ signature: [UInt32]) -> [Int64] {
        precondition(signature.count >= bands * rows, "signature too short for \(bands)×\(rows) bands")
        var keys: [Int64] = []
        keys.reserveCapacity(bands)
        for band in 0..<bands {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(band)
            for r in 0..<rows {
                h = MinHasher.mix(h ^ UInt64(signature[band * rows + r]))
            }
            keys.append(Int64(bitPattern: h >> 1))
        }
        return keys
    }
}
