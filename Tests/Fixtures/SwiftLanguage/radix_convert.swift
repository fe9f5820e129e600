func pad(_ s: String, to width: Int, with char: Character = "0") -> String {
    s.count >= width ? s : String(repeating: char, count: width - s.count) + s
}

for n in [0, 5, 10, 255, 1024, 65535] {
    let bin = pad(String(n, radix: 2), to: 16)
    let hex = String(n, radix: 16, uppercase: true)
    let oct = String(n, radix: 8)
    print("\(pad(String(n), to: 6, with: " ")) | \(bin) | 0x\(pad(hex, to: 4)) | \(oct)")
}

print(Int("ff", radix: 16)!, Int("1011", radix: 2)!, Int("777", radix: 8)!)
print(Int("zz", radix: 16) as Any)
print(String(-42, radix: 16))

func toBinary(_ value: UInt8) -> String {
    var result = ""
    for bit in stride(from: 7, through: 0, by: -1) {
        result += (value >> UInt8(bit)) & 1 == 1 ? "1" : "0"
    }
    return result
}
let bytes: [UInt8] = [0, 1, 127, 128, 200, 255]
for b in bytes {
    print(toBinary(b), b.nonzeroBitCount, b.leadingZeroBitCount)
}
let word: UInt16 = 0xBEEF
print(String(word, radix: 16), word >> 8, word & 0xFF)
print(String(UInt32.max, radix: 2).count)
