// A bottom-up merge that copies what is left of either half with replaceSubrange and a slice.
func merged(_ left: [Int], _ right: [Int]) -> [Int] {
  var out = [Int](repeating: 0, count: left.count + right.count)
  var i = 0
  var j = 0
  var k = 0
  while i < left.count && j < right.count {
    if left[i] <= right[j] {
      out[k] = left[i]
      i += 1
    } else {
      out[k] = right[j]
      j += 1
    }
    k += 1
  }
  if i < left.count {
    let rest = left.suffix(from: i)
    out.replaceSubrange(k..<(k + rest.count), with: rest)
  } else if j < right.count {
    out.replaceSubrange(k..<out.count, with: right[j...])
  }
  return out
}

var runs = [[9], [2], [7], [4], [5], [1], [8]]
while runs.count > 1 {
  var next: [[Int]] = []
  for start in stride(from: 0, to: runs.count, by: 2) {
    next.append(start + 1 < runs.count ? merged(runs[start], runs[start + 1]) : runs[start])
  }
  runs = next
  print(runs)
}
var letters = Array("abcdef")
letters.replaceSubrange(1..<3, with: "XYZ".dropFirst())
print(String(letters))
