import Testing

@testable import Cells

/// The plain-Swift kernel for small products (`SmallProduct`): its results against the
/// definition, its fixed summation order, and bit-identical results whichever loop or
/// transpose flags compute a product.
@Suite("Small products")
struct SmallProductTests {
  /// `op(a) · op(b)` (+ `c0` when given) in `Double` with the same operands.
  static func reference(
    _ a: [Double], transposeA: Bool, _ b: [Double], transposeB: Bool, m: Int, n: Int, k: Int, c0: [Double]?
  ) -> [Double] {
    var c = c0 ?? [Double](repeating: 0, count: m * n)
    for i in 0..<m {
      for j in 0..<n {
        var s = 0.0
        for p in 0..<k {
          s += (transposeA ? a[p * m + i] : a[i * k + p]) * (transposeB ? b[j * k + p] : b[p * n + j])
        }
        c[i * n + j] += s
      }
    }
    return c
  }

  /// `SmallProduct.gemm` on `Float` operands, returning the result.
  static func small(
    _ a: [Float], transposeA: Bool, _ b: [Float], transposeB: Bool, m: Int, n: Int, k: Int, c0: [Float]? = nil
  ) -> [Float] {
    var c = c0 ?? [Float](repeating: .nan, count: m * n)
    a.withUnsafeBufferPointer { ap in
      b.withUnsafeBufferPointer { bp in
        c.withUnsafeMutableBufferPointer { cp in
          SmallProduct.gemm(
            ap.baseAddress!, transposeA: transposeA, bp.baseAddress!, transposeB: transposeB, cp.baseAddress!,
            m: m, n: n, k: k, accumulate: c0 != nil)
        }
      }
    }
    return c
  }

  /// The row-major transpose of an `r x c` matrix.
  static func transposed(_ x: [Float], rows r: Int, columns c: Int) -> [Float] {
    var t = [Float](repeating: 0, count: r * c)
    for i in 0..<r {
      for j in 0..<c { t[j * r + i] = x[i * c + j] }
    }
    return t
  }

  static func randoms(_ count: Int, seed: UInt64) -> [Float] {
    var state = seed
    return (0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Float(Int(state >> 40) % 2001 - 1000) / 250
    }
  }

  // Shapes for both loops: long rows (n >= 8), and short ones with more rows than columns
  // (lesson 01's 800 x 10 x 1 and 800 x 1 x 10 among them).
  static let shapes: [(m: Int, n: Int, k: Int)] = [
    (1, 1, 1), (3, 17, 5), (8, 8, 8), (64, 64, 64), (800, 10, 2), (800, 1, 10), (800, 10, 1), (10, 1, 800),
    (2, 10, 800), (9, 3, 4),
    // Rows of 4 to 15: the last block of 4 or 8 overlaps the one before it.
    (5, 4, 3), (6, 5, 2), (7, 7, 1), (9, 9, 3), (4, 12, 2), (5, 13, 5), (3, 15, 4), (6, 6, 300),
  ]

  @Test(arguments: shapes)
  func matchesTheDefinitionForEveryTransposeAndAccumulate(shape: (m: Int, n: Int, k: Int)) {
    let (m, n, k) = shape
    let a = Self.randoms(m * k, seed: 1)
    let b = Self.randoms(k * n, seed: 2)
    let c0 = Self.randoms(m * n, seed: 3)
    for transposeA in [false, true] {
      for transposeB in [false, true] {
        for accumulate in [false, true] {
          // The stored operands are the transposes when the flags say so.
          let sa = transposeA ? Self.transposed(a, rows: m, columns: k) : a
          let sb = transposeB ? Self.transposed(b, rows: k, columns: n) : b
          let got = Self.small(
            sa, transposeA: transposeA, sb, transposeB: transposeB, m: m, n: n, k: k, c0: accumulate ? c0 : nil)
          let want = Self.reference(
            a.map(Double.init), transposeA: false, b.map(Double.init), transposeB: false, m: m, n: n, k: k,
            c0: accumulate ? c0.map(Double.init) : nil)
          let worst = zip(got, want).map { abs(Double($0) - $1) / (1 + abs($1)) }.max() ?? 0
          #expect(worst < 1e-5, "m=\(m) n=\(n) k=\(k) tA=\(transposeA) tB=\(transposeB) acc=\(accumulate)")
        }
      }
    }
  }

  @Test(arguments: shapes)
  func everyLoopAndTransposeGivesTheSameBits(shape: (m: Int, n: Int, k: Int)) {
    let (m, n, k) = shape
    let a = Self.randoms(m * k, seed: 4)
    let b = Self.randoms(k * n, seed: 5)
    let plain = Self.small(a, transposeA: false, b, transposeB: false, m: m, n: n, k: k)
    let at = Self.transposed(a, rows: m, columns: k)
    let bt = Self.transposed(b, rows: k, columns: n)
    #expect(Self.small(at, transposeA: true, b, transposeB: false, m: m, n: n, k: k) == plain)
    #expect(Self.small(a, transposeA: false, bt, transposeB: true, m: m, n: n, k: k) == plain)
    #expect(Self.small(at, transposeA: true, bt, transposeB: true, m: m, n: n, k: k) == plain)
    // (a·b)ᵀ = bᵀ·aᵀ computes each element with the same products in the same order,
    // through the other loop when the shape is not square.
    let swapped = Self.small(b, transposeA: true, a, transposeB: true, m: n, n: m, k: k)
    #expect(Self.transposed(swapped, rows: n, columns: m) == plain)
  }

  @Test func sumsInOrderFromTheFirstTerm() {
    // 1e8 + 1 rounds back to 1e8 in Float, so the sum in order is 0; a sum that took the
    // last two terms first (or in pairs) would give 1. Both loops, and through matmul.
    let a: [Float] = [1e8, 1, -1e8]
    let ones: [Float] = [1, 1, 1]
    #expect(Self.small(a, transposeA: false, ones, transposeB: false, m: 1, n: 1, k: 3) == [0])
    let rows = [Float](repeating: 1, count: 24)
    let long = Self.small(a, transposeA: false, rows, transposeB: false, m: 1, n: 8, k: 3)
    #expect(long == [Float](repeating: 0, count: 8))
  }

  @Test func negativeZeroProductsSumToPositiveZero() {
    // Every sum starts from +0, as BLAS's zeroed result does: -0 · 1 gives 0, not -0.
    let got = Self.small([-0.0], transposeA: false, [1, 1, 1, 1, 1, 1, 1, 1], transposeB: false, m: 1, n: 8, k: 1)
    #expect(got.allSatisfy { $0 == 0 && $0.sign == .plus })
    let column = Self.small([-0.0, -0.0], transposeA: false, [1], transposeB: false, m: 2, n: 1, k: 1)
    #expect(column.allSatisfy { $0 == 0 && $0.sign == .plus })
  }

  @Test func matmulOfATransposeIsTheProductOfItsCopy() throws {
    // Through Tensor.matmul: a pending transpose (`x.T`, read with the transpose flag)
    // and its materialized copy give the same product, for float32 and float64, where
    // these loops take the flag (10 x 800 · 800 x 1, 2 x 800 · 800 x 10). Close, and in
    // these loops the same bits (`everyLoopAndTransposeGivesTheSameBits`); a product that
    // runs in OpenBLAS can differ in its last bits between the two layouts.
    for dtype in [DType.float32, .float64] {
      for (rows, columns) in [(10, 1), (2, 10)] {
        let random = NNRandom(seed: 11)
        let x = Tensor.randomNormal([800, rows], dtype: dtype, using: random)
        let d = Tensor.randomNormal([800, columns], dtype: dtype, using: random)
        let viaFlag = try x.transposed().matmul(d)
        let copy = x.permuted([1, 0])
        let viaCopy = try copy.matmul(d)
        #expect(viaFlag.shape == [rows, columns])
        expectClose(viaFlag, viaCopy, rtol: 1e-5, atol: 1e-5)
        expectClose(viaFlag, TensorKernelTests.naiveProduct(copy, d), rtol: 1e-4, atol: 1e-4)
      }
    }
  }

  @Test func largeProductsStillGoToBLAS() {
    #expect(SmallProduct.handles(m: 8, n: 8, k: 8, transposeA: false))
    #expect(SmallProduct.handles(m: 4, n: 16, k: 8, transposeA: true))
    #expect(!SmallProduct.handles(m: 12, n: 12, k: 12, transposeA: true))
    #expect(!SmallProduct.handles(m: 16, n: 16, k: 16, transposeA: false))
    #expect(!SmallProduct.handles(m: 1024, n: 1024, k: 1024, transposeA: false))
    // Narrow products up to 64³: aᵀ · v (lesson 01's a1.T.matmul(dz2)), a shared dimension
    // of 1 or 2, two rows, one column.
    #expect(SmallProduct.handles(m: 10, n: 1, k: 800, transposeA: true))
    #expect(SmallProduct.handles(m: 800, n: 1, k: 10, transposeA: false))
    #expect(SmallProduct.handles(m: 800, n: 10, k: 2, transposeA: false))
    #expect(SmallProduct.handles(m: 800, n: 10, k: 1, transposeA: false))
    #expect(SmallProduct.handles(m: 2, n: 10, k: 800, transposeA: true))
    #expect(!SmallProduct.handles(m: 256, n: 2, k: 256, transposeA: false))
    #expect(!SmallProduct.handles(m: 800, n: 400, k: 2, transposeA: false))
    #expect(!SmallProduct.handles(m: 1, n: 1, k: 1 << 19, transposeA: true))
    #expect(!SmallProduct.handles(m: 1 << 40, n: 1 << 40, k: 1 << 40, transposeA: true))
  }
}
