// Bit-set code converts through a parenthesised type name: (Word)(x) is Word(x).
typealias Word = UInt64

func lowMask(_ bits: Int) -> Word {
  guard bits < 64 else { return ~Word() }
  let high = Word(1) << Word(bits)
  return (Word)(high - 1)
}
print(lowMask(3), lowMask(10), lowMask(64) == Word.max)
print((Int)(7.9), (Double)(3), (String)(42))
let double: (Int) -> Int = { $0 * 2 }
print((double)(21))
struct Cell { var alive: Bool }
print((Cell)(alive: true))
