extension Array where Element: Comparable {
  func binarySearch(_ target: Element) -> Int? {
    var lo = 0
    var hi = count - 1
    while lo <= hi {
      let mid = (lo + hi) / 2
      if self[mid] == target { return mid }
      if self[mid] < target { lo = mid + 1 } else { hi = mid - 1 }
    }
    return nil
  }
}

let sortedNumbers = [1, 3, 5, 7, 9, 11]
print(sortedNumbers.binarySearch(7) ?? -1)
print(sortedNumbers.binarySearch(4) ?? -1)
print(["a", "c", "e"].binarySearch("e") ?? -1)
