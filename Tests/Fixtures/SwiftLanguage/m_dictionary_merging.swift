// Combining dictionaries: merging returns a new one, merge changes the variable.
var stock = ["apples": 3, "pears": 1]
let delivery = ["pears": 4, "plums": 2]
let total = stock.merging(delivery) { $0 + $1 }
print(total.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" })
print(stock.merging(delivery, uniquingKeysWith: { old, _ in old })["pears"]!)
stock.merge(delivery) { _, new in new }
stock.merge([("figs", 7), ("apples", 10)], uniquingKeysWith: max)
print(stock.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" })
let words = ["b", "a", "b", "c", "b"]
var counts: [String: Int] = [:]
for w in words { counts.merge([w: 1], uniquingKeysWith: +) }
print(counts.sorted { $0.value > $1.value }.first!.key, counts.count)
