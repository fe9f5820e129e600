/// nnbook's random number generator: the same seed gives the same numbers on every
/// machine.
///
/// - Bits: **xoshiro256\*\*** (Blackman and Vigna, 2018), a 256-bit state updated
///   with shifts, rotations and xors; its 64-bit outputs pass BigCrush. The state is
///   filled from the 64-bit seed with **SplitMix64**, as the authors recommend.
/// - Uniform doubles in `[0, 1)`: the top 53 bits of an output times 2⁻⁵³.
/// - Normals: **Marsaglia's polar method**: draw `u, v` uniform in `(-1, 1)` until
///   `s = u² + v²` is in `(0, 1)`, then `u·f` and `v·f` with `f = √(-2 ln s / s)`
///   are two independent standard normals. It needs only `+ - * /`, `√` (exact in
///   IEEE 754) and a logarithm, which `log` below computes with `+ - * /` alone,
///   so no platform's math library can change a single bit.
/// - Integers below `n`: Lemire's multiply-and-reject, unbiased.
/// - Shuffles: Fisher–Yates from the last element down.
///
/// Each lesson (each `Runtime`) has its own generator, `rt.random`, seeded with 0
/// until the lesson calls `seed(_:)`; `NNRandom(seed:)` makes an independent one
/// for a `seed:` argument.
final class NNRandom {
  private var s0: UInt64 = 0, s1: UInt64 = 0, s2: UInt64 = 0, s3: UInt64 = 0
  /// The second normal of the last polar draw.
  private var spareNormal: Double?

  init(seed: UInt64 = 0) { self.seed(seed) }

  /// Restarts the sequence from `seed`.
  func seed(_ seed: UInt64) {
    var x = seed
    func splitMix() -> UInt64 {
      x &+= 0x9E37_79B9_7F4A_7C15
      var z = x
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    s0 = splitMix()
    s1 = splitMix()
    s2 = splitMix()
    s3 = splitMix()
    spareNormal = nil
  }

  /// Where the sequence stands: restoring it replays the same draws.
  struct State {
    fileprivate var words: (UInt64, UInt64, UInt64, UInt64)
    fileprivate var spareNormal: Double?
  }

  var state: State {
    get { State(words: (s0, s1, s2, s3), spareNormal: spareNormal) }
    set {
      (s0, s1, s2, s3) = newValue.words
      spareNormal = newValue.spareNormal
    }
  }

  /// The next 64 random bits.
  @inline(__always)
  func next() -> UInt64 {
    let result = rotateLeft(s1 &* 5, 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotateLeft(s3, 45)
    return result
  }

  @inline(__always)
  private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

  /// Uniform in `[0, 1)`.
  func nextUniform() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// Standard normal (mean 0, standard deviation 1).
  func nextNormal() -> Double {
    if let spare = spareNormal {
      spareNormal = nil
      return spare
    }
    while true {
      let u = 2 * nextUniform() - 1
      let v = 2 * nextUniform() - 1
      let s = u * u + v * v
      if s > 0 && s < 1 {
        let f = (-2 * NNRandom.log(s) / s).squareRoot()
        spareNormal = v * f
        return u * f
      }
    }
  }

  /// Uniform in `0..<n` (`n > 0`), without modulo bias.
  func nextInt(below n: Int) -> Int {
    precondition(n > 0)
    let bound = UInt64(n)
    var product = next().multipliedFullWidth(by: bound)
    if product.low < bound {
      let threshold = (0 &- bound) % bound
      while product.low < threshold { product = next().multipliedFullWidth(by: bound) }
    }
    return Int(product.high)
  }

  /// Shuffles in place (Fisher–Yates).
  func shuffle<T>(_ items: inout [T]) {
    guard items.count > 1 else { return }
    for i in stride(from: items.count - 1, to: 0, by: -1) {
      items.swapAt(i, nextInt(below: i + 1))
    }
  }

  /// `0..<n` in random order: the order of a shuffled dataset.
  func permutation(_ n: Int) -> [Int] {
    var p = Array(0..<n)
    shuffle(&p)
    return p
  }

  /// The natural logarithm of a positive finite `x`, with `+ - * /` only, so it is
  /// bit-for-bit the same everywhere (within 2 ulp of the true value).
  ///
  /// `x = m · 2ᵉ` with `m` in `[√½, √2)`; `ln m = 2 atanh(t)` with `t = (m-1)/(m+1)`,
  /// `|t| < 0.172`, summed as the odd series `2(t + t³/3 + ... + t²¹/21)`.
  static func log(_ x: Double) -> Double {
    precondition(x > 0 && x.isFinite)
    var m = x.significand  // [1, 2), exact
    var e = Double(x.exponent)
    if m > 1.4142135623730951 {
      m /= 2
      e += 1
    }
    let t = (m - 1) / (m + 1)
    let z = t * t
    var series = 1.0 / 21
    for k in stride(from: 19, through: 1, by: -2) { series = series * z + 1 / Double(k) }
    let lnM = 2 * t * series
    let ln2Hi = 6.93147180369123816490e-01
    let ln2Lo = 1.90821492927058770002e-10
    return e * ln2Hi + (e * ln2Lo + lnM)
  }
}
