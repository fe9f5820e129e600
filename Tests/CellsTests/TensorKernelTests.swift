import Foundation
import Testing

@testable import Cells

@Suite("Tensor kernels")
struct TensorKernelTests {
  /// The product computed the slow way, for comparison with BLAS.
  static func naiveProduct(_ a: Tensor, _ b: Tensor) -> Tensor {
    let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
    let out = Tensor.zeros([m, n], dtype: .float64)
    for i in 0..<m {
      for j in 0..<n {
        var s = 0.0
        for p in 0..<k { s += a.storage.double(at: i * k + p) * b.storage.double(at: p * n + j) }
        out.storage.set(s, at: i * n + j)
      }
    }
    return out
  }

  @Test(arguments: [DType.float32, .float64])
  func matmulMatchesTheDefinition(dtype: DType) throws {
    let random = NNRandom(seed: 7)
    let a = Tensor.randomNormal([17, 33], dtype: dtype, using: random)
    let b = Tensor.randomNormal([33, 9], dtype: dtype, using: random)
    let c = try a.matmul(b)
    #expect(c.dtype == dtype)
    expectClose(
      c, Self.naiveProduct(a, b), rtol: dtype == .float32 ? 1e-4 : 1e-12, atol: dtype == .float32 ? 1e-4 : 1e-12)
  }

  @Test func batchedMatmulMultipliesEachPair() throws {
    let random = NNRandom(seed: 8)
    let a = Tensor.randomNormal([3, 4, 5], dtype: .float64, using: random)
    let b = Tensor.randomNormal([3, 5, 2], dtype: .float64, using: random)
    let shared = Tensor.randomNormal([5, 2], dtype: .float64, using: random)
    let c = try a.matmul(b)
    let d = try a.matmul(shared)
    #expect(c.shape == [3, 4, 2])
    #expect(d.shape == [3, 4, 2])
    for i in 0..<3 {
      let ai = a[try TensorRegion(.int(i), shape: a.shape)]
      let bi = b[try TensorRegion(.int(i), shape: b.shape)]
      expectClose(c[try TensorRegion(.int(i), shape: c.shape)], Self.naiveProduct(ai, bi), rtol: 1e-12)
      expectClose(d[try TensorRegion(.int(i), shape: d.shape)], Self.naiveProduct(ai, shared), rtol: 1e-12)
    }
  }

  @Test func transposedProductsUseBLASFlags() throws {
    let random = NNRandom(seed: 9)
    let a = Tensor.randomNormal([6, 4], dtype: .float64, using: random)
    let b = Tensor.randomNormal([6, 3], dtype: .float64, using: random)
    let atb = try Tensor.product(a, transposeA: true, b, transposeB: false)
    expectClose(atb, Self.naiveProduct(try a.transposed(), b), rtol: 1e-12)
    let abt = try Tensor.product(b, transposeA: true, a, transposeB: false)
    expectClose(abt, Self.naiveProduct(try b.transposed(), a), rtol: 1e-12)
  }

  @Test func broadcastingOverOuterDimensions() throws {
    let a = tensor64(Array(0..<24).map(Double.init), [2, 3, 4])
    let b = tensor64([100, 200, 300], [3, 1])
    let c = try a.adding(b)
    #expect(c.shape == [2, 3, 4])
    #expect(c.storage.double(at: 0) == 100)
    #expect(c.storage.double(at: 5) == 205)
    #expect(c.storage.double(at: 23) == 323)
    #expect(try a.reduced(toShape: [3, 1], dtype: .float64).doubles == [60, 92, 124])
  }

  @Test func activationsStayFiniteForLargeInputs() throws {
    let text = output(
      """
      print(sigmoid(1000.0), sigmoid(-1000.0), sigmoid(0.0))
      print(sigmoid(Tensor([1000, -1000])).scalars)
      print(softmax(Tensor([1000, 1001], dtype: .float64)).scalars)
      print(logSoftmax(Tensor([0, 1000], dtype: .float64)).scalars)
      print(relu(-2.0), relu(3), leakyRelu(-2.0), elu(-1000.0), gelu(Tensor([0])).scalars, swish(0.0), silu(0.0))
      print(tanh(1000.0), tanh(Tensor([-1000])).scalars)
      """)
    #expect(
      text == """
        1.0 0.0 0.5
        [1.0, 0.0]
        [0.2689414213699951, 0.7310585786300049]
        [-1000.0, 0.0]
        0.0 3.0 -0.02 -1.0 [0.0] 0.0 0.0
        1.0 [-1.0]
        """)
  }

  @Test func sigmoidIsTheTwoSidedDefinitionBitForBit() {
    // 1 / (1 + e^-x) for x >= 0 (and -0), e^x / (1 + e^x) below: what the branchless kernel must give.
    let xs: [Double] = [-1000, -88.5, -20, -1.5, -1e-30, -0.0, 0, 1e-30, 0.3, 1.5, 20, 88.5, 1000, .nan]
    let singles = Tensor(shape: [xs.count], storage: TensorStorage.make(count: xs.count, dtype: .float32))
    let doubles = Tensor(shape: [xs.count], storage: TensorStorage.make(count: xs.count, dtype: .float64))
    for (i, x) in xs.enumerated() {
      singles.storage.pointer(Float.self)[i] = Float(x)
      doubles.storage.pointer(Double.self)[i] = x
    }
    let (singleOut, doubleOut) = (singles.sigmoid(), doubles.sigmoid())
    defer { withExtendedLifetime((singleOut, doubleOut)) {} }
    let s = singleOut.storage.pointer(Float.self)
    let d = doubleOut.storage.pointer(Double.self)
    for (i, x) in xs.enumerated() {
      let f = Float(x)
      let wantSingle = f >= 0 ? 1 / (1 + expf(-f)) : expf(f) / (1 + expf(f))
      let wantDouble = x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x))
      #expect(s[i].bitPattern == wantSingle.bitPattern || (x.isNaN && s[i].isNaN), "\(x)")
      #expect(d[i].bitPattern == wantDouble.bitPattern || (x.isNaN && d[i].isNaN), "\(x)")
    }
  }

  @Test func softmaxRowsSumToOne() throws {
    let random = NNRandom(seed: 3)
    let x = Tensor.randomNormal([4, 5], std: 10, dtype: .float64, using: random)
    expectClose(try x.softmax(axis: 1).sum(axis: 1), Tensor.ones([4], dtype: .float64), rtol: 1e-14)
    expectClose(try x.softmax(axis: 0).sum(axis: 0), Tensor.ones([5], dtype: .float64), rtol: 1e-14)
    expectClose(try x.logSoftmax(axis: 1).exp(), try x.softmax(axis: 1), rtol: 1e-12)
  }

  /// `+ - * /` eight lanes at a time (in place too, where the compiler's loop is scalar)
  /// give each element the bits of the scalar operation, on every length around the
  /// vector width, against a tensor, a number on either side, and a repeated row.
  @Test(arguments: [DType.float32, .float64])
  func arithmeticHasTheScalarBitsInAndOutOfPlace(dtype: DType) throws {
    switch dtype {
    case .float32: try checkArithmeticBits(Float.self)
    case .float64: try checkArithmeticBits(Double.self)
    }
  }

  private func checkArithmeticBits<T: TensorScalar>(_: T.Type) throws {
    let random = NNRandom(seed: 11)
    let ops: [(BinaryOperator, (T, T) -> T)] = [(.add, +), (.subtract, -), (.multiply, *), (.divide, /)]
    func elements(_ t: Tensor) -> [T] { Array(UnsafeBufferPointer(start: t.storage.pointer(T.self), count: t.count)) }
    func copy(_ t: Tensor) -> Tensor { Tensor(shape: t.shape, storage: t.storage.copy()) }
    func same(_ x: [T], _ y: [T]) -> Bool {
      x.count == y.count
        && zip(x, y).allSatisfy {
          $0.sign == $1.sign && $0.exponentBitPattern == $1.exponentBitPattern
            && $0.significandBitPattern == $1.significandBitPattern
        }
    }
    for n in [1, 7, 8, 9, 15, 16, 17, 40] {
      let a = Tensor.randomNormal([3, n], std: 3, dtype: T.dtype, using: random)
      let b = Tensor.randomNormal([3, n], std: 3, dtype: T.dtype, using: random)
      let row = Tensor.randomNormal([n], std: 3, dtype: T.dtype, using: random)
      let s = 0.37
      let (xa, xb, xr, xs) = (elements(a), elements(b), elements(row), T(s))
      for (op, f) in ops {
        let want = zip(xa, xb).map { f($0, $1) }
        let wantRow = xa.indices.map { f(xa[$0], xr[$0 % n]) }
        let wantScalar = xa.map { f($0, xs) }
        let wantScalarFirst = xa.map { f(xs, $0) }
        #expect(same(elements(try #require(try Tensor.apply(op, a, b))), want), "\(op) \(n)")
        #expect(same(elements(try #require(try Tensor.apply(op, a, row))), wantRow), "\(op) \(n) row")
        let inPlace = copy(a)
        inPlace.formCombine(op, b)
        #expect(same(elements(inPlace), want), "\(op) \(n) in place")
        let rowInPlace = copy(a)
        rowInPlace.formCombine(op, row)
        #expect(same(elements(rowInPlace), wantRow), "\(op) \(n) row in place")
        let scalarInPlace = copy(a)
        scalarInPlace.formCombine(op, scalar: s)
        #expect(same(elements(scalarInPlace), wantScalar), "\(op) \(n) scalar in place")
        #expect(same(elements(try #require(try Tensor.apply(op, a, scalar: s, scalarFirst: false))), wantScalar))
        #expect(same(elements(try #require(try Tensor.apply(op, a, scalar: s, scalarFirst: true))), wantScalarFirst))
      }
    }
  }

  /// A float32 sum over every element adds eight lanes and then the rest: every element
  /// counted once, at every length around the lane width (exact sums of halves).
  @Test func fullSumsCountEveryElementOnce() throws {
    for n in 0...41 {
      let values: [Double] = (0..<n).map { k in
        let magnitude = Double(k + 1)
        return k % 3 == 0 ? -magnitude / 2 : magnitude
      }
      let t = Tensor(shape: [n], storage: TensorStorage.make(count: n, dtype: .float32))
      for (k, v) in values.enumerated() { t.storage.set(v, at: k) }
      #expect(try t.sum().item() == values.reduce(0, +), "\(n)")
    }
  }

  @Test func float32SumsAccumulateInDouble() throws {
    let x = Tensor.full([1_000_000], value: 0.1)
    #expect(abs(try x.sum().item() - 100_000) < 1)
  }
}

@Suite("Convolution")
struct TensorConvolutionTests {
  /// The convolution computed from its definition, one output at a time.
  static func naiveConvolution(_ x: Tensor, _ w: Tensor, stride: Int, padding: Int) -> Tensor {
    let (n, c, h, wd) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
    let (o, kh, kw) = (w.shape[0], w.shape[2], w.shape[3])
    let oh = (h + 2 * padding - kh) / stride + 1
    let ow = (wd + 2 * padding - kw) / stride + 1
    let out = Tensor.zeros([n, o, oh, ow], dtype: .float64)
    for b in 0..<n {
      for f in 0..<o {
        for y in 0..<oh {
          for z in 0..<ow {
            var s = 0.0
            for ch in 0..<c {
              for dy in 0..<kh {
                for dz in 0..<kw {
                  let iy = y * stride - padding + dy
                  let iz = z * stride - padding + dz
                  guard iy >= 0, iy < h, iz >= 0, iz < wd else { continue }
                  s +=
                    x.storage.double(at: ((b * c + ch) * h + iy) * wd + iz)
                    * w.storage.double(at: ((f * c + ch) * kh + dy) * kw + dz)
                }
              }
            }
            out.storage.set(s, at: ((b * o + f) * oh + y) * ow + z)
          }
        }
      }
    }
    return out
  }

  @Test(arguments: [(1, 0), (1, 1), (2, 1), (3, 2)])
  func convolutionMatchesTheDefinition(stride: Int, padding: Int) throws {
    let random = NNRandom(seed: 4)
    let x = Tensor.randomNormal([2, 3, 7, 6], dtype: .float64, using: random)
    let w = Tensor.randomNormal([4, 3, 3, 2], dtype: .float64, using: random)
    expectClose(
      try x.convolved2d(with: w, stride: stride, padding: padding),
      Self.naiveConvolution(x, w, stride: stride, padding: padding), rtol: 1e-12, atol: 1e-12)
  }

  @Test func poolingInACell() {
    let text = output(
      """
      let x = Tensor.arange(16).reshaped(1, 1, 4, 4)
      print(maxPool2d(x, kernelSize: 2).scalars, avgPool2d(x, kernelSize: 2).scalars)
      print(conv2d(x, Tensor.ones([1, 1, 2, 2]), stride: 2).scalars)
      """)
    #expect(text == "[5.0, 7.0, 13.0, 15.0] [2.5, 4.5, 10.5, 12.5]\n[10.0, 18.0, 42.0, 50.0]")
  }
}

@Suite("Vectorized float math")
struct VectorMathTests {
  /// Points across the range that matters, dense near 0 where tanh's two formulas meet.
  static let points: [Float] =
    stride(from: -90, through: 90, by: 0.37).map { Float($0) }
    + stride(from: -1, through: 1, by: 0.0031).map {
      Float($0)
    } + [0, -0, 1e-8, -1e-8, 0.625, -0.625, 0.6249999, 88, -87, 1e-30]

  /// The largest error relative to the C library's value (absolute below `floor`).
  static func worst(_ vector: (VectorMath.Lanes) -> VectorMath.Lanes, _ scalar: (Double) -> Double) -> Double {
    var values = points
    values.withUnsafeMutableBufferPointer { VectorMath.apply($0.baseAddress!, count: $0.count, vector) }
    var worst = 0.0
    for (x, y) in zip(points, values) {
      let exact = scalar(Double(x))
      let error = abs(Double(y) - exact) / max(abs(exact), 1e-30)
      worst = max(worst, exact < 1e-37 ? abs(Double(y) - exact) : error)
    }
    return worst
  }

  @Test func sigmoidAndTanhAreWithinAFewUlpOfTheCLibrary() {
    let sigmoid = Self.worst(VectorMath.sigmoid, { 1 / (1 + CMath.exp(-$0)) })
    let tanh = Self.worst(VectorMath.tanh, { CMath.tanh($0) })
    // Float's ulp is 1.2e-7 relative: a few ulp, not a wrong branch or a lost sign.
    #expect(sigmoid < 5e-7)
    #expect(tanh < 5e-7)
  }

  @Test func nanStaysNaNAndTheTailIsComputed() {
    var values: [Float] = [.nan, 0.5, -3, 2, 0, 1, -1, 4, 0.25, -0.25, .nan]
    values.withUnsafeMutableBufferPointer { VectorMath.apply($0.baseAddress!, count: $0.count, VectorMath.tanh) }
    #expect(values[0].isNaN && values[10].isNaN)
    #expect(abs(values[9] - Float(CMath.tanh(-0.25))) < 1e-7)
    #expect(abs(values[1] - Float(CMath.tanh(0.5))) < 1e-7)
  }
}

@Suite("OpenBLAS kernel choice")
struct BLASKernelChoiceTests {
  let avx2: Set<Substring> = ["sse3", "avx", "avx2", "fma"]

  /// A user's own setting always wins, whatever OpenBLAS chose.
  @Test func aUsersSettingIsKept() {
    #expect(BLASKernels.betterCoreType(environment: ["OPENBLAS_CORETYPE": "Zen"], cpuFlags: avx2) == nil)
  }

  /// A processor without AVX2 and FMA cannot run the Haswell kernels.
  @Test func noBetterKernelsWithoutAVX2() {
    #expect(BLASKernels.betterCoreType(environment: [:], cpuFlags: ["sse3", "avx"]) == nil)
  }

  /// Haswell is asked for whenever OpenBLAS chose another kernel set on a processor with
  /// AVX2 and FMA (an SSE-era fallback, or AVX-512 kernels that sum in another order).
  @Test func haswellReplacesAnyOtherChoice() {
    let other = BLASKernels.coreName.lowercased() != "haswell"
    #expect((BLASKernels.betterCoreType(environment: [:], cpuFlags: avx2) == "Haswell") == other)
  }
}
