/// The elements of a tensor: one contiguous, row-major buffer.
///
/// A final class so several `Tensor` objects can share one buffer (a reshaped
/// tensor, a tensor handed to the autodiff tape) and so a buffer can be mutated in
/// place when `isKnownUniquelyReferenced` says nobody else can see it. The memory
/// is not initialized: every constructor writes all of it.
final class TensorStorage {
  let count: Int
  let dtype: DType
  let base: UnsafeMutableRawPointer

  init(count: Int, dtype: DType) {
    self.count = count
    self.dtype = dtype
    let bytes = Swift.max(1, count * dtype.size)
    if bytes >= BufferPool.minimumBytes {
      base = BufferPool.shared.take(bytes) ?? .allocate(byteCount: bytes, alignment: 64)
      // Large buffers count toward the lesson's memory limit, checked at the next statement.
      Context.current.noteAllocation(bytes: bytes)
    } else {
      // Small buffers take malloc's 16-byte alignment (fast); large ones a cache
      // line, which BLAS kernels prefer.
      base = .allocate(byteCount: bytes, alignment: bytes >= 4096 ? 64 : 16)
    }
  }

  deinit {
    let bytes = Swift.max(1, count * dtype.size)
    if bytes < BufferPool.minimumBytes || !BufferPool.shared.give(base, bytes) { base.deallocate() }
  }

  /// The buffer typed as `T`; `T` must match `dtype`.
  @inline(__always)
  func pointer<T: TensorScalar>(_: T.Type = T.self) -> UnsafeMutablePointer<T> {
    base.assumingMemoryBound(to: T.self)
  }

  /// A new buffer with the same elements.
  func copy() -> TensorStorage {
    let c = TensorStorage(count: count, dtype: dtype)
    c.base.copyMemory(from: base, byteCount: count * dtype.size)
    return c
  }

  /// A new buffer converted to `dtype` (a plain copy when it already is).
  func converted(to target: DType) -> TensorStorage {
    if target == dtype { return copy() }
    let c = TensorStorage(count: count, dtype: target)
    switch (dtype, target) {
    case (.float32, .float64):
      let s = pointer(Float.self)
      let d = c.pointer(Double.self)
      for i in 0..<count { d[i] = Double(s[i]) }
    case (.float64, .float32):
      let s = pointer(Double.self)
      let d = c.pointer(Float.self)
      for i in 0..<count { d[i] = Float(s[i]) }
    default:
      break
    }
    return c
  }

  /// Element `i` as a `Double`, whatever the dtype (for display and conversion, not kernels).
  @inline(__always)
  func double(at i: Int) -> Double {
    switch dtype {
    case .float32: return Double(pointer(Float.self)[i])
    case .float64: return pointer(Double.self)[i]
    }
  }

  @inline(__always)
  func set(_ value: Double, at i: Int) {
    switch dtype {
    case .float32: pointer(Float.self)[i] = Float(value)
    case .float64: pointer(Double.self)[i] = value
    }
  }
}
