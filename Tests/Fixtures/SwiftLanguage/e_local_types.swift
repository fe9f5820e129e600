// Types declared inside functions and closures, one hiding a top-level type of the same name.
class Shape {
  var sides = 0
  func describe() -> String { "A shape with \(sides) sides." }
}
func run(_ body: () -> Void) { body() }
let s = Shape()
s.sides = 3
print(s.describe())
run {
  class Shape {
    let name = "inner"
    var sides = 4
    func describe() -> String { "\(name) shape with \(sides) sides." }
    func hello(to who: String) -> String { "Hello, \(who)!" }
  }
  let t = Shape()
  print(t.describe(), t.hello(to: "tour"))
}
func area(of w: Int, _ h: Int) -> Int {
  struct Rect { var w: Int; var h: Int; var area: Int { w * h } }
  enum Unit: String { case cm, m }
  let r = Rect(w: w, h: h)
  print(r, Unit.cm.rawValue)
  return r.area
}
print(area(of: 3, 4))
let u = Shape()
print(u.describe(), u.sides)
func counter() -> () -> Int {
  final class Box { var n = 0 }
  let b = Box()
  return { b.n += 1; return b.n }
}
let next = counter()
print(next(), next(), next())
func tally(_ words: [String]) {
  struct Counter {
    static var made = 0
    static let table: [Int] = [1, 2, 3].map { $0 * 2 }
    var counts: [String: Int] = [:]
    init() { Counter.made += 1 }
    mutating func add(_ w: String) { counts[w, default: 0] += 1 }
  }
  enum Size { case small, big
    static func of(_ n: Int) -> Size { n > 1 ? .big : .small }
  }
  var c = Counter()
  for w in words { c.add(w) }
  for k in c.counts.keys.sorted() { print(k, c.counts[k]!, Size.of(c.counts[k]!)) }
  print(Counter.made, Counter.table)
}
tally(["a", "b", "a"])
tally(["z"])
