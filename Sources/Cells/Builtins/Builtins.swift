import Foundation

/// The built-in names of the cell language: functions, types, methods, properties.
enum Builtins {
  static let coreTypeNames =
    ["Int", "Double", "Float", "String", "Bool", "Array", "Dictionary", "Character", "Int64"]
    + FixedInt.Kind.allCases.map(\.rawValue)
  static var typeNames: [String] { coreTypeNames + Library.shared.typeNames.sorted() }

  static var functionNames: [String] {
    Array(scalarMath.keys) + callableNames + Library.shared.functions.keys.filter { !$0.contains(".") }
  }
  /// Swift's free functions that cells can call, lowered in `call(_:_:lowerer:at:expected:)`;
  /// `nnbook ops` lists them from here.
  static let swiftFunctions: [(name: String, signature: String, help: String)] = [
    (
      "print", "print(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\")",
      "Writes the items to the cell's output"
    ),
    ("min", "min(_ a: T, _ b: T, ...) -> T", "The smallest of its arguments"),
    ("max", "max(_ a: T, _ b: T, ...) -> T", "The largest of its arguments"),
    ("abs", "abs(_ x: T) -> T", "The magnitude of a number (or of each element of a tensor)"),
    ("pow", "pow(_ x: Double, _ y: Double) -> Double", "x raised to the power y (elementwise for tensors)"),
    ("atan2", "atan2(_ y: Double, _ x: Double) -> Double", "The angle of the point (x, y), in radians"),
    ("fmod", "fmod(_ x: Double, _ y: Double) -> Double", "The remainder of x / y, with the sign of x"),
    ("hypot", "hypot(_ x: Double, _ y: Double) -> Double", "The length of the hypotenuse, sqrt(x * x + y * y)"),
    (
      "debugPrint", "debugPrint(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\")",
      "Writes the items as their debugDescription (strings quoted)"
    ),
    (
      "readLine", "readLine(strippingNewline: Bool = true) -> String?",
      "A line of standard input; a lesson has none, so always nil"
    ),
    (
      "dump", "dump(_ value: T, name: String? = nil) -> T",
      "Writes the value and its parts as an indented tree, as Swift's dump does, and returns the value"
    ),
    ("stride", "stride(from: T, to: T, by: T) / stride(from:through:by:)", "A sequence of evenly spaced values"),
    ("zip", "zip(_ a: [A], _ b: [B]) -> [(A, B)]", "Pairs the elements of two sequences"),
    (
      "sequence", "sequence(first: T, next: (T) -> T?) / sequence(state:next:)",
      "The values each call of next gives, until it gives nil"
    ),
    ("repeatElement", "repeatElement(_ element: T, count: Int) -> [T]", "The element, count times"),
    ("assert", "assert(_ condition: Bool, _ message: String = \"\")", "Stops the cell when the condition is false"),
    (
      "precondition", "precondition(_ condition: Bool, _ message: String = \"\")",
      "Stops the cell when the condition is false"
    ),
    ("fatalError", "fatalError(_ message: String = \"\") -> Never", "Stops the cell with the message"),
    ("swap", "swap(_ a: inout T, _ b: inout T)", "Exchanges two variables' values"),
    ("String", "String(format: String, _ arguments: Any...) -> String", "printf-style formatting (%d %f %.4f %e %@)"),
    ("Int", "Int(_ x: Double) -> Int", "Converts, truncating toward zero"),
    ("Double", "Double(_ x: Int) -> Double", "Converts to a 64-bit floating-point number"),
    ("Float", "Float(_ x: Double) -> Float", "Converts to a 32-bit floating-point number"),
  ]

  static let callableNames = swiftFunctions.map(\.name).filter { !coreTypeNames.contains($0) }

  /// Every Swift function above, and each one-argument math function, for `nnbook ops`.
  static var catalog: [(signature: String, help: String)] {
    swiftFunctions.map { ($0.signature, $0.help) }
      + scalarMath.keys.sorted().map { ("\($0)(_ x: Double) -> Double", "The math function \($0), on a number") }
  }

  /// One-argument math functions on Int, Double and Float.
  nonisolated(unsafe) static let scalarMath: [String: (Double) -> Double] = [
    "sqrt": { $0.squareRoot() }, "exp": Foundation.exp, "log": Foundation.log, "log2": Foundation.log2,
    "log10": Foundation.log10, "sin": Foundation.sin, "cos": Foundation.cos, "tan": Foundation.tan,
    "asin": Foundation.asin, "acos": Foundation.acos, "atan": Foundation.atan, "sinh": Foundation.sinh,
    "cosh": Foundation.cosh, "tanh": Foundation.tanh, "floor": Foundation.floor, "ceil": Foundation.ceil,
    "round": Foundation.round, "exp2": Foundation.exp2, "log1p": Foundation.log1p, "expm1": Foundation.expm1,
    "cbrt": Foundation.cbrt, "trunc": Foundation.trunc, "fabs": Foundation.fabs,
  ]

  // MARK: Functions as values

  static func functionValue(_ name: String) -> Callable? {
    if let f = scalarMath[name] {
      return NativeFunction(name, arity: 1) { rt, a throws(RuntimeFailure) in try applyMath(name, f, a[0], rt) }
    }
    if let op = BinaryOperator(rawValue: name) {
      return NativeFunction(name, arity: 2) { _, a throws(RuntimeFailure) in try Arithmetic.apply(op, a[0], a[1]) }
    }
    switch name {
    case "max":
      return NativeFunction(name, arity: 2) { _, a throws(RuntimeFailure) in try Equality.less(a[0], a[1]) ? a[1] : a[0]
      }
    case "min":
      return NativeFunction(name, arity: 2) { _, a throws(RuntimeFailure) in try Equality.less(a[1], a[0]) ? a[1] : a[0]
      }
    case "abs":
      return NativeFunction(name, arity: 1) { rt, a throws(RuntimeFailure) in try absolute(a[0], rt) }
    default:
      // A library function used as a value (`derivative(of: relu, at: x)`): its first signature.
      guard let f = Library.shared.functions[name]?.first else { return nil }
      // Called with the leading arguments only (`map(leakyRelu)`): the rest take their defaults.
      let required = f.labels.indices.filter { f.defaultValue(at: $0) == nil }.count
      return NativeFunction(name, arity: required) { rt, args in try f.invoke(rt, leading: args) }
    }
  }

  static func applyMath(_ name: String, _ f: (Double) -> Double, _ v: Value, _ rt: Runtime) throws(RuntimeFailure)
    -> Value
  {
    switch v {
    case .double(let x): return .double(f(x))
    case .int(let x): return .double(f(Double(x)))
    case .float(let x): return .float(Float(f(Double(x))))
    case .object:
      // `exp(tensor)`: the tensor library's function of the same name.
      if let (lf, _) = Library.shared.function(name, labels: [nil]) {
        do { return try lf.invoke(rt, leading: [v]) } catch let e as RuntimeFailure { throw e } catch {
          throw RuntimeFailure("\(error)")
        }
      }
      throw RuntimeFailure("\(name) expects a number, got a value of type '\(v.typeName)'")
    default:
      throw RuntimeFailure("\(name) expects a number, got a value of type '\(v.typeName)'")
    }
  }

  static func absolute(_ v: Value, _ rt: Runtime?) throws(RuntimeFailure) -> Value {
    switch v {
    case .int(let x):
      if x == .min { throw RuntimeFailure("arithmetic overflow: abs(\(x)) does not fit in Int") }
      return .int(Swift.abs(x))
    case .double(let x): return .double(Swift.abs(x))
    case .float(let x): return .float(Swift.abs(x))
    case .object(let f as FixedInt):
      // `abs(Int32(-5))`: of the same width; `abs(Int8.min)` overflows as in Swift.
      return .object(try FixedInt.make(f.kind, Swift.abs(f.value), "abs"))
    case .object:
      // `abs(tensor)`: the numeric library's `abs(_:)`.
      if let rt, let (f, _) = Library.shared.function("abs", labels: [nil]) {
        do { return try f.invoke(rt, leading: [v]) } catch let e as RuntimeFailure { throw e } catch {
          throw RuntimeFailure("\(error)")
        }
      }
      throw RuntimeFailure("abs expects a number, got a value of type '\(v.typeName)'")
    default: throw RuntimeFailure("abs expects a number, got a value of type '\(v.typeName)'")
    }
  }

  static func number(_ v: Value) throws(RuntimeFailure) -> Double {
    switch v {
    case .double(let x): return x
    case .int(let x): return Double(x)
    case .float(let x): return Double(x)
    case .object(let o as NumericArrayConvertible) where o.numericValues.count == 1:
      return o.numericValues[0]
    case .object(let f as FixedInt): return Double(f.value)
    default: throw RuntimeFailure("expected a number, got a value of type '\(v.typeName)'")
    }
  }

  /// Refuses a stride whose elements would not fit in memory before making them
  /// (`stride(from: 0, to: Int.max, by: 1)` would otherwise spin and then exhaust memory).
  private static func checkStrideCount(_ a: Double, _ b: Double, _ s: Double) throws(RuntimeFailure) {
    let estimate = Swift.max(0, ((b - a) / s).rounded(.down) + 1)
    guard estimate.isFinite, estimate < 1e15 else {
      throw RuntimeFailure("stride(from: \(a), to: \(b), by: \(s)) has too many elements to make")
    }
    try Runtime.checkAllocation(count: Int(estimate), bytesPerElement: MemoryLayout<Value>.stride)
  }

  static func strideValues(_ from: Value, _ to: Value, _ by: Value, through: Bool) throws(RuntimeFailure) -> Value {
    if case .int(let a) = from, case .int(let b) = to, case .int(let s) = by {
      if s == 0 { throw RuntimeFailure("stride step must not be zero") }
      try checkStrideCount(Double(a), Double(b), Double(s))
      return .array(
        through
          ? Swift.stride(from: a, through: b, by: s).map { .int($0) }
          : Swift.stride(from: a, to: b, by: s).map { .int($0) })
    }
    let a = try number(from)
    let b = try number(to)
    let s = try number(by)
    if s == 0 { throw RuntimeFailure("stride step must not be zero") }
    try checkStrideCount(a, b, s)
    return .array(
      through
        ? Swift.stride(from: a, through: b, by: s).map { .double($0) }
        : Swift.stride(from: a, to: b, by: s).map { .double($0) })
  }

  /// `String(chars)` for an array of characters joins them, as `String([Character])` does.
  /// (Cells hold a `Character` as a one-letter string.)
  static func stringFromCharacters(_ v: Value) -> String? {
    if case .object(let s as ArraySliceObject) = v { return stringFromCharacters(.array(s.array)) }
    guard case .array(let xs) = v, !xs.isEmpty else { return nil }
    var out = ""
    for x in xs {
      guard case .string(let c) = x, c.count == 1 else { return nil }
      out += c
    }
    return out
  }

  /// `String.init`, `Double.init`, `Int.init` as function values: `xs.map(String.init)`.
  static func conversionFunction(_ type: String) -> NativeFunction? {
    switch type {
    case "String":
      return NativeFunction("String.init", arity: 1) { _, a in .string(stringFromCharacters(a[0]) ?? a[0].description) }
    case "Double":
      return NativeFunction("Double.init", arity: 1) { _, a throws(RuntimeFailure) in
        if case .string(let s) = Slices.plain(a[0]) { return Double(s).map { .some(.double($0)) } ?? .none }
        return .double(try number(a[0]))
      }
    case "Float":
      return NativeFunction("Float.init", arity: 1) { _, a throws(RuntimeFailure) in .float(Float(try number(a[0]))) }
    case "Int": return NativeFunction("Int.init", arity: 1) { _, a throws(RuntimeFailure) in try toInt(a[0]) }
    case "Array":
      // `slices.map(Array.init)`: each sequence as an array.
      return NativeFunction("Array.init", arity: 1) { _, a throws(RuntimeFailure) in
        .array(try Sequences.elements(of: a[0]))
      }
    default: return nil
    }
  }

  static func toInt(_ v: Value) throws(RuntimeFailure) -> Value {
    switch v {
    case .int: return v
    case .object(let f as FixedInt):
      guard let n = Int(exactly: f.value) else { throw RuntimeFailure("\(f.value) does not fit in Int") }
      return .int(n)
    case .bool(let b): return .int(b ? 1 : 0)
    case .string(let s): return Int(s).map { .some(.int($0)) } ?? .none
    case .object(let s as SubstringObject): return try toInt(.string(s.text))
    case .double(let d), .some(.double(let d)):
      guard d.isFinite, d >= -9.223372036854775808e18, d < 9.223372036854775808e18 else {
        throw RuntimeFailure(
          "Double value \(d) cannot be converted to Int because it is \(d.isFinite ? "outside the representable range" : "infinite or NaN")"
        )
      }
      return .int(Int(d))
    case .float(let f):
      guard f.isFinite, Double(f) >= -9.223372036854775808e18, Double(f) < 9.223372036854775808e18 else {
        throw RuntimeFailure("Float value \(f) cannot be converted to Int")
      }
      return .int(Int(f))
    default: throw RuntimeFailure("cannot convert a value of type '\(v.typeName)' to Int")
    }
  }

  // MARK: Static members, implicit members

  static func staticMember(_ type: String, _ name: String) -> Value? {
    if let v = FixedInt.staticMember(type, name) { return v }
    switch (type, name) {
    case ("Int", "max"): return .int(.max)
    case ("Int", "min"): return .int(.min)
    case ("Int", "zero"): return .int(0)
    case ("Int", "bitWidth"): return .int(Int.bitWidth)
    case ("Double", "zero"): return .double(0)
    case ("Double", "leastNonzeroMagnitude"): return .double(.leastNonzeroMagnitude)
    case ("Float", "zero"): return .float(0)
    case ("Double", "pi"): return .double(.pi)
    case ("Double", "infinity"): return .double(.infinity)
    case ("Double", "nan"): return .double(.nan)
    case ("Double", "greatestFiniteMagnitude"): return .double(.greatestFiniteMagnitude)
    case ("Double", "leastNormalMagnitude"): return .double(.leastNormalMagnitude)
    case ("Double", "ulpOfOne"): return .double(.ulpOfOne)
    case ("Float", "pi"): return .float(.pi)
    case ("Float", "infinity"): return .float(.infinity)
    case ("Float", "nan"): return .float(.nan)
    case ("Float", "greatestFiniteMagnitude"): return .float(.greatestFiniteMagnitude)
    case ("CharacterSet", _) where characterSets[name] != nil: return .string(characterSetTag + name)
    default: return nil
    }
  }

  static func implicitMember(_ name: String) -> Value? {
    if characterSets[name] != nil { return .string(characterSetTag + name) }
    if roundingRules[name] != nil { return .string(roundingRuleTag + name) }
    if compareOptions[name] != nil { return .string(compareOptionTag + name) }
    return Library.shared.implicitMembers[name]
  }

  /// Foundation's character sets for `trimmingCharacters(in:)` and
  /// `components(separatedBy:)`, passed as a tagged name.
  static let characterSetTag = "\u{0}CharacterSet."
  static let characterSets: [String: CharacterSet] = [
    "whitespaces": .whitespaces, "whitespacesAndNewlines": .whitespacesAndNewlines, "newlines": .newlines,
    "punctuationCharacters": .punctuationCharacters, "decimalDigits": .decimalDigits, "letters": .letters,
    "alphanumerics": .alphanumerics, "uppercaseLetters": .uppercaseLetters, "lowercaseLetters": .lowercaseLetters,
  ]

  /// Marks a tagged character set as its complement (`.inverted`).
  static let characterSetInverted = "~"

  static func characterSet(_ v: Value) -> CharacterSet? {
    guard case .string(let s) = v, s.hasPrefix(characterSetTag) else { return nil }
    var name = s.dropFirst(characterSetTag.count)
    if name.hasPrefix(characterSetInverted) {
      name = name.dropFirst(characterSetInverted.count)
      return characterSet(.string(characterSetTag + name))?.inverted
    }
    if name.hasPrefix(characterSetCharactersIn) {
      return CharacterSet(charactersIn: String(name.dropFirst(characterSetCharactersIn.count)))
    }
    return characterSets[String(name)]
  }

}
