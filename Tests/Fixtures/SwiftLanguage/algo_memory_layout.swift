// Bit tricks size their loops with MemoryLayout.
func highestBit(_ n: Int) -> Int {
  let bits = MemoryLayout<Int>.size * 8
  for shift in stride(from: bits - 1, through: 0, by: -1) where n & (1 << shift) != 0 {
    return shift
  }
  return -1
}
print(highestBit(1), highestBit(1000), highestBit(0))
print(MemoryLayout<UInt8>.size, MemoryLayout<UInt16>.stride, MemoryLayout<Int32>.alignment)
print(MemoryLayout<Double>.size, MemoryLayout<Float>.size, MemoryLayout<Bool>.size)
let width = MemoryLayout<UInt32>.size * 8
var mask: UInt32 = 0
for i in 0..<width where i % 3 == 0 { mask |= 1 << UInt32(i) }
print(width, String(mask, radix: 2))
