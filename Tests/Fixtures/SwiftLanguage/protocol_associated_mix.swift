protocol Container {
  associatedtype Item
  var items: [Item] { get set }
  mutating func add(_ item: Item)
}

struct IntBox: Container {
  var items: [Int] = []
  mutating func add(_ item: Int) { items.append(item) }
}

func total<C: Container>(_ c: C) -> Int where C.Item == Int {
  c.items.reduce(0, +)
}

var box = IntBox()
box.add(3)
box.add(4)
print(total(box), box.items)

struct Celsius {
  var degrees: Double
}
extension Celsius: Comparable {
  static func < (a: Celsius, b: Celsius) -> Bool { a.degrees < b.degrees }
}
let temps = [Celsius(degrees: 30), Celsius(degrees: -5), Celsius(degrees: 12)]
print(temps.sorted().map(\.degrees))
print(temps.min()!.degrees, temps.max()!.degrees)

class Vehicle {
  var wheels: Int { 0 }
  func describe() -> String { "\(type(of: self)) with \(wheels) wheels" }
}
class Bike: Vehicle { override var wheels: Int { 2 } }
print(Bike().wheels)
var counts = [String: Int]()
for w in ["a", "b", "a"] { counts[w, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key })
let nested: [[Int]] = [[1, 2], [3]]
print(nested.flatMap { $0 }, nested.map { $0.count })
let word = "swift"
print(String(word.reversed()), word.uppercased(), word.count)
let maybe: Int? = nil
print(maybe.map { $0 * 2 } ?? -1)
