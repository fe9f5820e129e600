/// Small matrix products in plain Swift, without OpenBLAS.
///
/// OpenBLAS's `sgemm` packs both operands and zeroes the result before it multiplies;
/// for a transposed matrix-vector product of training (10 x 800 · 800 x 1) or a
/// product of a few hundred multiply-adds (8³) that costs more than the arithmetic. These loops read the
/// operands where they are, with their transpose flags, and vectorize across the
/// outputs (a tile of 4 x 8 results in registers), never across the sum.
///
/// Every element of the result is summed in one fixed order: `0 + a₀b₀ + a₁b₁ + …`
/// from the first index of the shared dimension to the last (no fused multiply-add),
/// then added to the result's old value when accumulating. Whichever loop runs,
/// transposed or not, on whichever processor, such a product has the same bits
/// (larger products keep OpenBLAS's, which depend on its kernel set).
enum SmallProduct {
  /// Products of at most this many multiply-adds run here. Measured in CPU time on this
  /// machine (an AVX2 processor shared by other work; OpenBLAS 0.3.21 with its Haswell
  /// kernels, one thread; `Benchmarks/tensor/small_kernel.sh`), these loops, compiled
  /// for plain x86-64 (SSE2, no FMA), take 0.054 us for 8³ against `sgemm`'s 0.123 us,
  /// but 0.31 us for 12³ against 0.17 us, and 3.4 times `sgemm`'s time at 64³.
  static let limit = 8 * 8 * 8
  /// `aᵀ · v` for a stored matrix `a` and a vector `v` (lesson 01's `a1.T.matmul(dz2)`,
  /// 10 x 800 · 800 x 1) runs here up to this many multiply-adds: 2.4 to 2.6 us against
  /// `sgemm`'s 4.9 to 6.2 us.
  static let vectorLimit = 64 * 64 * 64

  /// Whether `op(a) · b`, `m x k · k x n`, runs here.
  @inline(__always)
  static func handles(m: Int, n: Int, k: Int, transposeA: Bool) -> Bool {
    // Each dimension is bounded before the product is formed, so it cannot overflow.
    guard m <= vectorLimit && n <= vectorLimit && k <= vectorLimit else { return false }
    let work = m * n * k
    return work <= limit || (transposeA && n == 1 && work <= vectorLimit)
  }

  /// `c = op(a) · op(b)` (or `c += …` when `accumulate`), row-major, as `BLAS.gemm`.
  /// `m`, `n` and `k` are at least 1.
  static func gemm<T: TensorScalar & SIMDScalar>(
    _ a: UnsafePointer<T>, transposeA: Bool, _ b: UnsafePointer<T>, transposeB: Bool,
    _ c: UnsafeMutablePointer<T>, m: Int, n: Int, k: Int, accumulate: Bool
  ) {
    if transposeA && n < 8 && n < m {
      // `a` is stored transposed (k rows of m) and the result has few columns: along the
      // columns of the result, which is the same loop computing cᵀ = op(b)ᵀ · aᵀ.
      // `b(p, j)` is at `p·n + j`, or at `j·k + p` when `b` is read transposed.
      let (rowStep, pStep) = transposeB ? (k, 1) : (1, n)
      tiles(
        b, rowStep: rowStep, pStep: pStep, a, c, outRowStep: 1, outColumnStep: n, rows: n, width: m, k: k,
        accumulate: accumulate)
      return
    }
    // Along the rows of the result: `b` read as k rows of n (a transposed `b` is put that
    // way round in a scratch copy of k·n elements, at most the work divided by m).
    // `a(i, p)` is at `i·k + p`, or at `p·m + i` when `a` is read transposed.
    let (rowStep, pStep) = transposeA ? (1, m) : (k, 1)
    if transposeB && n > 1 {
      withUnsafeTemporaryAllocation(of: T.self, capacity: k * n) { scratch in
        let t = scratch.baseAddress!
        for j in 0..<n {
          for p in 0..<k { t[p * n + j] = b[j * k + p] }
        }
        tiles(
          a, rowStep: rowStep, pStep: pStep, UnsafePointer(t), c, outRowStep: n, outColumnStep: 1, rows: m,
          width: n, k: k, accumulate: accumulate)
      }
    } else {
      // One column of `b` transposed is the same k numbers in the same order.
      tiles(
        a, rowStep: rowStep, pStep: pStep, b, c, outRowStep: n, outColumnStep: 1, rows: m, width: n, k: k,
        accumulate: accumulate)
    }
  }

  /// `out(r, j) (+)= Σₚ x(r, p) · y[p·width + j]` for `rows` x `width` results, where
  /// `x(r, p)` is at `r·rowStep + p·pStep` and `out(r, j)` at
  /// `r·outRowStep + j·outColumnStep`. Tiles of 4 rows x 8 columns keep their sums in
  /// registers; the remaining rows and columns run the same sums one at a time.
  @inline(__always)
  private static func tiles<T: TensorScalar & SIMDScalar>(
    _ x: UnsafePointer<T>, rowStep: Int, pStep: Int, _ y: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>,
    outRowStep: Int, outColumnStep: Int, rows: Int, width: Int, k: Int, accumulate: Bool
  ) {
    typealias V = SIMD8<T>
    let raw = UnsafeRawPointer(y)
    @inline(__always) func load(_ p: Int, _ j: Int) -> V {
      raw.loadUnaligned(fromByteOffset: (p * width + j) * MemoryLayout<T>.stride, as: V.self)
    }
    @inline(__always) func put(_ v: T, _ r: Int, _ j: Int) {
      let o = out + r * outRowStep + j * outColumnStep
      if accumulate { o.pointee += v } else { o.pointee = v }
    }
    @inline(__always) func put(_ v: V, _ r: Int, _ j: Int) {
      if outColumnStep == 1 {
        let o = UnsafeMutableRawPointer(out + r * outRowStep + j)
        o.storeBytes(of: accumulate ? o.loadUnaligned(as: V.self) + v : v, as: V.self)
      } else {
        for e in 0..<8 { put(v[e], r, j + e) }
      }
    }
    var r = 0
    while r + 4 <= rows {
      let x0 = x + r * rowStep
      let x1 = x0 + rowStep
      let x2 = x1 + rowStep
      let x3 = x2 + rowStep
      var j = 0
      while j + 8 <= width {
        var c0 = V()
        var c1 = V()
        var c2 = V()
        var c3 = V()
        for p in 0..<k {
          let b = load(p, j)
          let q = p * pStep
          c0 += V(repeating: x0[q]) * b
          c1 += V(repeating: x1[q]) * b
          c2 += V(repeating: x2[q]) * b
          c3 += V(repeating: x3[q]) * b
        }
        put(c0, r, j)
        put(c1, r + 1, j)
        put(c2, r + 2, j)
        put(c3, r + 3, j)
        j += 8
      }
      while j < width {
        var s0: T = 0
        var s1: T = 0
        var s2: T = 0
        var s3: T = 0
        for p in 0..<k {
          let b = y[p * width + j]
          let q = p * pStep
          s0 += x0[q] * b
          s1 += x1[q] * b
          s2 += x2[q] * b
          s3 += x3[q] * b
        }
        put(s0, r, j)
        put(s1, r + 1, j)
        put(s2, r + 2, j)
        put(s3, r + 3, j)
        j += 1
      }
      r += 4
    }
    while r < rows {
      let x0 = x + r * rowStep
      var j = 0
      while j + 8 <= width {
        var c0 = V()
        for p in 0..<k { c0 += V(repeating: x0[p * pStep]) * load(p, j) }
        put(c0, r, j)
        j += 8
      }
      while j < width {
        var s0: T = 0
        for p in 0..<k { s0 += x0[p * pStep] * y[p * width + j] }
        put(s0, r, j)
        j += 1
      }
      r += 1
    }
  }
}
