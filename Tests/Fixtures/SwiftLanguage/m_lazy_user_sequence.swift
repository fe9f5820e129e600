struct Fib: Sequence, IteratorProtocol {
  var a = 0, b = 1
  mutating func next() -> Int? { defer { (a, b) = (b, a &+ b) }; return a }
}
print(Array(Fib().lazy.filter { $0 % 2 == 0 }.prefix(5)))
let squares = Fib().lazy.map { $0 * $0 }
print(Array(squares.prefix(6)))
print(Array(squares.prefix(3)))
struct Countdown: Sequence {
  let start: Int
  func makeIterator() -> AnyIterator<Int> { var n = start; return AnyIterator { n -= 1; return n >= 0 ? n : nil } }
}
struct Naturals: Sequence, IteratorProtocol {
  var n = 0
  mutating func next() -> Int? { n += 1; return n }
}
let nat = Naturals()
print(Array(nat.lazy.compactMap { $0 % 3 == 0 ? "\($0)" : nil }.prefix(4)))
for x in Fib().lazy.filter({ $0 > 10 }).prefix(3) { print(x) }
print(Array(Countdown(start: 3)))
print(Array(Countdown(start: 4).lazy.map { $0 * 2 }))
print(Countdown(start: 5).lazy.filter { $0 % 2 == 1 }.map { $0 + 100 }.first!)
