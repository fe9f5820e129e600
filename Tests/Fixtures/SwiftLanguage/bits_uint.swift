func popCount(_ x: UInt) -> Int {
    var n = x
    var count = 0
    while n != 0 {
        n &= n - 1
        count += 1
    }
    return count
}

func isPowerOfTwo(_ n: Int) -> Bool {
    return n > 0 && (n & (n - 1)) == 0
}

let values: [UInt] = [0, 1, 7, 8, 255, 1023]
for v in values {
    print(v, popCount(v), v.nonzeroBitCount, isPowerOfTwo(Int(v)))
}
let a: UInt8 = 0b1010_1100
let b: UInt8 = 0b0101_0101
print(a & b, a | b, a ^ b, ~a)
print(a << 1, a >> 2)
print(String(a, radix: 2), String(255, radix: 16))
let big: UInt8 = 250
print(big &+ 10)
let x: Int32 = Int32.max
print(x &+ 1)
print(UInt8.max, Int8.min, UInt16.max, Int64.max)
let h: UInt32 = 2166136261
var hash = h
for byte in "abc".utf8 {
    hash ^= UInt32(byte)
    hash = hash &* 16777619
}
print(hash)
print(UInt8(truncatingIfNeeded: 300), Int8(clamping: 200))
print(1 << 10, 1024 >> 3, -16 >> 2)
print(Int(bitPattern: 0), UInt64(12345).leadingZeroBitCount, (40 as UInt32).trailingZeroBitCount)
