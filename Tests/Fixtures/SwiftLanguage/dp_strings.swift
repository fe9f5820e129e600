func lcs(_ a: String, _ b: String) -> String {
    let x = Array(a), y = Array(b)
    var dp = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in 1...x.count {
        for j in 1...y.count {
            dp[i][j] = x[i - 1] == y[j - 1] ? dp[i - 1][j - 1] + 1 : max(dp[i - 1][j], dp[i][j - 1])
        }
    }
    var i = x.count, j = y.count
    var result: [Character] = []
    while i > 0 && j > 0 {
        if x[i - 1] == y[j - 1] { result.append(x[i - 1]); i -= 1; j -= 1 }
        else if dp[i - 1][j] >= dp[i][j - 1] { i -= 1 }
        else { j -= 1 }
    }
    return String(result.reversed())
}
func levenshtein(_ s: String, _ t: String) -> Int {
    let a = Array(s.utf8), b = Array(t.utf8)
    var prev = Array(0...b.count)
    for i in 1...a.count {
        var cur = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        prev = cur
    }
    return prev[b.count]
}
print(lcs("AGGTAB", "GXTXAYB"))
print(lcs("ABCBDAB", "BDCABA"))
for (s, t) in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("abc", "abc")] {
    print("\(s) / \(t): \(levenshtein(s, t))")
}
func knapsack(_ weights: [Int], _ values: [Int], capacity: Int) -> (Int, [Int]) {
    let n = weights.count
    var dp = [[Int]](repeating: [Int](repeating: 0, count: capacity + 1), count: n + 1)
    for i in 1...n {
        for w in 0...capacity {
            dp[i][w] = dp[i - 1][w]
            if weights[i - 1] <= w {
                dp[i][w] = max(dp[i][w], dp[i - 1][w - weights[i - 1]] + values[i - 1])
            }
        }
    }
    var chosen: [Int] = []
    var w = capacity
    for i in stride(from: n, to: 0, by: -1) where dp[i][w] != dp[i - 1][w] {
        chosen.append(i - 1)
        w -= weights[i - 1]
    }
    return (dp[n][capacity], chosen.reversed())
}
let (best, items) = knapsack([1, 3, 4, 5], [1, 4, 5, 7], capacity: 7)
print("best \(best) items \(items)")
let r = knapsack([10, 20, 30], [60, 100, 120], capacity: 50)
print(r)
var memo: [Int: Int] = [:]
func ways(_ n: Int) -> Int {
    if n <= 1 { return 1 }
    if let m = memo[n] { return m }
    let v = ways(n - 1) + ways(n - 2) + (n >= 3 ? ways(n - 3) : 0)
    memo[n] = v
    return v
}
print((1...10).map(ways))
