/// The binary operators of the language, evaluated with Swift's rules:
/// integer arithmetic traps on overflow and division by zero; `Int` and `Double`
/// mix (nnbook is lenient there, where Swift would ask for a conversion).
enum BinaryOperator: String {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  case remainder = "%"
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessEqual = "<="
  case greater = ">"
  case greaterEqual = ">="
  case halfOpenRange = "..<"
  case closedRange = "..."
  case bitAnd = "&"
  case bitOr = "|"
  case bitXor = "^"
  case shiftLeft = "<<"
  case shiftRight = ">>"
  case wrappingAdd = "&+"
  case wrappingSubtract = "&-"
  case wrappingMultiply = "&*"

  /// `+ - * /`, which tensors can compute into an operand's buffer.
  var isArithmetic: Bool {
    switch self {
    case .add, .subtract, .multiply, .divide: return true
    default: return false
    }
  }

  var isComparison: Bool {
    switch self {
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return true
    default: return false
    }
  }
}

enum Arithmetic {
  static func apply(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(RuntimeFailure) -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)): return try int(op, x, y)
    case (.double(let x), .double(let y)): return try double(op, x, y)
    case (.int(let x), .double(let y)): return try double(op, Double(x), y)
    case (.double(let x), .int(let y)): return try double(op, x, Double(y))
    case (.float(let x), .float(let y)): return try float(op, x, y)
    case (.float(let x), .int(let y)): return try float(op, x, Float(y))
    case (.int(let x), .float(let y)): return try float(op, Float(x), y)
    case (.float(let x), .double(let y)): return try double(op, Double(x), y)
    case (.double(let x), .float(let y)): return try double(op, x, Double(y))
    case (.string(let x), .string(let y)):
      switch op {
      case .add:
        try Growth.check(x, y)
        return .string(x + y)
      case .equal: return .bool(x == y)
      case .notEqual: return .bool(x != y)
      case .less: return .bool(x < y)
      case .lessEqual: return .bool(x <= y)
      case .greater: return .bool(x > y)
      case .greaterEqual: return .bool(x >= y)
      default: break
      }
    case (.bool(let x), .bool(let y)):
      switch op {
      case .equal: return .bool(x == y)
      case .notEqual: return .bool(x != y)
      default: break
      }
    case (.tuple(let x), .tuple(let y)) where x.elements.count == y.elements.count:
      // Swift compares tuples of up to six comparable elements lexicographically.
      switch op {
      case .less, .lessEqual, .greater, .greaterEqual:
        for (p, q) in zip(x.elements, y.elements) where !Equality.equal(p, q) {
          if case .structInstance = p {
            // An element of the cell's own Comparable type orders by its `<`.
            return .bool(op == .less || op == .lessEqual ? try Equality.less(p, q) : try Equality.less(q, p))
          }
          return try apply(op == .less || op == .lessEqual ? .less : .greater, p, q)
        }
        return .bool(op == .lessEqual || op == .greaterEqual)
      default: break
      }
    case (.array(let x), .array(let y)):
      switch op {
      case .add:
        try Growth.check(x, y)
        return .array(x + y)
      case .equal: return .bool(Equality.equal(a, b))
      case .notEqual: return .bool(!Equality.equal(a, b))
      default: break
      }
    case (.object, _), (_, .object):
      if let v = try FixedInt.apply(op, a, b) { return v }
      if let v = try Slices.apply(op, a, b) { return v }
      if let hook = Library.shared.binaryOperator {
        do {
          if let v = try hook(op, a, b) { return v }
        } catch let e as RuntimeFailure {
          throw e
        } catch {
          throw RuntimeFailure("\(error)")
        }
      }
    default:
      break
    }
    if op == .equal { return .bool(Equality.equal(a, b)) }
    if op == .notEqual { return .bool(!Equality.equal(a, b)) }
    if case .some = a {
      throw RuntimeFailure(
        "value of optional type '\(a.typeName)' must be unwrapped to use '\(op.rawValue)' (use '!' or '??')")
    }
    if case .some = b {
      throw RuntimeFailure(
        "value of optional type '\(b.typeName)' must be unwrapped to use '\(op.rawValue)' (use '!' or '??')")
    }
    throw RuntimeFailure(
      "binary operator '\(op.rawValue)' cannot be applied to operands of type '\(a.typeName)' and '\(b.typeName)'")
  }

  @inline(__always)
  static func int(_ op: BinaryOperator, _ x: Int, _ y: Int) throws(RuntimeFailure) -> Value {
    switch op {
    case .add:
      let (r, o) = x.addingReportingOverflow(y)
      if o { throw overflow(x, "+", y) }
      return .int(r)
    case .subtract:
      let (r, o) = x.subtractingReportingOverflow(y)
      if o { throw overflow(x, "-", y) }
      return .int(r)
    case .multiply:
      let (r, o) = x.multipliedReportingOverflow(by: y)
      if o { throw overflow(x, "*", y) }
      return .int(r)
    case .divide:
      if y == 0 { throw RuntimeFailure("division by zero") }
      if x == .min && y == -1 { throw overflow(x, "/", y) }
      return .int(x / y)
    case .remainder:
      if y == 0 { throw RuntimeFailure("division by zero in remainder operation") }
      if x == .min && y == -1 { throw overflow(x, "%", y) }
      return .int(x % y)
    case .equal: return .bool(x == y)
    case .notEqual: return .bool(x != y)
    case .less: return .bool(x < y)
    case .lessEqual: return .bool(x <= y)
    case .greater: return .bool(x > y)
    case .greaterEqual: return .bool(x >= y)
    case .halfOpenRange:
      if y < x { throw RuntimeFailure("range requires lowerBound <= upperBound (\(x)..<\(y))") }
      return .range(RangeValue(lower: x, upper: y, closed: false))
    case .closedRange:
      if y < x { throw RuntimeFailure("range requires lowerBound <= upperBound (\(x)...\(y))") }
      return .range(RangeValue(lower: x, upper: y, closed: true))
    case .bitAnd: return .int(x & y)
    case .bitOr: return .int(x | y)
    case .bitXor: return .int(x ^ y)
    case .shiftLeft: return .int(x << y)
    case .shiftRight: return .int(x >> y)
    case .wrappingAdd: return .int(x &+ y)
    case .wrappingSubtract: return .int(x &- y)
    case .wrappingMultiply: return .int(x &* y)
    }
  }

  static func overflow(_ x: Int, _ op: String, _ y: Int) -> RuntimeFailure {
    RuntimeFailure("arithmetic overflow: \(x) \(op) \(y) does not fit in Int")
  }

  @inline(__always)
  static func double(_ op: BinaryOperator, _ x: Double, _ y: Double) throws(RuntimeFailure) -> Value {
    try floating(op, x, y, typeName: "Double") { .double($0) }
  }

  @inline(__always)
  static func float(_ op: BinaryOperator, _ x: Float, _ y: Float) throws(RuntimeFailure) -> Value {
    try floating(op, x, y, typeName: "Float") { .float($0) }
  }

  /// `Double` and `Float` share their rules: IEEE arithmetic, no `%`, comparisons to `Bool`.
  @inline(__always)
  static func floating<T: BinaryFloatingPoint>(
    _ op: BinaryOperator, _ x: T, _ y: T, typeName: String, _ wrap: (T) -> Value
  ) throws(RuntimeFailure) -> Value {
    switch op {
    case .add: return wrap(x + y)
    case .subtract: return wrap(x - y)
    case .multiply: return wrap(x * y)
    case .divide: return wrap(x / y)
    case .remainder:
      throw RuntimeFailure(
        "'%' is unavailable for floating point: use x.truncatingRemainder(dividingBy: y)")
    case .equal: return .bool(x == y)
    case .notEqual: return .bool(x != y)
    case .less: return .bool(x < y)
    case .lessEqual: return .bool(x <= y)
    case .greater: return .bool(x > y)
    case .greaterEqual: return .bool(x >= y)
    case .closedRange, .halfOpenRange:
      return .object(
        try FloatingRange(lower: Double(x), upper: Double(y), closed: op == .closedRange, boundType: typeName))
    default:
      throw RuntimeFailure(
        "binary operator '\(op.rawValue)' cannot be applied to operands of type '\(typeName)'")
    }
  }

  static func negate(_ v: Value) throws(RuntimeFailure) -> Value {
    switch v {
    case .int(let x):
      if x == .min { throw RuntimeFailure("arithmetic overflow: -(\(x)) does not fit in Int") }
      return .int(-x)
    case .double(let x): return .double(-x)
    case .float(let x): return .float(-x)
    case .object:
      do {
        if let hook = Library.shared.negate, let r = try hook(v) { return r }
      } catch let e as RuntimeFailure {
        throw e
      } catch {
        throw RuntimeFailure("\(error)")
      }
      throw RuntimeFailure("unary operator '-' cannot be applied to an operand of type '\(v.typeName)'")
    default: throw RuntimeFailure("unary operator '-' cannot be applied to an operand of type '\(v.typeName)'")
    }
  }
}

/// `==` on values, as Swift's Equatable conformances define it.
enum Equality {
  static func equal(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.double(let x), .double(let y)): return x == y
    case (.int(let x), .double(let y)): return Double(x) == y
    case (.double(let x), .int(let y)): return x == Double(y)
    case (.float(let x), .float(let y)): return x == y
    case (.bool(let x), .bool(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
    case (.tuple(let x), .tuple(let y)):
      return x.elements.count == y.elements.count
        && zip(x.elements, y.elements).allSatisfy { equal($0, $1) }
    case (.none, .none): return true
    case (.some(let x), .some(let y)): return equal(x, y)
    case (.some(let x), _): return equal(x, b)
    case (_, .some(let y)): return equal(a, y)
    case (.none, _), (_, .none): return false
    case (.range(let x), .range(let y)):
      return x.lower == y.lower && x.upper == y.upper && x.closed == y.closed
    case (.dictionary(let x), .dictionary(let y)):
      guard x.count == y.count else { return false }
      for (k, v) in zip(x.keys, x.values) {
        guard let w = y[k], equal(v, w) else { return false }
      }
      return true
    case (.object(let x as SetObject), .object(let y as SetObject)):
      return x.equals(y)
    // A slice equals a slice or an array literal with the same elements, wherever they start.
    // A substring equals a string or substring with the same text.
    case (.object(let o), _) where Slices.isSlice(o): return equal(Slices.plain(a), b)
    case (_, .object(let o)) where Slices.isSlice(o): return equal(a, Slices.plain(b))
    // Typed Swift only meets an array beside a set when the array is a literal, which
    // Swift then makes a set: `s == [1]` ignores order and duplicates.
    case (.object(let x as SetObject), .array(let y)):
      return (try? SetObject(elements: y)).map { x.equals($0) } ?? false
    case (.array(let x), .object(let y as SetObject)):
      return (try? SetObject(elements: x)).map { y.equals($0) } ?? false
    case (.object(let x as FixedInt), _): return FixedInt.integer(b) == x.value
    case (_, .object(let y as FixedInt)): return FixedInt.integer(a) == y.value
    case (.structInstance(let x), .structInstance(let y)):
      if let eq = x.type.operatorMethods["=="] { return UserOperators.isTrue(UserOperators.call(eq, a, b)) }
      if let p = x.ref, let q = y.ref { return p === q }
      return x.type === y.type && zip(x.fields, y.fields).allSatisfy { equal($0, $1) }
    case (.type(let x), .type(let y)):
      // `type(of: x) == Int.self`: the same type, whether a cell's or a built-in one.
      switch (x, y) {
      case (.structType(let p), .structType(let q)): return p === q
      case (.builtin(let p), .builtin(let q)): return p == q
      default: return false
      }
    default: return false
    }
  }

  /// `<` for sorting and `min()`/`max()`.
  static func less(_ a: Value, _ b: Value) throws(RuntimeFailure) -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x < y
    case (.double(let x), .double(let y)): return x < y
    case (.int(let x), .double(let y)): return Double(x) < y
    case (.double(let x), .int(let y)): return x < Double(y)
    case (.float(let x), .float(let y)): return x < y
    case (.string(let x), .string(let y)): return x < y
    case (.tuple(let x), .tuple(let y)):
      for (p, q) in zip(x.elements, y.elements) {
        if try less(p, q) { return true }
        if try less(q, p) { return false }
      }
      return false
    case (.object(let x as FixedInt), _) where FixedInt.integer(b) != nil:
      return x.value < FixedInt.integer(b)!
    case (.structInstance(let x), .structInstance):
      if let lt = x.type.operatorMethods["<"] { return UserOperators.isTrue(UserOperators.call(lt, a, b)) }
      throw RuntimeFailure("values of type '\(a.typeName)' and '\(b.typeName)' cannot be ordered with '<'")
    case _ where Slices.isSlice(a) || Slices.isSlice(b):
      // Substrings sort by their text (`words.sorted()` of `line.split(...)` pieces).
      return try less(Slices.plain(a), Slices.plain(b))
    default:
      throw RuntimeFailure("values of type '\(a.typeName)' and '\(b.typeName)' cannot be ordered with '<'")
    }
  }
}
