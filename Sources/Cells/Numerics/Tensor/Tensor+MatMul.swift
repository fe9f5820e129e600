/// Matrix products through BLAS, with NumPy's `matmul` rules: vectors are promoted
/// to matrices and back, and leading (batch) dimensions broadcast.
extension Tensor {
  func matmul(_ other: Tensor) throws -> Tensor {
    guard rank >= 1 && other.rank >= 1 else {
      throw RuntimeFailure(
        "matmul: needs tensors of rank 1 or more, got \(Shape.text(shape)) and \(Shape.text(other.shape))")
    }
    let k1 = shape[rank - 1]
    let k2 = other.rank == 1 ? other.shape[0] : other.shape[other.rank - 2]
    guard k1 == k2 else {
      throw RuntimeFailure("matmul: \(Shape.text(shape)) and \(Shape.text(other.shape)) do not align: \(k1) != \(k2)")
    }
    // A vector becomes a one-row (left) or one-column (right) matrix, and its
    // dimension is dropped from the result again.
    let a = rank == 1 ? try reshaped([1, k1]) : self
    let b = other.rank == 1 ? try other.reshaped([k2, 1]) : other
    var out = try Tensor.matmulMatrices(a, b)
    if rank == 1 || other.rank == 1 {
      var s = out.shape
      if other.rank == 1 { s.removeLast() }
      if rank == 1 { s.remove(at: s.count - (other.rank == 1 ? 1 : 2)) }
      out = try out.reshaped(s)
    }
    return out
  }

  /// `a · b` for tensors of rank 2 or more, differentiable.
  private static func matmulMatrices(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let dtype = DType.promoted(a.dtype, b.dtype)
    let x = a.converted(to: dtype)
    let y = b.converted(to: dtype)
    // `x.T.matmul(y)`, `x.matmul(y.T)`: BLAS reads a pending transpose's matrix with
    // its transpose flag, and the transpose is never copied.
    let (xm, xt) = x.blasOperand
    let (ym, yt) = y.blasOperand
    let out = try product(xm, transposeA: xt, ym, transposeB: yt)
    if let tape = Tape.active(x, y) {
      tape.record(out, x, y) { g in
        [
          try product(g, transposeA: false, y, transposeB: true).reduced(toShape: x.shape, dtype: x.dtype),
          try product(x, transposeA: true, g, transposeB: false).reduced(toShape: y.shape, dtype: y.dtype),
        ]
      }
    }
    return out
  }

  /// Products above this many multiply-adds (a tenth of a second or more) check the time limit first.
  static let largeProduct = 1e8
  /// The multiply-adds of one block of a product split for the time limit: a tenth of a
  /// second or so each, large enough that the split costs nothing (BLAS packs the right
  /// operand again for every block; blocks of `largeProduct` made a 1024 x 1024 product
  /// 25% slower than one call).
  static let productBlock = 4e9

  /// `op(a) · op(b)` over broadcast batch dimensions, where `op` swaps the last two
  /// axes when asked. Records nothing. Both tensors have rank 2 or more and one dtype.
  static func product(_ a: Tensor, transposeA: Bool, _ b: Tensor, transposeB: Bool) throws -> Tensor {
    let (ra, ca) = (a.shape[a.rank - 2], a.shape[a.rank - 1])
    let (rb, cb) = (b.shape[b.rank - 2], b.shape[b.rank - 1])
    let (m, k) = transposeA ? (ca, ra) : (ra, ca)
    let (k2, n) = transposeB ? (cb, rb) : (rb, cb)
    guard k == k2 else {
      throw RuntimeFailure("matmul: \(Shape.text(a.shape)) and \(Shape.text(b.shape)) do not align: \(k) != \(k2)")
    }
    let batchA = Array(a.shape.dropLast(2))
    let batchB = Array(b.shape.dropLast(2))
    let batch = try Shape.broadcast(batchA, batchB, operation: "matmul")
    try Shape.checkSize(batch + [m, n])
    // One large product runs for a noticeable time without the interpreter checking the
    // clock, so a cell that loops over them (`measure(repeat:)`) checks before each.
    let multiplyAdds = Double(Tensor.count(of: batch)) * Double(m) * Double(n) * Double(k)
    if multiplyAdds > largeProduct { try Context.current.checkTime() }
    let out = Tensor(uninitializedShape: batch + [m, n], dtype: a.dtype)

    // [B, m, k] · [k, n]: the batch folds into the rows of one large product.
    // A large product runs in blocks of rows with a look at the clock between them, so the
    // time limit stops one enormous product too (BLAS itself cannot be interrupted).
    if batchB.isEmpty && !transposeA {
      try gemmInBlocks(a, 0, b, 0, transposeB: transposeB, out, 0, m: m * Tensor.count(of: batchA), n: n, k: k)
      return out
    }
    let sa = broadcastStrides(batchA, rank: batch.count).map { $0 * ra * ca }
    let sb = broadcastStrides(batchB, rank: batch.count).map { $0 * rb * cb }
    let batches = Tensor.count(of: batch)
    var index = [Int](repeating: 0, count: batch.count)
    var offsetA = 0
    var offsetB = 0
    let checksEachBatch = Double(m) * Double(n) * Double(k) > largeProduct / 16
    for i in 0..<batches {
      if checksEachBatch && i > 0 { try Context.current.checkTime() }
      if transposeA {
        gemm(a, offsetA, transposeA: true, b, offsetB, transposeB: transposeB, out, i * m * n, m: m, n: n, k: k)
      } else {
        try gemmInBlocks(a, offsetA, b, offsetB, transposeB: transposeB, out, i * m * n, m: m, n: n, k: k)
      }
      var d = batch.count - 1
      while d >= 0 {
        index[d] += 1
        offsetA += sa[d]
        offsetB += sb[d]
        if index[d] < batch[d] { break }
        offsetA -= sa[d] * batch[d]
        offsetB -= sb[d] * batch[d]
        index[d] = 0
        d -= 1
      }
    }
    return out
  }

  /// `a · op(b)` in blocks of rows, with a look at the clock between blocks: BLAS cannot
  /// be interrupted, so one enormous product would otherwise outlast the time limit.
  private static func gemmInBlocks(
    _ a: Tensor, _ offsetA: Int, _ b: Tensor, _ offsetB: Int, transposeB: Bool, _ c: Tensor, _ offsetC: Int,
    m: Int, n: Int, k: Int
  ) throws {
    let blockRows = Swift.max(1, Int(Swift.min(productBlock / Swift.max(1, Double(n) * Double(k)), 1e9)))
    var row = 0
    repeat {
      let count = Swift.min(blockRows, m - row)
      gemm(
        a, offsetA + row * k, transposeA: false, b, offsetB, transposeB: transposeB, c, offsetC + row * n,
        m: count, n: n, k: k)
      row += count
      if row < m { try Context.current.checkTime() }
    } while row < m
  }

  private static func gemm(
    _ a: Tensor, _ offsetA: Int, transposeA: Bool, _ b: Tensor, _ offsetB: Int, transposeB: Bool, _ c: Tensor,
    _ offsetC: Int, m: Int, n: Int, k: Int
  ) {
    switch c.dtype {
    case .float32:
      BLAS.gemm(
        a.storage.pointer(Float.self) + offsetA, transposeA: transposeA, b.storage.pointer(Float.self) + offsetB,
        transposeB: transposeB, c.storage.pointer(Float.self) + offsetC, m: m, n: n, k: k)
    case .float64:
      BLAS.gemm(
        a.storage.pointer(Double.self) + offsetA, transposeA: transposeA, b.storage.pointer(Double.self) + offsetB,
        transposeB: transposeB, c.storage.pointer(Double.self) + offsetC, m: m, n: n, k: k)
    }
  }
}

extension Tensor {
  /// `x · weightᵀ` for `x` of shape `[..., k]` and `weight` `[n, k]`, differentiable:
  /// what a `Linear` layer computes. BLAS reads the weight transposed in place, so no
  /// transposed copy is made, forward or backward.
  func matmulTransposed(_ weight: Tensor) throws -> Tensor {
    let k = shape.last ?? 0
    guard rank >= 1, weight.rank == 2, weight.shape[1] == k else {
      throw RuntimeFailure(
        "matmul: \(Shape.text(shape)) and the transpose of \(Shape.text(weight.shape)) do not align")
    }
    let dtype = DType.promoted(self.dtype, weight.dtype)
    let x = try converted(to: dtype).reshaped([count / Swift.max(k, 1), k])
    let w = weight.converted(to: dtype)
    let flat = try Tensor.product(x, transposeA: false, w, transposeB: true)
    if let tape = Tape.active(x, w) {
      // A layer's input is often data, not tracked: its gradient (a product as large as
      // the weight's) is then not computed.
      let (needsX, needsW) = (x.tape === tape, w.tape === tape)
      tape.record(flat, x, w) { g in
        [
          needsX ? try Tensor.product(g, transposeA: false, w, transposeB: false) : nil,
          needsW ? try Tensor.product(g, transposeA: true, x, transposeB: false) : nil,
        ]
      }
    }
    return try flat.reshaped(Array(shape.dropLast()) + [weight.shape[0]])
  }
}

extension Tensor {
  /// `x · weightᵀ + bias` as one differentiable operation (what `Linear` computes):
  /// the bias is written into the output first and BLAS adds the product onto it, and
  /// the backward pass gives the bias its gradient (the column sums) without a
  /// broadcast addition on the tape. Without a bias it is `matmulTransposed`.
  func linear(_ weight: Tensor, bias: Tensor?) throws -> Tensor {
    guard let bias else { return try matmulTransposed(weight) }
    let k = shape.last ?? 0
    guard rank >= 1, weight.rank == 2, weight.shape[1] == k else {
      throw RuntimeFailure(
        "matmul: \(Shape.text(shape)) and the transpose of \(Shape.text(weight.shape)) do not align")
    }
    let n = weight.shape[0]
    guard bias.shape == [n] else {
      throw RuntimeFailure("linear: the bias must be [\(n)], got \(Shape.text(bias.shape))")
    }
    let dtype = DType.promoted(DType.promoted(self.dtype, weight.dtype), bias.dtype)
    let rows = count / Swift.max(k, 1)
    let x = try converted(to: dtype).reshaped([rows, k])
    let w = weight.converted(to: dtype)
    let b = bias.converted(to: dtype)
    try Shape.checkSize([rows, n])
    if Double(rows) * Double(n) * Double(k) > Tensor.largeProduct { try Context.current.checkTime() }
    let flat = Tensor(uninitializedShape: [rows, n], dtype: dtype)
    switch dtype {
    case .float32: Tensor.linearForward(x, w, b, flat, rows: rows, n: n, k: k, Float.self)
    case .float64: Tensor.linearForward(x, w, b, flat, rows: rows, n: n, k: k, Double.self)
    }
    if let tape = Tape.active([x, w, b]) {
      let (needsX, needsW) = (x.tape === tape, w.tape === tape)
      tape.record(flat, x, w, b) { g in
        [
          needsX ? try Tensor.product(g, transposeA: false, w, transposeB: false) : nil,
          needsW ? try Tensor.product(g, transposeA: true, x, transposeB: false) : nil,
          try g.reduce(.sum, axis: 0, keepingDims: false, operation: "linear"),
        ]
      }
    }
    return try flat.reshaped(Array(shape.dropLast()) + [n])
  }

  private static func linearForward<T: TensorScalar>(
    _ x: Tensor, _ w: Tensor, _ b: Tensor, _ out: Tensor, rows: Int, n: Int, k: Int, _: T.Type
  ) {
    let o = out.storage.pointer(T.self)
    let bp = b.storage.pointer(T.self)
    for r in 0..<rows { (o + r * n).update(from: bp, count: n) }
    BLAS.gemm(
      x.storage.pointer(T.self), transposeA: false, w.storage.pointer(T.self), transposeB: true, o, m: rows, n: n,
      k: k, accumulate: true)
  }
}

extension Tensor {
  /// `a.matmul(b) + bias` for matrices `a` and `b` and a bias of one row (`[n]` or `[1, n]`),
  /// computed as PyTorch's `addmm` does: the bias is written into each row of the result and
  /// the product is added onto it, which saves the zeroing of the result and the separate
  /// pass of the addition. `nil` wherever that would not give exactly the bits of the two
  /// operations (or their error), so the caller then runs them one after the other: on a
  /// tape, with mixed dtypes or other shapes, a product that OpenBLAS sums in more than one
  /// block of the shared dimension (the bias would join the sum earlier), or a product large
  /// enough to check the time limit.
  static func matmulAddingBias(_ a: Tensor, _ b: Tensor, _ bias: Tensor) -> Tensor? {
    guard a.tape == nil, b.tape == nil, bias.tape == nil, a.rank == 2, b.rank == 2,
      a.dtype == b.dtype, a.dtype == bias.dtype
    else { return nil }
    let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
    guard b.shape[0] == k, m > 0, n > 0, k > 0, bias.count == n, bias.rank == 1 || bias.shape == [1, n] else {
      return nil
    }
    guard k <= maxFusedDepth || SmallProduct.handles(m: m, n: n, k: k, transposeA: a.blasOperand.transposed)
    else { return nil }
    guard Double(m) * Double(n) * Double(k) <= largeProduct, (try? Shape.checkSize([m, n])) != nil else {
      return nil
    }
    let out = Tensor(uninitializedShape: [m, n], dtype: a.dtype)
    switch a.dtype {
    case .float32: addingProduct(a, b, bias, out, m: m, n: n, k: k, Float.self)
    case .float64: addingProduct(a, b, bias, out, m: m, n: n, k: k, Double.self)
    }
    return out
  }

  /// The largest shared dimension `matmulAddingBias` hands to OpenBLAS: its kernels sum
  /// up to a few hundred products in registers before they touch the result (384 for
  /// `sgemm` on Haswell), so up to this depth `bias + Σ` rounds as `Σ` then `+ bias` does.
  static let maxFusedDepth = 256

  private static func addingProduct<T: TensorScalar>(
    _ a: Tensor, _ b: Tensor, _ bias: Tensor, _ out: Tensor, m: Int, n: Int, k: Int, _: T.Type
  ) {
    let o = out.storage.pointer(T.self)
    // The first row, then copies of the rows written so far: a few large copies, where a
    // copy per row of a narrow layer (8 columns) cost more than the addition it replaces.
    o.initialize(from: bias.storage.pointer(T.self), count: n)
    var filled = 1
    while filled < m {
      let rows = Swift.min(filled, m - filled)
      (o + filled * n).initialize(from: o, count: rows * n)
      filled += rows
    }
    let (x, xt) = a.blasOperand
    let (y, yt) = b.blasOperand
    BLAS.gemm(
      x.storage.pointer(T.self), transposeA: xt, y.storage.pointer(T.self), transposeB: yt, o, m: m, n: n, k: k,
      accumulate: true)
  }
}
