// A bit set's words, printed LSB first by an extension of UInt64.
extension UInt64 {
    func bitsToString() -> String {
        var s = ""
        var n = self
        for _ in 0..<8 {
            s += (n & 1 == 1) ? "1" : "0"
            n >>= 1
        }
        return s
    }
    static func mask(_ count: Int) -> UInt64 { (1 << UInt64(count)) - 1 }
}

extension UInt8 {
    var isOdd: Bool { self & 1 == 1 }
}

let words: [UInt64] = [5, 0xff, 0b1010]
for w in words { print(w.bitsToString()) }
print(UInt64.mask(4))
let b: UInt8 = 7
print(b.isOdd, UInt8(4).isOdd)
