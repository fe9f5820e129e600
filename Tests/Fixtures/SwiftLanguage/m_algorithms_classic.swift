func mergeSort<T: Comparable>(_ a: [T]) -> [T] {
    guard a.count > 1 else { return a }
    let mid = a.count / 2
    let left = mergeSort(Array(a[..<mid]))
    let right = mergeSort(Array(a[mid...]))
    var merged: [T] = []
    merged.reserveCapacity(a.count)
    var i = 0, j = 0
    while i < left.count && j < right.count {
        if left[i] <= right[j] { merged.append(left[i]); i += 1 } else { merged.append(right[j]); j += 1 }
    }
    merged += left[i...]
    merged.append(contentsOf: right[j...])
    return merged
}

func quickSort(_ a: inout [Int], _ lo: Int, _ hi: Int) {
    if lo >= hi { return }
    let pivot = a[(lo + hi) / 2]
    var i = lo, j = hi
    while i <= j {
        while a[i] < pivot { i += 1 }
        while a[j] > pivot { j -= 1 }
        if i <= j { a.swapAt(i, j); i += 1; j -= 1 }
    }
    quickSort(&a, lo, j)
    quickSort(&a, i, hi)
}

func binarySearch<T: Comparable>(_ a: [T], _ target: T) -> Int? {
    var lo = a.startIndex, hi = a.endIndex - 1
    while lo <= hi {
        let mid = lo + (hi - lo) / 2
        if a[mid] == target { return mid }
        if a[mid] < target { lo = mid + 1 } else { hi = mid - 1 }
    }
    return nil
}

func lis(_ a: [Int]) -> [Int] {
    var dp = Array(repeating: 1, count: a.count)
    var prev = Array(repeating: -1, count: a.count)
    for i in a.indices {
        for j in 0..<i where a[j] < a[i] && dp[j] + 1 > dp[i] {
            dp[i] = dp[j] + 1
            prev[i] = j
        }
    }
    guard var k = dp.indices.max(by: { dp[$0] < dp[$1] }) else { return [] }
    var out: [Int] = []
    while k >= 0 { out.append(a[k]); k = prev[k] }
    return out.reversed()
}

func permutations<T>(_ a: [T]) -> [[T]] {
    if a.count <= 1 { return [a] }
    var result: [[T]] = []
    for (i, x) in a.enumerated() {
        var rest = a
        rest.remove(at: i)
        for p in permutations(rest) { result.append([x] + p) }
    }
    return result
}

func subsets(_ a: [Int]) -> [[Int]] {
    (0..<(1 << a.count)).map { mask in a.indices.filter { mask & (1 << $0) != 0 }.map { a[$0] } }
}

func knapsack(_ items: [(w: Int, v: Int)], capacity: Int) -> Int {
    var dp = [Int](repeating: 0, count: capacity + 1)
    for item in items {
        for c in stride(from: capacity, through: item.w, by: -1) {
            dp[c] = max(dp[c], dp[c - item.w] + item.v)
        }
    }
    return dp[capacity]
}

func editDistance(_ s: String, _ t: String) -> Int {
    let a = Array(s), b = Array(t)
    var dp = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { dp[i][0] = i }
    for j in 0...b.count { dp[0][j] = j }
    for i in 1...a.count where !a.isEmpty {
        for j in 1...b.count where !b.isEmpty {
            dp[i][j] = a[i - 1] == b[j - 1] ? dp[i - 1][j - 1] : 1 + min(dp[i - 1][j - 1], dp[i - 1][j], dp[i][j - 1])
        }
    }
    return dp[a.count][b.count]
}

let data = [38, 27, 43, 3, 9, 82, 10, 3]
print(mergeSort(data), mergeSort(["pear", "apple", "fig"]))
var q = data
quickSort(&q, 0, q.count - 1)
print(q)
print(binarySearch(q, 43) as Any, binarySearch(q, 5) as Any)
print(lis([10, 9, 2, 5, 3, 7, 101, 18]))
print(permutations([1, 2, 3]).map { $0.map(String.init).joined() })
print(subsets([1, 2, 3]))
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], capacity: 7))
print(editDistance("kitten", "sitting"), editDistance("flaw", "lawn"))
func sieve(_ n: Int) -> [Int] {
    var isPrime = [Bool](repeating: true, count: n + 1)
    isPrime[0] = false; isPrime[1] = false
    var i = 2
    while i * i <= n {
        if isPrime[i] { for m in stride(from: i * i, through: n, by: i) { isPrime[m] = false } }
        i += 1
    }
    return isPrime.indices.filter { isPrime[$0] }
}
print(sieve(60))
func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
print(gcd(48, 18), 48 / gcd(48, 18) * 18, gcd(-12, 8))
func primeFactors(_ n: Int) -> [Int: Int] {
    var n = n, f = 2, out: [Int: Int] = [:]
    while f * f <= n { while n % f == 0 { out[f, default: 0] += 1; n /= f }; f += 1 }
    if n > 1 { out[n, default: 0] += 1 }
    return out
}
print(primeFactors(360).sorted { $0.key < $1.key }.map { "\($0.key)^\($0.value)" }.joined(separator: " * "))
func toBinary(_ n: Int) -> String { n < 2 ? String(n) : toBinary(n / 2) + String(n % 2) }
print(toBinary(37), Int("100101", radix: 2)!, String(255, radix: 16), Int("ff", radix: 16)!)
func hanoi(_ n: Int, _ from: String, _ to: String, _ via: String, _ moves: inout [String]) {
    guard n > 0 else { return }
    hanoi(n - 1, from, via, to, &moves)
    moves.append("\(from)->\(to)")
    hanoi(n - 1, via, to, from, &moves)
}
var moves: [String] = []
hanoi(3, "A", "C", "B", &moves)
print(moves.count, moves.joined(separator: " "))
