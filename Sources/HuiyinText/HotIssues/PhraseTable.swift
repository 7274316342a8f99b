/// An open-addressing hash table from phrase hashes to dense ids 0, 1, 2 … in order of insertion (linear
/// probing, multiplicative hashing), so callers keep values in plain arrays indexed by id. Mining counts
/// some ten million n-grams for a few thousand texts; with the standard `Dictionary` (SipHash on every
/// key) the mining of the 4,326 real messages took about twice as long here.
struct PhraseTable: Sendable {
    private var slotKeys: [UInt64]
    private var slotIDs: [Int32]
    private var shift: UInt64
    /// The key of each id.
    private(set) var keys: [UInt64] = []

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slotKeys = [UInt64](repeating: 0, count: size)
        slotIDs = [Int32](repeating: -1, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    var count: Int { keys.count }

    /// 0 marks an empty slot, so the key 0 is stored as 1.
    @inline(__always) private static func normalised(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always) private func start(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The id of `key`, if present.
    @inline(__always) func find(_ key: UInt64) -> Int? {
        let k = Self.normalised(key)
        let mask = slotKeys.count - 1
        var i = start(k)
        while true {
            let here = slotKeys[i]
            if here == k { return Int(slotIDs[i]) }
            if here == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// The id of `key`, inserting it when absent (`inserted` then true).
    @inline(__always) mutating func insert(_ key: UInt64) -> (id: Int, inserted: Bool) {
        if keys.count * 2 >= slotKeys.count { grow() }
        let k = Self.normalised(key)
        let mask = slotKeys.count - 1
        var i = start(k)
        while true {
            let here = slotKeys[i]
            if here == k { return (Int(slotIDs[i]), false) }
            if here == 0 {
                slotKeys[i] = k
                slotIDs[i] = Int32(keys.count)
                keys.append(k)
                return (keys.count - 1, true)
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let size = slotKeys.count * 2
        slotKeys = [UInt64](repeating: 0, count: size)
        slotIDs = [Int32](repeating: -1, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        let mask = size - 1
        for (id, k) in keys.enumerated() {
            var i = start(k)
            while slotKeys[i] != 0 { i = (i + 1) & mask }
            slotKeys[i] = k
            slotIDs[i] = Int32(id)
        }
    }
}
