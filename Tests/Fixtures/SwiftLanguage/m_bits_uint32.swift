func bitString<T: FixedWidthInteger>(_ value: T) -> String {
    let raw = String(value, radix: 2)
    return String(repeating: "0", count: T.bitWidth - raw.count) + raw
}

func popCount(_ x: UInt32) -> Int {
    var n = x
    var count = 0
    while n != 0 {
        n &= n - 1
        count += 1
    }
    return count
}

func reverseBits(_ x: UInt32) -> UInt32 {
    var result: UInt32 = 0
    var n = x
    for _ in 0..<32 {
        result = (result << 1) | (n & 1)
        n >>= 1
    }
    return result
}

func isPowerOfTwo(_ n: Int) -> Bool { n > 0 && n & (n - 1) == 0 }

let values: [UInt32] = [0, 1, 5, 255, 1024, 0xDEADBEEF, UInt32.max]
for v in values {
    print(v, popCount(v), v.nonzeroBitCount, v.leadingZeroBitCount, v.trailingZeroBitCount, String(v, radix: 16, uppercase: true))
}
print(reverseBits(43261596))
print(bitString(UInt8(37)))
print(bitString(Int8(-3)))
print(bitString(UInt16(0xBEEF)))
let b: UInt8 = 0b1010_1100
print(b >> 2, b << 3, ~b, b & 0x0F, b | 0x01, b ^ 0xFF)
print(UInt8.max &+ 1, UInt8.min &- 1, Int8.max &+ 1, Int16.min)
print((1...20).filter(isPowerOfTwo))
var mask: UInt32 = 0
for bit in [1, 3, 5, 7] { mask |= 1 << bit }
print(mask, String(mask, radix: 2))
let x: UInt32 = 0x12345678
print(String(x.byteSwapped, radix: 16), x.bigEndian == x.byteSwapped)
let bytes = (0..<4).map { UInt8(truncatingIfNeeded: x >> (8 * $0)) }
print(bytes)
let rebuilt = bytes.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * $1.offset) }
print(rebuilt == x, rebuilt)
print(Int(bitPattern: UInt(bitPattern: -1)), UInt8(bitPattern: -1), Int8(bitPattern: 200))
// xor swap and single number
var p = 12, q = 34
p ^= q; q ^= p; p ^= q
print(p, q)
print([4, 1, 2, 1, 2].reduce(0, ^))
let gray = (0..<8).map { $0 ^ ($0 >> 1) }
print(gray.map { String($0, radix: 2) })
print(Int.max, Int.min, Int.max.addingReportingOverflow(1))
print(UInt64.max, Int64.max / 3, Int32.max.multipliedReportingOverflow(by: 2))
print(0x7f.leadingZeroBitCount, (-1).trailingZeroBitCount, (255 as UInt8).nonzeroBitCount)
