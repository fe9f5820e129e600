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
  /// Narrow products, where one side is at most 2 wide or the result is one column (lesson
  /// 01's 800 x 2 · 2 x 10, 800 x 10 · 10 x 1, 800 x 1 · 1 x 10, 2 x 800 · 800 x 10 and
  /// 10 x 800 · 800 x 1), run here up to this many multiply-adds. OpenBLAS packs both
  /// operands (and zeroes the result) for them as for any product; measured in CPU time
  /// (`Benchmarks/tensor/small_kernel.sh`, Haswell kernels), these loops take 0.3 to 0.8 of
  /// `sgemm`'s time for each of those shapes and for 800 x 2 · 2 x 64, 64 x 784 · 784 x 1,
  /// 256 x 2 · 2 x 256 and 512 x 1 · 1 x 512. A result of two columns with a long shared
  /// dimension (256 x 256 · 256 x 2) is slower here, and stays with OpenBLAS.
  static let vectorLimit = 64 * 64 * 64

  /// Whether `op(a) · b`, `m x k · k x n`, runs here.
  @inline(__always)
  static func handles(m: Int, n: Int, k: Int, transposeA: Bool) -> Bool {
    // Each dimension is bounded before the product is formed, so it cannot overflow.
    guard m <= vectorLimit && n <= vectorLimit && k <= vectorLimit else { return false }
    let work = m * n * k
    return work <= limit || (work <= vectorLimit && (k <= 2 || m <= 2 || n == 1))
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
  /// registers, then a block of 4 columns. The last 1 to 3 columns of a row at least 4
  /// wide are a block of 4 that ends at the row's end and overlaps the block before it:
  /// its overlapping lanes are computed again with the same bits. A narrower row runs the
  /// same sums one at a time. Index arithmetic wraps (`&+`, `&*`): every offset is inside
  /// the operands, and overflow checks in these loops cost as much as the arithmetic.
  @inline(__always)
  private static func tiles<T: TensorScalar & SIMDScalar>(
    _ x: UnsafePointer<T>, rowStep: Int, pStep: Int, _ y: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>,
    outRowStep: Int, outColumnStep: Int, rows: Int, width: Int, k: Int, accumulate: Bool
  ) {
    typealias V = SIMD8<T>
    typealias H = SIMD4<T>
    let raw = UnsafeRawPointer(y)
    let stride = MemoryLayout<T>.stride
    @inline(__always) func load<W: SIMD>(_ p: Int, _ j: Int, as _: W.Type) -> W {
      raw.loadUnaligned(fromByteOffset: (p &* width &+ j) &* stride, as: W.self)
    }
    @inline(__always) func put(_ v: T, _ r: Int, _ j: Int) {
      let o = out + (r &* outRowStep &+ j &* outColumnStep)
      if accumulate { o.pointee += v } else { o.pointee = v }
    }
    @inline(__always) func put<W: SIMD>(_ v: W, _ r: Int, _ j: Int) where W.Scalar == T {
      if outColumnStep == 1 {
        let o = UnsafeMutableRawPointer(out + (r &* outRowStep &+ j))
        o.storeBytes(of: accumulate ? o.loadUnaligned(as: W.self) + v : v, as: W.self)
      } else {
        for e in 0..<W.scalarCount { put(v[e], r, j &+ e) }
      }
    }
    // The overlapping last block is stored whole: its lanes over the block before it hold
    // the bits already there. When accumulating, the old values under it are read before
    // the blocks before it store theirs.
    let blocks8 = width & ~7
    let block4 = width &- blocks8 >= 4
    let overlap = outColumnStep == 1 && width >= 4 && width & 3 != 0
    let last = width &- 4
    @inline(__always) func old(_ r: Int) -> H {
      accumulate ? UnsafeRawPointer(out + (r &* outRowStep &+ last)).loadUnaligned(as: H.self) : H()
    }
    @inline(__always) func putLast(_ v: H, _ old: H, _ r: Int) {
      UnsafeMutableRawPointer(out + (r &* outRowStep &+ last)).storeBytes(of: accumulate ? old + v : v, as: H.self)
    }
    /// Four rows' sums for the columns `j..<j + W.scalarCount`.
    @inline(__always) func sums4<W: SIMD>(
      _ x0: UnsafePointer<T>, _ x1: UnsafePointer<T>, _ x2: UnsafePointer<T>, _ x3: UnsafePointer<T>, _ j: Int,
      _: W.Type
    ) -> (W, W, W, W) where W.Scalar == T {
      var c0 = W()
      var c1 = W()
      var c2 = W()
      var c3 = W()
      var q = 0
      for p in 0..<k {
        let b = load(p, j, as: W.self)
        c0 += W(repeating: x0[q]) * b
        c1 += W(repeating: x1[q]) * b
        c2 += W(repeating: x2[q]) * b
        c3 += W(repeating: x3[q]) * b
        q &+= pStep
      }
      return (c0, c1, c2, c3)
    }
    /// One row's sums for the columns `j..<j + W.scalarCount`.
    @inline(__always) func sums1<W: SIMD>(_ x0: UnsafePointer<T>, _ j: Int, _: W.Type) -> W where W.Scalar == T {
      var c0 = W()
      var q = 0
      for p in 0..<k {
        c0 += W(repeating: x0[q]) * load(p, j, as: W.self)
        q &+= pStep
      }
      return c0
    }
    var r = 0
    while r &+ 4 <= rows {
      let x0 = x + r &* rowStep
      let x1 = x0 + rowStep
      let x2 = x1 + rowStep
      let x3 = x2 + rowStep
      let (o0, o1, o2, o3) = overlap ? (old(r), old(r &+ 1), old(r &+ 2), old(r &+ 3)) : (H(), H(), H(), H())
      var j = 0
      while j < blocks8 {
        let (c0, c1, c2, c3) = sums4(x0, x1, x2, x3, j, V.self)
        put(c0, r, j)
        put(c1, r &+ 1, j)
        put(c2, r &+ 2, j)
        put(c3, r &+ 3, j)
        j &+= 8
      }
      if block4 {
        let (c0, c1, c2, c3) = sums4(x0, x1, x2, x3, j, H.self)
        put(c0, r, j)
        put(c1, r &+ 1, j)
        put(c2, r &+ 2, j)
        put(c3, r &+ 3, j)
        j &+= 4
      }
      if overlap {
        let (c0, c1, c2, c3) = sums4(x0, x1, x2, x3, last, H.self)
        putLast(c0, o0, r)
        putLast(c1, o1, r &+ 1)
        putLast(c2, o2, r &+ 2)
        putLast(c3, o3, r &+ 3)
        j = width
      }
      while j < width {
        var s0: T = 0
        var s1: T = 0
        var s2: T = 0
        var s3: T = 0
        var q = 0
        for p in 0..<k {
          let b = y[p &* width &+ j]
          s0 += x0[q] * b
          s1 += x1[q] * b
          s2 += x2[q] * b
          s3 += x3[q] * b
          q &+= pStep
        }
        put(s0, r, j)
        put(s1, r &+ 1, j)
        put(s2, r &+ 2, j)
        put(s3, r &+ 3, j)
        j &+= 1
      }
      r &+= 4
    }
    while r < rows {
      let x0 = x + r &* rowStep
      let o0 = overlap ? old(r) : H()
      var j = 0
      while j < blocks8 {
        put(sums1(x0, j, V.self), r, j)
        j &+= 8
      }
      if block4 {
        put(sums1(x0, j, H.self), r, j)
        j &+= 4
      }
      if overlap {
        putLast(sums1(x0, last, H.self), o0, r)
        j = width
      }
      while j < width {
        var s0: T = 0
        var q = 0
        for p in 0..<k {
          s0 += x0[q] * y[p &* width &+ j]
          q &+= pStep
        }
        put(s0, r, j)
        j &+= 1
      }
      r &+= 1
    }
  }
}
