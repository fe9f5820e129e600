func lcs(_ a: String, _ b: String) -> Int {
  let x = Array(a), y = Array(b)
  var dp = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
  for i in 1...x.count {
    for j in 1...y.count {
      dp[i][j] = x[i - 1] == y[j - 1] ? dp[i - 1][j - 1] + 1 : max(dp[i - 1][j], dp[i][j - 1])
    }
  }
  return dp[x.count][y.count]
}

var memo: [Int: Int] = [:]
func fib(_ n: Int) -> Int {
  if n < 2 { return n }
  if let v = memo[n] { return v }
  let r = fib(n - 1) + fib(n - 2)
  memo[n] = r
  return r
}

print(lcs("ABCBDAB", "BDCABA"))
print(fib(50))
