func fibMemo() -> (Int) -> Int {
    var memo: [Int: Int] = [:]
    func fib(_ n: Int) -> Int {
        if n < 2 { return n }
        if let m = memo[n] { return m }
        let r = fib(n - 1) + fib(n - 2)
        memo[n] = r
        return r
    }
    return fib
}
let fib = fibMemo()
print((0...15).map(fib), fib(80))
func lcs(_ a: String, _ b: String) -> String {
    let x = Array(a), y = Array(b)
    var dp = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in 1...x.count { for j in 1...y.count {
        dp[i][j] = x[i-1] == y[j-1] ? dp[i-1][j-1] + 1 : max(dp[i-1][j], dp[i][j-1])
    } }
    var i = x.count, j = y.count, out: [Character] = []
    while i > 0 && j > 0 {
        if x[i-1] == y[j-1] { out.append(x[i-1]); i -= 1; j -= 1 }
        else if dp[i-1][j] >= dp[i][j-1] { i -= 1 } else { j -= 1 }
    }
    return String(out.reversed())
}
print(lcs("ABCBDAB", "BDCABA"), lcs("kitten", "sitting"))
func editDistance(_ s: String, _ t: String) -> Int {
    let a = Array(s.utf8), b = Array(t.utf8)
    var prev = Array(0...b.count)
    for i in 1...a.count {
        var cur = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            cur[j] = min(prev[j] + 1, cur[j-1] + 1, prev[j-1] + (a[i-1] == b[j-1] ? 0 : 1))
        }
        prev = cur
    }
    return prev[b.count]
}
print(editDistance("kitten", "sitting"), editDistance("flaw", "lawn"))
func knapsack(_ items: [(weight: Int, value: Int)], capacity: Int) -> Int {
    var best = [Int](repeating: 0, count: capacity + 1)
    for item in items {
        for c in stride(from: capacity, through: item.weight, by: -1) {
            best[c] = max(best[c], best[c - item.weight] + item.value)
        }
    }
    return best[capacity]
}
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], capacity: 7))
func coinChange(_ coins: [Int], _ amount: Int) -> Int? {
    var dp = [Int?](repeating: nil, count: amount + 1)
    dp[0] = 0
    for a in 1...amount {
        dp[a] = coins.compactMap { c in a >= c ? dp[a - c].map { $0 + 1 } : nil }.min()
    }
    return dp[amount]
}
print(coinChange([1, 5, 10, 25], 63) ?? -1, coinChange([2], 3) as Any)
var triangle = [[1]]
for r in 1..<6 {
    let prev = triangle[r - 1]
    triangle.append([1] + zip(prev, prev.dropFirst()).map(+) + [1])
}
triangle.forEach { print(String(repeating: " ", count: 6 - $0.count) + $0.map(String.init).joined(separator: " ")) }
