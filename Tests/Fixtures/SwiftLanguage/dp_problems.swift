func fibMemo() -> (Int) -> Int {
    var memo: [Int: Int] = [:]
    func fib(_ n: Int) -> Int {
        if n < 2 { return n }
        if let v = memo[n] { return v }
        let r = fib(n - 1) + fib(n - 2)
        memo[n] = r
        return r
    }
    return fib
}

func lcs(_ a: String, _ b: String) -> String {
    let x = Array(a), y = Array(b)
    var dp = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in 1...x.count {
        for j in 1...y.count {
            dp[i][j] = x[i-1] == y[j-1] ? dp[i-1][j-1] + 1 : max(dp[i-1][j], dp[i][j-1])
        }
    }
    var i = x.count, j = y.count
    var out: [Character] = []
    while i > 0 && j > 0 {
        if x[i-1] == y[j-1] {
            out.append(x[i-1]); i -= 1; j -= 1
        } else if dp[i-1][j] >= dp[i][j-1] {
            i -= 1
        } else {
            j -= 1
        }
    }
    return String(out.reversed())
}

func knapsack(weights: [Int], values: [Int], capacity: Int) -> Int {
    var best = [Int](repeating: 0, count: capacity + 1)
    for (w, v) in zip(weights, values) {
        for c in stride(from: capacity, through: w, by: -1) {
            best[c] = max(best[c], best[c - w] + v)
        }
    }
    return best[capacity]
}

func coinChange(_ coins: [Int], _ amount: Int) -> Int {
    var dp = [Int](repeating: amount + 1, count: amount + 1)
    dp[0] = 0
    for a in 1...amount {
        for c in coins where c <= a {
            dp[a] = min(dp[a], dp[a - c] + 1)
        }
    }
    return dp[amount] > amount ? -1 : dp[amount]
}

func editDistance(_ s: String, _ t: String) -> Int {
    let a = Array(s), b = Array(t)
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

let fib = fibMemo()
print((0...10).map(fib))
print(fib(90))
print(lcs("ABCBDAB", "BDCABA"))
print(knapsack(weights: [1, 3, 4, 5], values: [1, 4, 5, 7], capacity: 7))
print(coinChange([1, 5, 10, 25], 63), coinChange([2], 3))
print(editDistance("kitten", "sitting"))
