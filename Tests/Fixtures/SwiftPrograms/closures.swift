import Foundation

func makeCounter(start: Int) -> () -> Int {
  var count = start
  func next() -> Int {
    count += 1
    return count
  }
  return next
}
let c1 = makeCounter(start: 10)
let c2 = makeCounter(start: 0)
print(c1(), c1(), c2(), c1())
func compose(_ f: @escaping (Double) -> Double, _ g: @escaping (Double) -> Double) -> (Double) -> Double {
  return { x in g(f(x)) }
}
let square: (Double) -> Double = { $0 * $0 }
let addOne: (Double) -> Double = { $0 + 1 }
print(compose(square, addOne)(3), compose(addOne, square)(3))
var history: [Int] = []
let record = { (value: Int) in history.append(value) }
for i in stride(from: 1, through: 9, by: 4) { record(i) }
print(history)
func fibonacci(upTo limit: Int) -> [Int] {
  var result = [0, 1]
  while let last = result.last, last + result[result.count - 2] <= limit {
    result.append(last + result[result.count - 2])
  }
  return result
}
print(fibonacci(upTo: 100))
let grades = ["ann": 91, "bob": 78, "cy": 85]
let passed = grades.filter { $0.value >= 80 }.map { $0.key }.sorted()
print(passed)
let total = grades.values.reduce(0, +)
print(total, Double(total) / Double(grades.count))
var memo: [Int: Int] = [:]
func ways(_ n: Int) -> Int {
  if n <= 1 { return 1 }
  if let known = memo[n] { return known }
  let result = ways(n - 1) + ways(n - 2)
  memo[n] = result
  return result
}
print(ways(50))
let sortedPairs = [(3, "c"), (1, "a"), (2, "b")].sorted { $0.0 < $1.0 }
print(sortedPairs.map { $0.1 }.joined())
var matrix = [[0.0, 0.0], [0.0, 0.0]]
for i in 0..<2 {
  for j in 0..<2 {
    matrix[i][j] = Double(i * 2 + j) / 2
  }
}
print(matrix)
let maybe: [Int?] = [1, nil, 3]
print(maybe.compactMap { $0 }, maybe.count)
let text = (1...3).map { "item \($0)" }.joined(separator: "; ")
print(text)
