extension Array where Element: Comparable {
  func bubbleSorted() -> [Element] {
    var a = self
    for i in 0..<a.count {
      for j in 0..<(a.count - 1 - i) where a[j] > a[j + 1] {
        a.swapAt(j, j + 1)
      }
    }
    return a
  }
}

func quicksort(_ a: [Int]) -> [Int] {
  guard a.count > 1 else { return a }
  let pivot = a[a.count / 2]
  return quicksort(a.filter { $0 < pivot }) + a.filter { $0 == pivot } + quicksort(a.filter { $0 > pivot })
}

let data = [5, 2, 9, 1, 5, 6]
print(data.bubbleSorted())
print(quicksort(data))
