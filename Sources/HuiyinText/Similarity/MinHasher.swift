/// MinHash signatures (Broder) over character shingles: the probability that two signatures agree at a
/// position equals the Jaccard similarity of the shingle sets.
///
/// Each permutation is a multiply-add hash `a·x + b (mod 2⁶⁴)` with odd `a` of a well mixed shingle value
/// `x`, keeping the high 32 bits; the minimum over the shingles is the signature entry. Seeds are fixed, so
/// signatures computed by any instance (or stored years ago) compare.
public struct MinHasher: Sendable {
    public let permutations: Int
    public let shingleSize: Int
    private let a: [UInt64]
    private let b: [UInt64]

    public init(permutations: Int = 128, shingleSize: Int = 3, seed: UInt64 = 0x6875_6979_696E_2021) {
        precondition(permutations > 0 && permutations % 8 == 0, "permutations must be a positive multiple of 8")
        self.permutations = permutations
        self.shingleSize = shingleSize
        var state = seed
        var a: [UInt64] = [], b: [UInt64] = []
        for _ in 0..<permutations {
            // Multiply-add-shift (Dietzfelbinger): 64-bit a and b over 32-bit keys, the high 32 bits kept.
            a.append(Self.splitMix(&state) | 1)
            b.append(Self.splitMix(&state))
        }
        self.a = a
        self.b = b
    }

    /// The signature of `text` (folded, shingled).
    public func signature(_ text: String) -> [UInt32] {
        signature(Shingles(text, size: shingleSize))
    }

    /// The signature of a shingle set; all `UInt32.max` for an empty set.
    ///
    /// Permutation i maps a shingle's 32-bit mixed hash x to `(aᵢ·x + bᵢ mod 2⁶⁴) >> 32` (multiply-add-shift
    /// hashing with 64-bit aᵢ, bᵢ), eight permutations per vector operation.
    public func signature(_ shingles: Shingles) -> [UInt32] {
        let lanes = permutations / 8
        var mins = [SIMD8<UInt32>](repeating: SIMD8(repeating: .max), count: lanes)
        var av: [SIMD8<UInt64>] = [], bv: [SIMD8<UInt64>] = []
        for l in 0..<lanes {
            av.append(SIMD8(a[(l * 8)..<(l * 8 + 8)]))
            bv.append(SIMD8(b[(l * 8)..<(l * 8 + 8)]))
        }
        av.withUnsafeBufferPointer { av in
            bv.withUnsafeBufferPointer { bv in
                mins.withUnsafeMutableBufferPointer { m in
                    for s in shingles.values {
                        let x = SIMD8<UInt64>(repeating: Self.mix(s) >> 32)
                        for l in 0..<lanes {
                            let h = SIMD8<UInt32>(truncatingIfNeeded: (av[l] &* x &+ bv[l]) &>> 32)
                            m[l] = pointwiseMin(m[l], h)
                        }
                    }
                }
            }
        }
        var out: [UInt32] = []
        out.reserveCapacity(permutations)
        for v in mins { for k in 0..<8 { out.append(v[k]) } }
        return out
    }

    /// The share of positions where two signatures agree: an estimate of the Jaccard similarity.
    public static func estimatedSimilarity(_ x: [UInt32], _ y: [UInt32]) -> Double {
        guard x.count == y.count, !x.isEmpty else { return 0 }
        var same = 0
        for i in x.indices where x[i] == y[i] { same += 1 }
        return Double(same) / Double(x.count)
    }

    @inline(__always)
    static func mix(_ v: UInt64) -> UInt64 {
        var z = v &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return mix(state &- 0x9E37_79B9_7F4A_7C15)
    }
}
