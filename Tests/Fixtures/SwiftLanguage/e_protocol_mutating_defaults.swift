// Default 'mutating' methods from a protocol extension change the conforming value.
protocol Growable {
  var items: [String] { get set }
}
extension Growable {
  mutating func add(_ item: String) { items.append(item) }
  mutating func reset() { items = [] }
  var count: Int { items.count }
}
struct Basket: Growable {
  var items: [String] = []
}
struct Shelf: Growable {
  var items: [String] = ["jam"]
  mutating func reset() { items = ["empty"] }
}
var basket = Basket()
basket.add("apple")
basket.add("pear")
print(basket.items, basket.count)
basket.reset()
print(basket.items, basket.count)
var shelf = Shelf()
shelf.add("tea")
print(shelf.items)
shelf.reset()
print(shelf.items)
var baskets = [Basket(), Basket()]
baskets[1].add("fig")
print(baskets.map(\.count))
protocol Counter {
  var value: Int { get set }
}
extension Counter {
  mutating func bump(by n: Int = 1) -> Int {
    value += n
    return value
  }
}
struct Clicks: Counter { var value = 0 }
var clicks = Clicks()
_ = clicks.bump()
print(clicks.bump(by: 5), clicks.value)
