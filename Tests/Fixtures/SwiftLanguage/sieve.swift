func sieve(upTo n: Int) -> [Int] {
    guard n >= 2 else { return [] }
    var isPrime = [Bool](repeating: true, count: n + 1)
    isPrime[0] = false
    isPrime[1] = false
    var i = 2
    while i * i <= n {
        if isPrime[i] {
            for multiple in stride(from: i * i, through: n, by: i) {
                isPrime[multiple] = false
            }
        }
        i += 1
    }
    return isPrime.indices.filter { isPrime[$0] }
}

func primeFactors(_ n: Int) -> [Int: Int] {
    var n = n
    var factors: [Int: Int] = [:]
    var d = 2
    while d * d <= n {
        while n % d == 0 {
            factors[d, default: 0] += 1
            n /= d
        }
        d += 1
    }
    if n > 1 { factors[n, default: 0] += 1 }
    return factors
}

let primes = sieve(upTo: 100)
print(primes)
print("Count: \(primes.count), sum: \(primes.reduce(0, +))")
for n in [12, 360, 97, 1001] {
    let f = primeFactors(n)
    let text = f.keys.sorted().map { f[$0]! > 1 ? "\($0)^\(f[$0]!)" : "\($0)" }.joined(separator: " * ")
    print("\(n) = \(text)")
}
let twins = zip(primes, primes.dropFirst()).filter { $1 - $0 == 2 }
print(twins.prefix(5).map { "(\($0.0), \($0.1))" }.joined(separator: " "))
