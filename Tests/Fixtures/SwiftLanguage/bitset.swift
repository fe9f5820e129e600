struct BitSet {
    private(set) var words: [UInt64]
    init(size: Int) { words = [UInt64](repeating: 0, count: (size + 63) / 64) }
    mutating func set(_ i: Int) { words[i / 64] |= UInt64(1) << UInt64(i % 64) }
    mutating func clear(_ i: Int) { words[i / 64] &= ~(UInt64(1) << UInt64(i % 64)) }
    func isSet(_ i: Int) -> Bool { (words[i / 64] & (1 << UInt64(i % 64))) != 0 }
    var cardinality: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }
}
var bs = BitSet(size: 130)
for i in [0, 3, 64, 65, 129] { bs.set(i) }
bs.clear(3)
print(bs.cardinality, bs.isSet(64), bs.isSet(3), bs.words)
func reverseBits(_ n: UInt32) -> UInt32 {
    var x = n, r: UInt32 = 0
    for _ in 0..<32 { r = (r << 1) | (x & 1); x >>= 1 }
    return r
}
print(reverseBits(43261596))
let mask: UInt16 = 0xF0F0
print(String(mask, radix: 2), mask.leadingZeroBitCount, mask.byteSwapped)
