// Idioms of collection tutorials: typed empty collections, annotated dictionaries whose
// values convert, String's removeFirst/removeLast, lastIndex with a trailing closure.
var inventory = Dictionary<String, Int>()
inventory["bolts"] = 40
inventory["nuts"] = 15
var history = Array<String>()
history.append("stocked")
print(inventory.sorted { $0.key < $1.key }, history)

let prices: [String: Double] = ["tea": 3, "cake": 4.5]
print(prices.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
let discounts: [String: Int?] = ["tea": 10, "cake": nil]
for key in discounts.keys.sorted() {
    print(key, discounts[key]!, discounts[key]! ?? 0)
}
print(discounts["tea"] as Any)

var word = "[bracketed]"
let open = word.removeFirst()
let close = word.removeLast()
print(open, close, word, word.count)

let readings = [3, 8, 2, 8, 5, 1]
if let lastPeak = readings.lastIndex(where: { $0 == readings.max()! }) {
    print("last peak at \(lastPeak)")
}
print(readings.lastIndex { $0 < 3 }!, readings.lastIndex { $0 > 10 } as Any)
print(readings.firstIndex { $0 > 4 }!, readings.lastIndex(of: 8)!)
