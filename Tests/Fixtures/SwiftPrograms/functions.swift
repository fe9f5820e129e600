import Foundation

func area(width: Double, height: Double = 2) -> Double {
  width * height
}
print(area(width: 3), area(width: 3, height: 4))
func greet(_ name: String, with greeting: String = "Hello") -> String {
  "\(greeting), \(name)"
}
print(greet("Ada"), greet("Alan", with: "Hi"))
func factorial(_ n: Int) -> Int {
  n <= 1 ? 1 : n * factorial(n - 1)
}
print(factorial(10), factorial(20))
func fib(_ n: Int) -> Int {
  if n < 2 { return n }
  return fib(n - 1) + fib(n - 2)
}
print((0..<15).map(fib))
func swapValues(_ a: inout Int, _ b: inout Int) {
  let t = a
  a = b
  b = t
}
var p = 1
var q = 2
swapValues(&p, &q)
print(p, q)
func makeMultiplier(_ factor: Int) -> (Int) -> Int {
  return { x in x * factor }
}
let triple = makeMultiplier(3)
print(triple(7), [1, 2, 3].map(triple))
func makeAccumulator() -> (Int) -> Int {
  var sum = 0
  return { x in
    sum += x
    return sum
  }
}
let acc = makeAccumulator()
_ = acc(5)
_ = acc(10)
print(acc(1))
var log: [String] = []
func record(_ message: String) {
  log.append(message)
}
record("a")
record("b")
print(log)
let add: (Int, Int) -> Int = { $0 + $1 }
print(add(2, 3), [1, 2, 3, 4].reduce(1, *))
let sortedByLength = ["ccc", "a", "bb"].sorted { $0.count < $1.count }
print(sortedByLength)
func apply(_ f: (Double) -> Double, to xs: [Double]) -> [Double] {
  xs.map(f)
}
print(apply({ $0 * $0 }, to: [1, 2, 3]))
var handlers: [() -> String] = []
for i in 1...3 {
  handlers.append { "handler \(i)" }
}
print(handlers.map { $0() })
func minMax(_ xs: [Int]) -> (min: Int, max: Int) {
  var lo = xs[0]
  var hi = xs[0]
  for x in xs {
    if x < lo { lo = x }
    if x > hi { hi = x }
  }
  return (lo, hi)
}
let bounds = minMax([4, -2, 9, 3])
print(bounds.min, bounds.max, bounds)
