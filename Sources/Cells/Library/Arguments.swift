/// The one argument reader: a built-in's arguments, already matched to its
/// parameters (defaults filled in), read as Swift values.
///
/// Every mismatch is worded the same way, from the built-in's signature:
/// `Linear(_:_:bias:weightInit:): argument 2 'outputs' must be an Int, got Double`.
///
/// ```swift
/// library.function(linear) { a in
///   .object(try Linear(inputs: a.int(0), outputs: a.int(1), bias: a.bool(2), context: a.context))
/// }
/// ```
struct Arguments {
  let signature: Signature
  /// One value per parameter, in parameter order. An `inout` parameter's value may be
  /// replaced; the caller's variable receives it after the call.
  var values: [Value]
  let runtime: Runtime

  var context: Context { runtime.context }
  var count: Int { values.count }

  subscript(_ index: Int) -> Value {
    get { values[index] }
    set { values[index] = newValue }
  }

  /// `nil` (the default or an explicit `nil`) as Swift's nil.
  func isNil(_ index: Int) -> Bool {
    switch unwrapped(index) {
    case .none: return true
    default: return false
    }
  }

  /// The argument without an `Optional` or a captured-variable box around it.
  func unwrapped(_ index: Int) -> Value {
    var v = values[index]
    while true {
      switch v {
      case .some(let inner): v = inner
      case .box(let b): v = b.value
      // A library function that takes an array takes a slice's elements (`Tensor(xs[..<4])`),
      // one that takes a string a substring's text.
      case .object(let o) where Slices.isSlice(o): return Slices.plain(v)
      default: return v
      }
    }
  }

  /// The failure every reader throws: `f(_:_:): argument 2 'outputs' must be an Int, got Double`.
  func mismatch(_ index: Int, _ wanted: String, got: Value? = nil) -> RuntimeFailure {
    let p = signature.parameters[index]
    let v = got ?? unwrapped(index)
    return RuntimeFailure(
      "\(signature.shortName): argument \(index + 1) '\(p.name)' must be \(wanted), got \(v.typeName)")
  }

  /// A failure about an argument's value (not its type): `argument 1 'p' must be in 0..<1, got 1.5`.
  func invalid(_ index: Int, _ requirement: String) -> RuntimeFailure {
    let p = signature.parameters[index]
    return RuntimeFailure(
      "\(signature.shortName): argument \(index + 1) '\(p.name)' \(requirement), got \(unwrapped(index).description)")
  }

  func int(_ index: Int) throws(RuntimeFailure) -> Int {
    if case .int(let v) = unwrapped(index) { return v }
    throw mismatch(index, "an Int")
  }

  func optionalInt(_ index: Int) throws(RuntimeFailure) -> Int? {
    isNil(index) ? nil : try int(index)
  }

  /// An `Int` that must be at least `minimum` (a count, a size).
  func int(_ index: Int, atLeast minimum: Int) throws(RuntimeFailure) -> Int {
    let v = try int(index)
    guard v >= minimum else { throw invalid(index, "must be at least \(minimum)") }
    return v
  }

  /// An `Int` within `range` (a count with a sensible largest value, an index).
  func int(_ index: Int, in range: ClosedRange<Int>) throws(RuntimeFailure) -> Int {
    let v = try int(index)
    guard range.contains(v) else {
      throw invalid(
        index, v < range.lowerBound ? "must be at least \(range.lowerBound)" : "must be at most \(range.upperBound)")
    }
    return v
  }

  /// A number: `Double`, `Float`, an `Int` (as Swift's literals convert) or a one-element tensor.
  func double(_ index: Int) throws(RuntimeFailure) -> Double {
    switch unwrapped(index) {
    case .double(let v): return v
    case .int(let v): return Double(v)
    case .float(let v): return Double(v)
    case .object(let t as Tensor) where t.count == 1: return t.storage.double(at: 0)
    default: throw mismatch(index, "a Double")
    }
  }

  func optionalDouble(_ index: Int) throws(RuntimeFailure) -> Double? {
    isNil(index) ? nil : try double(index)
  }

  func bool(_ index: Int) throws(RuntimeFailure) -> Bool {
    if case .bool(let v) = unwrapped(index) { return v }
    throw mismatch(index, "a Bool")
  }

  func string(_ index: Int) throws(RuntimeFailure) -> String {
    if case .string(let v) = unwrapped(index) { return v }
    throw mismatch(index, "a String")
  }

  func optionalString(_ index: Int) throws(RuntimeFailure) -> String? {
    isNil(index) ? nil : try string(index)
  }

  /// A tensor, or what `Tensor(...)` accepts: a number or nested arrays of numbers.
  func tensor(_ index: Int) throws(RuntimeFailure) -> Tensor {
    switch unwrapped(index) {
    case .object(let t as Tensor): return t
    case let v where v.isNumericLiteral:
      do { return try Tensor.from(v, dtype: .float32) } catch let failure as RuntimeFailure {
        throw RuntimeFailure("\(signature.shortName): argument \(index + 1): \(failure.message)")
      } catch { throw RuntimeFailure("\(error)") }
    default: throw mismatch(index, "a Tensor")
    }
  }

  func optionalTensor(_ index: Int) throws(RuntimeFailure) -> Tensor? {
    isNil(index) ? nil : try tensor(index)
  }

  func array(_ index: Int) throws(RuntimeFailure) -> [Value] {
    if case .array(let items) = unwrapped(index) { return items }
    throw mismatch(index, "an array")
  }

  func ints(_ index: Int) throws(RuntimeFailure) -> [Int] {
    let items = try array(index)
    var out: [Int] = []
    for item in items {
      guard case .int(let v) = item else { throw mismatch(index, "an array of Int", got: item) }
      out.append(v)
    }
    return out
  }

  func doubles(_ index: Int) throws(RuntimeFailure) -> [Double] {
    let items = try array(index)
    var out: [Double] = []
    for item in items {
      switch item {
      case .double(let v): out.append(v)
      case .int(let v): out.append(Double(v))
      case .float(let v): out.append(Double(v))
      default: throw mismatch(index, "an array of Double", got: item)
      }
    }
    return out
  }

  /// A library object of type `T` (a `Module`, a `Dataset`), named `typeName` in messages.
  func object<T: NativeObject>(_ index: Int, as type: T.Type, _ typeName: String) throws(RuntimeFailure) -> T {
    if case .object(let o as T) = unwrapped(index) { return o }
    throw mismatch(index, "a \(typeName)")
  }

  func optionalObject<T: NativeObject>(_ index: Int, as type: T.Type, _ typeName: String) throws(RuntimeFailure)
    -> T?
  {
    isNil(index) ? nil : try object(index, as: type, typeName)
  }

  func function(_ index: Int) throws(RuntimeFailure) -> Value {
    switch unwrapped(index) {
    case .function: return unwrapped(index)
    case .object(let o as CallableObject): return .object(o)
    default: throw mismatch(index, "a function")
    }
  }

  /// Calls a closure argument (`{ model in loss }`) with `arguments`.
  func call(_ index: Int, _ arguments: [Value]) throws -> Value {
    try Builtins.invoke(try function(index), arguments, runtime)
  }
}

extension Value {
  /// A number or an array of numbers: what `Tensor(...)` can make a tensor of.
  var isNumericLiteral: Bool {
    switch self {
    case .int, .double, .float, .bool: return true
    case .array: return true
    default: return false
    }
  }
}
