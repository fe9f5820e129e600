/// Reductions over one axis or over every element.
///
/// A reduction over `axis` sees the tensor as `[outer, n, inner]` (the dimensions
/// before the axis, the axis, the dimensions after), which turns every case into
/// the same three loops; the innermost runs over contiguous memory.
extension Tensor {
  enum Reduction {
    case sum, max, min
  }

  /// The `[outer, n, inner]` split for `axis` (nil: everything) and the result's shape.
  private func reductionLayout(_ axis: Int?, keepingDims: Bool, operation: String) throws
    -> (outer: Int, n: Int, inner: Int, shape: [Int])
  {
    guard let axis else {
      return (1, count, 1, keepingDims ? [Int](repeating: 1, count: rank) : [])
    }
    let a = try Shape.axis(axis, rank: rank, operation: operation)
    if rank == 0 { return (1, 1, 1, []) }
    var outer = 1
    var inner = 1
    for i in 0..<a { outer *= shape[i] }
    for i in (a + 1)..<rank { inner *= shape[i] }
    var newShape = shape
    if keepingDims { newShape[a] = 1 } else { newShape.remove(at: a) }
    return (outer, shape[a], inner, newShape)
  }

  /// The raw reduction, recording nothing.
  func reduce(_ kind: Reduction, axis: Int?, keepingDims: Bool, operation: String) throws -> Tensor {
    let (outer, n, inner, newShape) = try reductionLayout(axis, keepingDims: keepingDims, operation: operation)
    if n == 0 && kind != .sum {
      throw RuntimeFailure("\(operation): cannot reduce an empty axis (shape \(Shape.text(shape)))")
    }
    let out = Tensor(uninitializedShape: newShape, dtype: dtype)
    switch dtype {
    case .float32:
      Tensor.reduceLoop(kind, storage.pointer(Float.self), out.storage.pointer(Float.self), outer, n, inner)
    case .float64:
      Tensor.reduceLoop(kind, storage.pointer(Double.self), out.storage.pointer(Double.self), outer, n, inner)
    }
    return out
  }

  private static func reduceLoop<T: TensorScalar & SIMDScalar>(
    _ kind: Reduction, _ x: UnsafeMutablePointer<T>, _ out: UnsafeMutablePointer<T>, _ outer: Int, _ n: Int,
    _ inner: Int
  ) {
    for o in 0..<outer {
      let src = x + o * n * inner
      let dst = out + o * inner
      if inner == 1 {
        switch kind {
        case .sum:
          // Accumulate in Double: a float32 sum of many elements would lose digits.
          if T.self == Float.self {
            dst[0] = T(sumInDoubleLanes(UnsafeRawPointer(src).assumingMemoryBound(to: Float.self), n))
          } else {
            var acc = 0.0
            for k in 0..<n { acc += Double(src[k]) }
            dst[0] = T(acc)
          }
        case .max:
          var acc = src[0]
          for k in 1..<Swift.max(n, 1) where src[k] > acc || src[k].isNaN { acc = src[k] }
          dst[0] = acc
        case .min:
          var acc = src[0]
          for k in 1..<Swift.max(n, 1) where src[k] < acc || src[k].isNaN { acc = src[k] }
          dst[0] = acc
        }
        continue
      }
      switch kind {
      case .sum:
        sumRows(src, into: dst, rows: n, width: inner)
      case .max, .min:
        for i in 0..<inner { dst[i] = src[i] }
        let isMax = kind == .max
        for k in 1..<Swift.max(n, 1) {
          let row = src + k * inner
          for i in 0..<inner {
            let v = row[i]
            if (isMax ? v > dst[i] : v < dst[i]) || v.isNaN { dst[i] = v }
          }
        }
      }
    }
  }

  /// The sum of `n` floats, in Double: eight running sums (element `k` into sum `k % 8`),
  /// added in a fixed order, then the last `n % 8` elements in order. One running sum
  /// waited for each addition before the next (four cycles an element); eight convert
  /// and add a vector at a time. The order is fixed, so the result is the same on every
  /// run and processor; it may differ from the one-sum order in the last bits of the
  /// Double, which the rounding to Float almost always removes.
  static func sumInDoubleLanes(_ x: UnsafePointer<Float>, _ n: Int) -> Double {
    var sums = SIMD8<Double>()
    var k = 0
    while k &+ 8 <= n {
      sums += SIMD8<Double>(UnsafeRawPointer(x + k).loadUnaligned(as: SIMD8<Float>.self))
      k &+= 8
    }
    let four = sums.lowHalf + sums.highHalf
    let two = four.lowHalf + four.highHalf
    var total = two[0] + two[1]
    while k < n {
      total += Double(x[k])
      k &+= 1
    }
    return total
  }

  /// `dst[i] = Σₖ src[k·width + i]`, each sum in order from `k = 0` (a bias gradient:
  /// 800 x 10 summed over its rows). Eight sums at a time in a vector: the loop the
  /// compiler made of `dst[i] += row[i]` checked the two pointers for overlap on every row,
  /// and cost six times as much.
  private static func sumRows<T: TensorScalar & SIMDScalar>(
    _ src: UnsafeMutablePointer<T>, into dst: UnsafeMutablePointer<T>, rows: Int, width: Int
  ) {
    var i = 0
    while i &+ 8 <= width {
      var acc = SIMD8<T>()
      var row = UnsafeRawPointer(src + i)
      for _ in 0..<rows {
        acc += row.loadUnaligned(as: SIMD8<T>.self)
        row += width &* MemoryLayout<T>.stride
      }
      UnsafeMutableRawPointer(dst + i).storeBytes(of: acc, as: SIMD8<T>.self)
      i &+= 8
    }
    while i < width {
      var acc: T = 0
      var k = i
      for _ in 0..<rows {
        acc += src[k]
        k &+= width
      }
      dst[i] = acc
      i &+= 1
    }
  }

  // MARK: Differentiable reductions

  /// The gradient of a reduction's result, spread back over the input's shape.
  private func spread(_ g: Tensor, axis: Int?) throws -> Tensor {
    let (_, _, _, kept) = try reductionLayout(axis, keepingDims: true, operation: "sum")
    return try g.sharing(shape: kept).broadcastedCopy(to: shape)
  }

  func sum(axis: Int? = nil, keepingDims: Bool = false) throws -> Tensor {
    let out = try reduce(.sum, axis: axis, keepingDims: keepingDims, operation: "sum")
    if let tape = Tape.active(self) {
      tape.record(out, self) { [x = self] g in [try x.spread(g, axis: axis)] }
    }
    return out
  }

  func mean(axis: Int? = nil, keepingDims: Bool = false) throws -> Tensor {
    let (_, n, _, _) = try reductionLayout(axis, keepingDims: keepingDims, operation: "mean")
    let out = try reduce(.sum, axis: axis, keepingDims: keepingDims, operation: "mean")
    out.formCombine(ElementFunctions.Divide(), out.scalar(Double(n)))
    if let tape = Tape.active(self) {
      tape.record(out, self) { [x = self] g in [try x.spread(g, axis: axis).dividing(g.scalar(Double(n)))] }
    }
    return out
  }

  func max(axis: Int? = nil, keepingDims: Bool = false) throws -> Tensor {
    try extremum(.max, axis: axis, keepingDims: keepingDims, operation: "max")
  }

  func min(axis: Int? = nil, keepingDims: Bool = false) throws -> Tensor {
    try extremum(.min, axis: axis, keepingDims: keepingDims, operation: "min")
  }

  /// `max`/`min`: the gradient goes to the elements equal to the result, shared
  /// equally among ties.
  private func extremum(_ kind: Reduction, axis: Int?, keepingDims: Bool, operation: String) throws -> Tensor {
    let out = try reduce(kind, axis: axis, keepingDims: keepingDims, operation: operation)
    if let tape = Tape.active(self) {
      tape.record(out, self) { [x = self] g in
        let hit = try x.compared(.equal, x.spread(out, axis: axis))
        let ties = try hit.reduce(.sum, axis: axis, keepingDims: true, operation: operation)
        return [try hit.multiplying(x.spread(g, axis: axis)).dividing(ties)]
      }
    }
    return out
  }

  /// Population variance (NumPy's default, `ddof=0`).
  func variance(axis: Int? = nil, keepingDims: Bool = false) throws -> Tensor {
    let centered = try subtracting(mean(axis: axis, keepingDims: true))
    return try centered.squared().mean(axis: axis, keepingDims: keepingDims)
  }

  func standardDeviation(axis: Int? = nil, keepingDims: Bool = false) throws -> Tensor {
    try variance(axis: axis, keepingDims: keepingDims).squareRoot()
  }

  /// Indices of the largest elements along `axis`, as a tensor of this dtype (the first on ties).
  func argExtremum(axis: Int, largest: Bool, operation: String) throws -> Tensor {
    let (outer, n, inner, newShape) = try reductionLayout(axis, keepingDims: false, operation: operation)
    guard n > 0 else { throw RuntimeFailure("\(operation): cannot reduce an empty axis (shape \(Shape.text(shape)))") }
    let out = Tensor(uninitializedShape: newShape, dtype: dtype)
    for o in 0..<outer {
      for i in 0..<inner {
        var best = 0
        var bestValue = storage.double(at: o * n * inner + i)
        for k in 1..<n {
          let v = storage.double(at: (o * n + k) * inner + i)
          if largest ? v > bestValue : v < bestValue {
            best = k
            bestValue = v
          }
        }
        out.storage.set(Double(best), at: o * inner + i)
      }
    }
    return out
  }

  /// The flat index of the largest (smallest) element.
  func argExtremum(largest: Bool, operation: String) throws -> Int {
    guard count > 0 else { throw RuntimeFailure("\(operation): the tensor is empty") }
    var best = 0
    var bestValue = storage.double(at: 0)
    for k in 1..<count {
      let v = storage.double(at: k)
      if largest ? v > bestValue : v < bestValue {
        best = k
        bestValue = v
      }
    }
    return best
  }

  /// Sums a broadcast gradient back to the shape of the operand it came from
  /// (NumPy broadcasting, run backwards), converted to that operand's dtype.
  func reduced(toShape target: [Int], dtype target2: DType) throws -> Tensor {
    var t = self
    if shape != target {
      let extra = rank - target.count
      if extra > 0 {
        var lead = 1
        for d in shape[..<extra] { lead *= d }
        t = try t.sharing(shape: [lead] + shape[extra...]).reduce(.sum, axis: 0, keepingDims: false, operation: "sum")
      }
      for (i, d) in target.enumerated() where d == 1 && t.shape[i] != 1 {
        t = try t.reduce(.sum, axis: i, keepingDims: true, operation: "sum")
      }
    }
    return t.dtype == target2 ? t : Tensor(shape: t.shape, storage: t.storage.converted(to: target2))
  }
}
