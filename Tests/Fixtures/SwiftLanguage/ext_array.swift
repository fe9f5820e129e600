extension Array where Element == Int {
  func sum() -> Int {
    var total = 0
    for v in self { total += v }
    return total
  }
  var average: Double { Double(sum()) / Double(count) }
}

extension Array {
  func second() -> Element? { count > 1 ? self[1] : nil }
}

let xs = [3, 1, 4, 1, 5]
print(xs.sum())
print(xs.average)
print(xs.second() ?? -1)
print(["a", "b"].second() ?? "none")
