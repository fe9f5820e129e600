// Static helpers that an extension adds to a built-in type, called through the type's name,
// as quicksort lessons write their partition schemes.
extension Array where Element: Comparable {
  mutating func quickSorted() {
    Array.quickSort(&self, 0, count - 1)
  }

  private static func quickSort(_ a: inout [Element], _ low: Int, _ high: Int) {
    guard low < high else { return }
    let p = Array.partition(&a, low: low, high: high)
    quickSort(&a, low, p - 1)
    quickSort(&a, p + 1, high)
  }

  private static func partition(_ a: inout [Element], low: Int, high: Int) -> Int {
    let pivot = a[high]
    var i = low
    for j in low..<high where a[j] < pivot {
      a.swapAt(i, j)
      i += 1
    }
    a.swapAt(i, high)
    return i
  }
}

extension Int {
  static func triangle(_ n: Int) -> Int { n * (n + 1) / 2 }
  static func clamp(_ x: Int, to range: ClosedRange<Int>) -> Int {
    Swift.min(Swift.max(x, range.lowerBound), range.upperBound)
  }
}

extension String {
  static func repeated(_ s: String, times: Int) -> String {
    String(repeating: s, count: times)
  }
}

var numbers = [9, 4, 7, 1, 8, 2, 2, 6]
numbers.quickSorted()
print(numbers)
var words = ["pear", "apple", "fig"]
words.quickSorted()
print(words)
print(Int.triangle(10), Int.clamp(42, to: 0...9), Int.clamp(-3, to: 0...9))
print(String.repeated("ab", times: 3))
