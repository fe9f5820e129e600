import Foundation

struct Item: Hashable {
    let name: String
    let price: Double
}
var stock: [Item: Int] = [:]
let apple = Item(name: "apple", price: 0.5)
let pear = Item(name: "pear", price: 0.75)
let melon = Item(name: "melon", price: 3.0)
stock[apple] = 10
stock[pear] = 4
stock[melon, default: 0] += 2
stock[apple]! -= 3
let value = stock.reduce(0.0) { $0 + $1.key.price * Double($1.value) }
print("stock value: \(value)")
for (item, n) in stock.sorted(by: { $0.key.name < $1.key.name }) {
    print("\(item.name.padding(toLength: 8, withPad: " ", startingAt: 0))\(n)")
}
let cheap = stock.filter { $0.key.price < 1 }.map { $0.key.name }.sorted()
print(cheap)
let prices = stock.mapValues { Double($0) }
print(prices.count)
var inventory = ["apples": 3, "bananas": 0, "cherries": 12]
inventory["dates"] = 7
inventory["bananas"] = nil
print(inventory.keys.sorted())
if let old = inventory.updateValue(5, forKey: "apples") { print("was \(old)") }
print(inventory["apples"]!, inventory["zzz"] == nil)
let sortedByValue = inventory.sorted { $0.value > $1.value }
print(sortedByValue.map { "\($0.key)=\($0.value)" })
let removed = inventory.removeValue(forKey: "cherries")
print(removed as Any, inventory.count)
let keysWithCounts = inventory.compactMap { $0.value > 4 ? $0.key : nil }.sorted()
print(keysWithCounts)
print(inventory.isEmpty, inventory.values.max()!)
let d: [String: [Int]] = ["a": [1, 2], "b": []]
print(d["a"]!.count, d["b"]!.isEmpty, d["c"]?.count ?? -1)
