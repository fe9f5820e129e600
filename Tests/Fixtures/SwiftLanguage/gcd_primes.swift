func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

func sieve(_ n: Int) -> [Int] {
  var isPrime = [Bool](repeating: true, count: n + 1)
  isPrime[0] = false
  isPrime[1] = false
  var i = 2
  while i * i <= n {
    if isPrime[i] {
      for j in stride(from: i * i, through: n, by: i) { isPrime[j] = false }
    }
    i += 1
  }
  return isPrime.enumerated().filter { $0.element }.map { $0.offset }
}

extension Int {
  var isPrime: Bool {
    guard self > 1 else { return false }
    var d = 2
    while d * d <= self {
      if self % d == 0 { return false }
      d += 1
    }
    return true
  }
}

print(gcd(84, 36))
print(sieve(30))
print((1...20).filter { $0.isPrime })
