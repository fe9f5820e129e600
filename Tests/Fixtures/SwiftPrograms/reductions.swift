import Foundation

let words = ["apple", "bob", "apple", "cat", "bob", "apple"]
var counts: [String: Int] = [:]
for w in words {
  counts[w, default: 0] += 1
}
for key in counts.keys.sorted() {
  print(key, counts[key]!)
}
let lengths = words.reduce(into: [Int]()) { result, word in
  result.append(word.count)
}
print(lengths)
let longest = words.max(by: { $0.count < $1.count })!
let shortest = words.min(by: { $0.count < $1.count })!
print(longest, shortest)
var xs = [1, 2, 3, 4, 5, 6]
xs.removeAll(where: { $0 % 2 == 0 })
print(xs, words.lastIndex(of: "bob")!)
let doubled = counts.mapValues { $0 * 2 }
print(doubled["apple"]!, doubled.count)
let frequent = counts.filter { $0.value > 1 }
print(frequent.count, frequent["cat"] == nil)
let histogram = words.reduce(into: [String: Int]()) { h, w in h[w, default: 0] += 1 }
print(histogram["apple"]!, histogram["cat"]!)
