print((3..<8).overlaps(7..<9), (1...3).overlaps(4...5), (1..<4).overlaps(4..<6), (0..<0).overlaps(0..<3))
print((3..<8).clamped(to: 5..<20), (1...10).clamped(to: 3...4), (0..<3).clamped(to: 5..<9), (10...12).clamped(to: 1...4))
let x: UInt32 = 0x11223344
print(x.bigEndian == x.byteSwapped, x.littleEndian == x, 5.bigEndian == 5.byteSwapped, UInt16(1).bigEndian)
