import Foundation

var numbers = [5, 3, 8, 1, 9, 2]
numbers.append(7)
numbers.insert(0, at: 0)
print(numbers, numbers.count, numbers.first!, numbers.last!)
print(numbers.sorted(), numbers.sorted(by: >), numbers.min()!, numbers.max()!)
print(numbers.filter { $0 % 2 == 0 }, numbers.map { $0 * 10 }, numbers.reduce(0, +))
print(numbers.contains(8), numbers.firstIndex(of: 8)!, Array(numbers.reversed()))
let removed = numbers.remove(at: 2)
print(removed, numbers)
numbers.removeLast()
print(numbers, numbers.isEmpty, [Int]().isEmpty)
let words = ["swift", "neural", "tensor"]
print(words.joined(separator: ", "), words.map { $0.count }, words.sorted())
print(words.enumerated().map { "\($0.offset):\($0.element)" })
var scores: [String: Int] = ["ann": 3]
scores["bob"] = 5
scores["ann"] = 4
print(scores["ann"]!, scores["zed"] ?? 0, scores.count)
for key in scores.keys.sorted() {
  print(key, scores[key]!)
}
let matrix = [[1, 2, 3], [4, 5, 6]]
print(matrix, matrix[1][2], matrix.map { $0.reduce(0, +) })
var grid = Array(repeating: Array(repeating: 0, count: 3), count: 2)
grid[1][2] = 7
print(grid)
let pairs = zip([1, 2, 3], ["a", "b", "c"]).map { "\($0)\($1)" }
print(pairs)
let tuple = (name: "x", value: 3.5)
print(tuple, tuple.name, tuple.1)
let (q, r) = (17 / 5, 17 % 5)
print(q, r)
print(Array(1...5), Array(stride(from: 10, to: 0, by: -3)))
let nested: [[Double]] = [[1, 2], [3.5]]
print(nested, nested.flatMap { $0 })
print(numbers.prefix(3), numbers.suffix(2), numbers.dropFirst(), numbers.dropLast())
print(words.compactMap { $0.count > 5 ? $0 : nil })
print(numbers.allSatisfy { $0 >= 0 }, numbers.contains { $0 > 100 })
