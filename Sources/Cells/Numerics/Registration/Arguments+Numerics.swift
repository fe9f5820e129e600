/// Readers for the numeric library's own parameter types: shapes, dtypes, axes,
/// lists of tensors, `seed:` and `in:` bounds. Messages are worded as every other
/// reader's: `Tensor.zeros(_:dtype:): argument 1 'shape' must be a shape like [2, 3], got String`.
extension Arguments {
  /// A tensor in the given dtype; nested arrays are read in that dtype directly, so a
  /// `float64` tensor keeps every digit a literal holds.
  func tensor(_ index: Int, dtype: DType) throws(RuntimeFailure) -> Tensor {
    if case .object(let t as Tensor) = unwrapped(index) { return t.converted(to: dtype) }
    let value = unwrapped(index)
    guard value.isNumericLiteral else { throw mismatch(index, "a Tensor") }
    do { return try Tensor.from(value, dtype: dtype) } catch let failure as RuntimeFailure {
      throw RuntimeFailure("\(signature.shortName): argument \(index + 1): \(failure.message)")
    } catch { throw RuntimeFailure("\(error)") }
  }

  /// A shape: `[2, 3]` or a single `3`; refused when its elements would not fit in the
  /// lesson's memory limit.
  func shape(_ index: Int) throws(RuntimeFailure) -> [Int] {
    let shape: [Int]
    switch unwrapped(index) {
    case .int(let n): shape = [n]
    case .array(let items):
      var dimensions: [Int] = []
      for item in items {
        guard case .int(let n) = item else { throw mismatch(index, "a shape like [2, 3]", got: item) }
        dimensions.append(n)
      }
      shape = dimensions
    default: throw mismatch(index, "a shape like [2, 3]")
    }
    guard shape.allSatisfy({ $0 >= 0 }) else { throw invalid(index, "must not have a negative dimension") }
    try Shape.checkSize(shape)
    return shape
  }

  /// `.float32` or `.float64` (a string `"float64"` too).
  func dtype(_ index: Int) throws(RuntimeFailure) -> DType {
    switch unwrapped(index) {
    case .object(let d as DTypeObject): return d.dtype
    case .string(let s): if let d = DType(rawValue: s) { return d }
    default: break
    }
    throw mismatch(index, ".float32 or .float64")
  }

  /// An optional axis: nil (the default) means every axis.
  func axis(_ index: Int) throws(RuntimeFailure) -> Int? { try optionalInt(index) }

  /// An array of tensors (or of what `Tensor(...)` accepts).
  func tensors(_ index: Int) throws(RuntimeFailure) -> [Tensor] {
    var out: [Tensor] = []
    for item in try array(index) {
      switch item {
      case .object(let t as Tensor): out.append(t)
      case let v where v.isNumericLiteral:
        do { out.append(try Tensor.from(v, dtype: .float32)) } catch {
          throw mismatch(index, "an array of Tensor", got: item)
        }
      default: throw mismatch(index, "an array of Tensor", got: item)
      }
    }
    return out
  }

  /// The generator for a `seed: Int? = nil` argument: a fresh one when given, the lesson's otherwise.
  func generator(_ index: Int) throws(RuntimeFailure) -> NNRandom {
    guard let seed = try optionalInt(index) else { return context.random }
    return NNRandom(seed: UInt64(bitPattern: Int64(seed)))
  }

  /// A non-negative `seed:` as the data generators take it; nil when left out.
  func seed(_ index: Int) throws(RuntimeFailure) -> UInt64? {
    guard let seed = try optionalInt(index) else { return nil }
    guard seed >= 0 else { throw invalid(index, "must not be negative") }
    return UInt64(seed)
  }

  /// `in: -1...1`, `in: (-0.5, 0.5)`, `in: [-0.5, 0.5]`, or nil for the default `0..<1`.
  func bounds(_ index: Int) throws(RuntimeFailure) -> (low: Double, high: Double) {
    let pair: [Value]
    switch unwrapped(index) {
    case .none: return (0, 1)
    case .range(let r): return (Double(r.lower), Double(r.upper))
    case .tuple(let t) where t.elements.count == 2: pair = t.elements
    case .array(let items) where items.count == 2: pair = items
    default: throw mismatch(index, "a range like -1...1 or a pair (low, high)")
    }
    guard let low = pair[0].scalar, let high = pair[1].scalar else {
      throw mismatch(index, "a range like -1...1 or a pair of numbers (low, high)")
    }
    return (low, high)
  }
}

extension Value {
  /// A `Double` (or an `Int`, `Float`, `Bool`) to compute on directly; nil for anything else.
  @inline(__always)
  var scalar: Double? {
    switch self {
    case .double(let v): return v
    case .int(let v): return Double(v)
    case .float(let v): return Double(v)
    case .bool(let v): return v ? 1 : 0
    default: return nil
    }
  }
}
