struct Countdown: IteratorProtocol {
  var n: Int
  mutating func next() -> Int? { if n == 0 { return nil }; n -= 1; return n + 1 }
}
let it = AnyIterator(Countdown(n: 3))
print(type(of: it))
print(Array(AnyIterator(Countdown(n: 4))))
let doubles = AnyIterator([1.5, 2.5].makeIterator())
print(type(of: doubles), Array(doubles))
