/// Binary operations with NumPy broadcasting, and their gradients.
extension Tensor {
  // MARK: Operators with autodiff

  func adding(_ other: Tensor) throws -> Tensor {
    let out = try Tensor.combine(ElementFunctions.Add(), self, other)
    if let tape = Tape.active(self, other) {
      tape.record(out, self, other) { [a = self, b = other] g in
        [try g.reduced(toShape: a.shape, dtype: a.dtype), try g.reduced(toShape: b.shape, dtype: b.dtype)]
      }
    }
    return out
  }

  func subtracting(_ other: Tensor) throws -> Tensor {
    let out = try Tensor.combine(ElementFunctions.Subtract(), self, other)
    if let tape = Tape.active(self, other) {
      tape.record(out, self, other) { [a = self, b = other] g in
        [try g.reduced(toShape: a.shape, dtype: a.dtype), try g.negated().reduced(toShape: b.shape, dtype: b.dtype)]
      }
    }
    return out
  }

  func multiplying(_ other: Tensor) throws -> Tensor {
    let out = try Tensor.combine(ElementFunctions.Multiply(), self, other)
    if let tape = Tape.active(self, other) {
      tape.record(out, self, other) { [a = self, b = other] g in
        [
          try g.multiplying(b).reduced(toShape: a.shape, dtype: a.dtype),
          try g.multiplying(a).reduced(toShape: b.shape, dtype: b.dtype),
        ]
      }
    }
    return out
  }

  func dividing(_ other: Tensor) throws -> Tensor {
    let out = try Tensor.combine(ElementFunctions.Divide(), self, other)
    if let tape = Tape.active(self, other) {
      tape.record(out, self, other) { [a = self, b = other] g in
        let ga = try g.dividing(b)
        // d(a/b)/db = -(a/b)/b
        let gb = try ga.multiplying(out).negated()
        return [try ga.reduced(toShape: a.shape, dtype: a.dtype), try gb.reduced(toShape: b.shape, dtype: b.dtype)]
      }
    }
    return out
  }

  /// Elementwise `max`; the gradient goes to the first operand where it is the larger (ties included).
  func maximum(_ other: Tensor) throws -> Tensor {
    let out = try Tensor.combine(ElementFunctions.Maximum(), self, other)
    if let tape = Tape.active(self, other) {
      tape.record(out, self, other) { [a = self, b = other] g in
        let mask = try Tensor.combine(ElementFunctions.FirstIsMax(), a, b)
        return try Tensor.splitGradient(g, mask: mask, a, b)
      }
    }
    return out
  }

  func minimum(_ other: Tensor) throws -> Tensor {
    let out = try Tensor.combine(ElementFunctions.Minimum(), self, other)
    if let tape = Tape.active(self, other) {
      tape.record(out, self, other) { [a = self, b = other] g in
        let mask = try Tensor.combine(ElementFunctions.FirstIsMin(), a, b)
        return try Tensor.splitGradient(g, mask: mask, a, b)
      }
    }
    return out
  }

  /// `pow(x, y)` elementwise.
  func raised(to exponent: Tensor) throws -> Tensor {
    let out = try Tensor.combine(ElementFunctions.Power(), self, exponent)
    if let tape = Tape.active(self, exponent) {
      tape.record(out, self, exponent) { [a = self, b = exponent] g in
        // d/da = b a^(b-1); d/db = a^b log a
        let ga = try g.multiplying(b).multiplying(a.raised(to: b.subtracting(Tensor(scalar: 1, dtype: b.dtype))))
        let gb = try g.multiplying(out).multiplying(a.log())
        return [try ga.reduced(toShape: a.shape, dtype: a.dtype), try gb.reduced(toShape: b.shape, dtype: b.dtype)]
      }
    }
    return out
  }

  /// A comparison as a 0/1 tensor; not differentiable (no gradient flows through it).
  func compared(_ op: BinaryOperator, _ other: Tensor) throws -> Tensor {
    switch op {
    case .equal: return try Tensor.combine(ElementFunctions.Equal(), self, other)
    case .notEqual: return try Tensor.combine(ElementFunctions.NotEqual(), self, other)
    case .less: return try Tensor.combine(ElementFunctions.Less(), self, other)
    case .lessEqual: return try Tensor.combine(ElementFunctions.LessEqual(), self, other)
    case .greater: return try Tensor.combine(ElementFunctions.Greater(), self, other)
    case .greaterEqual: return try Tensor.combine(ElementFunctions.GreaterEqual(), self, other)
    default: throw RuntimeFailure("'\(op.rawValue)' is not a comparison")
    }
  }

  /// A comparison with a number, as a 0/1 tensor (`scalarFirst`: `s < x` rather than `x < s`).
  func compared(_ op: BinaryOperator, scalar s: Double, scalarFirst: Bool) throws -> Tensor {
    switch op {
    case .equal: return Tensor.combine(ElementFunctions.Equal(), self, scalar: s, scalarFirst: scalarFirst)
    case .notEqual: return Tensor.combine(ElementFunctions.NotEqual(), self, scalar: s, scalarFirst: scalarFirst)
    case .less: return Tensor.combine(ElementFunctions.Less(), self, scalar: s, scalarFirst: scalarFirst)
    case .lessEqual: return Tensor.combine(ElementFunctions.LessEqual(), self, scalar: s, scalarFirst: scalarFirst)
    case .greater: return Tensor.combine(ElementFunctions.Greater(), self, scalar: s, scalarFirst: scalarFirst)
    case .greaterEqual:
      return Tensor.combine(ElementFunctions.GreaterEqual(), self, scalar: s, scalarFirst: scalarFirst)
    default: throw RuntimeFailure("'\(op.rawValue)' is not a comparison")
    }
  }

  private static func splitGradient(_ g: Tensor, mask: Tensor, _ a: Tensor, _ b: Tensor) throws -> [Tensor?] {
    let ga = try g.multiplying(mask)
    let gb = try g.subtracting(ga)
    return [try ga.reduced(toShape: a.shape, dtype: a.dtype), try gb.reduced(toShape: b.shape, dtype: b.dtype)]
  }

  // MARK: Kernels

  /// `f` over the broadcast shape of `a` and `b`, in the promoted dtype. Records nothing.
  static func combine<F: BinaryElementFunction>(_ f: F, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    let shape = try Shape.broadcast(a.shape, b.shape, operation: f.name)
    var a = a
    var b = b
    if a.dtype != b.dtype {
      a = Tensor(shape: a.shape, storage: a.storage.converted(to: .float64))
      b = Tensor(shape: b.shape, storage: b.storage.converted(to: .float64))
    }
    let out = Tensor(uninitializedShape: shape, dtype: a.dtype)
    switch out.dtype {
    case .float32: broadcastApply(f, a, b, into: out, Float.self)
    case .float64: broadcastApply(f, a, b, into: out, Double.self)
    }
    return out
  }

  /// `f(a, s)` (or `f(s, a)`) elementwise for a number `s`, in `a`'s dtype, without
  /// making a tensor of `s`: the path of `lr * dW`, `z > 0`, `1 - y`. Records nothing.
  static func combine<F: BinaryElementFunction>(_ f: F, _ a: Tensor, scalar: Double, scalarFirst: Bool) -> Tensor {
    let out = Tensor(shape: a.shape, storage: TensorStorage.make(count: a.count, dtype: a.dtype))
    switch a.dtype {
    case .float32:
      scalarLoop(f, a.storage.pointer(Float.self), Float(scalar), out.storage.pointer(Float.self), a.count, scalarFirst)
    case .float64:
      scalarLoop(f, a.storage.pointer(Double.self), scalar, out.storage.pointer(Double.self), a.count, scalarFirst)
    }
    return out
  }

  @inline(__always)
  private static func scalarLoop<F: BinaryElementFunction, T: TensorScalar>(
    _ f: F, _ x: UnsafeMutablePointer<T>, _ s: T, _ out: UnsafeMutablePointer<T>, _ n: Int, _ scalarFirst: Bool
  ) {
    var i = 0
    if F.hasLanes {
      // Eight at a time, also when `out` is `x` (`a *= 0.5`), which the compiler's own
      // vectorized loop declines.
      let v = SIMD8<T>(repeating: s)
      while i &+ 8 <= n {
        let y = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<T>.self)
        UnsafeMutableRawPointer(out + i).storeBytes(of: scalarFirst ? f.lanes(v, y) : f.lanes(y, v), as: SIMD8<T>.self)
        i &+= 8
      }
    }
    if scalarFirst {
      while i < n {
        out[i] = f(s, x[i])
        i &+= 1
      }
    } else {
      while i < n {
        out[i] = f(x[i], s)
        i &+= 1
      }
    }
  }

  /// `out[i] = f(a[i], b[i])` for `i < n`, eight at a time where `f` has lanes; `out` may
  /// be `a` or `b` (in place), which the compiler's own vectorized loop declines.
  @inline(__always)
  static func zipLoop<F: BinaryElementFunction, T: TensorScalar>(
    _ f: F, _ a: UnsafePointer<T>, _ b: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>, _ n: Int
  ) {
    var i = 0
    if F.hasLanes {
      while i &+ 8 <= n {
        let x = UnsafeRawPointer(a + i).loadUnaligned(as: SIMD8<T>.self)
        let y = UnsafeRawPointer(b + i).loadUnaligned(as: SIMD8<T>.self)
        UnsafeMutableRawPointer(out + i).storeBytes(of: f.lanes(x, y), as: SIMD8<T>.self)
        i &+= 8
      }
    }
    while i < n {
      out[i] = f(a[i], b[i])
      i &+= 1
    }
  }

  /// Writes `f(self, other)` into this tensor's own buffer. The caller has checked
  /// that the buffer is private, the dtypes match, and `other` broadcasts to `shape`.
  func formCombine<F: BinaryElementFunction>(_ f: F, _ other: Tensor) {
    switch dtype {
    case .float32: Tensor.broadcastApply(f, self, other, into: self, Float.self)
    case .float64: Tensor.broadcastApply(f, self, other, into: self, Double.self)
    }
  }

  /// `self op= other` for `+ - * /` (any other operator leaves the tensor as it is),
  /// with the same caller's checks as `formCombine(_:_:)`.
  func formCombine(_ op: BinaryOperator, _ other: Tensor) {
    switch op {
    case .add: formCombine(ElementFunctions.Add(), other)
    case .subtract: formCombine(ElementFunctions.Subtract(), other)
    case .multiply: formCombine(ElementFunctions.Multiply(), other)
    case .divide: formCombine(ElementFunctions.Divide(), other)
    default: break
    }
  }

  /// `self op= s` for a number, in place, computed as `combine(_:_:scalar:scalarFirst:)` computes it.
  func formCombine(_ op: BinaryOperator, scalar s: Double) {
    switch op {
    case .add: formCombine(ElementFunctions.Add(), scalar: s)
    case .subtract: formCombine(ElementFunctions.Subtract(), scalar: s)
    case .multiply: formCombine(ElementFunctions.Multiply(), scalar: s)
    case .divide: formCombine(ElementFunctions.Divide(), scalar: s)
    default: break
    }
  }

  private func formCombine<F: BinaryElementFunction>(_ f: F, scalar s: Double) {
    switch dtype {
    case .float32:
      let p = storage.pointer(Float.self)
      Tensor.scalarLoop(f, p, Float(s), p, count, false)
    case .float64:
      let p = storage.pointer(Double.self)
      Tensor.scalarLoop(f, p, s, p, count, false)
    }
  }

  @inline(__always)
  private static func broadcastApply<F: BinaryElementFunction, T: TensorScalar>(
    _ f: F, _ a: Tensor, _ b: Tensor, into out: Tensor, _: T.Type
  ) {
    broadcastLoop(
      f, a.storage.pointer(T.self), a.shape, b.storage.pointer(T.self), b.shape, out.storage.pointer(T.self),
      out.shape)
  }

  /// The broadcasting loop. Same shapes and a one-element operand are straight
  /// loops the compiler vectorizes; otherwise the innermost dimension is the inner
  /// loop and the outer dimensions step through a counter.
  @inline(__always)
  static func broadcastLoop<F: BinaryElementFunction, T: TensorScalar>(
    _ f: F, _ a: UnsafeMutablePointer<T>, _ aShape: [Int], _ b: UnsafeMutablePointer<T>, _ bShape: [Int],
    _ out: UnsafeMutablePointer<T>, _ outShape: [Int]
  ) {
    let n = count(of: outShape)
    if n == 0 { return }
    let na = count(of: aShape)
    let nb = count(of: bShape)
    if na == n && aShape == bShape {
      zipLoop(f, a, b, out, n)
      return
    }
    if nb == 1 && na == n {
      scalarLoop(f, a, b[0], out, n, false)
      return
    }
    if na == 1 && nb == n {
      scalarLoop(f, b, a[0], out, n, true)
      return
    }
    // A bias row added to every row (`[800, 10] + [1, 10]`): one operand is the whole
    // result and the other repeats as its trailing block. Straight loops over each
    // block, without the counter below (which cost about 9 instructions an element here).
    if na == n && nb > 1 && repeatsAsTrailingBlock(bShape, of: outShape) {
      var o = 0
      while o < n {
        zipLoop(f, a + o, b, out + o, nb)
        o += nb
      }
      return
    }
    if nb == n && na > 1 && repeatsAsTrailingBlock(aShape, of: outShape) {
      var o = 0
      while o < n {
        zipLoop(f, a, b + o, out + o, na)
        o += na
      }
      return
    }
    let rank = outShape.count
    let sa = broadcastStrides(aShape, rank: rank)
    let sb = broadcastStrides(bShape, rank: rank)
    let inner = outShape[rank - 1]
    let ia = sa[rank - 1]
    let ib = sb[rank - 1]
    var index = [Int](repeating: 0, count: rank)
    var offsetA = 0
    var offsetB = 0
    var o = 0
    while o < n {
      let pa = a + offsetA
      let pb = b + offsetB
      let po = out + o
      if ia == 1 && ib == 1 {
        zipLoop(f, pa, pb, po, inner)
      } else if ib == 0 {
        let y = pb[0]
        for i in 0..<inner { po[i] = f(pa[i * ia], y) }
      } else {
        let x = pa[0]
        for i in 0..<inner { po[i] = f(x, pb[i * ib]) }
      }
      o += inner
      var d = rank - 2
      while d >= 0 {
        index[d] += 1
        offsetA += sa[d]
        offsetB += sb[d]
        if index[d] < outShape[d] { break }
        offsetA -= sa[d] * outShape[d]
        offsetB -= sb[d] * outShape[d]
        index[d] = 0
        d -= 1
      }
    }
  }

  /// Whether `shape`, without its leading 1s, is the trailing dimensions of `outShape`:
  /// then element `o` of the result reads element `o % count` of the operand.
  static func repeatsAsTrailingBlock(_ shape: [Int], of outShape: [Int]) -> Bool {
    var first = 0
    while first < shape.count && shape[first] == 1 { first += 1 }
    let kept = shape.count - first
    guard kept <= outShape.count else { return false }
    let offset = outShape.count - kept
    for i in 0..<kept where shape[first + i] != outShape[offset + i] { return false }
    return true
  }

  /// Strides of `shape` padded on the left to `rank`, 0 along broadcast dimensions.
  static func broadcastStrides(_ shape: [Int], rank: Int) -> [Int] {
    var strides = [Int](repeating: 0, count: rank)
    var s = 1
    let offset = rank - shape.count
    for i in stride(from: shape.count - 1, through: 0, by: -1) {
      if shape[i] != 1 { strides[i + offset] = s }
      s *= shape[i]
    }
    return strides
  }
}

// MARK: The cell language's operators

extension Tensor {
  /// A binary operator between a tensor and a number (`scalarFirst`: the number is
  /// the left operand). Untracked tensors take the scalar kernels; tracked ones go
  /// through the differentiable operations.
  static func apply(_ op: BinaryOperator, _ t: Tensor, scalar s: Double, scalarFirst: Bool) throws -> Tensor? {
    if t.tape != nil {
      return scalarFirst ? try apply(op, t.scalar(s), t) : try apply(op, t, t.scalar(s))
    }
    switch op {
    case .add: return combine(ElementFunctions.Add(), t, scalar: s, scalarFirst: scalarFirst)
    case .subtract: return combine(ElementFunctions.Subtract(), t, scalar: s, scalarFirst: scalarFirst)
    case .multiply: return combine(ElementFunctions.Multiply(), t, scalar: s, scalarFirst: scalarFirst)
    case .divide: return combine(ElementFunctions.Divide(), t, scalar: s, scalarFirst: scalarFirst)
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
      return try t.compared(op, scalar: s, scalarFirst: scalarFirst)
    default: return nil
    }
  }

  /// A binary operator of the cell language on two tensors; nil for one tensors do not support.
  static func apply(_ op: BinaryOperator, _ a: Tensor, _ b: Tensor) throws -> Tensor? {
    switch op {
    case .add: return try a.adding(b)
    case .subtract: return try a.subtracting(b)
    case .multiply: return try a.multiplying(b)
    case .divide: return try a.dividing(b)
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return try a.compared(op, b)
    default: return nil
    }
  }
}
