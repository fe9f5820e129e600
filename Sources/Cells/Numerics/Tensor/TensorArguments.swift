/// Conversions from the `Value`s a cell passes to the Swift types tensor code takes,
/// with messages that name the function and the argument.
enum TensorArguments {
  /// A tensor, or anything `Tensor(...)` accepts (a number, nested arrays).
  static func tensor(_ value: Value, _ function: String, dtype: DType? = nil) throws -> Tensor {
    switch value {
    case .object(let t as Tensor): return dtype.map { t.converted(to: $0) } ?? t
    case .int, .double, .float, .bool, .array: return try Tensor.from(value, dtype: dtype ?? .float32)
    case .box(let b): return try tensor(b.value, function, dtype: dtype)
    default:
      throw RuntimeFailure("\(function): expected a Tensor, got a value of type '\(value.typeName)'")
    }
  }

  /// A shape: `[2, 3]` or a single `3`; refused when its elements would not fit in
  /// the lesson's memory limit.
  static func shape(_ value: Value, _ function: String) throws -> [Int] {
    let shape: [Int]
    switch value {
    case .int(let n):
      guard n >= 0 else { throw RuntimeFailure("\(function): a dimension must not be negative, got \(n)") }
      shape = [n]
    case .array(let items):
      shape = try items.map { item in
        guard case .int(let n) = item, n >= 0 else {
          throw RuntimeFailure("\(function): a shape is an array of non-negative Ints, got \(value.description)")
        }
        return n
      }
    default:
      throw RuntimeFailure(
        "\(function): a shape is an array of Ints like [2, 3], got a value of type '\(value.typeName)'")
    }
    try checkSize(shape)
    return shape
  }

  /// Refuses a shape whose elements would pass the memory limit (before allocating).
  static func checkSize(_ shape: [Int]) throws {
    var count = 1
    for d in shape {
      let (product, overflow) = count.multipliedReportingOverflow(by: d)
      if overflow { throw RuntimeFailure("a tensor of shape \(Shape.text(shape)) has too many elements") }
      count = product
    }
    try Runtime.checkAllocation(count: count, bytesPerElement: 8)
  }

  /// A shape that may contain -1 (for `reshaped`).
  static func signedShape(_ values: [Value], _ function: String) throws -> [Int] {
    let items: [Value]
    if values.count == 1, case .array(let a) = values[0] { items = a } else { items = values }
    return try items.map { item in
      guard case .int(let n) = item else {
        throw RuntimeFailure("\(function): a shape is made of Ints, got a value of type '\(item.typeName)'")
      }
      return n
    }
  }

  static func dtype(_ value: Value, _ function: String) throws -> DType? {
    switch value {
    case .none: return nil
    case .some(let v): return try dtype(v, function)
    case .object(let d as DTypeObject): return d.dtype
    case .string(let s) where DType(rawValue: s) != nil: return DType(rawValue: s)
    default:
      throw RuntimeFailure("\(function): dtype must be .float32 or .float64, got a value of type '\(value.typeName)'")
    }
  }

  static func number(_ value: Value, _ function: String, _ label: String) throws -> Double {
    switch value {
    case .int(let v): return Double(v)
    case .double(let v): return v
    case .float(let v): return Double(v)
    case .some(let v): return try number(v, function, label)
    case .object(let t as Tensor) where t.count == 1: return t.storage.double(at: 0)
    default:
      throw RuntimeFailure("\(function): \(label) must be a number, got a value of type '\(value.typeName)'")
    }
  }

  static func int(_ value: Value, _ function: String, _ label: String) throws -> Int {
    switch value {
    case .int(let v): return v
    case .some(let v): return try int(v, function, label)
    default: throw RuntimeFailure("\(function): \(label) must be an Int, got a value of type '\(value.typeName)'")
    }
  }

  /// An optional axis: `nil` (the default) means every axis.
  static func axis(_ value: Value, _ function: String) throws -> Int? {
    if case .none = value { return nil }
    return try int(value, function, "axis")
  }

  static func bool(_ value: Value, _ function: String, _ label: String) throws -> Bool {
    switch value {
    case .bool(let b): return b
    case .some(let v): return try bool(v, function, label)
    default: throw RuntimeFailure("\(function): \(label) must be a Bool, got a value of type '\(value.typeName)'")
    }
  }

  static func tensors(_ value: Value, _ function: String) throws -> [Tensor] {
    guard case .array(let items) = value else {
      throw RuntimeFailure("\(function): expected an array of tensors, got a value of type '\(value.typeName)'")
    }
    return try items.map { try tensor($0, function) }
  }

  /// A `Double` (or an `Int`, `Float`) to compute on directly; nil for anything else.
  @inline(__always)
  static func scalar(_ value: Value) -> Double? {
    switch value {
    case .double(let v): return v
    case .int(let v): return Double(v)
    case .float(let v): return Double(v)
    case .bool(let v): return v ? 1 : 0
    default: return nil
    }
  }
}

extension Value {
  var isNone: Bool {
    if case .none = self { return true }
    return false
  }
}
