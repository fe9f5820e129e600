/// A dense, row-major array of `Float` or `Double`: the numeric value of every lesson.
///
/// A `Tensor` object is immutable once a cell can see it, which gives value
/// semantics for free: `var b = a` shares the object, and an operation makes a new
/// one. The one exception is an in-place update (`W -= lr * dW`, `x[i] = 0`), which
/// writes into the buffer only when neither this object nor its storage is
/// referenced from anywhere else (`isKnownUniquelyReferenced`); otherwise it copies
/// first. That is copy-on-write, at the level of the object a `Value` holds.
///
/// A tensor created inside `gradient(at:) { ... }` from a tracked input carries the
/// tape that recorded it (`tape`, `node`); everywhere else those are nil and
/// operations record nothing.
final class Tensor: NativeObject {
  let shape: [Int]
  /// The elements; nil only while this is a pending transpose (`transposeOf`).
  private var loadedStorage: TensorStorage?
  /// For `x.T` of a matrix outside a gradient: the matrix this is the transpose of, its
  /// elements not yet copied. A product reads the matrix with BLAS's transpose flag and
  /// never copies it; anything else copies the transpose on first access to `storage`.
  /// An object whose elements never change, so the pending copy sees what `x.T` saw.
  private(set) var transposeOf: Tensor?

  /// The element type and count, kept here too so that reading them never needs the buffer.
  let dtype: DType
  let count: Int

  /// Read in place (`_read`): a kernel's `x.storage.pointer()` costs no retain and release.
  var storage: TensorStorage {
    _read {
      if loadedStorage == nil { _ = materialized() }
      yield loadedStorage!
    }
  }
  /// The tape that recorded this tensor, while a gradient is being taken.
  var tape: Tape?
  /// This tensor's node on `tape`.
  var node = -1

  init(shape: [Int], storage: TensorStorage) {
    self.shape = shape
    self.loadedStorage = storage
    self.dtype = storage.dtype
    self.count = storage.count
  }

  /// The transpose of `matrix` (rank 2), copied only when its elements are read.
  init(transposing matrix: Tensor) {
    self.shape = [matrix.shape[1], matrix.shape[0]]
    self.transposeOf = matrix
    self.dtype = matrix.dtype
    self.count = matrix.count
  }

  @inline(never)
  private func materialized() -> TensorStorage {
    let copy = transposeOf!.permuted([1, 0]).storage
    loadedStorage = copy
    transposeOf = nil
    return copy
  }

  /// The matrix to hand BLAS for this operand and whether to flag it transposed: a
  /// pending transpose is its source, read transposed in place.
  var blasOperand: (matrix: Tensor, transposed: Bool) {
    if loadedStorage == nil, let source = transposeOf { return (source, true) }
    return (self, false)
  }

  /// A tensor whose elements the caller writes before anyone reads them.
  convenience init(uninitializedShape shape: [Int], dtype: DType) {
    self.init(shape: shape, storage: TensorStorage.make(count: Tensor.count(of: shape), dtype: dtype))
  }

  /// A one-element tensor of rank 0.
  convenience init(scalar: Double, dtype: DType = .float32) {
    self.init(uninitializedShape: [], dtype: dtype)
    storage.set(scalar, at: 0)
  }

  var rank: Int { shape.count }

  /// The single element, for `item()`.
  func item() throws -> Double {
    guard count == 1 else {
      throw RuntimeFailure("item(): the tensor has \(count) elements (shape \(shape)); item() needs exactly one")
    }
    return storage.double(at: 0)
  }

  /// All elements as `Double`, row-major.
  var doubles: [Double] {
    switch dtype {
    case .float32:
      let p = storage.pointer(Float.self)
      return (0..<count).map { Double(p[$0]) }
    case .float64:
      return Array(UnsafeBufferPointer(start: storage.pointer(Double.self), count: count))
    }
  }

  /// The same elements, without the autodiff trace: what a gradient call hands back.
  func detached() -> Tensor {
    tape == nil ? self : Tensor(shape: shape, storage: storage)
  }

  /// The same elements under another shape with the same count (shares the buffer).
  func sharing(shape newShape: [Int]) -> Tensor {
    Tensor(shape: newShape, storage: storage)
  }

  /// This tensor as `dtype` (itself when it already is).
  func converted(to target: DType) -> Tensor {
    if target == dtype { return self }
    let out = Tensor(shape: shape, storage: storage.converted(to: target))
    if let tape = Tape.active(self) {
      let source = dtype
      tape.record(out, self) { g in [g.converted(to: source)] }
    }
    return out
  }

  /// Replaces the buffer with a private copy unless this object is its only owner.
  /// The caller has checked that the object itself is uniquely referenced.
  func makeStorageUnique() {
    if loadedStorage == nil { _ = materialized() }
    if !isKnownUniquelyReferenced(&loadedStorage) { loadedStorage = storage.copy() }
  }

  /// The number of elements of `shape`; `Int.max` when that overflows, so a
  /// comparison with a real count fails instead of trapping (`Shape.checkSize` refuses
  /// such shapes before anything is allocated).
  static func count(of shape: [Int]) -> Int {
    var n = 1
    for d in shape {
      let (product, overflow) = n.multipliedReportingOverflow(by: d)
      n = overflow ? .max : product
    }
    return n
  }

  /// Row-major strides in elements.
  static func strides(of shape: [Int]) -> [Int] {
    var strides = [Int](repeating: 1, count: shape.count)
    var s = 1
    for i in stride(from: shape.count - 1, through: 0, by: -1) {
      strides[i] = s
      s *= shape[i]
    }
    return strides
  }

  /// Takes the tensor out of a `Value` and leaves `.void` behind, so the caller
  /// holds the only reference the value had (for `isKnownUniquelyReferenced`).
  static func take(_ value: inout Value) -> Tensor? {
    guard case .object(let o) = value, let t = o as? Tensor else { return nil }
    value = .void
    return t
  }

  // MARK: NativeObject

  override var typeName: String { "Tensor" }
  override func describe() -> String { TensorFormatter(self).text }
}

extension Tensor: NumericArrayConvertible {
  var numericShape: [Int] { shape }
  var numericValues: [Double] { doubles }
}
