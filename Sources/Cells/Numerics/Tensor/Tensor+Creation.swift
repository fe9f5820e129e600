/// Constructors: filled, ranges, random, and from the nested arrays a cell writes.
extension Tensor {
  static func full(_ shape: [Int], value: Double, dtype: DType = .float32) -> Tensor {
    let t = Tensor(uninitializedShape: shape, dtype: dtype)
    switch dtype {
    case .float32: t.storage.pointer(Float.self).initialize(repeating: Float(value), count: t.count)
    case .float64: t.storage.pointer(Double.self).initialize(repeating: value, count: t.count)
    }
    return t
  }

  static func zeros(_ shape: [Int], dtype: DType = .float32) -> Tensor { full(shape, value: 0, dtype: dtype) }
  static func ones(_ shape: [Int], dtype: DType = .float32) -> Tensor { full(shape, value: 1, dtype: dtype) }

  /// The `n` x `n` identity.
  static func eye(_ n: Int, dtype: DType = .float32) throws -> Tensor {
    try Shape.checkSize([n, n])
    let t = zeros([n, n], dtype: dtype)
    for i in 0..<n { t.storage.set(1, at: i * n + i) }
    return t
  }

  /// `count` evenly spaced values from `start` to `stop`, both included (NumPy's `linspace`).
  static func linspace(_ start: Double, _ stop: Double, count: Int, dtype: DType = .float32) throws -> Tensor {
    guard count >= 0 else { throw RuntimeFailure("linspace: count must not be negative, got \(count)") }
    try Shape.checkSize([count])
    let t = Tensor(uninitializedShape: [count], dtype: dtype)
    let step = count > 1 ? (stop - start) / Double(count - 1) : 0
    for i in 0..<count { t.storage.set(i == count - 1 && count > 1 ? stop : start + Double(i) * step, at: i) }
    return t
  }

  /// `start, start + step, ...` up to but excluding `stop` (NumPy's `arange`).
  static func arange(_ start: Double, _ stop: Double, step: Double, dtype: DType = .float32) throws -> Tensor {
    guard step != 0 else { throw RuntimeFailure("arange: step must not be zero") }
    let steps = ((stop - start) / step).rounded(.up)
    // `Int(_:)` traps on NaN and on values past Int.max (`arange(0, 1e300)`).
    guard let n = steps > 0 ? Int(exactly: steps) : 0 else {
      throw RuntimeFailure("arange: from \(start) to \(stop) by \(step) has too many elements")
    }
    try Shape.checkSize([n])
    let t = Tensor(uninitializedShape: [n], dtype: dtype)
    for i in 0..<n { t.storage.set(start + Double(i) * step, at: i) }
    return t
  }

  static func randomNormal(
    _ shape: [Int], mean: Double = 0, std: Double = 1, dtype: DType = .float32, using random: NNRandom
  ) -> Tensor {
    let t = Tensor(uninitializedShape: shape, dtype: dtype)
    for i in 0..<t.count { t.storage.set(mean + std * random.nextNormal(), at: i) }
    return t
  }

  static func randomUniform(
    _ shape: [Int], low: Double = 0, high: Double = 1, dtype: DType = .float32, using random: NNRandom
  ) -> Tensor {
    let t = Tensor(uninitializedShape: shape, dtype: dtype)
    for i in 0..<t.count { t.storage.set(low + (high - low) * random.nextUniform(), at: i) }
    return t
  }

  /// A tensor from nested arrays of numbers (or of tensors, which are stacked).
  static func from(_ value: Value, dtype: DType = .float32) throws -> Tensor {
    switch value {
    case .object(let t as Tensor): return t.converted(to: dtype)
    case .int, .double, .float, .bool: return Tensor(scalar: try number(value), dtype: dtype)
    case .array(let items) where items.contains(where: { if case .object = $0 { return true } else { return false } }):
      let parts = try items.map { item -> Tensor in
        guard case .object(let t as Tensor) = item else {
          throw RuntimeFailure("Tensor: cannot mix tensors and \(item.typeName) values in one array")
        }
        return t
      }
      return try stack(parts, axis: 0).converted(to: dtype)
    case .array:
      var shape: [Int] = []
      var probe = value
      while case .array(let items) = probe {
        shape.append(items.count)
        guard let first = items.first else { break }
        probe = first
      }
      let t = Tensor(uninitializedShape: shape, dtype: dtype)
      var i = 0
      try fill(t, value, depth: 0, shape: shape, index: &i)
      return t
    default:
      throw RuntimeFailure(
        "Tensor: expected numbers or nested arrays of numbers, got a value of type '\(value.typeName)'")
    }
  }

  private static func fill(_ t: Tensor, _ value: Value, depth: Int, shape: [Int], index: inout Int) throws {
    if case .array(let items) = value {
      guard depth < shape.count, items.count == shape[depth] else {
        throw RuntimeFailure(
          "Tensor: the nested arrays are not rectangular: expected \(depth < shape.count ? "\(shape[depth])" : "no") elements at depth \(depth), found \(items.count)"
        )
      }
      for item in items { try fill(t, item, depth: depth + 1, shape: shape, index: &index) }
      return
    }
    guard depth == shape.count else {
      throw RuntimeFailure(
        "Tensor: the nested arrays are not rectangular: a number at depth \(depth), arrays elsewhere")
    }
    t.storage.set(try number(value), at: index)
    index += 1
  }

  /// A cell number as a `Double` (`true` is 1, as NumPy converts booleans).
  static func number(_ value: Value) throws -> Double {
    switch value {
    case .int(let v): return Double(v)
    case .double(let v): return v
    case .float(let v): return Double(v)
    case .bool(let v): return v ? 1 : 0
    default: throw RuntimeFailure("expected a number, got a value of type '\(value.typeName)'")
    }
  }
}
