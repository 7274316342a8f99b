/// A small deterministic random number generator (SplitMix64), so that demo data generated from the
/// same seed is the same on every machine and every run.
///
/// Not for anything secret: query codes and passwords use the system generator.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension RandomNumberGenerator {
    /// A uniform integer in `0..<count`. Written out here rather than using the standard library's
    /// `random(in:)`, whose algorithm is not promised to stay the same across Swift versions.
    mutating func demoIndex(_ count: Int) -> Int {
        precondition(count > 0, "demoIndex needs a non-empty range")
        return Int(next() % UInt64(count))
    }
}
