func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
func lcm(_ a: Int, _ b: Int) -> Int { a / gcd(a, b) * b }
func primeFactors(_ n: Int) -> [Int] {
    var n = n
    var f: [Int] = []
    var p = 2
    while p * p <= n {
        while n % p == 0 { f.append(p); n /= p }
        p += 1
    }
    if n > 1 { f.append(n) }
    return f
}
func collatzLength(_ start: Int) -> Int {
    var n = start, steps = 1
    while n != 1 {
        n = n.isMultiple(of: 2) ? n / 2 : 3 * n + 1
        steps += 1
    }
    return steps
}
print(gcd(48, 18), gcd(-12, 8), lcm(4, 6), lcm(21, 6))
print((1...20).reduce(1, lcm))
for n in [12, 97, 360, 1001, 65536, 999999] {
    let f = primeFactors(n)
    let grouped = Dictionary(f.map { ($0, 1) }, uniquingKeysWith: +)
    let desc = grouped.keys.sorted().map { grouped[$0]! > 1 ? "\($0)^\(grouped[$0]!)" : "\($0)" }
    print("\(n) = \(desc.joined(separator: " x "))")
}
var bestStart = 1, bestLen = 1
for s in 1..<3000 {
    let l = collatzLength(s)
    if l > bestLen { bestLen = l; bestStart = s }
}
print("longest collatz under 3000: \(bestStart) with \(bestLen) terms")
let perfect = (2...500).filter { n in (1..<n).filter { n % $0 == 0 }.reduce(0, +) == n }
print("perfect:", perfect)
func isPrime(_ n: Int) -> Bool {
    if n < 2 { return false }
    var i = 2
    while i * i <= n { if n % i == 0 { return false }; i += 1 }
    return true
}
let twins = (2..<100).filter { isPrime($0) && isPrime($0 + 2) }.map { ($0, $0 + 2) }
print(twins.prefix(5).map { "(\($0.0), \($0.1))" }.joined(separator: " "))
print(Array(twins.prefix(3)))
print(String(255, radix: 2), String(255, radix: 16), Int("ff", radix: 16)!)
