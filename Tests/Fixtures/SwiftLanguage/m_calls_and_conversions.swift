// Conversions as numbers and as values.
let n = 7
let d = 2.75
print(Double(n) / 2, Int(d) + 1, Int(-d), Double(n % 3) * 1.5)
print(Double("3.5") as Any, Double("x") as Any, Int("42") as Any, Int("4.2") as Any)
let f: Float = 2.5
print(Int(f), Double(Int(9.99)), Int(Double(n) * 1.5))
var total = 0.0
for i in 0..<10 { total += Double(i % 4) }
print(total)

// Mutating methods on a local, a global, an element and a field.
struct Counter {
    var count = 0
    var log: [Int] = []
    mutating func tick(by k: Int = 1) { count += k; log.append(count) }
    func doubled() -> Int { count * 2 }
}
var g = Counter()
g.tick()
g.tick(by: 5)
let snapshot = g
g.tick()
print(g.count, g.log, snapshot.count, snapshot.log)
func local() -> Counter {
    var c = Counter()
    for k in 1...3 { c.tick(by: k) }
    let copy = c
    c.tick()
    print(copy.count, c.count, c.doubled())
    return c
}
print(local().log)
var counters = [Counter(), Counter()]
counters[1].tick(by: 4)
print(counters.map { $0.count })
struct Holder { var inner = Counter() }
var h = Holder()
h.inner.tick(by: 9)
print(h.inner.count)
struct Accumulator {
    var values: [Double] = []
    mutating func add(_ v: Double) { values.append(v) }
    mutating func addAll(_ vs: [Double]) { for v in vs { add(v) } }
}
var acc = Accumulator()
acc.addAll([1, 2])
acc.add(3)
print(acc.values)

// Closures passed as parameters and stored in globals.
func apply(_ f: (Int) -> Int, to values: [Int]) -> Int {
    var sum = 0
    for v in values { sum += f(v) }
    return sum
}
var k = 2
print(apply({ $0 * k }, to: [1, 2, 3]))
k = 10
print(apply({ x in x + k }, to: [1, 2, 3]))
print(apply({ x in x % 2 == 0 ? 1 : 0 }, to: Array(0..<9)))
let half = { (x: Double) -> Double in x / 2 }
var acc2 = 0.0
for i in 0..<4 { acc2 += half(Double(i)) }
print(acc2)
let toDouble: (Int) -> Double = { Double($0) }
print(toDouble(3) + 0.5)

// Protocol values: an Int literal given to a Double parameter.
protocol Shape { func scaled(by f: Double) -> Double }
struct Square: Shape { var side: Double; func scaled(by f: Double) -> Double { side * f } }
final class Circle: Shape {
    var r: Double
    init(r: Double) { self.r = r }
    func scaled(by f: Double) -> Double { r * f }
}
let shapes: [Shape] = [Square(side: 2), Circle(r: 0.5)]
for s in shapes { print(s.scaled(by: 3), s.scaled(by: 0.5)) }
