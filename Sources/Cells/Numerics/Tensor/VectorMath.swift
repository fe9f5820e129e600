/// `exp`, `sigmoid` and `tanh` over whole `Float` buffers, eight lanes at a time.
///
/// The C library's `expf` and `tanhf` are scalar calls (5 to 20 ns each), and a
/// recurrent layer applies them to every gate of every step: for an LSTM they were
/// most of its training time. These are Cephes's single-precision algorithms
/// (Moshier, 1984) written over `SIMD8<Float>`: a range reduction by powers of two
/// and a short polynomial, within 2 ulp of the correctly rounded value over the whole
/// range, which is PyTorch's own standard for its vectorized CPU kernels. `Double`
/// buffers keep the C library (the float64 checks against PyTorch are to 1e-9).
///
/// Debug builds (the tests) take the C library for `Float` too: there the SIMD types'
/// generic code runs unspecialized, a hundred times slower. `VectorMath`'s own tests
/// call it directly.
enum VectorMath {
  typealias Lanes = SIMD8<Float>

  #if DEBUG
    static let isEnabled = false
  #else
    static let isEnabled = true
  #endif

  @inline(__always)
  static func exp(_ v: Lanes) -> Lanes {
    let x = v.clamped(lowerBound: Lanes(repeating: -87.3), upperBound: Lanes(repeating: 88.3))
    // n = round(x / ln 2): adding 1.5·2²³ rounds to an integer held in the low bits.
    let magic: Float = 12_582_912
    let shifted = x * 1.442_695_04 + magic
    let n = shifted - magic
    // r = x - n·ln 2, in two parts so the product is exact.
    let r = (x - n * 0.693_359_375) - n * -2.121_944_4e-4
    var p = r * 1.987_569_15e-4 + 1.398_199_95e-3
    p = p * r + 8.333_451_9e-3
    p = p * r + 4.166_579_59e-2
    p = p * r + 0.166_666_655
    p = p * r + 0.500_000_01
    p = p * (r * r) + r + 1
    // 2ⁿ from the exponent bits.
    let bits = unsafeBitCast(shifted, to: SIMD8<UInt32>.self) &- magic.bitPattern &+ 127
    let result = p * unsafeBitCast(bits &<< 23, to: Lanes.self)
    return result.replacing(with: v, where: v .!= v)
  }

  @inline(__always)
  static func sigmoid(_ v: Lanes) -> Lanes { 1 / (1 + exp(-v)) }

  @inline(__always)
  static func tanh(_ v: Lanes) -> Lanes {
    let a = v.replacing(with: -v, where: v .< 0)
    // Near 0, an odd polynomial (1 - 2/(e²ˣ + 1) would cancel); elsewhere through exp.
    let z = v * v
    var p = z * -5.704_988_72e-3 + 2.063_908_88e-2
    p = p * z - 5.373_971_55e-2
    p = p * z + 0.133_314_422
    p = p * z - 0.333_332_819
    let small = p * z * v + v
    var large = 1 - 2 / (exp(a + a) + 1)
    large = large.replacing(with: -large, where: v .< 0)
    return large.replacing(with: small, where: a .< 0.625).replacing(with: v, where: v .!= v)
  }

  /// `body` on `count` elements from `p`, in place: whole vectors, then the rest in a
  /// padded vector.
  @inline(__always)
  static func apply(_ p: UnsafeMutablePointer<Float>, count: Int, _ body: (Lanes) -> Lanes) {
    let raw = UnsafeMutableRawPointer(p)
    var i = 0
    while i + Lanes.scalarCount <= count {
      let v = raw.loadUnaligned(fromByteOffset: i * 4, as: Lanes.self)
      raw.storeBytes(of: body(v), toByteOffset: i * 4, as: Lanes.self)
      i += Lanes.scalarCount
    }
    if i < count {
      var v = Lanes()
      for k in i..<count { v[k - i] = p[k] }
      let r = body(v)
      for k in i..<count { p[k] = r[k - i] }
    }
  }
}

extension TensorScalar {
  /// `sigmoid` on `count` elements in place: vectorized for `Float`, the C library for `Double`.
  @inline(__always)
  static func formSigmoid(_ p: UnsafeMutablePointer<Self>, count: Int) {
    if Self.self == Float.self && VectorMath.isEnabled {
      VectorMath.apply(UnsafeMutableRawPointer(p).assumingMemoryBound(to: Float.self), count: count) {
        VectorMath.sigmoid($0)
      }
    } else {
      for i in 0..<count { p[i] = 1 / (1 + exp(-p[i])) }
    }
  }

  /// `tanh` on `count` elements in place: vectorized for `Float`, the C library for `Double`.
  @inline(__always)
  static func formTanh(_ p: UnsafeMutablePointer<Self>, count: Int) {
    if Self.self == Float.self && VectorMath.isEnabled {
      VectorMath.apply(UnsafeMutableRawPointer(p).assumingMemoryBound(to: Float.self), count: count) {
        VectorMath.tanh($0)
      }
    } else {
      for i in 0..<count { p[i] = tanh(p[i]) }
    }
  }
}
