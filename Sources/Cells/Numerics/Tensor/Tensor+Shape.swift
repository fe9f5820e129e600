/// Reshaping, transposition, broadcasting, concatenation and stacking.
extension Tensor {
  /// The same elements in a new shape; one dimension may be -1 (inferred).
  /// Shares the buffer: nothing is copied.
  func reshaped(_ newShape: [Int]) throws -> Tensor {
    var resolved = newShape
    let unknown = newShape.indices.filter { newShape[$0] == -1 }
    if unknown.count > 1 || newShape.contains(where: { $0 < -1 }) {
      throw RuntimeFailure(
        "reshaped: \(Shape.text(newShape)) is not a valid shape (at most one -1, no other negatives)")
    }
    // Refuses shapes whose element count overflows before multiplying them out.
    try Shape.checkSize(newShape.filter { $0 != -1 })
    if let u = unknown.first {
      let known = newShape.filter { $0 != -1 }.reduce(1, *)
      guard known > 0, count % known == 0 else {
        throw RuntimeFailure(
          "reshaped: cannot reshape \(Shape.text(shape)) (\(count) elements) to \(Shape.text(newShape))")
      }
      resolved[u] = count / known
    }
    guard Tensor.count(of: resolved) == count else {
      throw RuntimeFailure(
        "reshaped: cannot reshape \(Shape.text(shape)) (\(count) elements) to \(Shape.text(newShape)) (\(Tensor.count(of: resolved)) elements)"
      )
    }
    let out = sharing(shape: resolved)
    if let tape = Tape.active(self) {
      let original = shape
      tape.record(out, self) { g in [g.sharing(shape: original)] }
    }
    return out
  }

  func flattened() throws -> Tensor { try reshaped([count]) }

  /// Drops the dimensions of size 1 (or only `axis`).
  func squeezed(axis: Int? = nil) throws -> Tensor {
    if let axis {
      let a = try Shape.axis(axis, rank: rank, operation: "squeezed")
      guard shape[a] == 1 else {
        throw RuntimeFailure("squeezed: axis \(axis) of shape \(Shape.text(shape)) has size \(shape[a]), not 1")
      }
      var s = shape
      s.remove(at: a)
      return try reshaped(s)
    }
    return try reshaped(shape.filter { $0 != 1 })
  }

  /// Inserts a dimension of size 1 at `axis` (NumPy's `expand_dims`).
  func expandingDimensions(axis: Int) throws -> Tensor {
    let a = try Shape.axis(axis < 0 ? axis + 1 : axis, rank: rank + 1, operation: "expandingDimensions")
    var s = shape
    s.insert(1, at: a)
    return try reshaped(s)
  }

  /// Axes reversed (the matrix transpose for rank 2), or permuted as `axes` says.
  func transposed(_ axes: [Int]? = nil) throws -> Tensor {
    let permutation = axes ?? Array((0..<rank).reversed())
    guard permutation.count == rank, Set(permutation) == Set(0..<rank) else {
      throw RuntimeFailure(
        "transposed: \(permutation) is not a permutation of the \(rank) axes of \(Shape.text(shape))")
    }
    let tape = Tape.active(self)
    if tape == nil && rank == 2 && permutation == [1, 0] && count > 1 {
      // A matrix's transpose waits: a product reads the matrix transposed in place.
      let (matrix, isTransposed) = blasOperand
      return isTransposed ? matrix.sharing(shape: matrix.shape) : Tensor(transposing: self)
    }
    let out = permuted(permutation)
    if let tape {
      var inverse = [Int](repeating: 0, count: rank)
      for (i, p) in permutation.enumerated() { inverse[p] = i }
      tape.record(out, self) { g in [g.permuted(inverse)] }
    }
    return out
  }

  /// The raw permutation copy, recording nothing.
  func permuted(_ permutation: [Int]) -> Tensor {
    if permutation == Array(0..<rank) || count <= 1 {
      return sharing(shape: permutation.map { shape[$0] })
    }
    let newShape = permutation.map { shape[$0] }
    let out = Tensor(uninitializedShape: newShape, dtype: dtype)
    switch dtype {
    case .float32: permuteLoop(permutation, newShape, storage.pointer(Float.self), out.storage.pointer(Float.self))
    case .float64: permuteLoop(permutation, newShape, storage.pointer(Double.self), out.storage.pointer(Double.self))
    }
    return out
  }

  private func permuteLoop<T: TensorScalar>(
    _ permutation: [Int], _ newShape: [Int], _ src: UnsafeMutablePointer<T>, _ dst: UnsafeMutablePointer<T>
  ) {
    if rank == 2 {
      // Blocked, so both sides stay in cache.
      let rows = shape[0]
      let cols = shape[1]
      let block = 32
      for i0 in stride(from: 0, to: rows, by: block) {
        for j0 in stride(from: 0, to: cols, by: block) {
          for i in i0..<Swift.min(i0 + block, rows) {
            for j in j0..<Swift.min(j0 + block, cols) { dst[j * rows + i] = src[i * cols + j] }
          }
        }
      }
      return
    }
    let inStrides = Tensor.strides(of: shape)
    let strides = permutation.map { inStrides[$0] }
    var index = [Int](repeating: 0, count: rank)
    var offset = 0
    for o in 0..<count {
      dst[o] = src[offset]
      var d = rank - 1
      while d >= 0 {
        index[d] += 1
        offset += strides[d]
        if index[d] < newShape[d] { break }
        offset -= strides[d] * newShape[d]
        index[d] = 0
        d -= 1
      }
    }
  }

  /// A contiguous copy broadcast to `target` (which `shape` must broadcast to). Records nothing.
  func broadcastedCopy(to target: [Int]) throws -> Tensor {
    if shape == target { return self }
    let checked = try Shape.broadcast(shape, target, operation: "broadcast")
    guard checked == target else {
      throw RuntimeFailure("broadcast: shape \(Shape.text(shape)) cannot broadcast to \(Shape.text(target))")
    }
    let out = Tensor(uninitializedShape: target, dtype: dtype)
    let zero = Tensor(scalar: 0, dtype: dtype)
    switch dtype {
    case .float32:
      Tensor.broadcastLoop(
        ElementFunctions.Add(), storage.pointer(Float.self), shape, zero.storage.pointer(Float.self), [],
        out.storage.pointer(Float.self), target)
    case .float64:
      Tensor.broadcastLoop(
        ElementFunctions.Add(), storage.pointer(Double.self), shape, zero.storage.pointer(Double.self), [],
        out.storage.pointer(Double.self), target)
    }
    return out
  }

  /// Broadcast to `target`, differentiably.
  func broadcasted(to target: [Int]) throws -> Tensor {
    let out = try broadcastedCopy(to: target)
    if out !== self, let tape = Tape.active(self) {
      tape.record(out, self) { [x = self] g in [try g.reduced(toShape: x.shape, dtype: x.dtype)] }
    }
    return out
  }

  /// `length` entries from `start` along `axis`, copied. Records nothing.
  func narrowed(axis: Int, start: Int, length: Int) -> Tensor {
    var newShape = shape
    newShape[axis] = length
    let out = Tensor(uninitializedShape: newShape, dtype: dtype)
    var outer = 1
    var inner = 1
    for i in 0..<axis { outer *= shape[i] }
    for i in (axis + 1)..<rank { inner *= shape[i] }
    let size = dtype.size
    let n = shape[axis]
    for o in 0..<outer {
      (out.storage.base + o * length * inner * size).copyMemory(
        from: storage.base + (o * n + start) * inner * size, byteCount: length * inner * size)
    }
    return out
  }

  /// Joins tensors along an existing axis; the other dimensions must agree.
  static func concatenate(_ tensors: [Tensor], axis: Int) throws -> Tensor {
    guard let first = tensors.first else { throw RuntimeFailure("concatenated: needs at least one tensor") }
    let a = try Shape.axis(axis, rank: first.rank, operation: "concatenated")
    guard first.rank > 0 else { throw RuntimeFailure("concatenated: cannot concatenate rank-0 tensors; use stacked") }
    let dtype = tensors.map(\.dtype).reduce(first.dtype, DType.promoted)
    var total = 0
    for t in tensors {
      var s = t.shape
      var f = first.shape
      guard s.count == f.count else {
        throw RuntimeFailure(
          "concatenated: shapes \(Shape.text(first.shape)) and \(Shape.text(t.shape)) have different ranks")
      }
      total += s[a]
      s[a] = 0
      f[a] = 0
      guard s == f else {
        throw RuntimeFailure(
          "concatenated: shapes \(Shape.text(first.shape)) and \(Shape.text(t.shape)) differ outside axis \(axis)")
      }
    }
    var newShape = first.shape
    newShape[a] = total
    let out = Tensor(uninitializedShape: newShape, dtype: dtype)
    var outer = 1
    var inner = 1
    for i in 0..<a { outer *= newShape[i] }
    for i in (a + 1)..<newShape.count { inner *= newShape[i] }
    let size = dtype.size
    var offset = 0
    for t in tensors {
      let src = t.dtype == dtype ? t.storage : t.storage.converted(to: dtype)
      let n = t.shape[a]
      for o in 0..<outer {
        (out.storage.base + (o * total + offset) * inner * size).copyMemory(
          from: src.base + o * n * inner * size, byteCount: n * inner * size)
      }
      offset += n
    }
    if let tape = Tape.active(tensors) {
      tape.record(out, inputs: tensors) { g in
        var start = 0
        return tensors.map { t in
          defer { start += t.shape[a] }
          return g.narrowed(axis: a, start: start, length: t.shape[a]).converted(to: t.dtype)
        }
      }
    }
    return out
  }

  /// Joins tensors of one shape along a new axis.
  static func stack(_ tensors: [Tensor], axis: Int) throws -> Tensor {
    guard let first = tensors.first else { throw RuntimeFailure("stacked: needs at least one tensor") }
    for t in tensors where t.shape != first.shape {
      throw RuntimeFailure("stacked: shapes \(Shape.text(first.shape)) and \(Shape.text(t.shape)) differ")
    }
    let a = try Shape.axis(axis < 0 ? axis + first.rank + 1 : axis, rank: first.rank + 1, operation: "stacked")
    return try concatenate(tensors.map { try $0.expandingDimensions(axis: a) }, axis: a)
  }
}
