/// The elements of a tensor: one contiguous, row-major buffer.
///
/// A final class so several `Tensor` objects can share one buffer (a reshaped
/// tensor, a tensor handed to the autodiff tape) and so a buffer can be mutated in
/// place when `isKnownUniquelyReferenced` says nobody else can see it. The memory
/// is not initialized: every constructor writes all of it.
///
/// A small buffer (under `inlineLimit` bytes) lives in the object's own allocation,
/// after its header: a small tensor operation then costs one allocation and one free
/// for its elements instead of two of each. Larger ones are allocated apart, aligned
/// to a cache line for BLAS, the largest through `BufferPool`.
final class TensorStorage: ManagedBuffer<TensorStorageHeader, Double> {
  typealias Header = TensorStorageHeader

  /// Buffers of fewer bytes are kept inside the object.
  static let inlineLimit = 4096

  /// Uninitialized storage for `count` elements of `dtype`.
  static func make(count: Int, dtype: DType) -> TensorStorage {
    let bytes = Swift.max(1, count * dtype.size)
    if bytes < inlineLimit {
      // The tail is declared 8-byte aligned (`Double`) so that the runtime allocates the
      // object with `malloc` (a 16-byte tail went through `posix_memalign`: 50 instructions
      // more for every small tensor); malloc's blocks are 16-byte aligned and the header is
      // padded to a multiple of 16, so the elements still start 16-byte aligned.
      let object = TensorStorage.create(minimumCapacity: (bytes + 7) / 8) { buffer in
        Header(
          count: count, dtype: dtype, external: false,
          base: UnsafeMutableRawPointer(buffer.withUnsafeMutablePointerToElements { $0 }))
      }
      return unsafeDowncast(object, to: TensorStorage.self)
    }
    let base: UnsafeMutableRawPointer
    if bytes >= BufferPool.minimumBytes {
      base = BufferPool.shared.take(bytes) ?? .allocate(byteCount: bytes, alignment: 64)
      // Large buffers count toward the lesson's memory limit, checked at the next statement.
      Context.current.noteAllocation(bytes: bytes)
    } else {
      // A cache line, which BLAS kernels prefer.
      base = .allocate(byteCount: bytes, alignment: 64)
    }
    let object = TensorStorage.create(minimumCapacity: 0) { _ in
      Header(count: count, dtype: dtype, external: true, base: base)
    }
    return unsafeDowncast(object, to: TensorStorage.self)
  }

  var count: Int { header.count }
  var dtype: DType { header.dtype }
  var base: UnsafeMutableRawPointer { header.base }

  deinit {
    let h = header
    guard h.external else { return }
    let bytes = Swift.max(1, h.count * h.dtype.size)
    if bytes < BufferPool.minimumBytes || !BufferPool.shared.give(h.base, bytes) { h.base.deallocate() }
  }

  /// The buffer typed as `T`; `T` must match `dtype`.
  @inline(__always)
  func pointer<T: TensorScalar>(_: T.Type = T.self) -> UnsafeMutablePointer<T> {
    base.assumingMemoryBound(to: T.self)
  }

  /// A new buffer with the same elements.
  func copy() -> TensorStorage {
    let c = TensorStorage.make(count: count, dtype: dtype)
    c.base.copyMemory(from: base, byteCount: count * dtype.size)
    return c
  }

  /// A new buffer converted to `dtype` (a plain copy when it already is).
  func converted(to target: DType) -> TensorStorage {
    if target == dtype { return copy() }
    let c = TensorStorage.make(count: count, dtype: target)
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

/// What a `TensorStorage` object holds before its elements.
struct TensorStorageHeader {
  let count: Int
  let dtype: DType
  /// Whether `base` was allocated apart from the object (and is freed by its `deinit`).
  let external: Bool
  let base: UnsafeMutableRawPointer
  /// Makes the header 32 bytes, so the elements after it (at 16 + 32 from the object's
  /// start) are 16-byte aligned in a 16-byte aligned block.
  private let padding = 0
}
