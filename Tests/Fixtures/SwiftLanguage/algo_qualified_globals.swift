// Local variables named max and min, with Swift.max and Swift.min naming the functions.
func widestGap(_ xs: [Int]) -> (gap: Int, max: Int, min: Int) {
  var max = Int.min
  var min = Int.max
  var gap = 0
  for (i, x) in xs.enumerated() {
    max = Swift.max(max, x)
    min = Swift.min(min, x)
    if i > 0 { gap = Swift.max(gap, abs(x - xs[i - 1])) }
  }
  return (gap, max, min)
}
print(widestGap([4, 11, 2, 8, 30, 29]))

// Comparing words byte by byte through their C strings, as an edit-distance table does.
func editDistance(_ s: String, _ t: String) -> Int {
  let a = s.utf8CString
  let b = t.utf8CString
  let n = a.count - 1
  let m = b.count - 1
  var dp = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
  for i in 0...n { dp[i][0] = i }
  for j in 0...m { dp[0][j] = j }
  for i in stride(from: 1, through: n, by: 1) {
    for j in stride(from: 1, through: m, by: 1) {
      if a[i - 1] == b[j - 1] {
        dp[i][j] = dp[i - 1][j - 1]
      } else {
        dp[i][j] = Swift.min(dp[i - 1][j], dp[i][j - 1], dp[i - 1][j - 1]) + 1
      }
    }
  }
  return dp[n][m]
}
print(editDistance("kitten", "sitting"), editDistance("", "abc"), editDistance("flaw", "lawn"))
let c = "naïve".utf8CString
print(c.count, c.last!, c[2], c[3])
