/// `x[i]`, `x[i, j]`, `x[a..<b]`, `x[..., j]`, and assignment through them.
///
/// An index selects one position of a dimension (and drops the dimension, as in
/// NumPy); a range keeps the dimension. Negative integers count from the end.
/// Dimensions without an index are kept whole.
struct TensorRegion {
  var starts: [Int]
  var lengths: [Int]
  /// False where an integer index dropped the dimension.
  var kept: [Bool]

  var shape: [Int] { zip(lengths, kept).filter(\.1).map(\.0) }
  /// The region's shape with dropped dimensions kept as 1 (for broadcasting a value into it).
  var fullShape: [Int] { lengths }

  init(_ index: Value, shape: [Int]) throws {
    let parts: [Value]
    if case .tuple(let t) = index { parts = t.elements } else { parts = [index] }
    guard parts.count <= shape.count else {
      throw RuntimeFailure(
        "index: \(parts.count) indices for a tensor of rank \(shape.count) (shape \(Shape.text(shape)))")
    }
    starts = []
    lengths = []
    kept = []
    for (d, size) in shape.enumerated() {
      guard d < parts.count else {
        starts.append(0)
        lengths.append(size)
        kept.append(true)
        continue
      }
      switch parts[d] {
      case .int(let k):
        let i = k < 0 ? k + size : k
        guard i >= 0 && i < size else {
          throw RuntimeFailure("index \(k) is out of range for axis \(d) of size \(size) (shape \(Shape.text(shape)))")
        }
        starts.append(i)
        lengths.append(1)
        kept.append(false)
      case .range(let r):
        let lower = r.lower
        // An open upper bound (`t[2...]`) is Int.max until the axis fixes it.
        let end = r.upper == Int.max ? size : (r.end ?? size)
        guard lower >= 0 && lower <= end && end <= size else {
          throw RuntimeFailure(
            "range \(Value.range(r).description) is out of bounds for axis \(d) of size \(size) (shape \(Shape.text(shape)))"
          )
        }
        starts.append(lower)
        lengths.append(end - lower)
        kept.append(true)
      default:
        throw RuntimeFailure("a tensor index must be an Int or a range, not a value of type '\(parts[d].typeName)'")
      }
    }
  }

  /// Calls `body(sourceOffset, regionOffset, length)` for each contiguous run of the
  /// region: the innermost dimension is one run.
  func forEachRun(in shape: [Int], _ body: (Int, Int, Int) -> Void) {
    let rank = shape.count
    if rank == 0 {
      body(0, 0, 1)
      return
    }
    let strides = Tensor.strides(of: shape)
    let run = lengths[rank - 1]
    let runs = lengths.dropLast().reduce(1, *)
    if run == 0 || runs == 0 { return }
    var index = [Int](repeating: 0, count: rank)
    var base = 0
    for d in 0..<rank { base += starts[d] * strides[d] }
    var offset = base
    for r in 0..<runs {
      body(offset, r * run, run)
      var d = rank - 2
      while d >= 0 {
        index[d] += 1
        offset += strides[d]
        if index[d] < lengths[d] { break }
        offset -= strides[d] * lengths[d]
        index[d] = 0
        d -= 1
      }
    }
  }
}

extension Tensor: SubscriptableObject {
  func subscriptGet(_ index: Value) throws(RuntimeFailure) -> Value {
    // `x[i]` outside a gradient is one contiguous row: copied without building a region.
    if case .int(let k) = index, rank > 0, tape == nil {
      let size = shape[0]
      let i = k < 0 ? k + size : k
      guard i >= 0 && i < size else {
        throw RuntimeFailure("index \(k) is out of range for axis 0 of size \(size) (shape \(Shape.text(shape)))")
      }
      let bytes = dtype.size
      if rank == 1 {
        // One element: a rank-0 tensor (its shape `[]` is never allocated).
        let out = Tensor(shape: [], storage: TensorStorage.make(count: 1, dtype: dtype))
        out.storage.base.copyMemory(from: storage.base + i * bytes, byteCount: bytes)
        return .object(out)
      }
      let row = count / size
      let out = Tensor(uninitializedShape: Array(shape[1...]), dtype: dtype)
      out.storage.base.copyMemory(from: storage.base + i * row * bytes, byteCount: row * bytes)
      return .object(out)
    }
    do {
      return .object(try self[TensorRegion(index, shape: shape)])
    } catch let e as RuntimeFailure {
      throw e
    } catch {
      throw RuntimeFailure("\(error)")
    }
  }

  /// A copy of the region.
  subscript(region: TensorRegion) -> Tensor {
    let out = Tensor(uninitializedShape: region.shape, dtype: dtype)
    let size = dtype.size
    region.forEachRun(in: shape) { source, target, length in
      (out.storage.base + target * size).copyMemory(from: storage.base + source * size, byteCount: length * size)
    }
    if let tape = Tape.active(self) {
      tape.record(out, self) { [x = self] g in
        let grad = Tensor.zeros(x.shape, dtype: x.dtype)
        grad.addRegion(region, g)
        return [grad]
      }
    }
    return out
  }

  /// Adds `values` (the region's shape, this dtype) into the region, in place.
  func addRegion(_ region: TensorRegion, _ values: Tensor) {
    let v = values.dtype == dtype ? values : values.converted(to: dtype)
    region.forEachRun(in: shape) { source, target, length in
      switch dtype {
      case .float32:
        let d = storage.pointer(Float.self) + source
        let s = v.storage.pointer(Float.self) + target
        for i in 0..<length { d[i] += s[i] }
      case .float64:
        let d = storage.pointer(Double.self) + source
        let s = v.storage.pointer(Double.self) + target
        for i in 0..<length { d[i] += s[i] }
      }
    }
  }

  /// Writes `values` (broadcast to the region) into the region, in place. The caller
  /// has made the buffer private.
  func writeRegion(_ region: TensorRegion, _ values: Tensor) throws {
    let filled = try values.converted(to: dtype).broadcastedCopy(to: region.fullShape)
    let size = dtype.size
    region.forEachRun(in: shape) { source, target, length in
      (storage.base + source * size).copyMemory(from: filled.storage.base + target * size, byteCount: length * size)
    }
  }

  /// A copy with the region replaced by `values`, differentiable in both.
  func replacingRegion(_ region: TensorRegion, with values: Tensor) throws -> Tensor {
    let out = Tensor(shape: shape, storage: storage.copy())
    try out.writeRegion(region, values)
    if let tape = Tape.active(self, values) {
      tape.record(out, self, values) { g in
        let rest = Tensor(shape: g.shape, storage: g.storage.copy())
        try rest.writeRegion(region, g.scalar(0))
        let part = try g[region].sharing(shape: region.fullShape).reduced(toShape: values.shape, dtype: values.dtype)
        return [rest, part]
      }
    }
    return out
  }
}

extension Tensor: SequenceObject {
  /// `for row in x`: the slices along the first axis.
  func elements() throws(RuntimeFailure) -> [Value] {
    guard rank > 0 else { throw RuntimeFailure("cannot iterate over a rank-0 tensor") }
    return try (0..<shape[0]).map { i throws(RuntimeFailure) in try subscriptGet(.int(i)) }
  }
}

extension TensorRegion {
  /// `x[range]` from Swift: the rows `range` of the first axis, the other axes whole.
  init(leading range: Range<Int>, of shape: [Int]) {
    starts = [range.lowerBound] + Array(repeating: 0, count: shape.count - 1)
    lengths = [range.count] + shape.dropFirst()
    kept = Array(repeating: true, count: shape.count)
  }
}
