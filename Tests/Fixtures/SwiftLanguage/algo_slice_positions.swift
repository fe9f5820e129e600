// A top-down merge sort that merges two slices of the same array and copies what is left of
// either slice with suffix(from:), whose argument is a position of the base array.
func mergeSort(_ a: inout [Int], _ lo: Int, _ hi: Int) {
  guard lo < hi else { return }
  let mid = (lo + hi) / 2
  mergeSort(&a, lo, mid)
  mergeSort(&a, mid + 1, hi)
  let left = a[lo...mid]
  let right = a[(mid + 1)...hi]
  var i = left.startIndex
  var j = right.startIndex
  var k = lo
  while i < left.endIndex && j < right.endIndex {
    if left[i] <= right[j] {
      a[k] = left[i]
      i += 1
    } else {
      a[k] = right[j]
      j += 1
    }
    k += 1
  }
  if i < left.endIndex {
    let rest = left.suffix(from: i)
    a.replaceSubrange(k..<(k + rest.count), with: rest)
  }
  if j < right.endIndex {
    let rest = right.suffix(from: j)
    a.replaceSubrange(k..<(k + rest.count), with: rest)
  }
}

var numbers = [38, 27, 43, 3, 9, 82, 10, 3]
mergeSort(&numbers, 0, numbers.count - 1)
print(numbers)

let base = [10, 20, 30, 40, 50, 60, 70]
let middle = base[2...5]
let tail = middle.suffix(from: 4)
print(tail, tail.count, tail.startIndex)
print(middle.prefix(upTo: 4), middle.prefix(through: 4), middle.suffix(from: 6).isEmpty)
print(middle.prefix(2), middle.suffix(1))
