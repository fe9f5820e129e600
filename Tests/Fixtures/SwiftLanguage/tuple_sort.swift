import Foundation

let results: [(String, Int)] = [("alice", 42), ("bob", 57), ("carol", 42), ("dave", 19)]
let ranked = results.sorted { $0.1 > $1.1 }
for (rank, entry) in ranked.enumerated() {
    print("\(rank + 1). \(entry.0) - \(entry.1)")
}
print(ranked.first!)
print(results.map { $0.0 })
let stable = results.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
print(stable)

var inventory = ["pears": 3, "apples": 10, "plums": 0, "grapes": 7]
for (fruit, qty) in inventory.sorted(by: { $0.key < $1.key }) {
    print(fruit.padding(toLength: 8, withPad: ".", startingAt: 0), qty)
}
inventory["plums"] = nil
inventory["kiwis", default: 0] += 4
print(inventory.sorted { $0.value > $1.value }.map(\.key))
let total = inventory.values.reduce(0, +)
print("total:", total)
let (minName, minQty) = inventory.min { $0.value < $1.value }!
print(minName, minQty)
let point = (x: 3, y: -4)
print(point, point.x * point.y)
func stats(_ xs: [Int]) -> (min: Int, max: Int, mean: Double) {
    (xs.min()!, xs.max()!, Double(xs.reduce(0, +)) / Double(xs.count))
}
let s = stats([4, 8, 15, 16, 23, 42])
print(s)
print(s.mean, s.0)
